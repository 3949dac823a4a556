/**
 * The progress kept in the browser, version 2 (version 1 plus the learner id). Stored as JSON under one localStorage key.
 * Dates are ISO 8601 strings in UTC with milliseconds (Date#toISOString), so they compare as text.
 */
import { newLearnerId } from './learner-id';

export const PROGRESS_VERSION = 2;

export type LessonStatus = 'started' | 'done';

export interface LessonProgress {
  readonly status: LessonStatus;
  readonly startedAt: string;
  /** Present exactly when status is 'done': the first completion. */
  readonly completedAt?: string;
  readonly updatedAt: string;
}

export interface AnswerMark {
  readonly questionId: string;
  readonly correct: boolean;
}

export interface QuizAttempt {
  /** When the attempt was submitted. */
  readonly at: string;
  readonly score: number;
  readonly max: number;
  readonly percent: number;
  readonly passed: boolean;
  readonly durationMs: number;
  readonly answers: readonly AnswerMark[];
}

export interface QuizProgress {
  /** Oldest first, at least one, at most MAX_ATTEMPTS_PER_QUIZ. */
  readonly attempts: readonly QuizAttempt[];
}

/** A dictionary keyed by lesson slugs or quiz ids: null prototype, never `__proto__`, `constructor` or `prototype` keys. */
export type SafeDict<T> = Readonly<Record<string, T>>;

export interface ProgressState {
  readonly version: typeof PROGRESS_VERSION;
  /** Random, made once per store (learner-id.ts); kept through migration, export, import and merge; new only on reset. */
  readonly learnerId: string;
  /** Plain text chosen by the learner (≤ 80 characters, may be empty): render it with textContent. */
  readonly displayName: string;
  /** When the name was last set; absent when never set. Decides which name wins when tabs merge. */
  readonly displayNameUpdatedAt?: string;
  /** Keyed by lesson slug, the same in both languages. */
  readonly lessons: SafeDict<LessonProgress>;
  /** Keyed by quiz id, the same in both languages. */
  readonly quizzes: SafeDict<QuizProgress>;
  readonly updatedAt: string;
  /** When the learner last reset their progress; a state with a later reset replaces one with an earlier reset. */
  readonly resetAt?: string;
}

/** A state with nothing recorded yet, under a new learner id unless one is given. */
export function emptyProgress(now: Date, learnerId: string = newLearnerId()): ProgressState {
  return {
    version: PROGRESS_VERSION,
    learnerId,
    displayName: '',
    lessons: Object.create(null),
    quizzes: Object.create(null),
    updatedAt: now.toISOString(),
  };
}
