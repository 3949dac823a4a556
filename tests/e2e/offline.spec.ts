/**
 * Offline and installable, as a learner on a plane meets it: save a track, go offline, read its
 * lessons (with and without the trailing slash), pass its quizzes, see progress and the certificate,
 * reload offline; a new deployment brings the update prompt; removing the track makes its lessons
 * say they are unavailable offline. Also: a quiz whose data cannot load says what and why (both
 * languages), installability, the precache budget on the real build, LMS packages without the worker.
 */
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRECACHE_BUDGET_BYTES } from '../../src/lib/offline/precache';
import { axeViolations } from './support/axe';
import { DIST, gzipSize } from './support/dist';
import { unzipPackage } from './support/lms-server';
import { chromiumPath } from './support/chromium';
import { answerQuiz } from './support/quiz';

const TRACK = 'trainer-kit';

// Elsewhere the service worker is blocked (playwright.config.ts): here it is what is tested.
test.use({ serviceWorkers: 'allow' });

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

async function trackOf(context: BrowserContext, lang: string): Promise<{ lessons: string[]; quizzes: string[] }> {
  const page = await context.newPage();
  await page.goto(`/${lang}/progress/`);
  const track = page.locator(`section[data-track="${TRACK}"]`);
  const lessons = (await track.getAttribute('data-lessons'))!.split(' ');
  const quizzes = (await track.getAttribute('data-quizzes'))!.split(' ');
  await page.close();
  return { lessons, quizzes };
}

