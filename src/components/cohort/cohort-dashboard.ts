/**
 * <cohort-dashboard>: reads learners' progress export files picked or dropped by the trainer, all in the
 * browser (nothing is uploaded or stored), and shows one row per learner, completion per lesson and quiz,
 * and success per question; each rejected file is listed with its reason. This controller holds the state
 * and wires the controls; reading is read-files.ts, drawing render-*.ts, from CohortDashboard.astro's
 * templates. All names go in with textContent.
 */
import {
  addExport,
  addRejection,
  createCohort,
  csvQuizIds,
  csvSeparator,
  filterRows,
  isSortColumn,
  learnerCsvRows,
  learnerRow,
  namesakes,
  nextSort,
  sortRows,
  toCsv,
  type Cohort,
  type LearnerRow,
  type Sort,
} from '../../lib/cohort/index';
import { COHORT_DASHBOARD } from '../../lib/cohort/dashboard-contract';
import { parseExportFile } from '../../lib/progress/index';
import { downloadText } from '../../elements/download';
import { markup, requireProblemWords } from '../../elements/markup';
import { pageLocale } from '../../elements/messages';
import { readCatalog } from './cohort-catalog';
import { readFiles } from './read-files';
import { renderLearnerRows, showSort } from './render-learners';
import { renderCompletion, renderItems, renderRejected } from './render-statistics';
import { CohortWords } from './words';

class CohortDashboard extends HTMLElement {
  #m = markup(COHORT_DASHBOARD, this);
  #words!: CohortWords;
  #cohort: Cohort = createCohort();
  #rows: LearnerRow[] = [];
  /** Keys of learners who share their name with another: shown with their id (see nameLabel). */
  #namesakes = new Set<string>();
  #sort: Sort = { column: 'name', direction: 'ascending' };
  #busy = false;
  /** Files dropped while others were loading: loaded next. */
  #pending: File[] = [];
  #generation = 0;

