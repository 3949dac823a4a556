// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { quietAstroHeadInjectWarning } from './scripts/build/quiet-logs.mjs';
import { parseBasePath, parseSiteUrl, stripBase } from './src/lib/site-path.ts';
import { DEFAULT_LANG, LANGS, LOCALE_TAG } from './src/lib/content/translations.ts';

/** Theme and JS flags are set before first paint by a tiny inline script; the CSP allows it by hash, not 'unsafe-inline'. */
const themeInit = readFileSync(new URL('./src/scripts/early-init.js', import.meta.url), 'utf8');
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

// Where the site is deployed (README, "Deploy"). Both are checked here: a bad value stops the build with its reason.
const base = parseBasePath(process.env.BASE_PATH);
const site = parseSiteUrl(process.env.SITE_URL);

export default defineConfig({
  // The public origin (canonical links, hreflang, sitemap). Unset, the build names no address at all.
  ...(site ? { site } : {}),
  // The path the site lives under (`/academy/`): every page and script reads it as import.meta.env.BASE_URL.
  base,
  trailingSlash: 'always',
  // A build for another path or a test writes its own folder (OUT_DIR), never dist/ under another's feet.
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  // Builds of other content folders (tests, benchmarks) keep their own cache, so no stale entry leaks between them.
  ...(process.env.BOARD_ACADEMY_CACHE ? { cacheDir: process.env.BOARD_ACADEMY_CACHE } : {}),
  build: { format: 'directory' },
  // Astro's log without its line per built page, so warnings stay on screen (scripts/build/build-log.mjs).
  logger: { entrypoint: new URL('./scripts/build/build-log.mjs', import.meta.url) },
  i18n: {
    defaultLocale: DEFAULT_LANG,
    locales: [...LANGS],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Lessons hold no code samples; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    // Static parts of each MDX file compile to HTML strings: less code for the bundler to hold and run
    // (same HTML out; measured on 2,000 lessons per language in docs/benchmarks.md).
    // Tables stay components, so they can be wrapped in a scrolling region (components/mdx/Table.astro);
    // links too, so a site address gets the base path (components/mdx/Link.astro).
    mdx({ optimize: { ignoreElementNames: ['table', 'a'] } }),
    // A sitemap lists absolute addresses: only a build that knows its public origin writes one.
    ...(site
      ? [
          sitemap({
            // `/` only redirects to /fr/: not a page of its own. LMS package pages (`/{lang}/lms/…`) are zipped, not published.
            // The offline page (`/{lang}/offline/`) is what the service worker shows for a page not saved: not content.
            filter: (page) => !/^\/(?:$|[a-z]{2}\/(?:lms|offline)\/)/.test(stripBase(base, new URL(page).pathname)),
            i18n: { defaultLocale: DEFAULT_LANG, locales: { ...LOCALE_TAG } },
          }),
        ]
      : []),
  ],
  vite: {
    plugins: [tailwindcss()],
    // No preload helper around import(): code loaded late (progress store, quiz player, calculators)
    // fetches its own imports when it runs; the helper would cost every page ~0.9 KB gzipped.
    build: { modulePreload: false, rolldownOptions: { onLog: quietAstroHeadInjectWarning } },
    // Chunks find the modules and styles they preload relative to themselves, not from the site root:
    // the same files then work unchanged inside an LMS package, served from any path.
    experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined) },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind's search runs as WebAssembly (loaded from /pagefind/ on first use): it needs 'wasm-unsafe-eval', nothing more.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (themeInitHash)],
      },
    },
  },
});
