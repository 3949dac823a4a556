/** Quizzes, progress and certificates as a learner meets them: keyboard, scoring, storage, export/import, failures. */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PROGRESS_PAGE } from '../../src/lib/progress/page-contract';
import { expectContractMarkup } from './support/contract';
import { answerQuiz, quizData } from './support/quiz';

const QUIZ = '/en/quizzes/why-programmes-fail/';
const KEY = 'board-academy:progress';

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

test('a quiz can be taken entirely by keyboard, with feedback announced and focus on the result', async ({ page }) => {
  await page.goto(QUIZ);
  const quiz = page.locator('quiz-player');
  const data = await quizData(quiz);
  await expect(quiz.locator('button[type="submit"]')).toBeVisible();
  for (const q of data.questions) {
    const item = quiz.locator(`[data-question-id="${q.id}"]`);
    switch (q.type) {
      case 'single': {
        const right = q.options.find((o) => o.correct)!;
        await item.locator(`input[value="${right.id}"]`).focus();
        await page.keyboard.press('Space');
        break;
      }
      case 'multiple':
        for (const o of q.options.filter((o) => o.correct)) {
          await item.locator(`input[value="${o.id}"]`).focus();
          await page.keyboard.press('Space');
        }
        break;
      case 'truefalse':
        await item.locator(`input[value="${String(q.answer)}"]`).focus();
        await page.keyboard.press('Space');
        break;
      case 'numeric':
        await item.locator('input').focus();
        await page.keyboard.type(String(q.answer));
        break;
      case 'ordering':
        for (const [index, { id }] of q.items.entries()) {
          for (;;) {
            const order = await item.locator('[data-item-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.itemId));
            if (order.indexOf(id) <= index) break;
            await item.locator(`[data-item-id="${id}"] [data-move-up]`).focus();
            await page.keyboard.press('Enter');
          }
        }
        break;
    }
  }
  await quiz.locator('button[type="submit"]').focus();
  await page.keyboard.press('Enter');
  const result = quiz.locator('[data-result-panel]');
  await expect(result).toBeFocused();
  await expect(result).toContainText('Passed');
  await expect(quiz.locator('[data-live]')).toContainText('Score: ');
  await expect(quiz.locator('.quiz-feedback').first()).toContainText('Correct.');
  await expect(quiz.locator('.quiz-feedback').first()).toContainText('Why:');
  // The feedback is tied to its question for screen readers.
  const described = await quiz.locator('fieldset').first().getAttribute('aria-describedby');
  await expect(page.locator(`#${described}`)).toBeVisible();
});

test('a quiz passes and fails, keeps every attempt across a reload, and retry clears the form', async ({ page }) => {
  await page.goto(QUIZ);
  const quiz = page.locator('quiz-player');
  await answerQuiz(quiz, false);
  await expect(quiz.locator('[data-result-heading]')).toHaveText(/Not passed yet/);
  await expect(quiz.locator('.quiz-feedback[data-verdict="wrong"]').first()).toBeVisible();
  await expect(quiz.getByText('The right answer:').first()).toBeVisible();
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(quiz.locator('.quiz-feedback:visible')).toHaveCount(0);
  await expect(quiz.locator('input:checked')).toHaveCount(0);
  await answerQuiz(quiz, true);
  await expect(quiz.locator('[data-result-heading]')).toHaveText(/Passed/);
  await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').quizzes?.['why-programmes-fail']?.attempts?.length).toBe(2);
  await page.reload();
  const history = page.locator('[data-history]');
  await expect(history).toBeVisible();
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(history.locator('tbody tr').first()).toContainText('Passed');
  await expect(history.locator('tbody tr').nth(1)).toContainText('Not passed');
  await expect(history).toContainText('2 attempts');
});

test('a numeric answer that is not a number gets an inline message and is not scored', async ({ page }) => {
  // A quiz with a numeric question (why-programmes-fail no longer has one).
  await page.goto('/fr/quizzes/invest-at-the-right-scale/');
  const quiz = page.locator('quiz-player');
  const numeric = (await quizData(quiz)).questions.find((q) => q.type === 'numeric');
  test.skip(!numeric, 'this quiz has no numeric question');
  const input = quiz.locator(`[data-question-id="${numeric!.id}"] input`);
  await input.fill('douze');
  await quiz.locator('button[type="submit"]').click();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toBeFocused();
  await expect(quiz.locator(`[data-question-id="${numeric!.id}"] [data-error]`)).toHaveText('Saisissez un nombre, par exemple 12,5.');
  await expect(quiz.locator('[data-result-panel]')).toBeHidden();
  await input.fill(String(numeric!.answer).replace('.', ','));
  await quiz.locator('button[type="submit"]').click();
  await expect(input).toHaveAttribute('aria-invalid', 'false');
  await expect(quiz.locator('[data-result-panel]')).toBeVisible();
});

test('without JavaScript the questions are readable, with a note that scoring needs JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(QUIZ);
  await expect(page.getByText('scoring, feedback and your attempt history need it')).toBeVisible();
  await expect(page.locator('legend').first()).toBeVisible();
  await context.close();
});

