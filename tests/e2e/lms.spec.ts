/**
 * LMS packages as an LMS runs them. SCORM: a test LMS page hosts the package in a frame and gives
 * it scorm-again's API (as LMSs embed it); cmi5: the LMS and the LRS are played at the network
 * boundary by Playwright routes, every statement checked by @learninglocker/xapi-validation and
 * the cmi5 rules. Packages are the real zips of `npm run package`, unzipped and served by a plain
 * static server under deep LMS-like paths.
 */
import validation from '@learninglocker/xapi-validation';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './support/axe';
import { cmi5Problems, type Launch } from './support/cmi5-rules';
import { startLmsServer, unzipPackage, type LmsServer } from './support/lms-server';
import { answerQuiz } from './support/quiz';
import { manifestErrors } from './support/xsd';

// The package is CommonJS with `exports.default`: Node's ESM import hands over the whole exports object.
const validateStatement = (validation as unknown as { default: typeof validation }).default ?? validation;

const PACKAGES = join(process.cwd(), 'packages');
const FORMATS = ['scorm12', 'scorm2004', 'cmi5'] as const;
const SCORM_BASE = '/pluginfile.php/123/mod_scorm/content/1/';
const CMI5_BASE = '/cmi5/course/42/au-content/';
const HOST = '/lms-host/';
const TRACK = 'executive-briefings';
const LESSON = 'why-programmes-fail';
const lessonPath = (lang: string) => `${lang}/lms/lessons/${LESSON}/index.html`;

let server: LmsServer;

test.beforeAll(async () => {
  const scorm12 = unzipPackage(join(PACKAGES, 'fr', `${TRACK}-scorm12.zip`)).dir;
  const scorm2004 = unzipPackage(join(PACKAGES, 'en', `${TRACK}-scorm2004.zip`)).dir;
  const cmi5 = unzipPackage(join(PACKAGES, 'en', `${TRACK}-cmi5.zip`)).dir;
  const scormAgain = join(process.cwd(), 'node_modules', 'scorm-again', 'dist');
  server = await startLmsServer({
    [`${HOST}scorm12.js`]: join(scormAgain, 'scorm12.js'),
    [`${HOST}scorm2004.js`]: join(scormAgain, 'scorm2004.js'),
    [HOST]: join(process.cwd(), 'tests', 'fixtures', 'lms-host'),
    [`/scorm12${SCORM_BASE}`]: scorm12,
    [`/scorm2004${SCORM_BASE}`]: scorm2004,
    [CMI5_BASE]: cmi5,
  });
});

test.afterAll(async () => server?.close());

/** Requests of a page that are neither the package, nor the test LMS, nor the LMS's own endpoints. */
function watchRequests(page: Page, allowed: string[]): string[] {
  const outside: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!allowed.some((prefix) => url.startsWith(`${server.origin}${prefix}`))) outside.push(url);
  });
  return outside;
}

interface LogEntry {
  call: string;
  args: string[];
  result: string;
  error: string;
}

const lmsLog = (page: Page) => page.evaluate(() => (window as unknown as { lmsLog: LogEntry[] }).lmsLog);
const cmiValue = (page: Page, element: string) =>
  page.evaluate((el) => {
    const api = (window as unknown as { lmsApi: Record<string, (e: string) => string> }).lmsApi;
    return 'LMSGetValue' in api ? api.LMSGetValue!(el) : api.GetValue!(el);
  }, element);
const written = async (page: Page, element: string) =>
  (await lmsLog(page)).filter((e) => /SetValue$/.test(e.call) && e.args[0] === element).map((e) => e.args[1]);

async function launchScorm(page: Page, standard: 'scorm12' | 'scorm2004', cmi: object, lang: string, settings: object = {}): Promise<Frame> {
  await page.goto(`${server.origin}${HOST}index.html`);
  await page.evaluate(
    ([s, set, c, url]) => (window as unknown as { launch: (...a: unknown[]) => void }).launch(s, set, c, url),
    [standard, { logLevel: 5, ...settings }, cmi, `/${standard}${SCORM_BASE}${lessonPath(lang)}`] as const,
  );
  const frame = page.frameLocator('iframe[title="Lesson"]');
  await frame.locator('[data-lms-text]').filter({ hasText: /\S/ }).waitFor();
  return page.frames().find((f) => f.url().includes(SCORM_BASE))!;
}

