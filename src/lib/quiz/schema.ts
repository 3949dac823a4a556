/**
 * The shape of a quiz file (content/quizzes/{fr,en}/<id>.yaml).
 * Messages say what is wrong without saying where: `quizErrorLines` adds "question 3 (q-roi): ".
 */
import { z } from 'astro/zod';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (field: string, hint = '') =>
  z
    .string({ error: (i) => (i.input === undefined ? `${field} is required${hint}` : `${field} must be text`) })
    .trim()
    .min(1, `${field} must not be empty`);

const id = (field: string) =>
  z
    .string({ error: (i) => (i.input === undefined ? `${field} is required` : `${field} must be text`) })
    .regex(ID_PATTERN, `${field} must be lowercase words joined by hyphens, e.g. q-roi`);

const optionalText = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, `${field} must not be empty`)
    .optional();

const bool = (field: string) => z.boolean({ error: `${field} must be true or false` });

const points = z
  .number({ error: 'points must be a number' })
  .positive('points must be greater than 0')
  .max(100, 'points must be at most 100')
  .default(1);

const common = {
  id: id('question id'),
  prompt: text('prompt'),
  explanation: text('explanation', ' (explain the answer and cite the lesson)'),
  points,
};

const option = z.strictObject({
  id: id('option id'),
  text: text('option text'),
  correct: bool('correct').default(false),
  feedback: optionalText('option feedback'),
});

const options = z.array(option, { error: 'options must be a list' }).min(2, 'a choice question needs at least 2 options');

/** Flags ids that appear more than once in a list of options or items. */
function uniqueIds(kind: string) {
  return (list: readonly { id: string }[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    list.forEach((entry, index) => {
      const first = seen.get(entry.id);
      if (first === undefined) seen.set(entry.id, index);
      else ctx.addIssue({ code: 'custom', message: `duplicate ${kind} id ${entry.id} (${kind}s ${first + 1} and ${index + 1})` });
    });
  };
}

const singleQuestion = z.strictObject({ ...common, type: z.literal('single'), options }).superRefine((q, ctx) => {
  uniqueIds('option')(q.options, ctx);
  const correct = q.options.filter((o) => o.correct).length;
  if (correct === 0) ctx.addIssue({ code: 'custom', message: 'single-choice question has no correct option' });
  if (correct > 1) ctx.addIssue({ code: 'custom', message: `single-choice question has ${correct} correct options (use type: multiple)` });
});

const multipleQuestion = z.strictObject({ ...common, type: z.literal('multiple'), options }).superRefine((q, ctx) => {
  uniqueIds('option')(q.options, ctx);
  if (!q.options.some((o) => o.correct)) ctx.addIssue({ code: 'custom', message: 'multiple-response question has no correct option' });
});

const trueFalseQuestion = z.strictObject({
  ...common,
  type: z.literal('truefalse'),
  answer: z.boolean({
    error: (i) => (i.input === undefined ? 'true/false question needs an answer (true or false)' : 'answer must be true or false'),
  }),
  feedbackTrue: optionalText('feedbackTrue'),
  feedbackFalse: optionalText('feedbackFalse'),
});

const numericQuestion = z.strictObject({
  ...common,
  type: z.literal('numeric'),
  answer: z.number({ error: (i) => (i.input === undefined ? 'numeric question needs an answer' : 'answer must be a number') }),
  tolerance: z.number({ error: 'tolerance must be a number' }).min(0, 'tolerance must be 0 or more').default(0),
  unit: optionalText('unit'),
});

const item = z.strictObject({ id: id('item id'), text: text('item text') });

const orderingQuestion = z
  .strictObject({
    ...common,
    type: z.literal('ordering'),
    items: z.array(item, { error: 'items must be a list, in the correct order' }).min(2, 'an ordering question needs at least 2 items'),
  })
  .superRefine((q, ctx) => uniqueIds('item')(q.items, ctx));

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'numeric', 'ordering'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const question = z.discriminatedUnion('type', [singleQuestion, multipleQuestion, trueFalseQuestion, numericQuestion, orderingQuestion], {
  error: (i) => {
    const type = (i.input as { type?: unknown } | undefined)?.type;
    const got = type === undefined ? 'it is missing' : `got ${JSON.stringify(type)}`;
    return `type must be one of ${QUESTION_TYPES.join(', ')}; ${got}`;
  },
});

export const quizSchema = z
  .strictObject({
    id: id('id'),
    title: text('title'),
    lesson: id('lesson').optional(),
    passMark: z
      .number({ error: 'passMark must be a number (percent)' })
      .min(0, 'passMark must be between 0 and 100')
      .max(100, 'passMark must be between 0 and 100'),
    shuffle: bool('shuffle').default(false),
    questions: z.array(question, { error: 'questions must be a list' }).min(1, 'a quiz needs at least one question'),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Map<string, number>();
    quiz.questions.forEach((q, index) => {
      const first = seen.get(q.id);
      if (first === undefined) seen.set(q.id, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['questions'],
          message: `duplicate question id ${q.id} (questions ${first + 1} and ${index + 1})`,
        });
    });
  });

export type Quiz = z.output<typeof quizSchema>;
export type Question = Quiz['questions'][number];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** What a learner's answer looks like for each question type (option/item ids, not texts). */
export interface AnswerByType {
  single: string;
  multiple: readonly string[];
  truefalse: boolean;
  numeric: number;
  ordering: readonly string[];
}
export type AnswerFor<T extends QuestionType> = AnswerByType[T];
