/**
 * Merging two progress states (two tabs, or storage and memory, or an import).
 * The merge is commutative, associative and idempotent, so the order in which tabs write never matters:
 * - a state with a later `resetAt` replaces the other entirely (a reset wins over anything older);
 * - lessons: 'done' wins over 'started' (progress only moves forward), earliest startedAt and
 *   completedAt, latest updatedAt;
 * - quiz attempts: the union, de-duplicated by time + score;
 * - display name: the one set most recently (displayNameUpdatedAt), ties broken by text;
 * - learner id: that of the state whose history starts first (the learner's older store, e.g. when a file from
 *   another browser is imported into a new one), ties (two fresh tabs) broken by the smaller id.
 */
import { mergeAttempts } from './attempts';
import { dictFromEntries, getEntry } from './safe-dict';
import { PROGRESS_VERSION, type LessonProgress, type ProgressState, type SafeDict } from './state';

/** The union of what both states know. */
export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
  const resetOrder = compareOptional(a.resetAt, b.resetAt);
  if (resetOrder !== 0) {
    const winner = resetOrder > 0 ? a : b;
    return mergeProgress(winner, winner);
  }
  const name = newerName(a, b);
  return {
    version: PROGRESS_VERSION,
    learnerId: olderLearner(a, b),
    displayName: name.displayName,
    ...(name.displayNameUpdatedAt === undefined ? {} : { displayNameUpdatedAt: name.displayNameUpdatedAt }),
    lessons: unionBy(a.lessons, b.lessons, joinLessons),
    quizzes: unionBy(a.quizzes, b.quizzes, (x, y) => ({ attempts: mergeAttempts([...x.attempts, ...y.attempts]) })),
    updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
    ...(a.resetAt === undefined ? {} : { resetAt: a.resetAt }),
  };
}

/** Orders optional ISO dates, absent being the oldest. */
function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a > b ? 1 : -1;
}

function newerName(a: ProgressState, b: ProgressState): Pick<ProgressState, 'displayName' | 'displayNameUpdatedAt'> {
  const order = compareOptional(a.displayNameUpdatedAt, b.displayNameUpdatedAt);
  if (order !== 0) return order > 0 ? a : b;
  return a.displayName >= b.displayName ? a : b;
}

/** The earliest date either state recorded anything, as a sortable text ('\uffff' when it recorded nothing). */
function historyStart(state: ProgressState): string {
  let first = '\uffff';
  for (const lesson of Object.values(state.lessons)) if (lesson.startedAt < first) first = lesson.startedAt;
  for (const quiz of Object.values(state.quizzes)) if (quiz.attempts[0] && quiz.attempts[0].at < first) first = quiz.attempts[0].at;
  return first;
}

function olderLearner(a: ProgressState, b: ProgressState): string {
  if (a.learnerId === b.learnerId) return a.learnerId;
  const [startA, startB] = [historyStart(a), historyStart(b)];
  if (startA !== startB) return startA < startB ? a.learnerId : b.learnerId;
  return a.learnerId < b.learnerId ? a.learnerId : b.learnerId;
}

function joinLessons(a: LessonProgress, b: LessonProgress): LessonProgress {
  const completions = [a.completedAt, b.completedAt].filter((d) => d !== undefined).sort();
  const completedAt = completions[0];
  return {
    status: completedAt === undefined ? 'started' : 'done',
    startedAt: a.startedAt < b.startedAt ? a.startedAt : b.startedAt,
    ...(completedAt === undefined ? {} : { completedAt }),
    updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
  };
}

/** Every key of either dictionary; entries present on both sides are joined, single ones normalised by joining with themselves. */
function unionBy<T>(a: SafeDict<T>, b: SafeDict<T>, join: (x: T, y: T) => T): SafeDict<T> {
  const entries: (readonly [string, T])[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = getEntry(a, key) ?? getEntry(b, key);
    const y = getEntry(b, key) ?? x;
    if (x !== undefined && y !== undefined) entries.push([key, join(x, y)]);
  }
  return dictFromEntries(entries);
}
