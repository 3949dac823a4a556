/** Properties of scoring that must hold for any answer, including junk from a tampered page. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/lib/quiz/schema';
import { scoreQuestion } from '../../../src/lib/quiz/score-question';
import { scoreQuiz } from '../../../src/lib/quiz/score-quiz';
import { perfectAnswers, sampleQuiz } from './sample-quiz';

const questionArb = fc.constantFrom(...sampleQuiz.questions);

/** Plausible answers (ids that exist, booleans, numbers) mixed with arbitrary junk. */
function answerArb(question: Question): fc.Arbitrary<unknown> {
  const ids =
    question.type === 'single' || question.type === 'multiple'
      ? question.options.map((o) => o.id)
      : question.type === 'ordering'
        ? question.items.map((i) => i.id)
        : ['x'];
  return fc.oneof(
    fc.constantFrom(...ids),
    fc.subarray(ids),
    fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }),
    fc.array(fc.constantFrom(...ids, 'junk')),
    fc.boolean(),
    fc.double(),
    fc.anything(),
  );
}

const questionAndAnswer = questionArb.chain((q) => fc.tuple(fc.constant(q), answerArb(q)));

describe('scoring properties', () => {
  it('0 ≤ score ≤ max for any answer, and never throws', () => {
    fc.assert(
      fc.property(questionAndAnswer, ([q, answer]) => {
        const r = scoreQuestion(q, answer);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(r.max);
      }),
    );
  });

  it('full marks exactly when the answer is correct', () => {
    fc.assert(
      fc.property(questionAndAnswer, ([q, answer]) => {
        const r = scoreQuestion(q, answer);
        expect(r.correct).toBe(r.score === r.max);
        if (r.invalid) expect(r.score).toBe(0);
      }),
    );
  });

  it('multiple response: any subset of options scores in [0, points], full only for the exact set', () => {
    const q = sampleQuiz.questions[1]!;
    if (q.type !== 'multiple') throw new Error('expected the multiple-response question');
    const correctIds = q.options.filter((o) => o.correct).map((o) => o.id);
    fc.assert(
      fc.property(fc.subarray(q.options.map((o) => o.id)), (picks) => {
        const r = scoreQuestion(q, picks);
        expect(r.score).toBeGreaterThanOrEqual(0);
        const exact = picks.length === correctIds.length && correctIds.every((id) => picks.includes(id));
        expect(r.correct).toBe(exact);
      }),
    );
  });

  it('percent stays in [0, 100]; a higher pass mark never turns a fail into a pass; 0 always passes, 100 only when all is right', () => {
    const answersArb = fc.record(Object.fromEntries(sampleQuiz.questions.map((q) => [q.id, answerArb(q)])), { requiredKeys: [] });
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (answers, passMark, other) => {
        const r = scoreQuiz({ ...sampleQuiz, passMark }, answers);
        expect(r.percent).toBeGreaterThanOrEqual(0);
        expect(r.percent).toBeLessThanOrEqual(100);
        const [low, high] = [Math.min(passMark, other), Math.max(passMark, other)];
        if (scoreQuiz({ ...sampleQuiz, passMark: high }, answers).passed) expect(scoreQuiz({ ...sampleQuiz, passMark: low }, answers).passed).toBe(true);
        expect(scoreQuiz({ ...sampleQuiz, passMark: 0 }, answers).passed).toBe(true);
        expect(scoreQuiz({ ...sampleQuiz, passMark: 100 }, answers).passed).toBe(r.questions.every((q) => q.correct));
        expect(r.percent === 100).toBe(r.questions.every((q) => q.correct));
      }),
    );
  });

  it('perfect answers in any key order give 100 %', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.entries(perfectAnswers), { minLength: 5, maxLength: 5 }), (entries) => {
        expect(scoreQuiz(sampleQuiz, Object.fromEntries(entries)).percent).toBe(100);
      }),
    );
  });
});
