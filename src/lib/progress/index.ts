/** Learner progress in the browser: storage, merging across tabs, changes, export/import, tracks and certificates. */
export { certificateCode, certificateCodeMatches, type CertificateFields } from './certificate';
export { cleanDisplayName } from './display-name';
export { LEARNER_ID_PATTERN, newLearnerId, shortLearnerId } from './learner-id';
export { EXPORT_FORMAT, EXPORT_VERSION, exportFileName, toExportFile, type ExportFile } from './export-file';
export { planImport, type ImportPlan, type ImportSummary } from './import-plan';
export { MAX_ATTEMPTS_PER_QUIZ, MAX_DISPLAY_NAME } from './limits';
export { mergeProgress } from './merge';
export { attemptFromResult } from './attempt-from-result';
export { markDone, markStarted, recordAttempt, resetProgress, setDisplayName } from './mutators';
export { parseExportFile, type ParsedExport } from './parse-export';
export {
  emptyProgress,
  PROGRESS_VERSION,
  type AnswerMark,
  type LessonProgress,
  type LessonStatus,
  type ProgressState,
  type QuizAttempt,
  type QuizProgress,
  type SafeDict,
} from './state';
export {
  BACKUP_PREFIX,
  listBackups,
  PROGRESS_KEY,
  readProgress,
  writeProgress,
  type ProgressStorage,
  type ReadNotice,
  type ReadResult,
  type WriteResult,
} from './storage';
export { applyStorageEvent } from './storage-event';
export { trackCompletion, type TrackCompletion, type TrackScore } from './track';
export { nextLesson } from './next-lesson';
