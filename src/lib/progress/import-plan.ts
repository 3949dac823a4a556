/** What importing a file would change, shown to the learner before they confirm. */
import type { ExportFile } from './export-file';
import { mergeProgress } from './merge';
import { getEntry } from './safe-dict';
import { PROGRESS_VERSION, type ProgressState } from './state';

export interface ImportSummary {
  /** Lessons the current progress does not have yet. */
  lessonsAdded: string[];
  /** Lessons that change: newly done, or earlier start/completion dates. */
  lessonsUpdated: string[];
  /** New attempts per quiz id (only quizzes that gain attempts). */
  attemptsAdded: Record<string, number>;
  /** The display name after import, when it changes. */
  displayName?: { from: string; to: string };
  /** False when the file brings nothing new. */
  changes: boolean;
}

export interface ImportPlan {
  summary: ImportSummary;
  /** The merged progress: to apply the import, write it with writeProgress. */
  result: ProgressState;
}

/**
 * Merges `imported` into `current` without changing either. The file counts as part of the current
 * reset period, so importing restores data even after a reset. A non-empty name in the file wins
 * when it is newer than the current name (its date is taken to be the export date).
 */
export function planImport(current: ProgressState, imported: ExportFile): ImportPlan {
  const incoming: ProgressState = {
    version: PROGRESS_VERSION,
    // The merge keeps the id of whichever store started first; a file from before learner ids brings none.
    learnerId: imported.learnerId ?? current.learnerId,
    displayName: imported.displayName,
    // An empty name in the file never erases the current one.
    ...(imported.displayName === '' ? {} : { displayNameUpdatedAt: imported.exportedAt }),
    lessons: imported.lessons,
    quizzes: imported.quizzes,
    updatedAt: imported.exportedAt,
    ...(current.resetAt === undefined ? {} : { resetAt: current.resetAt }),
  };
  const result = mergeProgress(current, incoming);
  const summary = summarise(current, result);
  return { summary, result };
}

function summarise(before: ProgressState, after: ProgressState): ImportSummary {
  const lessonsAdded: string[] = [];
  const lessonsUpdated: string[] = [];
  for (const [slug, lesson] of Object.entries(after.lessons)) {
    const old = getEntry(before.lessons, slug);
    if (!old) lessonsAdded.push(slug);
    else if (old.status !== lesson.status || old.startedAt !== lesson.startedAt || old.completedAt !== lesson.completedAt)
      lessonsUpdated.push(slug);
  }
  const attemptsAdded: Record<string, number> = Object.create(null);
  for (const [id, quiz] of Object.entries(after.quizzes)) {
    const known = new Set((getEntry(before.quizzes, id)?.attempts ?? []).map((a) => JSON.stringify(a)));
    const added = quiz.attempts.filter((a) => !known.has(JSON.stringify(a))).length;
    if (added > 0) attemptsAdded[id] = added;
  }
  const nameChanged = after.displayName !== before.displayName;
  return {
    lessonsAdded,
    lessonsUpdated,
    attemptsAdded,
    ...(nameChanged ? { displayName: { from: before.displayName, to: after.displayName } } : {}),
    changes: lessonsAdded.length + lessonsUpdated.length + Object.keys(attemptsAdded).length > 0 || nameChanged,
  };
}
