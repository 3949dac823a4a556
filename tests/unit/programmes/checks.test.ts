import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceProblems, timingProblems } from '../../../src/lib/programmes/checks';

const session = (title: string, minutes: number, refs: Partial<Record<'lessons' | 'quizzes' | 'calculators', string[]>> = {}) => ({
  title,
  minutes,
  lessons: refs.lessons ?? [],
  quizzes: refs.quizzes ?? [],
  calculators: refs.calculators ?? [],
});

describe('timingProblems', () => {
  it('accepts sessions that add up to the duration', () => {
    expect(timingProblems({ duration: 90, sessions: [session('A', 30), session('B', 60)] })).toEqual([]);
  });

  it('reports the sum, its parts and the stated duration', () => {
    expect(timingProblems({ duration: 90, sessions: [session('A', 30), session('B', 50)] })).toEqual([
      'session minutes add up to 80 (30 + 50), not the stated duration of 90',
    ]);
  });

  it('reports an exercise longer than its session, by session number and title', () => {
    const sessions = [session('A', 30), { ...session('Atelier', 60), exercise: { minutes: 75 } }];
    expect(timingProblems({ duration: 90, sessions })).toEqual([
      "session 2 (Atelier): the exercise takes 75 minutes, more than the session's 60",
    ]);
  });

  it('finds a problem exactly when the minutes do not add up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 240 }), { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 1440 }), (minutes, duration) => {
        const sessions = minutes.map((m, i) => session(`S${i}`, m));
        const sum = minutes.reduce((a, b) => a + b, 0);
        expect(timingProblems({ duration, sessions }).length > 0).toBe(sum !== duration);
      }),
    );
  });
});

describe('referenceProblems', () => {
  const known = {
    lessons: new Set(['why-programmes-fail']),
    quizzes: new Set(['why-programmes-fail']),
    calculators: new Set(['roi', 'kpi-planner']),
  };

  it('accepts references that exist', () => {
    expect(referenceProblems([session('A', 10, { lessons: ['why-programmes-fail'], quizzes: ['why-programmes-fail'], calculators: ['roi'] })], known)).toEqual([]);
  });

  it('names the session and every missing lesson, quiz and calculator', () => {
    const sessions = [session('Ouverture', 10), session('Mesure', 20, { lessons: ['nope'], quizzes: ['gone'], calculators: ['abacus', 'roi'] })];
    expect(referenceProblems(sessions, known)).toEqual([
      'session 2 (Mesure): lesson "nope" does not exist',
      'session 2 (Mesure): quiz "gone" does not exist',
      'session 2 (Mesure): calculator "abacus" does not exist',
    ]);
  });
});
