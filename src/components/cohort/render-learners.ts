/** The learner table: one row per learner from the `learner-row` template, and the sort shown in its header. */
import type { LearnerRow, Sort } from '../../lib/cohort/index';
import type { COHORT_DASHBOARD } from '../../lib/cohort/dashboard-contract';
import type { MarkupOf } from '../../elements/markup';
import type { CohortWords } from './words';

type CohortMarkup = MarkupOf<typeof COHORT_DASHBOARD>;

export function renderLearnerRows(m: CohortMarkup, rows: readonly LearnerRow[], words: CohortWords, name: (row: LearnerRow) => string): void {
  const fragment = document.createDocumentFragment();
  for (const row of rows) {
    const tr = m.clone('learner-row', HTMLTableRowElement);
    tr.dataset.learner = row.key;
    m.slot(tr, 'name').textContent = name(row);
    m.slot(tr, 'lessons').textContent = String(row.lessonsDone);
    m.slot(tr, 'quizzes').textContent = String(row.quizzesPassed);
    const list = m.slot(tr, 'score-list');
    if (row.bestScores.size === 0) m.slot(tr, 'scores').textContent = '—';
    for (const [id, best] of row.bestScores) {
      const item = document.createElement('li');
      item.textContent = words.t('cohort.bestScore', { quiz: words.quizTitle(id), percent: words.percent(best) });
      list.append(item);
    }
    m.slot(tr, 'activity').textContent = row.lastActivity ? words.date.format(new Date(row.lastActivity)) : words.t('cohort.never');
    m.slot(tr, 'files').textContent = String(row.files);
    fragment.append(tr);
  }
  m.one('learner-rows', HTMLTableSectionElement).replaceChildren(fragment);
}

/** `aria-sort` on the sorted column's header, and its arrow (for sighted users; the attribute is what is announced). */
export function showSort(m: CohortMarkup, sort: Sort): void {
  for (const header of m.all('sort-header')) {
    const active = header.dataset.sortHeader === sort.column;
    if (active) header.setAttribute('aria-sort', sort.direction);
    else header.removeAttribute('aria-sort');
    m.one('sort-indicator', HTMLElement, header).textContent = active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : '';
  }
}
