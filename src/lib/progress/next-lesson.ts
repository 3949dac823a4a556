/** "Continue where you left off": the lesson a learner most likely wants next. */
import { getEntry } from './safe-dict';
import type { ProgressState } from './state';

/**
 * The slug to suggest from `ordered` (the curriculum order): the lesson started most recently and
 * not done; otherwise the first lesson not done after the one completed most recently; null when the
 * learner has not started anything yet, or has done everything.
 */
export function nextLesson(ordered: readonly string[], state: ProgressState): string | null {
  const known = ordered.flatMap((slug) => {
    const lesson = getEntry(state.lessons, slug);
    return lesson ? [{ slug, lesson }] : [];
  });
  if (known.length === 0) return null;
  const latest = (a: string, b: string) => (a >= b ? a : b);
  const open = known.filter((k) => k.lesson.status === 'started');
  if (open.length > 0) return open.reduce((a, b) => (latest(a.lesson.updatedAt, b.lesson.updatedAt) === a.lesson.updatedAt ? a : b)).slug;
  const lastDone = known.reduce((a, b) => (latest(a.lesson.updatedAt, b.lesson.updatedAt) === a.lesson.updatedAt ? a : b));
  const start = ordered.indexOf(lastDone.slug);
  const after = [...ordered.slice(start + 1), ...ordered.slice(0, start)];
  return after.find((slug) => getEntry(state.lessons, slug)?.status !== 'done') ?? null;
}
