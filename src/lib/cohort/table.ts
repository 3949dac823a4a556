/** The learner table: sorting, filtering, how each learner is named, and its CSV. */
import { shortLearnerId } from '../progress/learner-id';
import type { LearnerRow } from './summary';

export const SORT_COLUMNS = ['name', 'lessons', 'quizzes', 'activity'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export const isSortColumn = (value: string | undefined): value is SortColumn => (SORT_COLUMNS as readonly string[]).includes(value ?? '');

/** A sorted copy; ties keep a stable order by learner key, and learners without activity sort as the oldest. */
export function sortRows(rows: readonly LearnerRow[], column: SortColumn, direction: SortDirection, locale: string): LearnerRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: LearnerRow, b: LearnerRow): number => {
    switch (column) {
      case 'name':
        return collator.compare(a.displayName, b.displayName);
      case 'lessons':
        return a.lessonsDone - b.lessonsDone;
      case 'quizzes':
        return a.quizzesPassed - b.quizzesPassed;
      case 'activity':
        return (a.lastActivity ?? '').localeCompare(b.lastActivity ?? '');
    }
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface Sort {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** A click on a column's header: the same column turns round; another starts A to Z for names, highest first for figures and dates. */
export function nextSort(current: Sort, column: SortColumn): Sort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'name' ? 'ascending' : 'descending' };
}

/**
 * How a learner is named in the table and the CSV, as a message to word: a learner without a name is named by
 * their first file; learners sharing a name carry the start of their learner id (or, for files without one, their file).
 */
export type NameLabel =
  | { readonly key: 'plain'; readonly name: string }
  | { readonly key: 'cohort.noName'; readonly vars: { readonly file: string } }
  | { readonly key: 'cohort.namesake'; readonly vars: { readonly name: string; readonly id: string } };

export function nameLabel(row: Pick<LearnerRow, 'displayName' | 'learnerId'>, firstFile: string, namesake: boolean): NameLabel {
  if (row.displayName.trim() === '') return { key: 'cohort.noName', vars: { file: firstFile } };
  if (!namesake) return { key: 'plain', name: row.displayName };
  return { key: 'cohort.namesake', vars: { name: row.displayName, id: row.learnerId === undefined ? firstFile : shortLearnerId(row.learnerId) } };
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The rows whose name contains the query, ignoring case and accents; every row for an empty query. */
export function filterRows(rows: readonly LearnerRow[], query: string): LearnerRow[] {
  const needle = fold(query.trim());
  return needle === '' ? [...rows] : rows.filter((r) => fold(r.displayName).includes(needle));
}

export interface CsvLabels {
  readonly name: string;
  readonly id: string;
  readonly lessons: string;
  readonly quizzes: string;
  readonly activity: string;
  readonly files: string;
  /** The column title for a quiz's best score. */
  readonly quiz: (quizId: string) => string;
}

/** The quizzes the CSV gives a column: those some listed learner attempted, in catalogue order, then any others in the order met. */
export function csvQuizIds(catalogQuizIds: readonly string[], rows: readonly Pick<LearnerRow, 'bestScores'>[]): string[] {
  const attempted = new Set(rows.flatMap((r) => [...r.bestScores.keys()]));
  return [...new Set([...catalogQuizIds, ...attempted])].filter((id) => attempted.has(id));
}

/** The learner table as CSV rows: one column per quiz with the best percentage (empty when not attempted). */
export function learnerCsvRows(rows: readonly LearnerRow[], quizIds: readonly string[], labels: CsvLabels): (string | number)[][] {
  return [
    [labels.name, labels.id, labels.lessons, labels.quizzes, labels.activity, labels.files, ...quizIds.map(labels.quiz)],
    ...rows.map((r) => [
      r.displayName,
      r.learnerId ?? '',
      r.lessonsDone,
      r.quizzesPassed,
      r.lastActivity ?? '',
      r.files,
      ...quizIds.map((id) => {
        const best = r.bestScores.get(id);
        return best === undefined ? '' : Math.round(best);
      }),
    ]),
  ];
}
