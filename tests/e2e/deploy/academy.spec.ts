/**
 * The site as an organisation deploys it: the BASE_PATH=/academy/ build with SITE_URL, served by
 * Debian's nginx with the server block the build generated (nginx.setup.ts). A representative set of
 * flows (navigation, a lesson, a quiz with progress, a calculator share link, search, the cohort
 * dashboard), the headers graded as the HTTP Observatory grades them, caching, compression, types,
 * the language of `/` and of the 404 page. The full suite runs against `astro preview` at `/`.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { asUpload, learnerExport } from '../../../bench/cohort.mjs';
import { DIST } from '../support/dist';
import { observatory, observatoryScore } from '../support/observatory';
import { answerQuiz } from '../support/quiz';
import { at, BASE, OUT, SITE } from './academy';

const LESSON = at('/fr/lessons/community-management/');
const SALESLOFT = '?rate=10&years=3&cost=Costs%3A53150%2C666715%2C636772%2C647783&benefit=Benefits%3A0%2C1606511%2C3061331%2C4229760';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** Console errors (CSP violations included; not the 404 a test asks for), page errors and requests leaving the base path. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !m.location().url.includes('/no-such-page/') && problems.push(`console: ${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(`${origin}${BASE}`) && !r.url().startsWith('data:')) problems.push(`outside ${BASE}: ${r.url()}`);
  });
  return problems;
}

test('headers: every HTTP Observatory test that applies to a static site passes, on pages, assets and the 404', async ({ request, baseURL }) => {
  const response = await request.get(LESSON);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  const html = await response.text();
  const results = observatory(headers, {
    scriptSrcs: [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
    metaCsp: /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? null,
    origin: baseURL!,
  });
  console.table(results);
  console.log(`Observatory-style score: ${observatoryScore(results)}`);
  expect(results.filter((r) => !r.pass)).toEqual([]);
  expect(observatoryScore(results)).toBeGreaterThanOrEqual(100);

  // The header CSP: the pages' own policy (every hash they need) plus what a meta cannot say.
  const csp = headers['content-security-policy']!;
  expect(csp).toContain("frame-ancestors 'self'");
  for (const directive of ["base-uri 'self'", "form-action 'self'", "object-src 'none'", "default-src 'self'"]) expect(csp).toContain(directive);
  expect(csp).not.toContain('unsafe-inline');
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1]!.replace(/&#39;/g, "'");
  for (const hash of meta.match(/'sha256-[^']+'/g)!) expect(csp).toContain(hash);
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['server']).toBe('nginx'); // no version

  // The same headers on a script, on Pagefind's files and on the 404 page.
  const script = /<script[^>]*\ssrc="([^"]+\.js)"/.exec(html)![1]!;
  for (const path of [script, at('/pagefind/pagefind.js'), at('/fr/no-such-page/')]) {
    const other = await request.get(path);
    for (const name of ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy']) {
      expect(other.headers()[name], `${name} on ${path}`).toBe(headers[name]);
    }
  }
});

test('serving: caching, precompressed files, types, the language of / and no directory listing', async ({ request }) => {
  const get = (path: string, headers: Record<string, string> = {}) => request.get(path, { headers, maxRedirects: 0 });
  const lesson = await get(LESSON);
  const script = /<script[^>]*\ssrc="([^"]+\.js)"/.exec(await lesson.text())![1]!;

  // Hashed files never change under their name: a year, never asked again. Everything else is revalidated,
  // so a page is always the current one and names only assets of its own build.
  expect((await get(script)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const pfIndex = files(join(OUT, 'pagefind', 'index'))[0]!;
  expect((await get(at(`/pagefind/index/${relative(join(OUT, 'pagefind', 'index'), pfIndex)}`))).headers()['cache-control']).toContain('immutable');
  for (const path of [LESSON, at('/fr/catalogue-index.json'), at('/pagefind/pagefind.js'), at('/pagefind/wasm.fr-fr.pagefind'), at('/favicon.svg'), at('/sitemap-index.xml')]) {
    expect((await get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
  // What makes immutability safe: every file in an immutable folder is named by its content's hash.
  for (const folder of ['_astro', 'pagefind/index', 'pagefind/fragment', 'pagefind/filter']) {
    for (const file of files(join(OUT, folder)).filter((f) => !/\.(br|gz)$/.test(f))) {
      expect(file.split('/').at(-1), `${folder}: a content hash in the name`).toMatch(/[._-][A-Za-z0-9_-]{7,}\.(js|css|svg|pf_index|pf_fragment|pf_filter)$/);
    }
  }

  // Types.
  const types: [string, RegExp][] = [
    [LESSON, /^text\/html; charset=utf-8$/],
    [script, /^text\/javascript; charset=utf-8$/],
    [at('/fr/catalogue-index.json'), /^application\/json; charset=utf-8$/],
    [at('/fr/question-bank.xml'), /^application\/xml; charset=utf-8$/],
    [at('/en/quizzes/why-programmes-fail.gift'), /^text\/plain; charset=utf-8$/],
    [at('/pagefind/wasm.fr-fr.pagefind'), /^application\/octet-stream$/],
    [at('/favicon.svg'), /^image\/svg\+xml; charset=utf-8$/],
  ];
  for (const [path, type] of types) expect((await get(path)).headers()['content-type'], path).toMatch(type);

  // Precompressed: brotli where asked, gzip otherwise, identity without either; the same page each time.
  const sizes: Record<string, number> = {};
  for (const encoding of ['br', 'gzip', 'identity']) {
    const response = await get(LESSON, { 'accept-encoding': encoding });
    expect(response.headers()['content-encoding'] ?? 'identity', encoding).toBe(encoding);
    expect(response.headers()['vary']).toContain('Accept-Encoding');
    expect(await response.text()).toBe(readFileSync(join(OUT, 'fr/lessons/community-management/index.html'), 'utf8'));
    sizes[encoding] = Number(response.headers()['content-length']);
  }
  console.log(`lesson page transferred: brotli ${sizes['br']} B, gzip ${sizes['gzip']} B, none ${sizes['identity']} B`);
  expect(sizes['br']).toBeLessThan(sizes['gzip']!);
  expect(sizes['gzip']).toBeLessThan(sizes['identity']! / 2);

  // `/` → the visitor's language (French unless English comes before it), and the base without its slash.
  for (const [language, lang] of [
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,en;q=0.8,fr;q=0.5', 'en'],
    ['fr-CH, fr;q=0.9, en;q=0.8', 'fr'],
    ['de', 'fr'],
    ['', 'fr'],
  ]) {
    const response = await get(BASE, language ? { 'accept-language': language } : {});
    expect(response.status(), language).toBe(302);
    expect(response.headers()['location'], language).toBe(at(`/${lang}/`));
    expect(response.headers()['vary']).toContain('Accept-Language');
  }
  expect((await get(BASE.replace(/\/$/, ''))).headers()['location']).toBe(BASE);

  // No listing of a folder, the static hosts' header file not served, unknown addresses get the 404 page.
  expect((await get(at('/_astro/'))).status()).toBe(403);
  expect((await get(at('/_headers'))).status()).toBe(404);
  const missing = await get(at('/en/lessons/no-such-lesson/'));
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
});

test('the build: every address under the base, canonical and sitemap at SITE_URL, no local address; LMS packages from it', () => {
  const pages = files(OUT).filter((f) => f.endsWith('.html'));
  const addresses = pages.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\s(?:href|src|action|data-src|data-index|data-share|data-lesson-url)="(\/[^"]*)"/g)].map((m) => `${relative(OUT, file)}: ${m[1]}`),
  );
  expect(addresses.length).toBeGreaterThan(1000);
  expect(addresses.filter((a) => !a.split(': ')[1]!.startsWith(BASE))).toEqual([]);
  const lesson = readFileSync(join(OUT, 'fr/lessons/community-management/index.html'), 'utf8');
  expect(lesson).toContain(`<link rel="canonical" href="${SITE}${at('/fr/lessons/community-management/')}">`);
  expect(lesson).toContain(`hreflang="en-GB" href="${SITE}${at('/en/lessons/community-management/')}"`);
  const sitemap = readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs.length).toBeGreaterThan(100);
  expect(locs.filter((loc) => !loc.startsWith(`${SITE}${BASE}`))).toEqual([]);

  // Neither build names a local address (scripts are left out: a library's fallback string is not an address the site gives).
  for (const dir of [OUT, DIST]) {
    const local = files(dir)
      .filter((f) => /\.(html|xml|json|txt|webmanifest)$/.test(f) || f.endsWith('_headers'))
      .filter((f) => /127\.0\.0\.1|localhost/.test(readFileSync(f, 'utf8')));
    expect(local.map((f) => relative(dir, f)), dir).toEqual([]);
  }
  expect(existsSync(join(DIST, 'sitemap-index.xml')), 'no sitemap without SITE_URL').toBe(false);

  // The LMS packages made from this build are the same relative packages as from a build at `/`.
  const packages = mkdtempSync(join(tmpdir(), 'board-academy-packages-'));
  try {
    execFileSync(process.execPath, ['scripts/package.ts'], { env: { ...process.env, OUT_DIR: 'dist-academy', BASE_PATH: BASE, PACKAGES_DIR: packages }, stdio: 'pipe' });
    expect(readdirSync(join(packages, 'fr')).length).toBeGreaterThanOrEqual(9);
    const zip = readFileSync(join(packages, 'fr', 'executive-briefings-scorm12.zip'));
    expect(zip.includes(Buffer.from(BASE)), 'no address under /academy/ left in a package').toBe(false);
  } finally {
    rmSync(packages, { recursive: true, force: true });
  }
});

test('navigation, a lesson, the language switch and the 404 page, all under the base path', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL!);
  await page.setExtraHTTPHeaders({ 'accept-language': 'en-GB,en;q=0.9' });
  await page.goto(BASE);
  await expect(page).toHaveURL(`${baseURL}${at('/en/')}`);
  await page.getByRole('navigation').getByRole('link', { name: 'Lessons' }).click();
  await expect(page).toHaveURL(`${baseURL}${at('/en/lessons/')}`);
  await page.getByRole('link', { name: /community/i }).first().click();
  await expect(page).toHaveURL(`${baseURL}${at('/en/lessons/community-management/')}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('a.site-lang').click();
  await expect(page).toHaveURL(`${baseURL}${LESSON}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');

  const missing = await page.goto(at('/en/no-such-page/'));
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.locator('[data-lang="fr"]')).toBeHidden();
  await page.getByRole('link', { name: /home/i }).click();
  await expect(page).toHaveURL(`${baseURL}${at('/en/')}`);
  expect(problems).toEqual([]);
});

test('a quiz with progress, then my progress page', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL!);
  await page.goto(at('/en/quizzes/why-programmes-fail/'));
  const quiz = page.locator('quiz-player');
  await answerQuiz(quiz, true);
  await expect(quiz.locator('[data-result-heading]')).toHaveText(/Passed/);
  await page.goto(at('/en/progress/'));
  await expect(page.getByRole('link', { name: /why/i }).first()).toHaveAttribute('href', new RegExp(`^${BASE}en/`));
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('board-academy:progress') ?? '{}').quizzes?.['why-programmes-fail']?.attempts?.length)).toBe(1);
  expect(problems).toEqual([]);
});

test('a calculator share link and the site search', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL!);
  await page.goto(at(`/en/calculators/roi/${SALESLOFT}`));
  await expect(page.locator('roi-calculator')).toHaveAttribute('data-ready', '');
  expect(Math.round(Number(await page.locator('[data-result="npv"]').first().getAttribute('data-value')))).toBe(5496170);
  await page.getByLabel('Discount rate (%)').fill('12');
  await expect(page).toHaveURL(/rate=12/);
  await expect(page.locator('a[data-share]').first()).toHaveAttribute('href', new RegExp(`^${BASE}en/calculators/roi/\\?`));

  await page.locator('body').press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('word of mouth');
  const hit = dialog.locator('a[href*="/lessons/"]').first();
  await expect(hit).toHaveAttribute('href', new RegExp(`^${BASE}en/lessons/`));
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}en/lessons/`));
  expect(problems).toEqual([]);
});

test('the cohort dashboard reads learner files', async ({ page, baseURL }) => {
  const problems = watch(page, baseURL!);
  await page.goto(at('/en/trainer/cohort/'));
  await page.locator('#cohort-files').setInputFiles([asUpload('a.json', learnerExport(1)), asUpload('b.json', learnerExport(2))]);
  await expect(page.locator('cohort-dashboard')).toHaveAttribute('data-loaded', '2');
  await expect(page.locator('[data-learners] tbody tr')).toHaveCount(2);
  expect(problems).toEqual([]);
});
