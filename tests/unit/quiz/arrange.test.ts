import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrangeQuiz } from '../../../src/lib/quiz/arrange';
import type { Question } from '../../../src/lib/quiz/schema';
import { sampleQuiz } from './sample-quiz';

const ids = (q: Question | undefined) =>
  q?.type === 'single' || q?.type === 'multiple' ? q.options.map((o) => o.id) : q?.type === 'ordering' ? q.items.map((i) => i.id) : [];

describe('arrangeQuiz', () => {
  it('keeps authored order when shuffle is off, but never shows ordering items in the answer order', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const shown = arrangeQuiz(sampleQuiz, seed);
        expect(shown.questions.map((q) => q.id)).toEqual(sampleQuiz.questions.map((q) => q.id));
        expect(ids(shown.questions[0])).toEqual(ids(sampleQuiz.questions[0]));
        expect(ids(shown.questions[4])).not.toEqual(ids(sampleQuiz.questions[4]));
        expect([...ids(shown.questions[4])].sort()).toEqual([...ids(sampleQuiz.questions[4])].sort());
      }),
    );
  });

  it('shuffles questions and options when asked, deterministically per seed', () => {
    const quiz = { ...sampleQuiz, shuffle: true };
    expect(arrangeQuiz(quiz, 42)).toEqual(arrangeQuiz(quiz, 42));
    const orders = new Set(
      Array.from({ length: 30 }, (_, seed) =>
        arrangeQuiz(quiz, seed)
          .questions.map((q) => q.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(10);
    const optionOrders = new Set(
      Array.from({ length: 30 }, (_, seed) => ids(arrangeQuiz(quiz, seed).questions.find((q) => q.id === 'q-kpis')).join()),
    );
    expect(optionOrders.size).toBeGreaterThan(5);
  });

  it('does not change the original quiz', () => {
    const before = structuredClone(sampleQuiz);
    arrangeQuiz({ ...sampleQuiz, shuffle: true }, 3);
    expect(sampleQuiz).toEqual(before);
  });
});
