import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/lib/progress/merge';
import { markDone, markStarted, recordAttempt, resetProgress, setDisplayName } from '../../../src/lib/progress/mutators';
import { parseStoredProgress } from '../../../src/lib/progress/parse-stored';
import { emptyProgress, type QuizAttempt } from '../../../src/lib/progress/state';
import { stateArb } from './arbitraries';
import { at } from './helpers';

const attempt = (minutes: number, score: number): QuizAttempt => ({
  at: at(minutes).toISOString(),
  score,
  max: 4,
  percent: score * 25,
  passed: score >= 3,
  durationMs: 1000,
  answers: [],
});

describe('mergeProgress properties', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        expect(mergeProgress(a, a)).toEqual(a);
        const ab = mergeProgress(a, b);
        expect(mergeProgress(ab, b)).toEqual(ab);
        expect(mergeProgress(ab, ab)).toEqual(ab);
      }),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
        expect(mergeProgress(mergeProgress(a, b), c)).toEqual(mergeProgress(a, mergeProgress(b, c)));
      }),
    );
  });

  it('produces a state that survives storage unchanged', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = mergeProgress(a, b);
        const reread = parseStoredProgress(JSON.stringify(merged), new Date(0));
        expect(reread).toEqual({ kind: 'ok', state: merged, migrated: false });
      }),
    );
  });

  it('loses no attempt and no done lesson of the same reset period', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        fc.pre(a.resetAt === b.resetAt);
        const merged = mergeProgress(a, b);
        for (const side of [a, b]) {
          for (const [slug, lesson] of Object.entries(side.lessons)) {
            if (lesson.status === 'done') expect(merged.lessons[slug]?.status).toBe('done');
          }
          for (const [id, quiz] of Object.entries(side.quizzes)) {
            for (const x of quiz.attempts)
              expect(merged.quizzes[id]?.attempts.some((y) => y.at === x.at && y.score === x.score)).toBe(true);
          }
        }
      }),
    );
  });
});

describe('mergeProgress rules', () => {
  const base = emptyProgress(at(0));

  it('keeps the union of attempts, de-duplicated by time and score, oldest first', () => {
    const a = recordAttempt(recordAttempt(base, 'roi-basics', attempt(5, 2)), 'roi-basics', attempt(1, 1));
    const b = recordAttempt(recordAttempt(base, 'roi-basics', attempt(5, 2)), 'roi-basics', attempt(9, 4));
    const merged = mergeProgress(a, b);
    expect(merged.quizzes['roi-basics']?.attempts.map((x) => [x.at, x.score])).toEqual([
      [at(1).toISOString(), 1],
      [at(5).toISOString(), 2],
      [at(9).toISOString(), 4],
    ]);
  });

  it('keeps a lesson done even when the other tab only saw it started later', () => {
    const doneEarly = markDone(base, 'what-is-roi', at(5));
    const startedLate = markStarted(base, 'what-is-roi', at(9));
    expect(mergeProgress(doneEarly, startedLate).lessons['what-is-roi']).toEqual({
      status: 'done',
      startedAt: at(5).toISOString(),
      completedAt: at(5).toISOString(),
      updatedAt: at(9).toISOString(),
    });
  });

  it('takes the display name set most recently, whatever the order', () => {
    const a = setDisplayName(base, 'Ana', at(5));
    const b = markDone(setDisplayName(base, 'Bo', at(3)), 'what-is-roi', at(20));
    expect(mergeProgress(a, b).displayName).toBe('Ana');
    expect(mergeProgress(b, a).displayName).toBe('Ana');
    expect(mergeProgress(base, b).displayName).toBe('Bo');
  });

  it('keeps the learner id of the store whose history starts first: a new browser adopts the older one', () => {
    const laptop = markDone(emptyProgress(at(0), 'a'.repeat(32)), 'what-is-roi', at(1));
    const phone = markStarted(emptyProgress(at(0), 'b'.repeat(32)), 'kpis', at(30));
    expect(mergeProgress(phone, laptop).learnerId).toBe('a'.repeat(32));
    expect(mergeProgress(laptop, phone).learnerId).toBe('a'.repeat(32));
    // Two fresh tabs, nothing recorded: the smaller id, in either order.
    const [x, y] = [emptyProgress(at(0), 'c'.repeat(32)), emptyProgress(at(0), '9'.repeat(32))];
    expect(mergeProgress(x, y).learnerId).toBe('9'.repeat(32));
    expect(mergeProgress(y, x).learnerId).toBe('9'.repeat(32));
  });

  it('gives a reset store a new learner id, which wins over the stale tab', () => {
    const stale = markDone(base, 'what-is-roi', at(2));
    const reset = resetProgress(stale, at(10));
    expect(reset.learnerId).not.toBe(stale.learnerId);
    expect(mergeProgress(stale, reset).learnerId).toBe(reset.learnerId);
  });

  it('lets a later reset win over older data from a stale tab', () => {
    const stale = markDone(setDisplayName(base, 'Ana', at(1)), 'what-is-roi', at(2));
    const reset = markStarted(resetProgress(stale, at(10)), 'kpis', at(11));
    const merged = mergeProgress(stale, reset);
    expect(Object.keys(merged.lessons)).toEqual(['kpis']);
    expect(merged.displayName).toBe('Ana');
    expect(merged.resetAt).toBe(at(10).toISOString());
  });

  it('uses null-prototype dictionaries with sorted keys', () => {
    const merged = mergeProgress(markStarted(base, 'zeta', at(1)), markStarted(base, 'alpha', at(2)));
    expect(Object.getPrototypeOf(merged.lessons)).toBeNull();
    expect(Object.keys(merged.lessons)).toEqual(['alpha', 'zeta']);
  });
});