test('save a track, learn offline, update, remove: the whole journey', async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const { lessons, quizzes } = await trackOf(context, 'en');
  expect(lessons.length).toBeGreaterThan(0);

  await page.goto('/en/lessons/');
  await controlled(page);
  const section = page.locator(`section[aria-labelledby="${TRACK}"]`);
  const pack = section.locator('offline-pack');
  await expect(pack.locator('[data-status]')).toHaveText('Not saved for offline use.');
  await expect(section.locator('[data-offline-state]').first()).toHaveText('Not available offline');

  const started = Date.now();
  await pack.getByRole('button', { name: /^Save for offline use: / }).click();
  await expect(pack.locator('[data-status]')).toContainText('Available offline:', { timeout: 30_000 });
  const wall = Date.now() - started;
  const pages = (JSON.parse((await pack.getAttribute('data-urls'))!) as string[]).length;
  console.log(`saving the ${TRACK} track (${pages} addresses): ${await pack.getAttribute('data-saved-in-ms')} ms in the page, ${wall} ms click to status`);
  await expect(pack.locator('[data-status]')).toContainText(new RegExp(`${pages} pages, \\d+ kB, saved on `));
  for (const card of await section.locator('[data-offline-state]').all()) await expect(card).toHaveText('Available offline');
  // Other tracks were not saved: their cards say so.
  await expect(page.locator(`section:not([aria-labelledby="${TRACK}"]) [data-offline-state]`).first()).toHaveText('Not available offline');
  expect(await axeViolations(page), 'axe, lessons index with a saved track').toEqual([]);

  await context.setOffline(true);
  for (const [index, slug] of lessons.entries()) {
    // The first lesson without its trailing slash: Workbox precaches x/index.html and we saved x/, so x needs its own handling.
    await page.goto(index === 0 ? `/en/lessons/${slug}` : `/en/lessons/${slug}/`);
    await expect(page).toHaveURL(`${baseURL}/en/lessons/${slug}/`);
    await expect(page.locator('[data-offline-page]')).toHaveCount(0);
    await page.locator('lesson-progress').getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.locator('lesson-progress')).toContainText('Done on');
  }
  for (const id of quizzes) {
    await page.goto(`/en/quizzes/${id}/`);
    await answerQuiz(page.locator('quiz-player'), true);
    await expect(page.locator('[data-result-heading]')).toHaveText(/Passed/);
    await expect(page.locator('[data-result-text]')).not.toContainText('could not be saved');
  }
  await page.goto('/en/progress/');
  await expect(page.locator(`section[data-track="${TRACK}"]`)).toContainText(`${quizzes.length}`);
  await page.goto(`/en/certificates/${TRACK}/`);
  await expect(page.locator('[data-certificate]')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-certificate]')).toBeVisible();
  // The catalogue (saved with the track) filters offline.
  await page.goto('/en/catalogue/');
  await expect(page.locator('[data-offline-page]')).toHaveCount(0);
  // A page nobody saved: the offline page, at the address asked for, accessible.
  await page.goto('/en/stories/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not available offline');
  expect(await axeViolations(page), 'axe, offline page').toEqual([]);

  // A new deployment: the worker script changes on the server (the preview serves dist/ as it is on
  // disk; Playwright's routes do not see the browser's update check); the learner is told and reloads when they choose.
  await context.setOffline(false);
  const swFile = join(DIST, 'en', 'sw.js');
  const current = readFileSync(swFile, 'utf8');
  try {
    writeFileSync(swFile, `${current}\n// deployed again\n`);
    await page.goto('/en/lessons/');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.locator('.update-prompt');
    await expect(prompt).toContainText('A new version of the site is available. Your progress is kept.', { timeout: 20_000 });
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload the page' }).click()]);
    await expect(prompt).toBeEmpty();
  } finally {
    writeFileSync(swFile, current);
  }
  await page.goto(`/en/certificates/${TRACK}/`);
  await expect(page.locator('[data-certificate]'), 'progress survives the update').toBeVisible();

  // Remove the track: its lessons are no longer available offline, and say so.
  await page.goto('/en/lessons/');
  await pack.getByRole('button', { name: /^Remove from offline: / }).click();
  await expect(pack.locator('[data-status]')).toContainText('Removed: these pages are no longer available offline');
  await expect(section.locator('[data-offline-state]').first()).toHaveText('Not available offline');
  await context.setOffline(true);
  await page.goto(`/en/lessons/${lessons[0]}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not available offline');
  await context.setOffline(false);
});

test.describe('a quiz whose data cannot load', () => {
  test.use({ serviceWorkers: 'block' });

  test('says what and why, in the page’s language, and loads again on request', async ({ page, context }) => {
    await context.route('**/en/quizzes/*.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/en/quizzes/listening-first/');
    const error = page.locator('quiz-player [data-load-error]');
    await expect(error).toHaveText(/This quiz could not load: the server answered with error 404\./);
    await expect(error).toHaveAttribute('role', 'alert');
    await page.locator('quiz-player button[type="submit"]').click();
    await expect(error).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await context.unroute('**/en/quizzes/*.json');
    await error.getByRole('button', { name: 'Try loading the quiz again' }).click();
    await expect(error).toBeHidden();
    await expect(page.locator('quiz-player')).toHaveAttribute('data-ready', '');

    await context.route('**/fr/quizzes/*.json', (route) => route.abort('internetdisconnected'));
    await page.goto('/fr/quizzes/listening-first/');
    const erreur = page.locator('quiz-player [data-load-error]');
    await expect(erreur).toContainText('le serveur n’a pas répondu');
    await context.setOffline(true);
    await erreur.getByRole('button', { name: 'Réessayer de charger le quiz' }).click();
    await expect(erreur).toContainText('vous êtes hors connexion');
    await context.setOffline(false);

    await context.route('**/fr/quizzes/*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '<!doctype html>' }));
    await page.goto('/fr/quizzes/listening-first/');
    await expect(erreur).toContainText('ses données sont illisibles');
  });
});

test('installable in both languages: Chromium finds no installability error; manifest and icons under the site', async ({ baseURL }) => {
  // A real profile: in Playwright's usual (incognito-like) context Chromium's only objection is "in-incognito".
  const profile = mkdtempSync(join(tmpdir(), 'board-academy-install-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: ['--no-sandbox', '--no-first-run'], baseURL: baseURL! });
  try {
    const page = await context.newPage();
    for (const lang of ['fr', 'en']) {
      await page.goto(`/${lang}/`);
      await controlled(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
      expect(installabilityErrors, `${lang}: installability errors`).toEqual([]);
      await cdp.detach();
      const href = (await page.locator('link[rel="manifest"]').getAttribute('href'))!;
      const manifest = (await (await page.request.get(href)).json()) as { start_url: string; scope: string; lang: string; icons: { src: string; sizes: string }[] };
      expect(manifest).toMatchObject({ start_url: `/${lang}/`, scope: `/${lang}/`, lang: lang === 'fr' ? 'fr-FR' : 'en-GB' });
      for (const icon of manifest.icons) {
        const response = await page.request.get(icon.src);
        expect(response.ok(), icon.src).toBe(true);
        if (icon.sizes !== 'any') {
          const png = await response.body();
          // PNG width and height, bytes 16–23 of the IHDR chunk.
          expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
        }
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the precache stays within its budget, the registration costs a page almost nothing, LMS packages carry no worker', () => {
  for (const lang of ['fr', 'en']) {
    const sw = readFileSync(join(DIST, lang, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/\{"revision":(?:"[0-9a-f]+"|null),"url":"([^"]+)"\}/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => /\/(lessons|quizzes|stories)\/[^/]+\//.test(u)), 'no lesson, quiz or story page precached').toEqual([]);
    expect(urls.filter((u) => /\/lms\//.test(u))).toEqual([]);
    const bytes = urls.reduce((sum, url) => sum + readFileSync(join(DIST, url.replace(/^\//, ''))).length, 0);
    console.log(`precache ${lang}: ${urls.length} files, ${bytes} B (${(bytes / 1024).toFixed(1)} KiB) of ${PRECACHE_BUDGET_BYTES} B`);
    expect(bytes).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
  }

  // What an ordinary page pays: the registration chunk at load (the rest loads after the load event).
  const html = readFileSync(join(DIST, 'en', 'stories', 'index.html'), 'utf8');
  const src = /<script type="module" src="([^"]*OfflineRegister[^"]*)"/.exec(html)?.[1];
  expect(src, 'the registration script').toBeTruthy();
  const register = gzipSize(readFileSync(join(DIST, src!)));
  const client = readdirSync(join(DIST, '_astro')).find((f) => f.startsWith('sw-client.'))!;
  const markup = gzipSize(/<div class="update-prompt[\s\S]*?<\/template>/.exec(html)![0]);
  console.log(`an ordinary page: registration ${register} B gz at load, ${gzipSize(readFileSync(join(DIST, '_astro', client)))} B gz after load, prompt markup ${markup} B gz`);
  expect(register).toBeLessThanOrEqual(512);

  // LMS pages neither register the worker nor link the manifest; the packages hold neither.
  for (const lang of ['fr', 'en']) {
    const lms = readFileSync(join(DIST, lang, 'lms', 'glossary', 'index.html'), 'utf8');
    expect(lms).not.toMatch(/data-sw-url|rel="manifest"|OfflineRegister/);
  }
  const packages = join(process.cwd(), 'packages');
  test.skip(!existsSync(packages), 'no packages/: run `npm run package:zip`');
  for (const lang of ['fr', 'en']) {
    for (const zip of readdirSync(join(packages, lang))) {
      const { dir, entries } = unzipPackage(join(packages, lang, zip));
      expect(entries.filter((e) => /(^|\/)(sw\.js|manifest\.webmanifest)$|^icons\//.test(e)), zip).toEqual([]);
      for (const page of entries.filter((e) => e.endsWith('.html'))) expect(readFileSync(join(dir, page), 'utf8'), `${zip}: ${page}`).not.toContain('data-sw-url');
    }
  }
});
