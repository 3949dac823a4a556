/** Zod schemas for progress version 1, shared by the stored value and the export file, and their conversion to safe state. */
import { z } from 'astro/zod';
import { mergeAttempts } from './attempts';
import { MAX_ANSWERS_PER_ATTEMPT, MAX_ATTEMPTS_PER_QUIZ, MAX_DISPLAY_NAME, MAX_ID_LENGTH } from './limits';
import { dictFromEntries, FORBIDDEN_KEYS } from './safe-dict';
import { PROGRESS_VERSION, type LessonProgress, type ProgressState, type QuizAttempt, type QuizProgress, type SafeDict } from './state';

/** An ISO 8601 date-time (Z or offset), normalised to Date#toISOString form so dates compare as text. */
const DATE_EXAMPLE = 'a date and time such as 2025-03-01T09:30:00.000Z';
export const isoDate = z.iso
  .datetime({ offset: true, error: (i) => (i.input === undefined ? `missing (expected ${DATE_EXAMPLE})` : `expected ${DATE_EXAMPLE}`) })
  .transform((s) => new Date(s).toISOString());

/** A lesson slug or quiz id usable as a dictionary key. */
export const safeKey = z
  .string()
  .max(MAX_ID_LENGTH, `ids are at most ${MAX_ID_LENGTH} characters`)
  .regex(/^[a-z0-9]+(?:[-_./][a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens')
  .refine((key) => !FORBIDDEN_KEYS.has(key), { message: 'this id is not allowed' });

export const displayName = z
  .string()
  .refine((name) => [...name].length <= MAX_DISPLAY_NAME, { message: `at most ${MAX_DISPLAY_NAME} characters` });

const lesson = z
  .strictObject({
    status: z.enum(['started', 'done']),
    startedAt: isoDate,
    completedAt: isoDate.optional(),
    updatedAt: isoDate,
  })
  .refine((l) => (l.status === 'done') === (l.completedAt !== undefined), {
    message: 'completedAt is required for a done lesson and not allowed for a started one',
  });

const percent = z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100');

export const attemptSchema = z
  .strictObject({
    at: isoDate,
    score: z.number().min(0, 'must be 0 or more'),
    max: z.number().positive('must be more than 0'),
    percent,
    passed: z.boolean(),
    durationMs: z.number().int().min(0, 'must be 0 or more'),
    answers: z
      .array(z.strictObject({ questionId: z.string().min(1).max(MAX_ID_LENGTH), correct: z.boolean() }))
      .max(MAX_ANSWERS_PER_ATTEMPT, `at most ${MAX_ANSWERS_PER_ATTEMPT} answers`),
  })
  .refine((a) => a.score <= a.max, { message: 'score is more than max' });

const quiz = z.strictObject({
  attempts: z
    .array(attemptSchema)
    .min(1, 'needs at least one attempt')
    .max(MAX_ATTEMPTS_PER_QUIZ, `at most ${MAX_ATTEMPTS_PER_QUIZ} attempts`),
});

export const lessonsSchema = z.record(safeKey, lesson);
export const quizzesSchema = z.record(safeKey, quiz);

export const progressSchemaV1 = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  displayName,
  displayNameUpdatedAt: isoDate.optional(),
  lessons: lessonsSchema,
  quizzes: quizzesSchema,
  updatedAt: isoDate,
  resetAt: isoDate.optional(),
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
export function toProgressState(parsed: z.output<typeof progressSchemaV1>): ProgressState {
  return {
    version: PROGRESS_VERSION,
    displayName: parsed.displayName,
    ...(parsed.displayNameUpdatedAt === undefined ? {} : { displayNameUpdatedAt: parsed.displayNameUpdatedAt }),
    lessons: toLessons(parsed.lessons),
    quizzes: toQuizzes(parsed.quizzes),
    updatedAt: parsed.updatedAt,
    ...(parsed.resetAt === undefined ? {} : { resetAt: parsed.resetAt }),
  };
}
