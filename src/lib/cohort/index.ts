/** The cohort dashboard's logic: learners merged from export files, rows, completion, item statistics, sorting, CSV. */
export { addExport, addRejection, createCohort, learnerKey, type Cohort, type LearnerRecord, type RejectReason, type Rejection } from './learners';
export { completion, itemStats, learnerRow, namesakes, orderedIds, share, type Completion, type ItemStat, type LearnerRow, type QuizItems } from './summary';
export {
  csvQuizIds,
  filterRows,
  isSortColumn,
  learnerCsvRows,
  nameLabel,
  nextSort,
  sortRows,
  SORT_COLUMNS,
  type CsvLabels,
  type NameLabel,
  type Sort,
  type SortColumn,
  type SortDirection,
} from './table';
export { csvCell, csvSeparator, toCsv } from './csv';
export { inSlices, type SliceOptions } from './intake';
