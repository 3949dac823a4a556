/**
 * Interactions as the LMS receives them, checked by scorm-again's own SCORM 1.2 and 2004 data model
 * (the runtime LMSs embed): every value the package writes must be accepted with error 0.
 */
import fc from 'fast-check';
import * as scorm12Module from 'scorm-again/scorm12';
import * as scorm2004Module from 'scorm-again/scorm2004';
import { describe, expect, it } from 'vitest';
import { decimal, scorm12Interaction, scorm2004Interaction, toInteraction } from '../../../src/lib/lms/interactions';
import type { Question } from '../../../src/lib/quiz/schema';
import { scoreQuestion } from '../../../src/lib/quiz/score-question';
import { perfectAnswers, sampleQuiz } from '../quiz/sample-quiz';

// scorm-again 3.4's ESM files export the classes by name while its type declarations say `default`.
const { Scorm12API } = scorm12Module as unknown as { Scorm12API: typeof scorm12Module.default };
const { Scorm2004API } = scorm2004Module as unknown as { Scorm2004API: typeof scorm2004Module.default };

const question = (id: string) => sampleQuiz.questions.find((q) => q.id === id)!;

/** Any answer the quiz form can produce for a question (as readAnswers builds it). */
function answerArb(q: Question): fc.Arbitrary<unknown> {
  switch (q.type) {
    case 'single':
      return fc.constantFrom(...q.options.map((o) => o.id));
    case 'multiple':
      return fc.subarray(q.options.map((o) => o.id), { minLength: 1 });
    case 'truefalse':
      return fc.boolean();
    case 'numeric':
      return fc.double({ min: -1e9, max: 1e9, noNaN: true });
    case 'ordering':
      return fc.shuffledSubarray(q.items.map((i) => i.id), { minLength: q.items.length, maxLength: q.items.length });
  }
}

function scorm12() {
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON({ cmi: { core: { student_id: 'u', student_name: 'U', lesson_mode: 'normal', credit: 'credit' } } });
  api.LMSInitialize('');
  return (element: string, value: string) => [api.LMSSetValue(element, value), api.LMSGetLastError()];
}

function scorm2004() {
  const api = new Scorm2004API({ logLevel: 5 });
  api.Initialize('');
  return (element: string, value: string) => [api.SetValue(element, value), api.GetLastError()];
}

const AT = new Date('2026-11-30T09:41:07.123Z');

describe('interactions', () => {
  it('every answered question is accepted by the SCORM 1.2 and 2004 data models, whatever the answer', () => {
    for (const q of sampleQuiz.questions) {
      fc.assert(
        fc.property(answerArb(q), fc.option(fc.integer({ min: 0, max: 7_200_000 }), { nil: undefined }), (response, latencyMs) => {
          const result = scoreQuestion(q, response);
          const interaction = toInteraction({ question: q, response, result, ...(latencyMs === undefined ? {} : { latencyMs }) });
          expect(interaction).toBeDefined();
          expect(interaction!.success).toBe(result.correct);
          const set12 = scorm12();
          for (const [el, value] of scorm12Interaction(sampleQuiz.id, interaction!, AT)) expect(set12(`cmi.interactions.0.${el}`, value), `1.2 ${el}=${value}`).toEqual(['true', '0']);
          const set2004 = scorm2004();
          for (const [el, value] of scorm2004Interaction(sampleQuiz.id, interaction!, AT)) expect(set2004(`cmi.interactions.0.${el}`, value), `2004 ${el}=${value}`).toEqual(['true', '0']);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('maps each question type and the right answer as the standards name them', () => {
    const of = (id: string) => toInteraction({ question: question(id), response: perfectAnswers[id as keyof typeof perfectAnswers], result: scoreQuestion(question(id), perfectAnswers[id as keyof typeof perfectAnswers]) })!;
    expect(scorm2004Interaction('quiz', of('q-kpis'), AT)).toEqual(
      expect.arrayContaining([
        ['type', 'choice'],
        ['learner_response', 'leads[,]sales'],
        ['correct_responses.0.pattern', 'leads[,]sales'],
        ['result', 'correct'],
        ['timestamp', '2026-11-30T09:41:07.12Z'],
      ]),
    );
    expect(scorm2004Interaction('quiz', of('q-rate'), AT)).toEqual(expect.arrayContaining([['type', 'numeric'], ['correct_responses.0.pattern', '328.6[:]328.8']]));
    expect(scorm2004Interaction('quiz', of('q-steps'), AT)).toEqual(expect.arrayContaining([['type', 'sequencing'], ['learner_response', 'objectives[,]kpis[,]measure[,]report']]));
    expect(scorm12Interaction('quiz', of('q-npv'), AT)).toEqual(expect.arrayContaining([['type', 'true-false'], ['student_response', 't'], ['result', 'correct']]));
    const wrong = toInteraction({ question: question('q-roi'), response: 'b', result: scoreQuestion(question('q-roi'), 'b') })!;
    expect(scorm12Interaction('quiz', wrong, AT)).toEqual(expect.arrayContaining([['student_response', 'b'], ['result', 'wrong'], ['correct_responses.0.pattern', 'a']]));
  });

  it('leaves out questions not answered, or answered with something the quiz does not know', () => {
    const q = question('q-roi');
    expect(toInteraction({ question: q, response: undefined, result: scoreQuestion(q, undefined) })).toBeUndefined();
    expect(toInteraction({ question: q, response: 'zzz', result: scoreQuestion(q, 'zzz') })).toBeUndefined();
  });

  it('writes numbers without exponents (SCORM reals)', () => {
    expect(decimal(1e21)).toBe('1000000000000000000000');
    expect(decimal(-0)).toBe('0');
    expect(decimal(0.1 + 0.2)).toBe('0.3');
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        expect(decimal(n)).toMatch(/^-?\d+(\.\d{1,7})?$/);
        expect(Math.abs(Number(decimal(n)) - n)).toBeLessThanOrEqual(5e-8 + Math.abs(n) * 1e-15);
      }),
    );
  });
});
