import { describe, expect, it } from 'vitest';
import { cleanDisplayName } from '../../../src/lib/progress/display-name';
import { attemptFromResult } from '../../../src/lib/progress/attempt-from-result';
import { markDone, markStarted, recordAttempt, resetProgress, setDisplayName } from '../../../src/lib/progress/mutators';
import { emptyProgress, type QuizAttempt } from '../../../src/lib/progress/state';
import { anyLearnerId, at } from './helpers';

const base = emptyProgress(at(0));
const iso = (minutes: number) => at(minutes).toISOString();
const attempt = (minutes: number, score = 3): QuizAttempt => ({
  at: iso(minutes),
  score,
  max: 4,
  percent: score * 25,
  passed: score >= 3,
  durationMs: 60_000,
  answers: [{ questionId: 'q1', correct: true }],
});

describe('lesson mutators', () => {
  it('marks a lesson started once, then done with its first completion date', () => {
    const started = markStarted(base, 'what-is-roi', at(1));
    expect(started.lessons['what-is-roi']).toEqual({ status: 'started', startedAt: iso(1), updatedAt: iso(1) });
    expect(markStarted(started, 'what-is-roi', at(2))).toBe(started);
    const done = markDone(started, 'what-is-roi', at(3));
    expect(done.lessons['what-is-roi']).toEqual({ status: 'done', startedAt: iso(1), completedAt: iso(3), updatedAt: iso(3) });
    expect(done.updatedAt).toBe(iso(3));
    expect(markDone(done, 'what-is-roi', at(9))).toBe(done);
    expect(markStarted(done, 'what-is-roi', at(9))).toBe(done);
  });

  it('marks a never-started lesson done, started at the same time', () => {
    expect(markDone(base, 'kpis', at(4)).lessons['kpis']).toEqual({
      status: 'done',
      startedAt: iso(4),
      completedAt: iso(4),
      updatedAt: iso(4),
    });
  });

  it('never changes the state it is given', () => {
    const before = JSON.stringify(base);
    markDone(markStarted(base, 'a', at(1)), 'b', at(2));
    expect(JSON.stringify(base)).toBe(before);
  });

  it('ignores prototype-polluting and malformed keys', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', '', 'Not A Slug', 'x'.repeat(121)]) {
      expect(markStarted(base, key, at(1))).toBe(base);
      expect(markDone(base, key, at(1))).toBe(base);
      expect(recordAttempt(base, key, attempt(1))).toBe(base);
    }
    expect(({} as Record<string, unknown>)['status']).toBeUndefined();
  });
});

describe('recordAttempt', () => {
  it('keeps attempts oldest first and ignores an exact repeat', () => {
    let state = recordAttempt(base, 'roi-basics', attempt(5));
    state = recordAttempt(state, 'roi-basics', attempt(2, 1));
    state = recordAttempt(state, 'roi-basics', attempt(5));
    expect(state.quizzes['roi-basics']?.attempts.map((a) => a.at)).toEqual([iso(2), iso(5)]);
    expect(state.updatedAt).toBe(iso(5));
  });

  it('keeps only the latest 100 attempts', () => {
    let state = base;
    for (let i = 1; i <= 105; i++) state = recordAttempt(state, 'roi-basics', attempt(i));
    const attempts = state.quizzes['roi-basics']?.attempts ?? [];
    expect(attempts).toHaveLength(100);
    expect(attempts[0]?.at).toBe(iso(6));
  });

  it('ignores an attempt that would not validate (NaN, score above max, bad date)', () => {
    for (const bad of [
      { ...attempt(1), percent: Number.NaN },
      { ...attempt(1), score: 5 },
      { ...attempt(1), at: 'now' },
      { ...attempt(1), extra: 1 },
    ]) {
      expect(recordAttempt(base, 'roi-basics', bad)).toBe(base);
    }
  });

  it('builds an attempt from a scored quiz', () => {
    const result = {
      total: 3.5,
      max: 6,
      percent: 58.333333,
      passed: false,
      questions: [{ questionId: 'q1', correct: true, score: 1, max: 1 }],
    };
    expect(attemptFromResult(result, at(0), new Date(at(3).getTime() + 400))).toEqual({
      at: new Date(at(3).getTime() + 400).toISOString(),
      score: 3.5,
      max: 6,
      percent: 58.333333,
      passed: false,
      durationMs: 180_400,
      answers: [{ questionId: 'q1', correct: true }],
    });
    expect(attemptFromResult(result, at(5), at(1)).durationMs).toBe(0);
  });
});

describe('display name', () => {
  it('is trimmed, one line, free of invisible controls and capped at 80 characters', () => {
    expect(cleanDisplayName('  Camille \n  Martin\t')).toBe('Camille Martin');
    expect(cleanDisplayName('Zo\u202eé\u0000')).toBe('Zo é');
    expect(cleanDisplayName('😀'.repeat(100))).toBe('😀'.repeat(80));
    expect(cleanDisplayName('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('is set with its date, and left alone when unchanged', () => {
    const named = setDisplayName(base, ' Ana ', at(1));
    expect(named).toMatchObject({ displayName: 'Ana', displayNameUpdatedAt: iso(1), updatedAt: iso(1) });
    expect(setDisplayName(named, 'Ana', at(2))).toBe(named);
  });
});

describe('resetProgress', () => {
  it('forgets lessons and attempts, keeps the name, records when, and starts a new learner id', () => {
    const full = recordAttempt(markDone(setDisplayName(base, 'Ana', at(1)), 'kpis', at(2)), 'roi-basics', attempt(3));
    const reset = resetProgress(full, at(10));
    expect(reset.learnerId).not.toBe(full.learnerId);
    expect(JSON.parse(JSON.stringify(reset))).toEqual({
      version: 2,
      learnerId: anyLearnerId(),
      displayName: 'Ana',
      displayNameUpdatedAt: iso(1),
      lessons: {},
      quizzes: {},
      updatedAt: iso(10),
      resetAt: iso(10),
    });
  });
});
