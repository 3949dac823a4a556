import { describe, expect, it } from 'vitest';
import { quizErrorLines } from '../../../src/lib/quiz/error-lines';
import { quizSchema } from '../../../src/lib/quiz/schema';
import { sampleInput, sampleQuiz } from './sample-quiz';

/** The readable error lines for `input`, or [] when it is valid. */
function linesFor(input: unknown): string[] {
  const result = quizSchema.safeParse(input);
  return result.success ? [] : quizErrorLines(result.error, input);
}

describe('quizSchema', () => {
  it('accepts a quiz with every question type and applies defaults', () => {
    expect(sampleQuiz.shuffle).toBe(false);
    expect(sampleQuiz.questions.map((q) => q.points)).toEqual([1, 2, 1, 1, 1]);
    const single = sampleQuiz.questions[0];
    expect(single?.type === 'single' && single.options.map((o) => o.correct)).toEqual([true, false, false]);
    const numeric = sampleQuiz.questions[3];
    expect(numeric?.type === 'numeric' && numeric.tolerance).toBe(0.1);
  });

  it('names the question number and id when a single-choice question has no correct option', () => {
    const input = sampleInput();
    const extra = {
      ...input.questions[0],
      id: 'q-extra',
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
    };
    input.questions.splice(2, 0, extra as (typeof input.questions)[number]);
    expect(linesFor(input)).toEqual(['question 3 (q-extra): single-choice question has no correct option']);
  });

  it('refuses two correct options on a single-choice question', () => {
    const input = sampleInput();
    const first = input.questions[0] as { options: { correct?: boolean }[] };
    first.options[1]!.correct = true;
    expect(linesFor(input)).toEqual(['question 1 (q-roi): single-choice question has 2 correct options (use type: multiple)']);
  });

  it('reports duplicate question ids with both positions', () => {
    const input = sampleInput();
    input.questions[4]!.id = 'q-kpis';
    expect(linesFor(input)).toEqual(['duplicate question id q-kpis (questions 2 and 5)']);
  });

  it('reports duplicate option ids', () => {
    const input = sampleInput();
    const multiple = input.questions[1] as { options: { id: string }[] };
    multiple.options[3]!.id = 'leads';
    expect(linesFor(input)).toEqual(['question 2 (q-kpis): duplicate option id leads (options 1 and 4)']);
  });

  it.each([-1, 101])('refuses passMark %s', (passMark) => {
    expect(linesFor({ ...sampleInput(), passMark })).toEqual(['passMark must be between 0 and 100']);
  });

  it('says a numeric question needs an answer, by number even without an id', () => {
    const input = sampleInput();
    const numeric = input.questions[3] as Record<string, unknown>;
    delete numeric['answer'];
    delete numeric['id'];
    expect(linesFor(input)).toEqual(['question 4: question id is required', 'question 4: numeric question needs an answer']);
  });

  it('requires an explanation and a true/false answer', () => {
    const input = sampleInput();
    const tf = input.questions[2] as Record<string, unknown>;
    delete tf['explanation'];
    delete tf['answer'];
    expect(linesFor(input)).toEqual([
      'question 3 (q-npv): explanation is required (explain the answer and cite the lesson)',
      'question 3 (q-npv): true/false question needs an answer (true or false)',
    ]);
  });

  it('locates problems inside an option or item', () => {
    const input = sampleInput();
    (input.questions[0] as { options: { text: string }[] }).options[2]!.text = ' ';
    (input.questions[4] as { items: { id: string }[] }).items[1]!.id = 'Bad Id';
    expect(linesFor(input)).toEqual([
      'question 1 (q-roi), option 3: option text must not be empty',
      'question 5 (q-steps), item 2: item id must be lowercase words joined by hyphens, e.g. q-roi',
    ]);
  });

  it('explains an unknown question type and unknown fields', () => {
    const input = sampleInput();
    (input.questions[1] as { type: string }).type = 'essay';
    (input as Record<string, unknown>)['pasMark'] = 70;
    expect(linesFor(input)).toEqual([
      'question 2 (q-kpis): type must be one of single, multiple, truefalse, numeric, ordering; got "essay"',
      'unknown field "pasMark"',
    ]);
  });

  it('refuses a negative tolerance, an empty quiz and a bad quiz id', () => {
    const input = sampleInput();
    (input.questions[3] as { tolerance: number }).tolerance = -1;
    expect(linesFor(input)).toEqual(['question 4 (q-rate): tolerance must be 0 or more']);
    expect(linesFor({ ...sampleInput(), id: 'ROI Basics', questions: [] })).toEqual([
      'id must be lowercase words joined by hyphens, e.g. q-roi',
      'a quiz needs at least one question',
    ]);
  });

  it('needs at least two options or items', () => {
    const input = sampleInput();
    (input.questions[4] as { items: unknown[] }).items = [{ id: 'x', text: 'X' }];
    expect(linesFor(input)).toEqual(['question 5 (q-steps): an ordering question needs at least 2 items']);
  });
});