const unload = (page: Page) => page.evaluate(() => (window as unknown as { unload: () => void }).unload());

test.describe('packages', () => {
  test('one zip per format, track and language; every manifest valid against the published XSDs', async () => {
    const zips = ['fr', 'en'].flatMap((lang) => readdirSync(join(PACKAGES, lang)).map((f) => `${lang}/${f}`));
    const tracks = readdirSync(join(process.cwd(), 'dist', 'fr', 'lms')).filter((f) => f.endsWith('.json')).length;
    expect(zips).toHaveLength(tracks * FORMATS.length * 2);
    for (const zip of zips) {
      const format = FORMATS.find((f) => zip.endsWith(`-${f}.zip`))!;
      const { dir, entries } = unzipPackage(join(PACKAGES, zip));
      const name = format === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml';
      expect(entries, zip).toContain(name);
      const xml = readFileSync(join(dir, name), 'utf8');
      expect(await manifestErrors(format, name, xml), `${zip}: ${name}`).toEqual([]);
      // Every file a manifest names is in the zip; the package has no absolute address left.
      for (const href of xml.matchAll(/(?:href="|<url>)([^"<]+)/g)) expect(entries, `${zip} lists ${href[1]}`).toContain(href[1]);
      for (const page of entries.filter((e) => e.endsWith('.html'))) {
        expect(readFileSync(join(dir, page), 'utf8'), `${zip}: ${page}`).not.toMatch(/\s(?:href|src|data-src)="\/(?!\/)/);
      }
    }
  });

  test('the validator and the cmi5 rules catch broken input (the checks can fail)', async () => {
    const { dir } = unzipPackage(join(PACKAGES, 'fr', `${TRACK}-scorm12.zip`));
    const xml = readFileSync(join(dir, 'imsmanifest.xml'), 'utf8').replace('<adlcp:masteryscore>', '<adlcp:masteryScore>').replace('</adlcp:masteryscore>', '</adlcp:masteryScore>');
    expect(await manifestErrors('scorm12', 'imsmanifest.xml', xml)).not.toEqual([]);
    const launch: Launch = { actor: { mbox: 'mailto:a@example.com' }, registration: 'r', activityId: 'a', sessionId: 's', launchMode: 'Normal' };
    const passed = { actor: launch.actor, verb: { id: 'http://adlnet.gov/expapi/verbs/passed' } };
    expect(cmi5Problems([passed, passed], launch).join('\n')).toMatch(/not initialized[\s\S]*2 passed statements/);
  });
});

