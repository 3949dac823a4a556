/** The export file: everything a learner's progress holds, as JSON they can keep or move to another browser. */
import type { LessonProgress, ProgressState, QuizProgress, SafeDict } from './state';

export const EXPORT_FORMAT = 'board-academy-progress';
/** Version of the export file format (independent of the stored value's version). 2 added the learner id; version 1 files still import. */
export const EXPORT_VERSION = 2;

export interface ExportFile {
  readonly format: typeof EXPORT_FORMAT;
  /** EXPORT_VERSION when written here; 1 for an older file read back (it has no learner id). */
  readonly version: 1 | typeof EXPORT_VERSION;
  readonly exportedAt: string;
  /** The store's learner id; absent only in files exported before version 2. */
  readonly learnerId?: string;
  /** Plain text: render with textContent, never as HTML. */
  readonly displayName: string;
  /** Started and done lessons by slug, with their dates. */
  readonly lessons: SafeDict<LessonProgress>;
  /** Every attempt kept, by quiz id: score, max, percent, passed, time, duration and per-question correctness. */
  readonly quizzes: SafeDict<QuizProgress>;
}

/** The export file for `state`, ready for JSON.stringify. */
export function toExportFile(state: ProgressState, now: Date): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    learnerId: state.learnerId,
    displayName: state.displayName,
    lessons: state.lessons,
    quizzes: state.quizzes,
  };
}

/** A download name such as board-academy-progress-2025-03-01.json (UTC date). */
export function exportFileName(now: Date): string {
  return `${EXPORT_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}
