/**
 * Cohort dashboard budget: 500 generated learner export files loaded into /en/trainer/cohort/ in under 2 s
 * in Chromium. `benchCohort({ baseUrl, browser })` runs against a served build; run this file alone
 * (`node_modules/.bin/node bench/cohort.mjs`, after `npm run build`) to serve dist/ and print the figures.
 */
import { createHash } from 'node:crypto';
import { runAlone } from './server.mjs';

const LESSONS = ['why-programmes-fail', 'not-mass-media', 'objectives-before-kpis', 'what-roi-measures', 'listening-first', 'kpis-and-dashboards'];
const QUIZZES = ['why-programmes-fail', 'objectives-before-kpis', 'kpis-and-dashboards'];
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 9, 1, 9);

const iso = (ms) => new Date(ms).toISOString();

/** Learner `i`'s store id: 32 hex digits, varied from the first one (the dashboard shows the first six). */
export const learnerIdFor = (i) => createHash('sha256').update(`learner ${i}`).digest('hex').slice(0, 32);

/** The export file learner `i` would download from My progress (deterministic, varied). */
export function learnerExport(i, { name = `Learner ${String(i).padStart(3, '0')}`, exportedAt = BASE + 40 * DAY, id = learnerIdFor(i) } = {}) {
  const lessons = {};
  LESSONS.forEach((slug, k) => {
    if ((i + k) % 4 === 3) return;
    const started = BASE + ((i * 7 + k) % 30) * DAY;
    lessons[slug] = (i + k) % 3 === 0
      ? { status: 'started', startedAt: iso(started), updatedAt: iso(started) }
      : { status: 'done', startedAt: iso(started), completedAt: iso(started + 600_000), updatedAt: iso(started + 600_000) };
  });
  const quizzes = {};
  QUIZZES.forEach((id, k) => {
    if ((i + k) % 5 === 4) return;
    const attempts = [];
    for (let a = 0; a <= (i + k) % 3; a++) {
      const answers = ['q1', 'q2', 'q3', 'q4'].map((questionId, q) => ({ questionId, correct: (i + k + q + a) % 3 !== 0 }));
      const score = answers.filter((x) => x.correct).length;
      attempts.push({
        at: iso(BASE + ((i + k) % 30) * DAY + a * 3_600_000),
        score,
        max: 4,
        percent: score * 25,
        passed: score >= 3,
        durationMs: 60_000 + i * 10,
        answers,
      });
    }
    quizzes[id] = { attempts };
  });
  const file = { format: 'board-academy-progress', version: 2, exportedAt: iso(exportedAt), learnerId: id, displayName: name, lessons, quizzes };
  return JSON.stringify(file, null, 2);
}

/** Files as Playwright's setInputFiles takes them. */
export const asUpload = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

export async function benchCohort({ baseUrl, browser }) {
  const page = await browser.newPage();
  try {
    await page.goto(`${baseUrl}/en/trainer/cohort/`);
    const files = Array.from({ length: 500 }, (_, i) => asUpload(`learner-${i}.json`, learnerExport(i)));
    const started = Date.now();
    await page.locator('#cohort-files').setInputFiles(files);
    await page.locator('cohort-dashboard[data-loaded="500"]').waitFor({ timeout: 30_000 });
    const wallMs = Date.now() - started;
    const import500Ms = await page.evaluate(() => performance.getEntriesByName('cohort-load').at(-1)?.duration ?? Number.NaN);
    const rows = await page.locator('[data-learners] tbody tr').count();
    if (rows !== 500) throw new Error(`expected 500 learner rows, got ${rows}`);
    return { import500Ms: Math.round(import500Ms), wallMs };
  } finally {
    await page.close();
  }
}

runAlone(import.meta.url, benchCohort);
