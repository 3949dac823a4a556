import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeSuspendData, SUSPEND_LIMIT, suspendDataToProgressJson, type LessonSnapshot } from '../../../src/lib/lms/suspend-data';
import { parseStoredProgress } from '../../../src/lib/progress/parse-stored';
import type { QuizAttempt } from '../../../src/lib/progress/state';

const NOW = new Date('2026-11-30T10:00:00.000Z');

const attemptArb = fc
  .record({
    at: fc.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2026-11-30') }).map((t) => new Date(t).toISOString()),
    max: fc.integer({ min: 1, max: 40 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    durationMs: fc.integer({ min: 0, max: 3_600_000 }),
    marks: fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
  })
  .map(({ at, max, share, durationMs, marks }): QuizAttempt => {
    const score = Math.round(max * share * 100) / 100;
    const percent = Math.round((score / max) * 10000) / 100;
    return { at, score, max, percent, passed: percent >= 70, durationMs, answers: marks.map((correct, k) => ({ questionId: `q-${k + 1}`, correct })) };
  });

/** Attempts as the store keeps them: oldest first, distinct times. */
const attemptsArb = fc
  .array(attemptArb, { maxLength: 100 })
  .map((list) => [...new Map(list.map((a) => [a.at, a])).values()].sort((a, b) => a.at.localeCompare(b.at)));

const snapshot = (attempts: QuizAttempt[]): LessonSnapshot => ({
  slug: 'what-roi-measures',
  lesson: { status: 'done', startedAt: '2026-11-01T09:00:00.000Z', completedAt: '2026-11-01T09:20:00.000Z', updatedAt: '2026-11-01T09:20:00.000Z' },
  quizId: 'what-roi-measures',
  attempts,
});

function restore(text: string) {
  const json = suspendDataToProgressJson(text, '', NOW);
  expect(json).toBeDefined();
  const parsed = parseStoredProgress(json!, NOW);
  if (parsed.kind !== 'ok') throw new Error(`not restored: ${JSON.stringify(parsed)}`);
  return parsed.state;
}

describe('suspend data', () => {
  it('round-trips the lesson and every attempt through the progress store’s own validation', () => {
    fc.assert(
      fc.property(attemptsArb, (attempts) => {
        const { text, droppedAttempts } = encodeSuspendData(snapshot(attempts), SUSPEND_LIMIT.scorm2004);
        expect(droppedAttempts).toBe(0);
        const state = restore(text);
        expect(state.lessons['what-roi-measures']?.status).toBe('done');
        expect(state.quizzes['what-roi-measures']?.attempts ?? []).toEqual(attempts);
      }),
    );
  });

  it('fits SCORM 1.2’s 4,096 characters, keeping the best and the latest attempt', () => {
    fc.assert(
      fc.property(attemptsArb, (attempts) => {
        const result = encodeSuspendData(snapshot(attempts), SUSPEND_LIMIT.scorm12);
        expect(result.text.length).toBeLessThanOrEqual(4096);
        const kept = restore(result.text).quizzes['what-roi-measures']?.attempts ?? [];
        expect(kept.length).toBe(attempts.length - result.droppedAttempts);
        if (attempts.length > 0) {
          const best = Math.max(...attempts.map((a) => a.percent));
          expect(Math.max(...kept.map((a) => a.percent))).toBe(best);
          expect(kept.at(-1)?.at).toBe(attempts.at(-1)!.at);
        }
      }),
    );
  });

  it('drops attempts only when they do not fit (100 attempts of 12 questions do not)', () => {
    const many = Array.from({ length: 100 }, (_, k): QuizAttempt => ({
      at: new Date(Date.parse('2026-01-01') + k * 60_000).toISOString(),
      score: k % 10,
      max: 10,
      percent: (k % 10) * 10,
      passed: k % 10 >= 7,
      durationMs: 1000,
      answers: Array.from({ length: 12 }, (_, q) => ({ questionId: `q-${q}`, correct: q < k % 10 })),
    }));
    const result = encodeSuspendData(snapshot(many), SUSPEND_LIMIT.scorm12);
    expect(result.droppedAttempts).toBeGreaterThan(0);
    expect(result.text.length).toBeLessThanOrEqual(4096);
    expect(result.text.length).toBeGreaterThan(3500); // what fits is kept
    expect(encodeSuspendData(snapshot(many.slice(0, 3)), SUSPEND_LIMIT.scorm12).droppedAttempts).toBe(0);
  });

  it('turns anything else from the LMS into nothing, and the store refuses a tampered value', () => {
    for (const text of ['', 'x', '{}', '[]', 'null', '{"v":2,"s":"a"}', '{"v":1}']) expect(suspendDataToProgressJson(text, '', NOW)).toBeUndefined();
    const tampered = JSON.stringify({ v: 1, s: 'a', q: 'a', a: [['2026-01-01T00:00:00.000Z', 11, 10, 110, 1, 5]] });
    expect(parseStoredProgress(suspendDataToProgressJson(tampered, '', NOW)!, NOW).kind).toBe('corrupt');
  });
});
