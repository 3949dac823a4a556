/**
 * What <progress-page> (src/elements/progress/progress-page.ts) and the progress page agree on: the UI strings
 * the page hands over (exactly these; the element may ask for no other), the `data-*` hooks and the template
 * of a backup's row.
 */
import { defineContract, type ContractKey } from '../element-contract';

export const PROGRESS_PAGE = defineContract({
  element: 'progress-page',
  messages: 'progress-page',
  keys: [
    'progress.status.none', 'progress.status.started', 'progress.status.done', 'progress.quiz.none', 'progress.quiz.passed',
    'progress.quiz.notPassed', 'progress.overall', 'progress.name.saved', 'progress.name.cleared', 'progress.export.done',
    'progress.import.rejected', 'progress.import.nothing', 'progress.import.lessonsAdded', 'progress.import.lessonsUpdated',
    'progress.import.attemptsAdded', 'progress.import.name', 'progress.import.applied', 'progress.reset.done', 'progress.backups.deleted',
    'progress.import.notSaved', 'progress.track.label',
  ],
  hooks: [
    'overall-text', 'overall-bar', 'name-form', 'name-input',
    // A track's section carries its id, and the lessons and quizzes it requires (space-separated ids).
    'track', 'lessons', 'quizzes', 'track-bar', 'track-text', 'certificate',
    // A lesson's or quiz's row carries its id; `cell` is its status.
    'lesson', 'quiz', 'cell', 'best', 'attempts',
    'export', 'import-file', 'import-plan', 'import-summary', 'import-apply', 'import-cancel', 'transfer-status',
    'backups', 'backup-list', 'reset', 'reset-dialog',
  ],
  templates: { backup: ['key', 'download', 'delete'] },
});

export type ProgressPageMessageKey = ContractKey<typeof PROGRESS_PAGE>;
