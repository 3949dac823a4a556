import { describe, expect, it } from 'vitest';
import { scoreQuiz } from '../../../src/lib/quiz/score-quiz';
import { perfectAnswers, sampleQuiz } from './sample-quiz';

describe('scoreQuiz', () => {
  it('gives 100 % and a pass for perfect answers', () => {
    const result = scoreQuiz(sampleQuiz, perfectAnswers);
    expect(result).toMatchObject({ total: 6, max: 6, percent: 100, passed: true });
    expect(result.questions.map((q) => q.questionId)).toEqual(['q-roi', 'q-kpis', 'q-npv', 'q-rate', 'q-steps']);
  });

  it('gives 0 % and a fail with no answers', () => {
    const result = scoreQuiz(sampleQuiz, {});
    expect(result).toMatchObject({ total: 0, max: 6, percent: 0, passed: false });
    expect(result.questions.every((q) => !q.answered)).toBe(true);
  });

  it('adds partial credit and compares the percent with the pass mark', () => {
    // 1 + 1 (half of 2) + 1 + 0 + 0.5 = 3.5 of 6 = 58.33 %
    const result = scoreQuiz(sampleQuiz, {
      ...perfectAnswers,
      'q-kpis': ['leads'],
      'q-rate': 1,
      'q-steps': ['kpis', 'objectives', 'measure', 'report'],
    });
    expect(result.total).toBe(3.5);
    expect(result.percent).toBeCloseTo(58.333333, 5);
    expect(result.passed).toBe(false);
  });

  it('passes at exactly the pass mark', () => {
    const quiz = { ...sampleQuiz, passMark: 50 };
    const result = scoreQuiz(quiz, { 'q-roi': 'a', 'q-kpis': ['leads', 'sales'] });
    expect(result).toMatchObject({ total: 3, percent: 50, passed: true });
  });

  it('ignores answers to unknown questions and inherited keys', () => {
    const answers = Object.assign(Object.create({ 'q-roi': 'a' }) as object, { nope: 'a', constructor: 'x' });
    expect(scoreQuiz(sampleQuiz, answers)).toMatchObject({ total: 0 });
  });
});
