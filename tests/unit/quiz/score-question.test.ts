import { describe, expect, it } from 'vitest';
import type { Question, QuestionType } from '../../../src/lib/quiz/schema';
import { scoreQuestion } from '../../../src/lib/quiz/score-question';
import { sampleQuiz } from './sample-quiz';

function question(type: QuestionType): Question {
  const found = sampleQuiz.questions.find((q) => q.type === type);
  if (!found) throw new Error(`sample quiz has no ${type} question`);
  return found;
}

describe('scoreQuestion: single', () => {
  const q = question('single');
  it('gives full marks for the correct option', () => {
    expect(scoreQuestion(q, 'a')).toEqual({ questionId: 'q-roi', score: 1, max: 1, correct: true, answered: true, feedback: [] });
  });
  it('gives 0 for a wrong option and returns its feedback id', () => {
    expect(scoreQuestion(q, 'b')).toMatchObject({ score: 0, correct: false, feedback: ['b'] });
    expect(scoreQuestion(q, 'c')).toMatchObject({ score: 0, feedback: [] });
  });
  it('flags an unknown option id or a wrong shape as invalid', () => {
    for (const junk of ['zz', ['a'], 1, true, {}]) {
      expect(scoreQuestion(q, junk)).toEqual({
        questionId: 'q-roi',
        score: 0,
        max: 1,
        correct: false,
        answered: true,
        invalid: true,
        feedback: [],
      });
    }
  });
  it('treats undefined and null as not answered, not invalid', () => {
    expect(scoreQuestion(q, undefined)).toEqual({ questionId: 'q-roi', score: 0, max: 1, correct: false, answered: false, feedback: [] });
    expect(scoreQuestion(q, null)).toMatchObject({ answered: false });
  });
});

describe('scoreQuestion: multiple (right minus wrong, floored at 0)', () => {
  const q = question('multiple'); // 2 correct of 4, worth 2 points
  it.each([
    [['leads', 'sales'], 2, true],
    [['sales', 'leads'], 2, true],
    [['leads'], 1, false],
    [['leads', 'likes'], 0, false],
    [['leads', 'sales', 'likes'], 1, false],
    [['likes', 'reach'], 0, false],
    [['leads', 'sales', 'likes', 'reach'], 0, false],
    [[], 0, false],
  ])('%j scores %d', (picks, score, correct) => {
    expect(scoreQuestion(q, picks)).toMatchObject({ score, max: 2, correct, answered: true });
  });
  it('returns feedback ids of picked options in authored order', () => {
    expect(scoreQuestion(q, ['likes', 'leads']).feedback).toEqual(['leads', 'likes']);
  });
  it('flags unknown ids, duplicates and non-lists as invalid', () => {
    for (const junk of [['leads', 'nope'], ['leads', 'leads'], 'leads', [1], { 0: 'leads' }]) {
      expect(scoreQuestion(q, junk)).toMatchObject({ score: 0, invalid: true });
    }
  });
});

describe('scoreQuestion: truefalse', () => {
  const q = question('truefalse');
  it('scores the boolean and points to the matching feedback', () => {
    expect(scoreQuestion(q, true)).toMatchObject({ score: 1, correct: true, feedback: [] });
    expect(scoreQuestion(q, false)).toMatchObject({ score: 0, correct: false, feedback: ['false'] });
  });
  it('does not accept "true" as text', () => {
    expect(scoreQuestion(q, 'true')).toMatchObject({ score: 0, invalid: true });
  });
});

describe('scoreQuestion: numeric', () => {
  const q = question('numeric'); // 328.7 ± 0.1
  it.each([
    [328.7, true],
    [328.6, true],
    [328.8, true],
    [328.81, false],
    [-328.7, false],
    [0, false],
  ])('%d correct: %s', (answer, correct) => {
    expect(scoreQuestion(q, answer)).toMatchObject({ correct, score: correct ? 1 : 0 });
  });
  it('accepts floating-point results equal to the answer with tolerance 0', () => {
    const exact = { ...q, type: 'numeric', answer: 0.3, tolerance: 0 } as Question;
    expect(scoreQuestion(exact, 0.1 + 0.2).correct).toBe(true);
  });
  it('flags NaN, infinities and text as invalid', () => {
    for (const junk of [Number.NaN, Number.POSITIVE_INFINITY, '328.7']) {
      expect(scoreQuestion(q, junk)).toMatchObject({ score: 0, invalid: true });
    }
  });
});

describe('scoreQuestion: ordering (share of items in the right place)', () => {
  const q = question('ordering');
  it.each([
    [['objectives', 'kpis', 'measure', 'report'], 1, true],
    [['kpis', 'objectives', 'measure', 'report'], 0.5, false],
    [['report', 'objectives', 'kpis', 'measure'], 0, false],
    [['objectives', 'measure', 'kpis', 'report'], 0.5, false],
  ])('%j scores %d', (order, score, correct) => {
    expect(scoreQuestion(q, order)).toMatchObject({ score, correct });
  });
  it('flags an incomplete, repeated or foreign order as invalid', () => {
    for (const junk of [
      ['objectives', 'kpis', 'measure'],
      ['objectives', 'objectives', 'measure', 'report'],
      ['objectives', 'kpis', 'measure', 'x'],
      'objectives',
    ]) {
      expect(scoreQuestion(q, junk)).toMatchObject({ score: 0, invalid: true });
    }
  });
});
