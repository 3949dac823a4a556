import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonStatus12, lmsStatus, masteryFromLms } from '../../../src/lib/lms/status';
import type { QuizAttempt } from '../../../src/lib/progress/state';

const attempt = (percent: number, at = '2026-11-01T10:00:00.000Z'): QuizAttempt => ({
  at,
  score: percent / 10,
  max: 10,
  percent,
  passed: percent >= 70,
  durationMs: 1000,
  answers: [],
});
const lesson = (status: 'started' | 'done') => ({
  status,
  startedAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  ...(status === 'done' ? { completedAt: '2026-11-01T09:10:00.000Z' } : {}),
});

describe('lmsStatus', () => {
  it('reads as a learner would expect at each step', () => {
    expect(lmsStatus({ lesson: undefined, attempts: [] }, 70)).toEqual({ completed: false, progress: 0 });
    expect(lmsStatus({ lesson: lesson('started'), attempts: [] }, 70)).toEqual({ completed: false, progress: 0 });
    expect(lmsStatus({ lesson: lesson('done'), attempts: [] }, 70)).toEqual({ completed: true, progress: 1 });
    expect(lmsStatus({ lesson: lesson('started'), attempts: [attempt(40)] }, 70)).toEqual({ completed: false, progress: 0.5, verdict: { passed: false, percent: 40 } });
    expect(lmsStatus({ lesson: lesson('started'), attempts: [attempt(40), attempt(80)] }, 70)).toEqual({ completed: true, progress: 1, verdict: { passed: true, percent: 80 } });
    // The LMS's mastery score decides, not the attempt's own `passed` flag (set against the quiz's pass mark).
    expect(lmsStatus({ lesson: undefined, attempts: [attempt(80)] }, 90).verdict).toEqual({ passed: false, percent: 80 });
  });

  it('a later attempt never takes a pass or a completion away', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (percents, extra, mastery) => {
        const before = lmsStatus({ lesson: undefined, attempts: percents.map((p) => attempt(p)) }, mastery);
        const after = lmsStatus({ lesson: undefined, attempts: [...percents, extra].map((p) => attempt(p)) }, mastery);
        if (before.verdict?.passed) expect(after.verdict?.passed).toBe(true);
        if (before.completed) expect(after.completed).toBe(true);
        expect(after.verdict!.percent).toBe(Math.max(...percents, extra));
        expect(after.verdict!.passed).toBe(Math.max(...percents, extra) >= mastery);
        expect(after.progress === 1).toBe(after.completed);
      }),
    );
  });

  it('SCORM 1.2 has one status: passed/failed once attempted, else completed or incomplete', () => {
    expect(lessonStatus12({ completed: false, progress: 0 })).toBe('incomplete');
    expect(lessonStatus12({ completed: true, progress: 1 })).toBe('completed');
    expect(lessonStatus12({ completed: true, progress: 1, verdict: { passed: false, percent: 10 } })).toBe('failed');
    expect(lessonStatus12({ completed: true, progress: 1, verdict: { passed: true, percent: 90 } })).toBe('passed');
  });

  it('takes a mastery score from the LMS only when it is a number in range', () => {
    expect(masteryFromLms('80', 'percent')).toBe(80);
    expect(masteryFromLms('0.75', 'scaled')).toBe(75);
    for (const bad of ['', ' ', 'abc', '-1', '101', 'NaN', 'Infinity']) expect(masteryFromLms(bad, 'percent')).toBeUndefined();
    expect(masteryFromLms('1.5', 'scaled')).toBeUndefined();
  });
});
