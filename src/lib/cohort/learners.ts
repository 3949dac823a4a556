/**
 * A cohort assembled from learners' export files. A learner is known by the learner id of their progress
 * store: files with the same id are the same learner, whatever name each gives, and are merged with the
 * progress store's own merge, the newest export's name winning; two learners who share a name stay two.
 * Files exported before learner ids (export version 1) fall back to the display name, folded (case, accents'
 * composition, spacing), and a file with neither is a learner of its own, known by its file name.
 */
import { mergeProgress, PROGRESS_VERSION, type ExportFile, type LessonProgress, type ProgressState, type QuizProgress, type SafeDict } from '../progress/index';
import type { Problem } from '../progress/problem';

export interface LearnerRecord {
  readonly key: string;
  /** Absent for learners known only from files exported before learner ids. */
  readonly learnerId?: string;
  readonly displayName: string;
  /** The files this learner's data came from, in the order they were added. */
  readonly files: readonly string[];
  /** The newest export date among those files. */
  readonly exportedAt: string;
  readonly lessons: SafeDict<LessonProgress>;
  readonly quizzes: SafeDict<QuizProgress>;
}

export type RejectReason =
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

/** A name folded for comparison: case, Unicode composition and spacing ignored. */
export const foldName = (displayName: string): string => displayName.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The identity of a learner: their learner id; for older files their folded name, or the file name when they gave none. */
export function learnerKey(data: Pick<ExportFile, 'learnerId' | 'displayName'>, fileName: string): string {
  if (data.learnerId !== undefined) return `id:${data.learnerId}`;
  const folded = foldName(data.displayName);
  return folded === '' ? `file:${fileName}` : `name:${folded}`;
}

const asState = (record: Omit<LearnerRecord, 'key' | 'files'>): ProgressState => ({
  version: PROGRESS_VERSION,
  // Records merged here share one key, hence one id (or none, for older files): the merge keeps it.
  learnerId: record.learnerId ?? '',
  displayName: record.displayName,
  // The export date stands for when the name was set, so the newest export's spelling wins.
  displayNameUpdatedAt: record.exportedAt,
  lessons: record.lessons,
  quizzes: record.quizzes,
  updatedAt: record.exportedAt,
});

/** Adds one accepted export file to the cohort (in place), merging it into the same learner's data if present. */
export function addExport(cohort: Cohort, fileName: string, data: ExportFile): void {
  const key = learnerKey(data, fileName);
  const incoming = { ...(data.learnerId === undefined ? {} : { learnerId: data.learnerId }), displayName: data.displayName, exportedAt: data.exportedAt, lessons: data.lessons, quizzes: data.quizzes };
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
    ...(existing.learnerId === undefined ? {} : { learnerId: existing.learnerId }),
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
