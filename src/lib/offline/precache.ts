/**
 * What each language's service worker precaches: the app shell only. Lessons, quizzes and
 * programmes are saved when the learner asks ("Save for offline"), so the precache does not grow
 * with the curriculum; the post-build step (scripts/service-worker.ts) fails over the budget.
 */
import { normalizeBase } from './urls.ts';

/** Precache budget per language (bytes on the wire before compression). */
export const PRECACHE_BUDGET_BYTES = 1.5 * 1024 * 1024;

/** Files (relative to dist/) every visitor of a language gets at install: pages any learner needs offline. */
export const shellFiles = (lang: string): string[] => [
  `${lang}/index.html`,
  `${lang}/lessons/index.html`,
  `${lang}/programmes/index.html`,
  `${lang}/progress/index.html`,
  `${lang}/offline/index.html`,
  `${lang}/manifest.webmanifest`,
  'favicon.svg',
];

/** A dist/ file path from a site path under `base`; undefined for another origin or outside the base. */
function distPath(ref: string, base: string): string | undefined {
  const root = normalizeBase(base);
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref) || !ref.startsWith(root)) return undefined;
  return ref.slice(root.length).split(/[?#]/)[0];
}

/** Scripts and styles a page loads: `<script src>`, stylesheets, and modules imported by its inline scripts. */
export function pageAssets(html: string, base: string): string[] {
  const refs = [
    ...[...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /\shref="([^"]+)"/.exec(m[0])?.[1] ?? ''),
    ...[...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) => moduleSpecifiers(m[1]!)),
  ];
  return [...new Set(refs.map((ref) => distPath(ref, base)).filter((p): p is string => p !== undefined && p !== ''))];
}

/** Modules a script imports, statically or with import(): the specifiers as written. */
export function moduleSpecifiers(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.(?:js|css))["'`]/g)].map((m) => m[1]!);
}

/** A chunk's imports as dist/ paths: relative ones from the chunk's folder, absolute ones under `base`. */
export function chunkImports(code: string, chunkPath: string, base: string): string[] {
  const dir = chunkPath.slice(0, chunkPath.lastIndexOf('/') + 1);
  return moduleSpecifiers(code).flatMap((spec) => {
    if (spec.startsWith('./') || spec.startsWith('../')) return [new URL(spec, `http://x/${dir}`).pathname.slice(1)];
    const path = distPath(spec, base);
    return path === undefined ? [] : [path];
  });
}

/** Every asset reachable from `pages` (their scripts and styles, and everything those scripts import, even later). */
export function reachableAssets(pages: Iterable<string>, base: string, read: (path: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const queue = [...pages].flatMap((html) => pageAssets(html, base));
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    if (path.endsWith('.js')) queue.push(...chunkImports(read(path) ?? '', path, base));
  }
  return [...seen].sort();
}

export interface PrecacheEntry {
  url: string;
  size: number;
}

/** The precache's total and, over the budget, a sentence naming the biggest entries. */
export function precacheBudget(entries: readonly PrecacheEntry[], budget = PRECACHE_BUDGET_BYTES): { total: number; problem?: string } {
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total <= budget) return { total };
  const biggest = [...entries].sort((a, b) => b.size - a.size).slice(0, 5).map((e) => `${e.url} (${e.size} B)`);
  return { total, problem: `precache of ${total} B is over the budget of ${budget} B; biggest entries: ${biggest.join(', ')}` };
}
