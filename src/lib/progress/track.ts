/** How far a learner is through a track: its lessons done and its quizzes passed. */
import { getEntry } from './safe-dict';
import type { ProgressState } from './state';

export interface TrackScore {
  quizId: string;
  /** Best percent over all attempts, null when never attempted. */
  bestPercent: number | null;
  passed: boolean;
}

export interface TrackCompletion {
  /** Lessons done plus quizzes passed. */
  done: number;
  total: number;
  complete: boolean;
  /** When the last required item was completed (lesson completion or first passing attempt); only when complete. */
  completedAt?: string;
  scores: TrackScore[];
}

/** Completion of the track made of `trackLessons` (slugs) and `trackQuizzes` (ids); an empty track is never complete. */
export function trackCompletion(trackLessons: readonly string[], trackQuizzes: readonly string[], state: ProgressState): TrackCompletion {
  const finishedAt: (string | undefined)[] = [];
  for (const slug of new Set(trackLessons)) finishedAt.push(getEntry(state.lessons, slug)?.completedAt);
  const scores = [...new Set(trackQuizzes)].map((quizId) => {
    const attempts = getEntry(state.quizzes, quizId)?.attempts ?? [];
    // Attempts are kept oldest first, so the first pass is the earliest.
    finishedAt.push(attempts.find((a) => a.passed)?.at);
    const bestPercent = attempts.length === 0 ? null : Math.max(...attempts.map((a) => a.percent));
    return { quizId, bestPercent, passed: attempts.some((a) => a.passed) };
  });
  const dates = finishedAt.filter((d) => d !== undefined);
  const total = finishedAt.length;
  const complete = total > 0 && dates.length === total;
  const completedAt = dates.sort().at(-1);
  return { done: dates.length, total, complete, ...(complete && completedAt !== undefined ? { completedAt } : {}), scores };
}
