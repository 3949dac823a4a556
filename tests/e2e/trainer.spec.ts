/** The trainer kit: programme views, agenda times, the printed handout, the cohort dashboard (presenter mode: presenter.spec.ts). */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { asUpload, learnerExport, learnerIdFor } from '../../bench/cohort.mjs';
import { COHORT_DASHBOARD } from '../../src/lib/cohort/dashboard-contract';
import { expectContractMarkup } from './support/contract';

const PROGRAMME = '/en/programmes/board-briefing/';

test('the header leads trainers to the programmes, which lead to each programme', async ({ page }) => {
  await page.goto('/fr/');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Formateurs' }).click();
  await expect(page).toHaveURL(/\/fr\/programmes\/$/);
  // One heading per programme file, then the cohort dashboard's.
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(readdirSync('content/programmes/fr').filter((f) => f.endsWith('.yaml')).length + 1);
  await page.getByRole('link', { name: /Briefing du conseil/ }).click();
  await expect(page).toHaveURL(/\/fr\/programmes\/board-briefing\/$/);
});

test('the trainer view shows agenda, sessions, links and facilitator notes; the learner view hides the notes', async ({ page }) => {
  await page.goto(PROGRAMME);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Board briefing: social media in 90 minutes');
  const agenda = page.locator('programme-agenda table');
  await expect(agenda.locator('tbody tr')).toHaveCount(4);
  await expect(agenda.locator('tbody tr').first()).toContainText('09:00–09:20');
  await expect(agenda.locator('tbody tr').last()).toContainText('10:10–10:30');
  await expect(page.locator('[data-facilitator-notes]')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Common objections' }).first()).toBeVisible();
  await expect(page.locator('#session-1').getByRole('link', { name: 'Present “' }).first()).toHaveAttribute('href', /\/en\/lessons\/why-programmes-fail\/present\/$/);
  await expect(page.locator('#session-3').getByRole('link', { name: /Economic impact/ })).toHaveAttribute('href', '/en/calculators/roi/');

  await page.getByRole('link', { name: /Participant version/ }).click();
  await expect(page).toHaveURL(/\/en\/programmes\/board-briefing\/learner\//);
  await expect(page.locator('[data-programme-view="learner"]')).toBeVisible();
  await expect(page.locator('[data-facilitator-notes]')).toHaveCount(0);
  await expect(page.getByText('Common objections')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Present/ })).toHaveCount(0);
  await expect(page.locator('#session-3').getByText(/Pick one business objective/)).toBeVisible();
  await page.getByRole('link', { name: /Trainer version/ }).click();
  await expect(page.locator('[data-facilitator-notes]')).toHaveCount(4);
});

test('a start time shifts every time, is kept in the address and carried to the other views', async ({ page }) => {
  await page.goto('/fr/programmes/objectives-to-kpis-workshop/');
  const input = page.getByLabel('Heure de début');
  await expect(input).toHaveValue('09:00');
  await input.fill('13:30');
  await input.dispatchEvent('change');
  await expect(page.getByRole('status').filter({ hasText: 'Horaires recalculés à partir de 13:30.' })).toBeVisible();
  const rows = page.locator('programme-agenda tbody tr');
  await expect(rows.first()).toContainText('13:30–14:00');
  await expect(rows.last()).toContainText('16:15–17:00');
  await expect(page.locator('#session-5 time[data-slot-start]')).toHaveText('16:15');
  await expect(page).toHaveURL(/\?start=13%3A30/);
  await page.getByRole('link', { name: /Dossier du participant/ }).click();
  await expect(page.locator('programme-agenda tbody tr').first()).toContainText('13:30–14:00');
});

test('without JavaScript the agenda shows times from 09:00', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/programmes/staff-fundamentals-course/');
  await expect(page.locator('programme-agenda tbody tr').nth(3)).toContainText('12:00–13:00');
  await expect(page.getByLabel('Heure de début')).toBeHidden();
  await context.close();
});