test('lessons are marked started on visit and done on request; track bars and "continue" follow', async ({ page }) => {
  await page.goto('/en/lessons/not-mass-media/');
  const progress = page.locator('lesson-progress');
  await expect(progress).toContainText('Started on');
  await page.goto('/en/');
  await expect(page.locator('continue-learning')).toContainText('Social media are not mass media'.slice(0, 10));
  await page.goto('/en/lessons/not-mass-media/');
  await progress.getByRole('button', { name: 'Mark as done' }).click();
  await expect(progress.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await expect(progress).toContainText('Done on');
  await page.goto('/en/lessons/');
  const bar = page.locator('track-progress[data-track="executive-briefings"] progress');
  await expect(bar).toHaveAttribute('value', '1');
});

test('two tabs stay consistent and never overwrite each other', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/en/lessons/');
  await b.goto('/en/lessons/why-programmes-fail/');
  await b.locator('lesson-progress').getByRole('button', { name: 'Mark as done' }).click();
  await expect(a.locator('track-progress[data-track="executive-briefings"] progress')).toHaveAttribute('value', '1');
  await a.goto('/en/lessons/objectives-before-kpis/');
  await a.locator('lesson-progress').getByRole('button', { name: 'Mark as done' }).click();
  const state = JSON.parse((await stored(a))!);
  expect(state.lessons['why-programmes-fail'].status).toBe('done');
  expect(state.lessons['objectives-before-kpis'].status).toBe('done');
});

test('export, clear storage, import: everything comes back; a hostile file changes nothing', async ({ page }, testInfo) => {
  await page.goto('/en/lessons/why-programmes-fail/');
  await page.locator('lesson-progress').getByRole('button', { name: 'Mark as done' }).click();
  await page.goto(QUIZ);
  await answerQuiz(page.locator('quiz-player'), true);
  await expect(page.locator('[data-result-heading]')).toHaveText(/Passed/);
  await page.goto('/en/progress/');
  await expectContractMarkup(page, PROGRESS_PAGE);
  await page.getByLabel('Display name').fill('Ada <img src=x onerror=alert(1)>');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Name saved' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my progress (JSON)' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'board-academy-progress', version: 2, displayName: 'Ada <img src=x onerror=alert(1)>' });
  expect(exported.learnerId).toMatch(/^[0-9a-f]{32}$/);
  expect(exported.quizzes['why-programmes-fail'].attempts[0].answers.length).toBeGreaterThan(0);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('tr[data-lesson="why-programmes-fail"] [data-cell]')).toHaveText('Not started');

  // A hostile file is refused with its reason, and nothing changes.
  const hostile = testInfo.outputPath('hostile.json');
  const evil = readFileSync(file, 'utf8').replace('"displayName"', '"__proto__": {"polluted": true}, "displayName"');
  writeFileSync(hostile, evil);
  await page.getByLabel('Import a progress file').setInputFiles(hostile);
  await expect(page.locator('[data-transfer-status]')).toContainText('File refused; nothing was changed.');
  expect(await stored(page)).toBeNull();

  await page.getByLabel('Import a progress file').setInputFiles(file);
  await expect(page.locator('[data-import-plan]')).toBeVisible();
  await expect(page.locator('[data-import-summary]')).toContainText('Lessons added: 1');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('[data-transfer-status]')).toContainText('Import complete');
  await expect(page.locator('tr[data-lesson="why-programmes-fail"] [data-cell]')).toContainText('Done on');
  await expect(page.locator('tr[data-quiz="why-programmes-fail"] [data-cell]')).toHaveText('Passed');
  await expect(page.getByLabel('Display name')).toHaveValue('Ada <img src=x onerror=alert(1)>');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(JSON.parse((await stored(page))!).learnerId, 'the import keeps the learner').toBe(exported.learnerId);

  // The same file, handed to the trainer: the cohort dashboard counts this learner's lesson and passed quiz.
  await page.goto('/en/trainer/cohort/');
  await page.locator('#cohort-files').setInputFiles(file);
  const row = page.locator('[data-learners] tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('rowheader')).toHaveText('Ada <img src=x onerror=alert(1)>');
  await expect(row.locator('[data-col="lessons"]')).toHaveText('1');
  await expect(row.locator('[data-col="quizzes"]')).toHaveText('1');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('reset asks for confirmation first', async ({ page }) => {
  await page.goto('/en/lessons/why-programmes-fail/');
  await page.locator('lesson-progress').getByRole('button', { name: 'Mark as done' }).click();
  await page.goto('/en/progress/');
  await page.getByRole('button', { name: 'Erase my progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('tr[data-lesson="why-programmes-fail"] [data-cell]')).toContainText('Done on');
  await page.getByRole('button', { name: 'Erase my progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.locator('tr[data-lesson="why-programmes-fail"] [data-cell]')).toHaveText('Not started');
});

test('corrupted storage is kept aside as a backup, the learner is told and can download it', async ({ page }) => {
  // A page that never reads progress, so no store can recover the value before the lesson does.
  await page.goto('/en/glossary/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version": 1, "lessons": broken'), KEY);
  await page.goto('/en/lessons/why-programmes-fail/');
  const notice = page.locator('progress-notice');
  // The store loads when the page is idle: give a busy machine time.
  await expect(notice).toContainText('could not be read', { timeout: 15_000 });
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('board-academy:progress:backup:')));
  expect(backups).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), backups[0]!)).toBe('{"version": 1, "lessons": broken');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the copy kept aside' }).click();
  expect((await download).suggestedFilename()).toMatch(/^board-academy-progress-backup-.*\.json$/);
  // The page keeps working and saving.
  await page.locator('lesson-progress').getByRole('button', { name: 'Mark as done' }).click();
  expect(JSON.parse((await stored(page))!).lessons['why-programmes-fail'].status).toBe('done');
  await page.goto('/en/progress/');
  await expect(page.locator('[data-backup-list] li')).toHaveCount(1);
});

