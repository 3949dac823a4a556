/**
 * Scoring one question. Answers come from the page, so any value is accepted and checked:
 * a wrong shape or an unknown id scores 0 with `invalid: true`, and nothing here throws.
 *
 * Rules (score = points × fraction, fraction in [0, 1]):
 * - single, truefalse, numeric: all or nothing.
 * - multiple: "right minus wrong" partial credit, as Canvas and Moodle do: each correct option picked
 *   adds 1/C, each incorrect option picked removes 1/C (C = number of correct options), floored at 0.
 * - ordering: the share of items placed in their correct position (partial credit).
 * - numeric: correct when |answer − expected| ≤ tolerance (absolute), plus a tiny relative slack
 *   so that 0.1 + 0.2 style rounding never fails an exact answer.
 */
import type { Question, QuestionOf } from './schema';

export interface QuestionResult {
  questionId: string;
  score: number;
  max: number;
  /** Full marks. */
  correct: boolean;
  /** False when no answer was given (undefined or null). */
  answered: boolean;
  /** Set when an answer was given but had the wrong shape or named an unknown option/item. */
  invalid?: true;
  /**
   * Feedback to show: ids of the picked options that carry `feedback` (single, multiple),
   * or 'true' / 'false' when the question's `feedbackTrue` / `feedbackFalse` applies (truefalse).
   */
  feedback: string[];
}

interface Marking {
  fraction: number;
  feedback?: string[];
}

const INVALID = 'invalid';

/** Scores one answer against one question; never throws. */
export function scoreQuestion(question: Question, answer: unknown): QuestionResult {
  const base = { questionId: question.id, max: question.points };
  if (answer === undefined || answer === null) return { ...base, score: 0, correct: false, answered: false, feedback: [] };
  const marking = mark(question, answer);
  if (marking === INVALID) return { ...base, score: 0, correct: false, answered: true, invalid: true, feedback: [] };
  return {
    ...base,
    score: roundScore(marking.fraction * question.points),
    correct: marking.fraction === 1,
    answered: true,
    feedback: marking.feedback ?? [],
  };
}

/** Rounds away floating-point dust (1e-6 of a point) so totals add up exactly for display. */
export function roundScore(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function mark(question: Question, answer: unknown): Marking | typeof INVALID {
  switch (question.type) {
    case 'single':
      return markSingle(question, answer);
    case 'multiple':
      return markMultiple(question, answer);
    case 'truefalse':
      return markTrueFalse(question, answer);
    case 'numeric':
      return markNumeric(question, answer);
    case 'ordering':
      return markOrdering(question, answer);
  }
}

function markSingle(question: QuestionOf<'single'>, answer: unknown): Marking | typeof INVALID {
  const picked = typeof answer === 'string' ? question.options.find((o) => o.id === answer) : undefined;
  if (!picked) return INVALID;
  return { fraction: picked.correct ? 1 : 0, feedback: picked.feedback === undefined ? [] : [picked.id] };
}

function markMultiple(question: QuestionOf<'multiple'>, answer: unknown): Marking | typeof INVALID {
  const picks = distinctStrings(answer);
  if (!picks) return INVALID;
  const byId = new Map(question.options.map((o) => [o.id, o]));
  if (picks.some((id) => !byId.has(id))) return INVALID;
  const correctCount = question.options.filter((o) => o.correct).length;
  const right = picks.filter((id) => byId.get(id)?.correct).length;
  const wrong = picks.length - right;
  const fraction = Math.max(0, (right - wrong) / correctCount);
  const feedback = question.options.filter((o) => picks.includes(o.id) && o.feedback !== undefined).map((o) => o.id);
  return { fraction, feedback };
}

function markTrueFalse(question: QuestionOf<'truefalse'>, answer: unknown): Marking | typeof INVALID {
  if (typeof answer !== 'boolean') return INVALID;
  const text = answer ? question.feedbackTrue : question.feedbackFalse;
  return { fraction: answer === question.answer ? 1 : 0, feedback: text === undefined ? [] : [String(answer)] };
}

function markNumeric(question: QuestionOf<'numeric'>, answer: unknown): Marking | typeof INVALID {
  if (typeof answer !== 'number' || !Number.isFinite(answer)) return INVALID;
  const slack = 1e-9 * Math.max(1, Math.abs(question.answer));
  return { fraction: Math.abs(answer - question.answer) <= question.tolerance + slack ? 1 : 0 };
}

function markOrdering(question: QuestionOf<'ordering'>, answer: unknown): Marking | typeof INVALID {
  const order = distinctStrings(answer);
  const ids = question.items.map((i) => i.id);
  if (!order || order.length !== ids.length || order.some((id) => !ids.includes(id))) return INVALID;
  const inPlace = order.filter((id, index) => ids[index] === id).length;
  return { fraction: inPlace / ids.length };
}

/** The answer as a list of distinct strings, or null for any other shape (duplicates never come from a real form). */
function distinctStrings(answer: unknown): string[] | null {
  if (!Array.isArray(answer)) return null;
  const values: unknown[] = answer;
  if (!values.every((v): v is string => typeof v === 'string')) return null;
  return new Set(values).size === values.length ? values : null;
}
