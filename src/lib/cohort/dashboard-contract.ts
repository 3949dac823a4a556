/**
 * What <cohort-dashboard> and its markup (src/components/cohort/CohortDashboard.astro) agree on: the UI
 * strings the page hands over (exactly these; the element may ask for no other), the `data-*` hooks and the
 * row templates. Headings, captions and sort buttons are rendered on the server, so their strings stay there.
 */
import { defineContract, type ContractKey } from '../element-contract';

export const COHORT_DASHBOARD = defineContract({
  element: 'cohort-dashboard',
  messages: 'cohort',
  keys: [
    'cohort.loading', 'cohort.loaded', 'cohort.cleared', 'cohort.merged', 'cohort.filterCount', 'cohort.col.name', 'cohort.col.id',
    'cohort.col.lessons', 'cohort.col.quizzes', 'cohort.col.scores', 'cohort.col.activity', 'cohort.col.files', 'cohort.noName',
    'cohort.namesake', 'cohort.never', 'cohort.share', 'cohort.rejectedItem', 'cohort.unreadable', 'cohort.csvName', 'cohort.bestScore',
  ],
  hooks: [
    // The catalogue's titles and prompts, as JSON (src/components/cohort/cohort-catalog.ts).
    'cohort-catalog', 'cohort-ui', 'drop', 'files', 'status', 'csv', 'clear', 'rejected-section', 'rejected', 'learners-section', 'filter', 'filter-count',
    // A sortable column's header cell and button carry its column (`data-sort="lessons"`).
    'sort-header', 'sort', 'sort-indicator', 'learners', 'learner-rows',
    // `data-completion-rows="lessons"` / `"quizzes"`: the bodies of the two completion tables.
    'completion-section', 'completion-rows', 'items-section', 'items',
  ],
  templates: {
    'learner-row': ['name', 'lessons', 'quizzes', 'scores', 'score-list', 'activity', 'files'],
    'stat-row': ['label', 'value'],
    'item-table': ['caption', 'rows'],
  },
});

export type CohortMessageKey = ContractKey<typeof COHORT_DASHBOARD>;
/** The two completion tables, by what they count. */
export const COMPLETION_TABLES = ['lessons', 'quizzes'] as const;
