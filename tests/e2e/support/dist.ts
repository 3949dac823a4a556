/** Read-only access to the built site in dist/, for checks that need no browser. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(process.cwd(), 'dist');

/**
 * The deployed origin the build was made for (SITE_URL), as written in the sitemap; a build without
 * SITE_URL names no origin (and writes no sitemap), so links are resolved against a placeholder.
 */
export function siteOrigin(): string {
  const index = join(DIST, 'sitemap-index.xml');
  if (!existsSync(index)) return 'http://site.invalid';
  return new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync(index, 'utf8'))![1]!).origin;
}

/**
 * Every page path a sitemap lists (both languages), e.g. `/fr/lessons/x/`: the built pages but `/`
 * (a redirect), the 404 page and the LMS package pages, as the sitemap's filter in astro.config.mjs
 * chooses them (read from the pages, since a build without SITE_URL writes no sitemap).
 */
export function sitemapPaths(): string[] {
  if (!existsSync(join(DIST, '404.html'))) throw new Error('dist/ has no pages: run the build first (npm run build)');
  return htmlFiles()
    .map(pathOf)
    .filter((p) => p !== '/' && p !== '/404.html' && !/^\/[a-z]{2}\/lms\//.test(p))
    .sort();
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

export function cssFiles(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.css'))
    .map((name) => join(dir, name));
}

/**
 * The declarations of the rules that apply in the dark theme only, in one stylesheet: rules inside
 * `@media (prefers-color-scheme: dark)` and rules whose selector names `[data-theme=dark]`.
 */
export function darkThemeDeclarations(css: string): string[] {
  const found: string[] = [];
  const rules = (text: string, inDark: boolean) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) break;
      let depth = 1;
      let close = open + 1;
      for (; close < text.length && depth > 0; close++) depth += text[close] === '{' ? 1 : text[close] === '}' ? -1 : 0;
      const prelude = text.slice(i, open).trim();
      const body = text.slice(open + 1, close - 1);
      if (prelude.startsWith('@')) rules(body, inDark || /prefers-color-scheme:\s*dark/.test(prelude));
      else if (inDark || /data-theme=['"]?dark/.test(prelude)) found.push(...body.split(';').map((d) => d.trim()).filter(Boolean));
      i = close;
    }
  };
  rules(css.replace(/\/\*[\s\S]*?\*\//g, ''), false);
  return found;
}

export const pathOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;

export function parsePage(path: string): HTMLElement {
  return parse(readFileSync(fileFor(path), 'utf8'));
}

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface PageWeight {
  html: number;
  css: number;
  /** JS the page loads as it opens: its scripts and every module they import statically. */
  js: number;
  /** JS the page may load later, through dynamic import() (on idle, on scroll, on first use), not counted in `js`. */
  lazyJs: number;
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
  const scriptSrcs = root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
  const inline = root
    .querySelectorAll('script:not([src])')
    .filter((s) => s.getAttribute('type') !== 'application/json' && s.getAttribute('type') !== 'application/ld+json')
    .map((s) => s.rawText);
  // Follow imports between modules (absolute or relative to the importing chunk): static ones count
  // as loaded with the page, dynamic ones as loaded later.
  const staticChunks = new Set<string>();
  const lazyChunks = new Set<string>();
  const follow = (code: string, from: string, lazy: boolean) => {
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*(\(\s*)?)["'`]((?:\/_astro\/|\.{1,2}\/)[^"'`]+\.js)["'`]/g)) {
      const target = m[2]!.startsWith('/') ? m[2]! : new URL(m[2]!, `http://x${from}`).pathname;
      const isLazy = lazy || m[1] !== undefined;
      if (staticChunks.has(target) || (isLazy && lazyChunks.has(target))) continue;
      (isLazy ? lazyChunks : staticChunks).add(target);
      if (!isLazy) lazyChunks.delete(target);
      follow(asset(target).toString('utf8'), target, isLazy);
    }
  };
  scriptSrcs.forEach((src) => follow(asset(src).toString('utf8'), src, false));
  inline.forEach((code) => follow(code, '/_astro/', false));
  for (const chunk of staticChunks) lazyChunks.delete(chunk);
  const size = (paths: Iterable<string>) => [...paths].reduce((sum, p) => sum + gzipSize(asset(p)), 0);
  return {
    html: gzipSize(html),
    css: styles.reduce((sum, b) => sum + gzipSize(b), 0),
    js: size(scriptSrcs) + inline.reduce((sum, code) => sum + gzipSize(code), 0) + size(staticChunks),
    lazyJs: size(lazyChunks),
    requests: 1 + styles.length + scriptSrcs.length + staticChunks.size,
  };
}
