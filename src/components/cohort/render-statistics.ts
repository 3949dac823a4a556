/** The rejected files, completion per lesson and quiz, and success per question, from the page's templates. */
import { completion, itemStats, type Cohort, type LearnerRecord } from '../../lib/cohort/index';
import type { COHORT_DASHBOARD } from '../../lib/cohort/dashboard-contract';
import type { MarkupOf } from '../../elements/markup';
import type { CohortWords } from './words';

type CohortMarkup = MarkupOf<typeof COHORT_DASHBOARD>;

/** A `stat-row`: a label, then one value cell per value (the template holds one; more are copies of it). */
function statRow(m: CohortMarkup, label: string, values: readonly string[]): HTMLTableRowElement {
  const tr = m.clone('stat-row', HTMLTableRowElement);
  m.slot(tr, 'label').textContent = label;
  const first = m.slot(tr, 'value');
  const cells = values.map((value, i) => {
    const cell = i === 0 ? first : (first.cloneNode() as HTMLElement);
    cell.textContent = value;
    return cell;
  });
  tr.append(...cells);
  return tr;
}

export function renderRejected(m: CohortMarkup, cohort: Cohort, words: CohortWords): void {
  m.one('rejected').replaceChildren(
    ...cohort.rejected.map((r) => {
      const item = document.createElement('li');
      item.textContent = words.t('cohort.rejectedItem', { file: r.file, reason: words.reason(r.reason) });
      return item;
    }),
  );
  m.one('rejected-section').hidden = cohort.rejected.length === 0;
}

export function renderCompletion(m: CohortMarkup, learners: readonly LearnerRecord[], words: CohortWords): void {
  m.one('completion-section').hidden = learners.length === 0;
  const lessons = m.withValue('completion-rows', 'lessons');
  const quizzes = m.withValue('completion-rows', 'quizzes');
  if (learners.length === 0) {
    lessons.replaceChildren();
    quizzes.replaceChildren();
    return;
  }
  const { catalog } = words;
  const result = completion(learners, catalog.lessons.map((l) => l.id), catalog.quizzes.map((q) => q.id));
  lessons.replaceChildren(...result.lessons.map((l) => statRow(m, words.lessonTitle(l.id), [words.share(l.done, result.learners)])));
  quizzes.replaceChildren(
    ...result.quizzes.map((q) =>
      statRow(m, words.quizTitle(q.id), [words.share(q.passed, result.learners), words.share(q.attempted, result.learners)]),
    ),
  );
}

export function renderItems(m: CohortMarkup, learners: readonly LearnerRecord[], words: CohortWords): void {
  const stats = itemStats(learners);
  m.one('items-section').hidden = stats.length === 0;
  m.one('items').replaceChildren(
    ...stats.map(({ quizId, items }) => {
      const prompts = new Map(words.catalog.quizzes.find((q) => q.id === quizId)?.questions.map((q) => [q.id, q.prompt]) ?? []);
      const table = m.clone('item-table', HTMLTableElement);
      table.dataset.quizItems = quizId;
      m.slot(table, 'caption').textContent = words.quizTitle(quizId);
      m.slot(table, 'rows').replaceChildren(
        ...items.map((item) => statRow(m, prompts.get(item.questionId) ?? item.questionId, [words.share(item.correct, item.answered)])),
      );
      return table;
    }),
  );
}
