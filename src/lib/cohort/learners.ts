/**
 * A cohort assembled from learners' export files. A learner is known by their display name (the export
 * has no other identity): files with the same name, ignoring case, accents' composition and spacing, are the
 * same learner and are merged with the progress store's own merge, the newest export's name winning.
 * A file without a name is a learner of its own, known by its file name.
 */
import { mergeProgress, PROGRESS_VERSION, type ExportFile, type LessonProgress, type ProgressState, type QuizProgress, type SafeDict } from '../progress/index';
import type { Problem } from '../progress/problem';

export interface LearnerRecord {
  readonly key: string;
  readonly displayName: string;
  /** The files this learner's data came from, in the order they were added. */
  readonly files: readonly string[];
  /** The newest export date among those files. */
  readonly exportedAt: string;
  readonly lessons: SafeDict<LessonProgress>;
  readonly quizzes: SafeDict<QuizProgress>;
}

export type RejectReason =
  | { readonly kind: 'too-big'; readonly size: number; readonly max: number }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'invalid'; readonly problem: Problem };

export interface Rejection {
  readonly file: string;
  readonly reason: RejectReason;
}

export interface Cohort {
  readonly learners: Map<string, LearnerRecord>;
  readonly rejected: Rejection[];
  /** Files that joined a learner already in the cohort. */
  merged: number;
  /** Files accepted. */
  accepted: number;
}

export const createCohort = (): Cohort => ({ learners: new Map(), rejected: [], merged: 0, accepted: 0 });

/** The identity of a learner: their name folded for comparison, or the file name when they gave none. */
export function learnerKey(displayName: string, fileName: string): string {
  const folded = displayName.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return folded === '' ? `file:${fileName}` : `name:${folded}`;
}

const asState = (record: Omit<LearnerRecord, 'key' | 'files'>): ProgressState => ({
  version: PROGRESS_VERSION,
  displayName: record.displayName,
  // The export date stands for when the name was set, so the newest export's spelling wins.
  displayNameUpdatedAt: record.exportedAt,
  lessons: record.lessons,
  quizzes: record.quizzes,
  updatedAt: record.exportedAt,
});

/** Adds one accepted export file to the cohort (in place), merging it into the same learner's data if present. */
export function addExport(cohort: Cohort, fileName: string, data: ExportFile): void {
  const key = learnerKey(data.displayName, fileName);
  const incoming = { displayName: data.displayName, exportedAt: data.exportedAt, lessons: data.lessons, quizzes: data.quizzes };
  const existing = cohort.learners.get(key);
  cohort.accepted++;
  if (!existing) {
    cohort.learners.set(key, { key, files: [fileName], ...incoming });
    return;
  }
  const merged = mergeProgress(asState(existing), asState(incoming));
  cohort.merged++;
  cohort.learners.set(key, {
    key,
    displayName: merged.displayName,
    files: [...existing.files, fileName],
    exportedAt: existing.exportedAt > incoming.exportedAt ? existing.exportedAt : incoming.exportedAt,
    lessons: merged.lessons,
    quizzes: merged.quizzes,
  });
}

export function addRejection(cohort: Cohort, file: string, reason: RejectReason): void {
  cohort.rejected.push({ file, reason });
}
