/** Read-only access to the built site in dist/, for checks that need no browser. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(process.cwd(), 'dist');

/** The deployed origin the build was made for (SITE_URL), as written in the sitemap. */
export function siteOrigin(): string {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  return new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!).origin;
}

/** Every page path the sitemap lists (both languages), e.g. `/fr/lessons/x/`. */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('dist/ has no sitemap: run the build first (npm run build)');
  const paths = files.flatMap((f) =>
    [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}

/** The HTML file behind a page path. */
export function fileFor(path: string): string {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  return clean.endsWith('/') ? join(DIST, clean, 'index.html') : join(DIST, clean);
}

export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export const pathOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;

export function parsePage(path: string): HTMLElement {
  return parse(readFileSync(fileFor(path), 'utf8'));
}

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  requests: number;
}

/** Gzipped bytes of a page's HTML and of all the CSS and JS it loads (external files and inline scripts). */
export function pageWeight(path: string): PageWeight {
  const file = fileFor(path);
  const html = readFileSync(file);
  const root = parse(html.toString('utf8'));
  const asset = (href: string) => {
    const target = join(DIST, href);
    if (!existsSync(target)) throw new Error(`${path} loads ${href}, which is not in dist/`);
    return readFileSync(target);
  };
  const styles = root.querySelectorAll('link[rel="stylesheet"]').map((l) => asset(l.getAttribute('href')!));
  const external = root.querySelectorAll('script[src]').map((s) => asset(s.getAttribute('src')!));
  const inline = root
    .querySelectorAll('script:not([src])')
    .filter((s) => s.getAttribute('type') !== 'application/json' && s.getAttribute('type') !== 'application/ld+json')
    .map((s) => s.rawText);
  // Follow static imports between modules, so chunks pulled in by a script count too.
  const seen = new Set<string>();
  const chunks: Buffer[] = [];
  const follow = (code: string) => {
    for (const m of code.matchAll(/(?:from|import)\s*["'`](\/_astro\/[^"'`]+\.js)["'`]/g)) {
      if (seen.has(m[1]!)) continue;
      seen.add(m[1]!);
      const chunk = asset(m[1]!);
      chunks.push(chunk);
      follow(chunk.toString('utf8'));
    }
  };
  [...external.map((b) => b.toString('utf8')), ...inline].forEach(follow);
  return {
    html: gzipSize(html),
    css: styles.reduce((sum, b) => sum + gzipSize(b), 0),
    js: [...external, ...inline, ...chunks].reduce((sum, b) => sum + gzipSize(b), 0),
    requests: 1 + styles.length + external.length + chunks.length,
  };
}
