/**
 * Post-build step (after `astro build` and Pagefind): builds each language's service worker,
 * dist/{lang}/sw.js, from src/service-worker/sw.ts with Workbox's injectManifest. Its precache is
 * that language's app shell (src/lib/offline/precache.ts) and the scripts and styles its site pages
 * can load; LMS package pages are left out (their scripts too). Fails over the precache budget.
 * Addresses come from the build itself: the base path is read from the manifest Astro wrote
 * (`scope` = `{base}{lang}/`), so a sub-path build (BASE_PATH=/academy/) precaches /academy/… URLs.
 */
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';
import { precacheBudget, reachableAssets, shellFiles } from '../src/lib/offline/precache.ts';
import { baseOfScope } from '../src/lib/offline/urls.ts';
import { LANGS } from '../src/lib/content/translations.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// The folder the build wrote (OUT_DIR, as for the /academy/ build; dist/ by default).
const DIST = join(ROOT, process.env.OUT_DIR ?? 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const read = (path: string) => {
  const full = join(DIST, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
};

const manifestFile = join(DIST, LANGS[0]!, 'manifest.webmanifest');
if (!existsSync(manifestFile)) throw new Error(`${relative(ROOT, manifestFile)} is missing: run \`astro build\` first`);
const base = baseOfScope((JSON.parse(readFileSync(manifestFile, 'utf8')) as { scope: string }).scope);

const temp = mkdtempSync(join(tmpdir(), 'board-academy-sw-'));
try {
  const swSrc = join(temp, 'sw.js');
  await build({
    entryPoints: [join(ROOT, 'src/service-worker/sw.ts')],
    outfile: swSrc,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    // Workbox's development logging is left out of the production worker.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });

  for (const lang of LANGS) {
    const pages = htmlFiles(join(DIST, lang))
      .map((file) => relative(DIST, file).replace(/\\/g, '/'))
      .filter((file) => !file.startsWith(`${lang}/lms/`));
    const assets = reachableAssets(pages.map((page) => read(page)!), base, read).filter((path) => existsSync(join(DIST, path)));
    const files = [...shellFiles(lang), ...assets, ...readdirSync(join(DIST, 'icons')).map((f) => `icons/${f}`)];
    const missing = files.filter((f) => !existsSync(join(DIST, f)));
    if (missing.length > 0) throw new Error(`service worker (${lang}): the precache names files the build did not make: ${missing.join(', ')}`);

    const { count, size, warnings } = await injectManifest({
      swSrc,
      swDest: join(DIST, lang, 'sw.js'),
      globDirectory: DIST,
      globPatterns: files,
      modifyURLPrefix: { '': base },
      // Hashed file names need no revision: the name changes with the content.
      dontCacheBustURLsMatching: /\/_astro\//,
      maximumFileSizeToCacheInBytes: 512 * 1024,
    });
    if (warnings.length > 0) throw new Error(`service worker (${lang}): ${warnings.join('; ')}`);
    const budget = precacheBudget(files.map((f) => ({ url: f, size: statSync(join(DIST, f)).size })));
    if (budget.problem) throw new Error(`service worker (${lang}): ${budget.problem}`);
    console.log(`service worker ${lang}: ${base}${lang}/sw.js precaches ${count} files, ${(size / 1024).toFixed(1)} KiB`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
