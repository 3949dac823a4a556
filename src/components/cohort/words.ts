/** How the dashboard words what it shows, in the page's language: shared by the controller and the renderers. */
import { nameLabel, share, type Cohort, type LearnerRow, type RejectReason } from '../../lib/cohort/index';
import type { CohortMessageKey } from '../../lib/cohort/dashboard-contract';
import type { Problem } from '../../lib/progress/problem';
import type { Translate } from '../../elements/messages';
import type { CohortCatalog } from './cohort-catalog';

export class CohortWords {
  readonly #percent: Intl.NumberFormat;
  readonly date: Intl.DateTimeFormat;

  constructor(
    readonly t: Translate<CohortMessageKey>,
    readonly locale: string,
    readonly catalog: CohortCatalog,
    private readonly problem: (problem: Problem) => string,
  ) {
    this.#percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    this.date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  }

  percent(value: number): string {
    return this.#percent.format(value / 100);
  }

  /** "12 of 15 (80 %)". */
  share(count: number, total: number): string {
    return this.t('cohort.share', { count, total, percent: this.#percent.format(share(count, total)) });
  }

  reason(reason: RejectReason): string {
    return reason.kind === 'unreadable' ? this.t('cohort.unreadable') : this.problem(reason.problem);
  }

  /** The learner's name as the table and the CSV show it (see nameLabel). */
  name(row: LearnerRow, cohort: Cohort, namesakes: ReadonlySet<string>): string {
    const label = nameLabel(row, cohort.learners.get(row.key)?.files[0] ?? '', namesakes.has(row.key));
    return label.key === 'plain' ? label.name : this.t(label.key, label.vars);
  }

  lessonTitle(id: string): string {
    return this.catalog.lessons.find((l) => l.id === id)?.title ?? id;
  }

  quizTitle(id: string): string {
    return this.catalog.quizzes.find((q) => q.id === id)?.title ?? id;
  }
}
