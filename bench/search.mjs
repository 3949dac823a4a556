/**
 * Search benchmarks against the built site (run `npm run build` first):
 *   pagefindFirstQueryBytes {fr, en}  bytes transferred from /pagefind/ by the first search of a visit
 *   pagefindFirstResultMs             typing a query in the header dialog → first result shown (French, cold)
 *   catalogueIndexBytesGz             gzipped size of the larger catalogue index (fr or en)
 *   catalogueFirstResultMs            typing in the catalogue filter → list narrowed (French, cold: index fetched)
 *
 * `benchSearch({ baseUrl, browser })` takes a running site and a Playwright browser.
 * Alone: `node_modules/.bin/node bench/search.mjs` serves dist/ with `astro preview` on a free port.
 */
import { gzipSync } from 'node:zlib';
import { runAlone } from './server.mjs';

const QUERIES = { fr: 'télévision', en: 'word of mouth' };

async function firstSearch(browser, baseUrl, lang) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = [];
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) {
      sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    }
  });
  await page.goto(`${baseUrl}/${lang}/lessons/`, { waitUntil: 'networkidle' });
  await page.locator('body').press('/');
  const input = page.locator('search-dialog dialog input[type="search"]');
  await input.waitFor();
  const started = performance.now();
  await input.fill(QUERIES[lang]);
  await page.locator('search-dialog .search-hit-title').first().waitFor();
  const ms = performance.now() - started;
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { bytes, ms };
}

async function catalogueFirstResult(browser, baseUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/fr/catalogue/`, { waitUntil: 'networkidle' });
  const total = await page.locator('catalogue-filter [data-ref]').count();
  const box = page.locator('catalogue-filter input[type="search"]');
  const started = performance.now();
  await box.fill('mesure');
  await page.waitForFunction((all) => document.querySelectorAll('catalogue-filter [data-ref]:not([hidden])').length < all, total);
  const ms = performance.now() - started;
  await context.close();
  return ms;
}

async function catalogueIndexBytesGz(baseUrl) {
  const sizes = await Promise.all(
    ['fr', 'en'].map(async (lang) => {
      const response = await fetch(`${baseUrl}/${lang}/catalogue-index.json`);
      if (!response.ok) throw new Error(`catalogue index (${lang}): HTTP ${response.status}`);
      return gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
    }),
  );
  return Math.max(...sizes);
}

export async function benchSearch({ baseUrl, browser }) {
  const fr = await firstSearch(browser, baseUrl, 'fr');
  const en = await firstSearch(browser, baseUrl, 'en');
  return {
    pagefindFirstQueryBytes: { fr: fr.bytes, en: en.bytes },
    pagefindFirstResultMs: Math.round(fr.ms),
    catalogueIndexBytesGz: await catalogueIndexBytesGz(baseUrl),
    catalogueFirstResultMs: Math.round(await catalogueFirstResult(browser, baseUrl)),
  };
}

runAlone(import.meta.url, benchSearch);
