/** fast-check generators of valid progress states, drawing keys and dates from small pools so merges collide. */
import fc from 'fast-check';
import { parseStoredProgress } from '../../../src/lib/progress/parse-stored';
import type { ProgressState } from '../../../src/lib/progress/state';

const dateArb = fc.integer({ min: 0, max: 30 }).map((h) => new Date(Date.UTC(2025, 0, 1) + h * 3_600_000).toISOString());

const lessonArb = fc
  .record({ done: fc.boolean(), startedAt: dateArb, completedAt: dateArb, updatedAt: dateArb })
  .map(({ done, startedAt, completedAt, updatedAt }) =>
    done ? { status: 'done', startedAt, completedAt, updatedAt } : { status: 'started', startedAt, updatedAt },
  );

const attemptArb = fc
  .record({
    at: dateArb,
    score: fc.integer({ min: 0, max: 4 }),
    durationMs: fc.integer({ min: 0, max: 3 }),
    answers: fc.array(fc.record({ questionId: fc.constantFrom('q1', 'q2'), correct: fc.boolean() }), { maxLength: 2 }),
  })
  .map((a) => ({
    at: a.at,
    score: a.score,
    max: 4,
    percent: a.score * 25,
    passed: a.score >= 3,
    durationMs: a.durationMs,
    answers: a.answers,
  }));

/** A raw current-version value as it would be stored; learner ids from a small pool, so merged states often differ in id. */
export const rawStateArb = fc.record(
  {
    version: fc.constant(2),
    learnerId: fc.constantFrom('a'.repeat(32), 'b'.repeat(32), '0123456789abcdef'.repeat(2)),
    displayName: fc.constantFrom('', 'Ana', 'Bo', '<b>Zoé</b>'),
    displayNameUpdatedAt: dateArb,
    lessons: fc.dictionary(fc.constantFrom('what-is-roi', 'discounting', 'kpis', 'outcomes'), lessonArb, { maxKeys: 4 }),
    quizzes: fc.dictionary(
      fc.constantFrom('roi-basics', 'kpi-basics'),
      fc.record({ attempts: fc.array(attemptArb, { minLength: 1, maxLength: 4 }) }),
      { maxKeys: 2 },
    ),
    updatedAt: dateArb,
    resetAt: fc.constantFrom('2025-01-01T00:00:00.000Z', '2025-01-01T05:00:00.000Z'),
  },
  { requiredKeys: ['version', 'learnerId', 'displayName', 'lessons', 'quizzes', 'updatedAt'] },
);

/** A valid, normalised state (parsed exactly as a stored one is). */
export const stateArb: fc.Arbitrary<ProgressState> = rawStateArb.map((raw) => {
  const parsed = parseStoredProgress(JSON.stringify(raw), new Date(0));
  if (parsed.kind !== 'ok') throw new Error(`generator produced an invalid state: ${JSON.stringify(parsed)}`);
  return parsed.state;
});