test.describe('SCORM 1.2 (French package, scorm-again LMS)', () => {
  const learner = { student_id: 'u-1042', student_name: 'Martin, Marie', credit: 'credit', lesson_mode: 'normal', lesson_status: 'not attempted', entry: 'ab-initio' };

  test('read, mark done, fail then pass the quiz, leave and resume on another computer', async ({ page, browser }) => {
    const outside = watchRequests(page, [HOST, `/scorm12${SCORM_BASE}`]);
    const frame = await launchScorm(page, 'scorm12', { cmi: { core: learner, student_data: { mastery_score: '70' } } }, 'fr');
    await expect(frame.locator('[data-lms-text]')).toContainText('Nom sur la plateforme\u00a0: Marie Martin');
    await expect.poll(() => cmiValue(page, 'cmi.core.lesson_status')).toBe('incomplete');

    await frame.locator('lesson-progress[data-ready] [data-done]').click();
    await expect.poll(() => cmiValue(page, 'cmi.core.lesson_status')).toBe('completed');

    const quiz = frame.locator('quiz-player');
    const data = await answerQuiz(quiz, false, 'fr');
    await expect.poll(() => cmiValue(page, 'cmi.core.lesson_status')).toBe('failed');
    expect(Number(await cmiValue(page, 'cmi.core.score.raw'))).toBeLessThan(70);
    await expect.poll(async () => (await written(page, 'cmi.interactions.0.id')).length).toBe(1);

    await quiz.locator('[data-retry]').click();
    await answerQuiz(quiz, true, 'fr');
    await expect.poll(() => cmiValue(page, 'cmi.core.lesson_status')).toBe('passed');
    expect(await cmiValue(page, 'cmi.core.score.raw')).toBe('100');
    await expect.poll(async () => Number(await cmiValue(page, 'cmi.interactions._count'))).toBe(2 * data.questions.length);
    const types = await page.evaluate(() => (window as unknown as { lmsLog: LogEntry[] }).lmsLog.filter((e) => /interactions\.\d+\.type$/.test(e.args[0] ?? '')).map((e) => e.args[1]));
    expect(new Set(types)).toEqual(new Set(data.questions.map((q) => ({ single: 'choice', multiple: 'choice', truefalse: 'true-false', numeric: 'numeric', ordering: 'sequencing' })[q.type])));
    expect(await written(page, `cmi.interactions.${data.questions.length}.result`)).toEqual(['correct']);
    expect((await written(page, 'cmi.interactions.0.latency'))[0]).toMatch(/^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$/);

    const suspend = await cmiValue(page, 'cmi.suspend_data');
    expect(suspend.length).toBeGreaterThan(0);
    expect(suspend.length).toBeLessThanOrEqual(4096);
    await unload(page);
    await expect.poll(async () => (await lmsLog(page)).some((e) => e.call === 'LMSFinish')).toBe(true);
    expect(await written(page, 'cmi.core.exit')).toEqual(['']);
    expect((await written(page, 'cmi.core.session_time'))[0]).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    const failed = (await lmsLog(page)).filter((e) => e.call !== 'LMSGetValue' && (e.result !== 'true' || e.error !== '0'));
    expect(failed, 'every LMS call succeeded with error 0').toEqual([]);
    expect(outside, 'requests outside the package and the LMS').toEqual([]);

    // Relaunch in a browser with nothing stored (another computer): the LMS's suspend data restores the lesson and the attempts.
    const other = await browser.newPage();
    const again = await launchScorm(other, 'scorm12', { cmi: { core: { ...learner, lesson_status: 'passed', entry: 'resume' }, suspend_data: suspend } }, 'fr');
    await expect(again.locator('lesson-progress [data-done]')).toHaveAttribute('aria-pressed', 'true');
    await again.locator('quiz-player').scrollIntoViewIfNeeded();
    await expect(again.locator('quiz-player [data-history] tbody tr')).toHaveCount(2);
    await other.close();
  });

  test('review mode records nothing; the lesson still works', async ({ page }) => {
    const frame = await launchScorm(page, 'scorm12', { cmi: { core: { ...learner, lesson_mode: 'review' } } }, 'fr');
    await expect(frame.locator('[data-lms-text]')).toContainText('Mode consultation');
    await frame.locator('lesson-progress[data-ready] [data-done]').click();
    await answerQuiz(frame.locator('quiz-player'), true, 'fr');
    await expect(frame.locator('quiz-player [data-result-panel]')).toBeVisible();
    await unload(page);
    await expect.poll(async () => (await lmsLog(page)).some((e) => e.call === 'LMSFinish')).toBe(true);
    expect((await lmsLog(page)).filter((e) => e.call === 'LMSSetValue')).toEqual([]);
  });

  test('two learners on one computer never see each other’s progress', async ({ page }) => {
    let frame = await launchScorm(page, 'scorm12', { cmi: { core: learner } }, 'fr');
    await frame.locator('lesson-progress[data-ready] [data-done]').click();
    await expect(frame.locator('lesson-progress [data-done]')).toHaveAttribute('aria-pressed', 'true');
    await unload(page);
    frame = await launchScorm(page, 'scorm12', { cmi: { core: { ...learner, student_id: 'u-2077', student_name: 'Durand, Paul' } } }, 'fr');
    await expect(frame.locator('[data-lms-text]')).toContainText('Paul Durand');
    await expect(frame.locator('lesson-progress[data-ready] [data-done]')).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('SCORM 2004 4th edition (English package, scorm-again LMS)', () => {
  const learner = { learner_id: 'u-7', learner_name: 'Lee, Ada', credit: 'credit', mode: 'normal', completion_status: 'unknown', entry: 'ab-initio', scaled_passing_score: '0.7' };

  test('passing the quiz sets success, completion, scaled score, progress and interactions', async ({ page }) => {
    const outside = watchRequests(page, [HOST, `/scorm2004${SCORM_BASE}`]);
    const frame = await launchScorm(page, 'scorm2004', { cmi: learner }, 'en');
    await expect(frame.locator('[data-lms-text]')).toContainText('Name on the platform: Ada Lee');
    await expect.poll(() => cmiValue(page, 'cmi.completion_status')).toBe('incomplete');
    const data = await answerQuiz(frame.locator('quiz-player'), true, 'en');
    await expect.poll(() => cmiValue(page, 'cmi.success_status')).toBe('passed');
    expect(await cmiValue(page, 'cmi.completion_status')).toBe('completed');
    expect(await cmiValue(page, 'cmi.score.scaled')).toBe('1');
    expect(await cmiValue(page, 'cmi.progress_measure')).toBe('1');
    await expect.poll(async () => Number(await cmiValue(page, 'cmi.interactions._count'))).toBe(data.questions.length);
    expect(await cmiValue(page, 'cmi.interactions.0.result')).toBe('correct');
    expect(await cmiValue(page, 'cmi.interactions.0.learner_response')).not.toBe('');
    expect(await cmiValue(page, 'cmi.interactions.0.correct_responses.0.pattern')).not.toBe('');
    expect(await cmiValue(page, 'cmi.interactions.0.latency')).toMatch(/^PT/);
    await unload(page);
    await expect.poll(async () => (await lmsLog(page)).some((e) => e.call === 'Terminate')).toBe(true);
    expect(await written(page, 'cmi.exit')).toEqual(['normal']);
    expect((await written(page, 'cmi.session_time'))[0]).toMatch(/^PT/);
    const failed = (await lmsLog(page)).filter((e) => e.call !== 'GetValue' && (e.result !== 'true' || e.error !== '0'));
    expect(failed, 'every LMS call succeeded with error 0').toEqual([]);
    expect(outside).toEqual([]);
  });

  test('an LMS that refuses to commit: the learner is told, in English, and nothing is lost locally', async ({ page }) => {
    const frame = await launchScorm(page, 'scorm2004', { cmi: learner }, 'en', { lmsCommitUrl: '/commit/fail' });
    await frame.locator('lesson-progress[data-ready] [data-done]').click();
    await expect(frame.locator('[data-lms-alert]')).toContainText('did not record your result');
    await expect(frame.locator('lesson-progress [data-done]')).toHaveAttribute('aria-pressed', 'true');
    // The API vanishing (the LMS frame replaced) is reported too, and the quiz still saves locally.
    await page.evaluate(() => (window as unknown as { removeApi: () => void }).removeApi());
    await answerQuiz(frame.locator('quiz-player'), true, 'en');
    await expect(frame.locator('quiz-player [data-result-panel]')).toBeVisible();
    await expect(frame.locator('quiz-player [data-history]')).toContainText('1');
  });
});

test.describe('a package opened without any LMS', () => {
  test('the lesson works, says so, passes axe in both themes and reflows at 320 px', async ({ page }) => {
    const outside = watchRequests(page, [`/scorm12${SCORM_BASE}`]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${server.origin}/scorm12${SCORM_BASE}${lessonPath('fr')}`);
    await expect(page.locator('[data-lms-text]')).toContainText('Aucune plateforme de formation');
    await page.locator('lesson-progress[data-ready] [data-done]').click();
    await expect(page.locator('lesson-progress [data-done]')).toHaveAttribute('aria-pressed', 'true');
    expect(await axeViolations(page), 'axe, light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'axe, dark').toEqual([]);
    // Reflow: a phone-sized LMS frame never scrolls sideways.
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The glossary a term links to is in the package, opened beside the lesson.
    const term = page.locator('.term a').first();
    await expect(term).toHaveAttribute('target', '_blank');
    const glossary = await page.request.get(new URL((await term.getAttribute('href'))!, page.url()).href);
    expect(glossary.status()).toBe(200);
    expect(outside).toEqual([]);
  });
});

test.describe('cmi5 (English package, LMS and LRS played by routes)', () => {
  const actor = { objectType: 'Agent', name: 'Ada Lee', account: { homePage: 'https://lms.example.com', name: 'u-7' } };
  const registration = '2f3c9a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
  const activityId = 'urn:board-academy:au:board-academy-en-executive-briefings:why-programmes-fail';
  const sessionId = '0c7f3d2a-1b4e-4c5d-9e6f-7a8b9c0d1e2f';

  async function launchCmi5(page: Page, launchMode: Launch['launchMode']) {
    const statements: Record<string, unknown>[] = [];
    let tokenFetches = 0;
    const returnURL = `${server.origin}${HOST}index.html?returned`;
    const contextTemplate = {
      contextActivities: { grouping: [{ objectType: 'Activity', id: 'urn:board-academy:course:board-academy-en-executive-briefings' }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
    };
    const masteryScore = 0.7;
    await page.route(`${server.origin}/lms/token`, async (route) => {
      tokenFetches += 1;
      expect(route.request().method()).toBe('POST');
      await route.fulfill({ json: { 'auth-token': 'dGVzdDpzZWNyZXQ=' } });
    });
    await page.route(`${server.origin}/lrs/**`, async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      expect(request.headers()['authorization']).toBe('Basic dGVzdDpzZWNyZXQ=');
      if (url.pathname === '/lrs/activities/state' && url.searchParams.get('stateId') === 'LMS.LaunchData') {
        return route.fulfill({ json: { contextTemplate, launchMode, masteryScore, moveOn: 'CompletedAndPassed', returnURL } });
      }
      if (url.pathname === '/lrs/agents/profile') return route.fulfill({ status: 404, body: '' });
      if (url.pathname === '/lrs/statements' && request.method() === 'POST') {
        const body = request.postDataJSON() as Record<string, unknown> | Record<string, unknown>[];
        const list = Array.isArray(body) ? body : [body];
        statements.push(...list);
        return route.fulfill({ json: list.map((s) => s.id) });
      }
      return route.fulfill({ status: 400, body: `unexpected ${request.method()} ${url.pathname}` });
    });
    const params = new URLSearchParams({
      endpoint: `${server.origin}/lrs/`,
      fetch: `${server.origin}/lms/token`,
      actor: JSON.stringify(actor),
      registration,
      activityId,
    });
    // The return address is the LMS's own page, with its scripts.
    const outside = watchRequests(page, [CMI5_BASE, '/lrs/', '/lms/token', HOST]);
    await page.goto(`${server.origin}${CMI5_BASE}${lessonPath('en')}?${params}`);
    const launch: Launch = { actor, registration, activityId, sessionId, masteryScore, launchMode };
    return { statements, tokenFetches: () => tokenFetches, launch, outside, returnURL };
  }

  const verbs = (statements: Record<string, unknown>[]) => statements.map((s) => (s.verb as { id: string }).id.split('/').at(-1));

  test('initialized, completed, failed, passed with score, interactions, terminated and back to the LMS', async ({ page }) => {
    const run = await launchCmi5(page, 'Normal');
    await expect(page.locator('[data-lms-text]')).toContainText('Name on the platform: Ada Lee');
    await page.locator('lesson-progress[data-ready] [data-done]').click();
    await expect.poll(() => verbs(run.statements)).toContain('completed');
    const quiz = page.locator('quiz-player');
    const data = await answerQuiz(quiz, false, 'en');
    await expect.poll(() => verbs(run.statements)).toContain('failed');
    await quiz.locator('[data-retry]').click();
    await answerQuiz(quiz, true, 'en');
    await expect.poll(() => verbs(run.statements).filter((v) => v === 'answered')).toHaveLength(2 * data.questions.length);
    await expect.poll(() => verbs(run.statements)).toContain('passed');
    await page.locator('[data-lms-exit]').click();
    await page.waitForURL(run.returnURL);

    expect(verbs(run.statements).filter((v) => v !== 'answered')).toEqual(['initialized', 'completed', 'failed', 'passed', 'terminated']);
    for (const statement of run.statements) expect(validateStatement(statement), JSON.stringify(statement)).toEqual([]);
    expect(cmi5Problems(run.statements, run.launch)).toEqual([]);
    const passed = run.statements.find((s) => verbs([s])[0] === 'passed') as { result: { score: { scaled: number } } };
    expect(passed.result.score.scaled).toBe(1);
    expect(run.tokenFetches()).toBe(1);
    expect(run.outside).toEqual([]);
  });

  test('Browse mode sends only initialized and terminated', async ({ page }) => {
    const run = await launchCmi5(page, 'Browse');
    await expect(page.locator('[data-lms-text]')).toContainText('Review mode');
    await page.locator('lesson-progress[data-ready] [data-done]').click();
    await answerQuiz(page.locator('quiz-player'), true, 'en');
    await expect(page.locator('quiz-player [data-result-panel]')).toBeVisible();
    await page.locator('[data-lms-exit]').click();
    await page.waitForURL(run.returnURL);
    expect(verbs(run.statements)).toEqual(['initialized', 'terminated']);
    expect(cmi5Problems(run.statements, run.launch)).toEqual([]);
    for (const statement of run.statements) expect(validateStatement(statement)).toEqual([]);
  });
});
