import { describe, expect, it } from 'vitest';
import { markDone, markStarted, recordAttempt } from '../../../src/lib/progress/mutators';
import { emptyProgress, type QuizAttempt } from '../../../src/lib/progress/state';
import { trackCompletion } from '../../../src/lib/progress/track';
import { at } from './helpers';

const iso = (minutes: number) => at(minutes).toISOString();
const attempt = (minutes: number, percent: number): QuizAttempt => ({
  at: iso(minutes),
  score: percent,
  max: 100,
  percent,
  passed: percent >= 70,
  durationMs: 0,
  answers: [],
});

describe('trackCompletion', () => {
  const lessons = ['what-is-roi', 'discounting'];
  const quizzes = ['roi-basics'];

  it('counts nothing done on a fresh state', () => {
    expect(trackCompletion(lessons, quizzes, emptyProgress(at(0)))).toEqual({
      done: 0,
      total: 3,
      complete: false,
      scores: [{ quizId: 'roi-basics', bestPercent: null, passed: false }],
    });
  });

  it('counts done lessons and passed quizzes, not started lessons or failed attempts', () => {
    let state = markDone(emptyProgress(at(0)), 'what-is-roi', at(1));
    state = markStarted(state, 'discounting', at(2));
    state = recordAttempt(state, 'roi-basics', attempt(3, 50));
    expect(trackCompletion(lessons, quizzes, state)).toEqual({
      done: 1,
      total: 3,
      complete: false,
      scores: [{ quizId: 'roi-basics', bestPercent: 50, passed: false }],
    });
  });

  it('is complete at the latest of the lesson completions and first passing attempts', () => {
    let state = markDone(emptyProgress(at(0)), 'discounting', at(1));
    state = recordAttempt(state, 'roi-basics', attempt(5, 80));
    state = recordAttempt(state, 'roi-basics', attempt(9, 100));
    state = markDone(state, 'what-is-roi', at(4));
    expect(trackCompletion(lessons, quizzes, state)).toEqual({
      done: 3,
      total: 3,
      complete: true,
      completedAt: iso(5),
      scores: [{ quizId: 'roi-basics', bestPercent: 100, passed: true }],
    });
  });

  it('treats repeated ids once, never completes an empty track, and reads no inherited keys', () => {
    expect(trackCompletion(['kpis', 'kpis'], [], markDone(emptyProgress(at(0)), 'kpis', at(1)))).toMatchObject({
      done: 1,
      total: 1,
      complete: true,
    });
    expect(trackCompletion([], [], emptyProgress(at(0)))).toEqual({ done: 0, total: 0, complete: false, scores: [] });
    const plain = { ...emptyProgress(at(0)), lessons: {}, quizzes: {} };
    expect(trackCompletion(['constructor'], ['toString'], plain)).toMatchObject({ done: 0, total: 2 });
  });
});
