/** The UI strings <cohort-dashboard> reads: the page hands over exactly these, the element may ask for no other. */
export const COHORT_MESSAGE_KEYS = [
  'cohort.loading', 'cohort.loaded', 'cohort.cleared', 'cohort.filterCount', 'cohort.col.name', 'cohort.col.id', 'cohort.col.lessons',
  'cohort.col.quizzes', 'cohort.col.scores', 'cohort.col.activity', 'cohort.col.files', 'cohort.sortBy', 'cohort.noName', 'cohort.namesake',
  'cohort.never', 'cohort.lessonCompletion', 'cohort.quizCompletion', 'cohort.col.item', 'cohort.col.done', 'cohort.col.passed',
  'cohort.col.attempted', 'cohort.share', 'cohort.col.question', 'cohort.col.correct', 'cohort.rejectedItem',
  'cohort.unreadable', 'cohort.merged', 'cohort.csvName', 'cohort.bestScore',
] as const;

export type CohortMessageKey = (typeof COHORT_MESSAGE_KEYS)[number];