test('the handout prints agenda, takeaways, exercises and a blank KPI planner, each part on a new page', async ({ page }) => {
  await page.goto('/en/programmes/objectives-to-kpis-workshop/handout/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the pack' })).toBeHidden();
  for (const name of ['Agenda', 'Key takeaways of the lessons', 'Exercises', 'KPI planner']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const breaks = await page.locator('.trainer-page-break').evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks).toEqual(['page', 'page', 'page']);
  await expect(page.locator('[data-kpi-grid] tbody tr')).toHaveCount(8);
  await expect(page.locator('[data-kpi-grid] thead th')).toHaveText(['No.', 'Business objective', 'Indicator', 'Data source', 'Starting value', 'Target and date', 'Owner']);
  const lessons = page.locator('section[aria-labelledby="takeaways"] > section');
  await expect(lessons).toHaveCount(7);
  for (const lesson of await lessons.all()) expect(await lesson.locator('li').count()).toBeGreaterThanOrEqual(3);
  expect(await page.locator('[data-facilitator-notes]').count()).toBe(0);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

async function openCohort(page: Page, lang = 'en') {
  await page.goto(`/${lang}/trainer/cohort/`);
  await expect(page.locator('[data-cohort-ui]')).toBeVisible();
}

test('the cohort dashboard merges a learner’s files by id, tells namesakes apart, lists rejected files, sorts, filters and exports a safe CSV', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openCohort(page);
  await expectContractMarkup(page, COHORT_DASHBOARD);
  const good = Array.from({ length: 12 }, (_, i) => asUpload(`learner-${i}.json`, learnerExport(i)));
  const hostile = asUpload('hostile.json', learnerExport(20, { name: '<img src=x onerror=alert(1)>' }));
  const formula = asUpload('formula.json', learnerExport(21, { name: '=HYPERLINK("http://x")' }));
  // Learner 3's older export, under the name she used then: the same learner id, so one participant.
  const older = asUpload('dup-old.json', learnerExport(3, { name: 'Learner three', exportedAt: Date.UTC(2026, 8, 1) }));
  // Another person who happens to be called Learner 001: a participant of her own.
  const namesake = asUpload('namesake.json', learnerExport(22, { name: 'Learner 001' }));
  const broken = [
    asUpload('notes.txt', 'just some notes'),
    asUpload('other.json', JSON.stringify({ format: 'something-else', version: 1 })),
    asUpload('truncated.json', learnerExport(30).slice(0, 200)),
  ];
  await page.locator('#cohort-files').setInputFiles([...good, hostile, formula, older, namesake, ...broken]);
  await expect(page.locator('cohort-dashboard')).toHaveAttribute('data-loaded', '19');
  await expect(page.locator('[data-status]')).toContainText('19 file(s) read: 15 participant(s), 3 file(s) rejected.');
  await expect(page.locator('[data-status]')).toContainText('1 file(s) from the same participant merged');

  const rejected = page.locator('[data-rejected] li');
  await expect(rejected).toHaveCount(3);
  await expect(rejected.nth(0)).toContainText('notes.txt:');
  await expect(rejected.nth(1)).toContainText('other.json: not a Board Academy progress file');

  const rows = page.locator('[data-learners] tbody tr');
  await expect(rows).toHaveCount(15);
  await expect(page.getByRole('rowheader', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  expect(await page.locator('[data-learners] img').count()).toBe(0);
  const merged = page.locator('[data-learners] tr', { has: page.getByRole('rowheader', { name: 'Learner 003', exact: true }) });
  await expect(merged.locator('[data-col="files"]')).toHaveText('2');
  for (const i of [1, 22]) {
    await expect(page.getByRole('rowheader', { name: `Learner 001 (ID ${learnerIdFor(i).slice(0, 6)})`, exact: true })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Lessons done' }).click();
  await expect(page.getByRole('columnheader', { name: /Lessons done/ })).toHaveAttribute('aria-sort', 'descending');
  const counts = (await page.locator('[data-learners] [data-col="lessons"]').allTextContents()).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));

  await page.getByLabel('Filter by name').fill('learner 00');
  await expect(rows).toHaveCount(11);
  await expect(page.locator('[data-filter-count]')).toHaveText('11 of 15 participant(s) shown.');
  await page.getByLabel('Filter by name').fill('');

  await expect(page.locator('[data-completion-rows="lessons"] tr').first()).toContainText(/of 15/);
  await expect(page.locator('[data-quiz-items]').first().locator('tbody tr')).toHaveCount(4);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(download.suggestedFilename()).toMatch(/^cohort-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.startsWith('\uFEFFName,Learner ID,Lessons done,Quizzes passed,Last activity,Files')).toBe(true);
  const lines = csv.trimEnd().split('\r\n');
  expect(lines).toHaveLength(16);
  expect(lines.filter((line) => line.startsWith('Learner 001 (ID ')).map((line) => line.split(',')[1]).sort()).toEqual([learnerIdFor(1), learnerIdFor(22)].sort());
  expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  expect(lines.some((line) => /^[=+\-@]/.test(line.replace(/^\uFEFF/, '')))).toBe(false);

  await page.getByRole('button', { name: 'Clear the dashboard' }).click();
  await expect(page.locator('[data-status]')).toHaveText('Dashboard cleared.');
  await expect(page.locator('[data-learners-section]')).toBeHidden();
  await expect(page.locator('[data-rejected-section]')).toBeHidden();
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('the cohort dashboard refuses a 50 MB file by its size without reading it, and still loads the others', async ({ page }, testInfo) => {
  await openCohort(page, 'fr');
  const big = testInfo.outputPath('enorme.json');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
  await page.locator('#cohort-files').setInputFiles([big]);
  await expect(page.locator('cohort-dashboard')).toHaveAttribute('data-loaded', '1');
  await page.locator('#cohort-files').setInputFiles([asUpload('a.json', learnerExport(1))]);
  await expect(page.locator('cohort-dashboard')).toHaveAttribute('data-loaded', '2');
  await expect(page.locator('[data-rejected] li')).toHaveText(/^enorme\.json\s: trop volumineux \(52,5\sMo\s;\s5\sMo au plus\)$/);
  await expect(page.locator('[data-learners] tbody tr')).toHaveCount(1);
});

test('files dropped on the dashboard load like picked ones, even while others are still loading', async ({ page }) => {
  await openCohort(page);
  await page.locator('#cohort-files').setInputFiles(Array.from({ length: 200 }, (_, i) => asUpload(`learner-${i}.json`, learnerExport(i))));
  const dataTransfer = await page.evaluateHandle((texts) => {
    const transfer = new DataTransfer();
    texts.forEach((text, i) => transfer.items.add(new File([text], `dropped-${i}.json`, { type: 'application/json' })));
    return transfer;
  }, [learnerExport(300), learnerExport(301)]);
  await page.locator('[data-drop]').dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('cohort-dashboard')).toHaveAttribute('data-loaded', '202', { timeout: 30_000 });
  await expect(page.locator('[data-learners] tbody tr')).toHaveCount(202);
});

test('500 learner files load in under 2 seconds, the page responding meanwhile', async ({ page }) => {
  await openCohort(page);
  const files = Array.from({ length: 500 }, (_, i) => asUpload(`learner-${i}.json`, learnerExport(i)));
  // Frames painted while loading: a page that never handed the thread back would paint none.
  await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; counting: boolean };
    w.counting = true;
    w.frames = [];
    const tick = (time: number) => {
      if (!w.counting) return;
      w.frames.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.locator('#cohort-files').setInputFiles(files);
  await expect(page.locator('cohort-dashboard')).toHaveAttribute('data-loaded', '500', { timeout: 30_000 });
  const { ms, frames } = await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; counting: boolean };
    w.counting = false;
    const load = performance.getEntriesByName('cohort-load').at(-1)!;
    const during = w.frames.filter((t) => t >= load.startTime && t <= load.startTime + load.duration);
    return { ms: load.duration, frames: during.length };
  });
  console.log(`cohort: 500 files loaded in ${Math.round(ms)} ms, ${frames} frames painted meanwhile`);
  expect(ms).toBeLessThan(2000);
  expect(frames).toBeGreaterThanOrEqual(Math.min(3, Math.floor(ms / 100)));
  await expect(page.locator('[data-learners] tbody tr')).toHaveCount(500);
});
