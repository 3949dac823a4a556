/**
 * Gzipped JavaScript a page loads, following every import between built modules: static ones
 * (`from"./x.js"`, `import"./x.js"`, relative or absolute) and dynamic ones (`import("./x.js")`),
 * so code loaded on demand counts too.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { DIST, fileFor, gzipSize } from './dist';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]((?:\.{1,2}\/|\/_astro\/)[^"'`]+\.js)["'`]/g;

export function javascriptWeight(path: string): { bytes: number; files: string[] } {
  const html = readFileSync(fileFor(path), 'utf8');
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(DIST, url));
    bytes += gzipSize(code);
    for (const match of code.toString('utf8').matchAll(IMPORT)) {
      const target = match[1]!;
      visit(target.startsWith('/') ? target : posix.join(posix.dirname(url), target));
    }
  };
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) visit(match[1]!);
  // Inline module scripts (Astro inlines small ones) count, and so do the modules they import.
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) {
    const code = match[1]!;
    bytes += gzipSize(code);
    for (const imported of code.matchAll(IMPORT)) visit(imported[1]!.replace(/^\.\//, '/_astro/'));
  }
  return { bytes, files: [...seen] };
}
