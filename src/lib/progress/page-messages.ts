/** The UI strings <progress-page> reads: the progress page hands over exactly these, the element may ask for no other. */
export const PROGRESS_PAGE_MESSAGE_KEYS = [
  'progress.status.none', 'progress.status.started', 'progress.status.done', 'progress.quiz.none', 'progress.quiz.best',
  'progress.quiz.passed', 'progress.quiz.notPassed', 'progress.overall', 'progress.name.saved', 'progress.name.cleared',
  'progress.export.done', 'progress.import.rejected', 'progress.import.nothing', 'progress.import.lessonsAdded',
  'progress.import.lessonsUpdated', 'progress.import.attemptsAdded', 'progress.import.name', 'progress.import.applied',
  'progress.reset.done', 'progress.backups.download', 'progress.backups.delete', 'progress.backups.deleted',
  'progress.import.notSaved', 'progress.track.label',
] as const;

export type ProgressPageMessageKey = (typeof PROGRESS_PAGE_MESSAGE_KEYS)[number];