  connectedCallback(): void {
    if (this.#words) return;
    const m = this.#m;
    const catalog = readCatalog(m.one('cohort-catalog', HTMLScriptElement).textContent);
    this.#words = new CohortWords(m.messages(), pageLocale(), catalog, requireProblemWords(COHORT_DASHBOARD.element));
    const input = m.one('files', HTMLInputElement);
    input.addEventListener('change', () => {
      if (input.files && input.files.length > 0) void this.#load([...input.files]);
    });
    const drop = m.one('drop');
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.dataset.dragging = '';
    });
    drop.addEventListener('dragleave', () => delete drop.dataset.dragging);
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      delete drop.dataset.dragging;
      const files = e.dataTransfer?.files;
      if (files && files.length > 0) void this.#load([...files]);
    });
    m.one('clear', HTMLButtonElement).addEventListener('click', () => this.#clear());
    m.one('csv', HTMLButtonElement).addEventListener('click', () => this.#downloadCsv());
    m.one('filter', HTMLInputElement).addEventListener('input', () => this.#renderLearners());
    for (const button of m.all('sort')) button.addEventListener('click', () => this.#sortBy(button.dataset.sort));
    m.one('cohort-ui').hidden = false;
  }

  #status(text: string): void {
    this.#m.one('status').textContent = text;
  }

  /** Adds the files to the cohort already shown (a trainer may load a group in several goes). */
  async #load(files: File[]): Promise<void> {
    if (this.#busy) {
      this.#pending.push(...files);
      return;
    }
    this.#busy = true;
    performance.mark('cohort-load-start');
    const generation = this.#generation;
    const cancelled = () => generation !== this.#generation;
    const input = this.#m.one('files', HTMLInputElement);
    input.disabled = true;
    const { t } = this.#words;
    this.#status(t('cohort.loading', { done: 0, total: files.length }));
    await readFiles(files, {
      cancelled,
      each: (file, text) => {
        if (typeof text !== 'string') return addRejection(this.#cohort, file.name, text);
        const parsed = parseExportFile(text);
        if (parsed.ok) addExport(this.#cohort, file.name, parsed.data);
        else addRejection(this.#cohort, file.name, { kind: 'invalid', problem: parsed.problem });
      },
      progress: (done) => {
        if (done % 25 === 0) this.#status(t('cohort.loading', { done, total: files.length }));
      },
    });
    this.#busy = false;
    input.disabled = false;
    input.value = '';
    if (cancelled()) return;
    this.#render();
    const { learners, rejected, accepted, merged } = this.#cohort;
    const summary = t('cohort.loaded', { files: accepted + rejected.length, learners: learners.size, rejected: rejected.length });
    this.#status(merged > 0 ? `${summary} ${t('cohort.merged', { count: merged })}` : summary);
    this.dataset.loaded = String(accepted + rejected.length);
    // User Timing entry: the time from files handed over to the dashboard drawn (read by bench/cohort.mjs).
    performance.measure('cohort-load', 'cohort-load-start');
    const next = this.#pending;
    this.#pending = [];
    if (next.length > 0) void this.#load(next);
  }

  #clear(): void {
    this.#generation++;
    this.#pending = [];
    this.#cohort = createCohort();
    this.#m.one('filter', HTMLInputElement).value = '';
    this.#render();
    delete this.dataset.loaded;
    this.#status(this.#words.t('cohort.cleared'));
  }

  #render(): void {
    const learners = [...this.#cohort.learners.values()];
    this.#rows = learners.map(learnerRow);
    this.#namesakes = namesakes(this.#rows);
    const any = learners.length > 0;
    this.#m.one('csv', HTMLButtonElement).disabled = !any;
    this.#m.one('clear', HTMLButtonElement).disabled = !any && this.#cohort.rejected.length === 0;
    renderRejected(this.#m, this.#cohort, this.#words);
    this.#renderLearners();
    renderCompletion(this.#m, learners, this.#words);
    renderItems(this.#m, learners, this.#words);
  }

  #name = (row: LearnerRow): string => this.#words.name(row, this.#cohort, this.#namesakes);

  #visibleRows(): LearnerRow[] {
    const query = this.#m.one('filter', HTMLInputElement).value;
    return sortRows(filterRows(this.#rows, query), this.#sort.column, this.#sort.direction, this.#words.locale);
  }

  #renderLearners(): void {
    this.#m.one('learners-section').hidden = this.#rows.length === 0;
    const rows = this.#visibleRows();
    this.#m.one('filter-count').textContent = this.#words.t('cohort.filterCount', { shown: rows.length, total: this.#rows.length });
    showSort(this.#m, this.#sort);
    renderLearnerRows(this.#m, rows, this.#words, this.#name);
  }

  #sortBy(column: string | undefined): void {
    if (!isSortColumn(column)) return;
    this.#sort = nextSort(this.#sort, column);
    this.#renderLearners();
  }

  #downloadCsv(): void {
    const rows = this.#visibleRows();
    const { t, locale } = this.#words;
    const table = learnerCsvRows(
      rows.map((r) => ({ ...r, displayName: this.#name(r) })),
      csvQuizIds(this.#words.catalog.quizzes.map((q) => q.id), rows),
      {
        name: t('cohort.col.name'),
        id: t('cohort.col.id'),
        lessons: t('cohort.col.lessons'),
        quizzes: t('cohort.col.quizzes'),
        activity: t('cohort.col.activity'),
        files: t('cohort.col.files'),
        quiz: (id) => `${t('cohort.col.scores')} – ${this.#words.quizTitle(id)}`,
      },
    );
    downloadText(toCsv(table, csvSeparator(locale)), `${t('cohort.csvName')}-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv;charset=utf-8');
  }
}

if (!customElements.get(COHORT_DASHBOARD.element)) customElements.define(COHORT_DASHBOARD.element, CohortDashboard);