test('French learners are told in French why stored progress or a file was refused', async ({ page }, testInfo) => {
  await page.goto('/fr/glossary/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version": 1, "lessons": broken'), KEY);
  await page.goto('/fr/progress/');
  await expect(page.locator('progress-notice')).toContainText('Détail\u00a0: ce n’est pas du JSON valide (fichier tronqué\u00a0?).', { timeout: 15_000 });
  const file = testInfo.outputPath('autre.json');
  writeFileSync(file, JSON.stringify({ format: 'autre', version: 1 }));
  await page.getByLabel('Importer un fichier de progression').setInputFiles(file);
  await expect(page.locator('[data-transfer-status]')).toHaveText(
    'Fichier refusé, rien n’a été modifié. Motif\u00a0: ce n’est pas un fichier de progression Board Academy (son format est "autre")',
  );
});

test('an attempt is saved before its result shows: leaving at once keeps it; if saving cannot load, the result says so', async ({ page }) => {
  await page.goto(QUIZ);
  await answerQuiz(page.locator('quiz-player'), true);
  await expect(page.locator('[data-result-heading]')).toHaveText(/Passed/);
  // Stored already, with no wait for the browser to be idle.
  expect(JSON.parse((await stored(page))!).quizzes['why-programmes-fail'].attempts).toHaveLength(1);

  await page.evaluate(() => localStorage.clear());
  // Offline after the page opened: the progress code never arrives.
  await page.route(/\/_astro\/store\.[^/]+\.js$/, (route) => route.abort());
  await page.goto(QUIZ);
  await answerQuiz(page.locator('quiz-player'), true);
  await expect(page.locator('[data-result-heading]')).toHaveText(/Passed/);
  await expect(page.locator('[data-result-text]')).toContainText('could not be saved');
  await expect(page.locator('quiz-player [data-live]')).toContainText('could not be saved');
});

test('with storage disabled or full, a notice explains and the quiz still works in memory', async ({ browser }) => {
  for (const [mode, text] of [
    ['disabled', 'does not allow saving'],
    ['full', 'storage is full'],
  ] as const) {
    const context = await browser.newContext();
    await context.addInitScript((m) => {
      if (m === 'disabled') {
        Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
      } else {
        Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
      }
    }, mode);
    const page = await context.newPage();
    await page.goto(QUIZ);
    await answerQuiz(page.locator('quiz-player'), true);
    await expect(page.locator('[data-result-heading]')).toHaveText(/Passed/);
    await expect(page.locator('progress-notice')).toContainText(text);
    await expect(page.locator('[data-history] tbody tr')).toHaveCount(1);
    await context.close();
  }
});

test('completing a track gives a printable certificate with name, date, scores and a code', async ({ page }) => {
  await page.goto('/en/progress/');
  const track = page.locator('section[data-track="executive-briefings"]');
  const lessons = (await track.getAttribute('data-lessons'))!.split(' ');
  const quizzes = (await track.getAttribute('data-quizzes'))!.split(' ');
  await page.getByLabel('Display name').fill('Grace Hopper');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.goto('/en/certificates/executive-briefings/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('not complete yet');
  for (const slug of lessons) {
    await page.goto(`/en/lessons/${slug}/`);
    await page.locator('lesson-progress').getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.locator('lesson-progress')).toContainText('Done on');
  }
  for (const id of quizzes) {
    await page.goto(`/en/quizzes/${id}/`);
    await answerQuiz(page.locator('quiz-player'), true);
    await expect(page.locator('[data-result-heading]')).toHaveText(/Passed/);
  }
  await page.goto('/en/certificates/executive-briefings/');
  const certificate = page.locator('[data-certificate]');
  await expect(certificate).toBeVisible();
  await expect(certificate.locator('[data-name]')).toHaveText('Grace Hopper');
  await expect(certificate).toContainText('Executive briefings');
  await expect(certificate.locator('[data-code]')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
  await expect(certificate).toContainText('not a proctored exam');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(certificate).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  // A4 landscape: the first page's MediaBox is wider than tall.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
  expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
});
