/**
 * One quiz question answered, as the LMS's item analysis wants it: SCORM 1.2 and 2004
 * `cmi.interactions.n.*` values, and the parts of an xAPI `cmi.interaction` activity (cmi5).
 */
import type { AnsweredQuestion } from '../quiz/attempt-event';
import { isoDuration, timeOfDay12, timespan12 } from './durations';

export type InteractionType = 'choice' | 'true-false' | 'numeric' | 'sequencing';

export interface Interaction {
  readonly questionId: string;
  readonly type: InteractionType;
  readonly prompt: string;
  readonly response: readonly string[] | boolean | number;
  readonly correct: readonly string[] | boolean | { readonly min: number; readonly max: number };
  readonly success: boolean;
  readonly weighting: number;
  readonly latencyMs?: number;
}

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;

/** The interaction for an answered question; undefined when it was not answered or the answer was not valid. */
export function toInteraction({ question: q, response, result, latencyMs }: AnsweredQuestion): Interaction | undefined {
  if (!result.answered || result.invalid) return undefined;
  const base = {
    questionId: q.id,
    prompt: q.prompt,
    success: result.correct,
    weighting: q.points,
    ...(latencyMs === undefined ? {} : { latencyMs }),
  };
  switch (q.type) {
    case 'single':
      return typeof response === 'string'
        ? { ...base, type: 'choice', response: [response], correct: q.options.filter((o) => o.correct).map((o) => o.id) }
        : undefined;
    case 'multiple': {
      const picked = strings(response);
      return picked && { ...base, type: 'choice', response: picked, correct: q.options.filter((o) => o.correct).map((o) => o.id) };
    }
    case 'truefalse':
      return typeof response === 'boolean' ? { ...base, type: 'true-false', response, correct: q.answer } : undefined;
    case 'numeric':
      return typeof response === 'number' && Number.isFinite(response)
        ? { ...base, type: 'numeric', response, correct: { min: q.answer - q.tolerance, max: q.answer + q.tolerance } }
        : undefined;
    case 'ordering': {
      const order = strings(response);
      return order && { ...base, type: 'sequencing', response: order, correct: q.items.map((i) => i.id) };
    }
  }
}

/** A decimal without exponent, at most 7 decimals (SCORM's real(10,7)). */
export function decimal(n: number): string {
  const text = Number.isInteger(n) ? BigInt(n).toString() : n.toFixed(7).replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** Identifies a question across quizzes and languages (the same quiz id and question id in French and English). */
export const interactionId = (quizId: string, questionId: string) => `urn:board-academy:quiz:${quizId}:${questionId}`;

type Values = [element: string, value: string][];

/** The values of `cmi.interactions.n.<element>` in SCORM 1.2 (written in this order). */
export function scorm12Interaction(quizId: string, i: Interaction, at: Date): Values {
  const list = (ids: readonly string[]) => ids.join(',');
  const tf = (b: boolean) => (b ? 't' : 'f');
  const response = typeof i.response === 'boolean' ? tf(i.response) : typeof i.response === 'number' ? decimal(i.response) : list(i.response);
  const pattern =
    typeof i.correct === 'boolean'
      ? tf(i.correct)
      : 'min' in i.correct
        ? decimal((i.correct.min + i.correct.max) / 2)
        : list(i.correct);
  return [
    ['id', interactionId(quizId, i.questionId)],
    ['type', i.type],
    ['time', timeOfDay12(at)],
    ['weighting', decimal(i.weighting)],
    ['student_response', response],
    ['result', i.success ? 'correct' : 'wrong'],
    ['correct_responses.0.pattern', pattern],
    ...(i.latencyMs === undefined ? [] : ([['latency', timespan12(i.latencyMs)]] as Values)),
  ];
}

/** The values of `cmi.interactions.n.<element>` in SCORM 2004 4th edition (written in this order). */
export function scorm2004Interaction(quizId: string, i: Interaction, at: Date): Values {
  const list = (ids: readonly string[]) => ids.join('[,]');
  const response = typeof i.response === 'boolean' ? String(i.response) : typeof i.response === 'number' ? decimal(i.response) : list(i.response);
  const pattern =
    typeof i.correct === 'boolean'
      ? String(i.correct)
      : 'min' in i.correct
        ? `${decimal(i.correct.min)}[:]${decimal(i.correct.max)}`
        : list(i.correct);
  return [
    ['id', interactionId(quizId, i.questionId)],
    ['type', i.type],
    // SCORM 2004's time type allows a zone only after fractional seconds (at most 2 digits): …:56.12Z.
    ['timestamp', at.toISOString().replace(/(\.\d{2})\dZ$/, '$1Z')],
    ['weighting', decimal(i.weighting)],
    ['description', [...i.prompt].slice(0, 250).join('')],
    ['correct_responses.0.pattern', pattern],
    ['learner_response', response],
    ['result', i.success ? 'correct' : 'incorrect'],
    ...(i.latencyMs === undefined ? [] : ([['latency', isoDuration(i.latencyMs)]] as Values)),
  ];
}
