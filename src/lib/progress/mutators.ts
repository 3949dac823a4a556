/** Pure changes to a progress state: each returns a new state (or the same one when nothing changes). */
import { mergeAttempts } from './attempts';
import { cleanDisplayName } from './display-name';
import { getEntry, isSafeKey, withEntry } from './safe-dict';
import { attemptSchema, toAttempt } from './schema';
import { emptyProgress, type ProgressState, type QuizAttempt } from './state';

const later = (a: string, b: string) => (a > b ? a : b);

/** Records that the learner opened a lesson; a lesson already started or done is left as it is. */
export function markStarted(state: ProgressState, slug: string, now: Date): ProgressState {
  if (!isSafeKey(slug) || getEntry(state.lessons, slug)) return state;
  const at = now.toISOString();
  return {
    ...state,
    lessons: withEntry(state.lessons, slug, { status: 'started', startedAt: at, updatedAt: at }),
    updatedAt: later(state.updatedAt, at),
  };
}

/** Records that the learner finished a lesson; the first completion date is kept. */
export function markDone(state: ProgressState, slug: string, now: Date): ProgressState {
  const current = getEntry(state.lessons, slug);
  if (!isSafeKey(slug) || current?.status === 'done') return state;
  const at = now.toISOString();
  const lesson = { status: 'done', startedAt: current?.startedAt ?? at, completedAt: at, updatedAt: at } as const;
  return { ...state, lessons: withEntry(state.lessons, slug, lesson), updatedAt: later(state.updatedAt, at) };
}

/** Adds a quiz attempt (dated by its `at`); an attempt that would not pass validation is ignored. */
export function recordAttempt(state: ProgressState, quizId: string, attempt: QuizAttempt): ProgressState {
  const parsed = attemptSchema.safeParse(attempt);
  if (!isSafeKey(quizId) || !parsed.success) return state;
  const checked = toAttempt(parsed.data);
  const attempts = mergeAttempts([...(getEntry(state.quizzes, quizId)?.attempts ?? []), checked]);
  return { ...state, quizzes: withEntry(state.quizzes, quizId, { attempts }), updatedAt: later(state.updatedAt, checked.at) };
}

/** Sets the display name, cleaned by `cleanDisplayName`; stored and shown as plain text only. */
export function setDisplayName(state: ProgressState, name: string, now: Date): ProgressState {
  const displayName = cleanDisplayName(name);
  if (displayName === state.displayName) return state;
  const at = now.toISOString();
  return { ...state, displayName, displayNameUpdatedAt: at, updatedAt: later(state.updatedAt, at) };
}

/** Forgets all lessons and attempts (the name stays); the reset date makes other tabs drop their older copies too. */
export function resetProgress(state: ProgressState, now: Date): ProgressState {
  const { displayName, displayNameUpdatedAt } = state;
  return {
    ...emptyProgress(now),
    displayName,
    ...(displayNameUpdatedAt === undefined ? {} : { displayNameUpdatedAt }),
    resetAt: now.toISOString(),
  };
}
