/**
 * Zod schemas for the current progress version, shared by the stored value and the export file, and their conversion to safe state.
 * zod/mini, not Astro's zod: these run in the browser, where the classic build would weigh ~90 KB gzipped.
 */
import * as z from 'zod/mini';
import { mergeAttempts } from './attempts';
import { MAX_ANSWERS_PER_ATTEMPT, MAX_ATTEMPTS_PER_QUIZ, MAX_DISPLAY_NAME, MAX_ID_LENGTH } from './limits';
import { LEARNER_ID_PATTERN } from './learner-id';
import { CUSTOM } from './zod-problem';
import { dictFromEntries, FORBIDDEN_KEYS } from './safe-dict';
import { PROGRESS_VERSION, type LessonProgress, type ProgressState, type QuizAttempt, type QuizProgress, type SafeDict } from './state';

/** An ISO 8601 date-time (Z or offset), normalised to Date#toISOString form so dates compare as text. */
export const isoDate = z.pipe(
  z.iso.datetime({ offset: true, error: (i) => (i.input === undefined ? CUSTOM.missingDate : CUSTOM.date) }),
  z.transform((s: string) => new Date(s).toISOString()),
);

/** A lesson slug or quiz id usable as a dictionary key. */
export const safeKey = z.string().check(
  z.maxLength(MAX_ID_LENGTH),
  z.regex(/^[a-z0-9]+(?:[-_./][a-z0-9]+)*$/, CUSTOM.idFormat),
  z.refine((key: string) => !FORBIDDEN_KEYS.has(key), CUSTOM.idForbidden),
);

export const learnerId = z.string().check(z.regex(LEARNER_ID_PATTERN, CUSTOM.learnerId));

export const displayName = z
  .string()
  .check(z.refine((name: string) => [...name].length <= MAX_DISPLAY_NAME, CUSTOM.nameTooLong));

const lesson = z
  .strictObject({
    status: z.enum(['started', 'done']),
    startedAt: isoDate,
    completedAt: z.optional(isoDate),
    updatedAt: isoDate,
  })
  .check(
    z.refine(
      (l: { status: string; completedAt?: string | undefined }) => (l.status === 'done') === (l.completedAt !== undefined),
      CUSTOM.completedAt,
    ),
  );

const percent = z.number().check(z.minimum(0), z.maximum(100));

export const attemptSchema = z
  .strictObject({
    at: isoDate,
    score: z.number().check(z.minimum(0)),
    max: z.number().check(z.positive()),
    percent,
    passed: z.boolean(),
    durationMs: z.int().check(z.minimum(0)),
    answers: z
      .array(z.strictObject({ questionId: z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)), correct: z.boolean() }))
      .check(z.maxLength(MAX_ANSWERS_PER_ATTEMPT)),
  })
  .check(z.refine((a: { score: number; max: number }) => a.score <= a.max, CUSTOM.scoreOverMax));

const quiz = z.strictObject({
  attempts: z
    .array(attemptSchema)
    .check(z.minLength(1), z.maxLength(MAX_ATTEMPTS_PER_QUIZ)),
});

export const lessonsSchema = z.record(safeKey, lesson);
export const quizzesSchema = z.record(safeKey, quiz);

export const progressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  learnerId,
  displayName,
  displayNameUpdatedAt: z.optional(isoDate),
  lessons: lessonsSchema,
  quizzes: quizzesSchema,
  updatedAt: isoDate,
  resetAt: z.optional(isoDate),
});

/** Validated lessons as a safe dictionary. */
export function toLessons(parsed: z.output<typeof lessonsSchema>): SafeDict<LessonProgress> {
  return dictFromEntries(
    Object.entries(parsed).map(([slug, l]) => [
      slug,
      {
        status: l.status,
        startedAt: l.startedAt,
        ...(l.completedAt === undefined ? {} : { completedAt: l.completedAt }),
        updatedAt: l.updatedAt,
      },
    ]),
  );
}

/** Validated quizzes as a safe dictionary, attempts sorted and de-duplicated. */
export function toQuizzes(parsed: z.output<typeof quizzesSchema>): SafeDict<QuizProgress> {
  return dictFromEntries(Object.entries(parsed).map(([id, q]) => [id, { attempts: mergeAttempts(q.attempts.map(toAttempt)) }]));
}

/** A validated attempt as plain data in a fixed field order. */
export function toAttempt(a: z.output<typeof attemptSchema>): QuizAttempt {
  const { at, score, max, percent, passed, durationMs } = a;
  return { at, score, max, percent, passed, durationMs, answers: a.answers.map(({ questionId, correct }) => ({ questionId, correct })) };
}

/** A validated stored value as a state. */
export function toProgressState(parsed: z.output<typeof progressSchema>): ProgressState {
  return {
    version: PROGRESS_VERSION,
    learnerId: parsed.learnerId,
    displayName: parsed.displayName,
    ...(parsed.displayNameUpdatedAt === undefined ? {} : { displayNameUpdatedAt: parsed.displayNameUpdatedAt }),
    lessons: toLessons(parsed.lessons),
    quizzes: toQuizzes(parsed.quizzes),
    updatedAt: parsed.updatedAt,
    ...(parsed.resetAt === undefined ? {} : { resetAt: parsed.resetAt }),
  };
}
