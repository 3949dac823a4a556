/**
 * <cohort-dashboard>: reads learners' progress export files picked or dropped by the trainer, all in the
 * browser (nothing is uploaded or stored), and shows one row per learner, completion per lesson and quiz,
 * and success per question. Files are checked for size before being read and handled in time slices so the
 * page keeps responding; each rejected file is listed with its reason. All names go in with textContent.
 */
import {
  addExport,
  addRejection,
  completion,
  createCohort,
  csvSeparator,
  filterRows,
  inSlices,
  isSortColumn,
  itemStats,
  learnerCsvRows,
  learnerRow,
  namesakes,
  share,
  sortRows,
  toCsv,
  type Cohort,
  type LearnerRecord,
  type LearnerRow,
  type RejectReason,
  type SortColumn,
  type SortDirection,
} from '../lib/cohort/index';
import type { CohortMessageKey } from '../lib/cohort/messages';
import { parseExportFile, shortLearnerId } from '../lib/progress/index';
import { sizeProblem } from '../lib/progress/size-problem';
import { readCatalog, type CohortCatalog } from './cohort-catalog';
import { downloadText } from './download';
import { pageLocale, readMessages } from './messages';
import { problemWords } from './progress/problem-words';

type Key = CohortMessageKey;

/** Files being read ahead of the one parsed. */
const READ_AHEAD = 64;
const SLICE_MS = 12;

/** Hands the main thread back: scheduler.yield where it exists, else a message (setTimeout is clamped to 4 ms). */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

const CELL = 'border-b border-border py-2 pr-3 align-top';

class CohortDashboard extends HTMLElement {
  private t = readMessages<Key>('cohort');
  private locale = pageLocale();
  // The cohort page renders <ProblemMessages>.
  private wordProblem = problemWords()!;
  private catalog: CohortCatalog = { lessons: [], quizzes: [] };
  private cohort: Cohort = createCohort();
  private rows: LearnerRow[] = [];
  /** Keys of learners who share their name with another: shown with their id (see name()). */
  private namesakes = new Set<string>();
  private sort: { column: SortColumn; direction: SortDirection } = { column: 'name', direction: 'ascending' };
  private busy = false;
  /** Files dropped while others were loading: loaded next. */
  private pending: File[] = [];
  private generation = 0;
  private percent = new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 });
  private date = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' });

  connectedCallback() {
    const ui = this.find<HTMLElement>('[data-cohort-ui]');
    if (!ui) return;
    ui.hidden = false;
    this.catalog = readCatalog();
    const input = this.find<HTMLInputElement>('input[type="file"]');
    input?.addEventListener('change', () => {
      if (input.files && input.files.length > 0) void this.load([...input.files]);
    });
    const drop = this.find<HTMLElement>('[data-drop]');
    drop?.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.dataset.dragging = '';
    });
    drop?.addEventListener('dragleave', () => delete drop.dataset.dragging);
    drop?.addEventListener('drop', (e) => {
      e.preventDefault();
      delete drop.dataset.dragging;
      const files = e.dataTransfer?.files;
      if (files && files.length > 0) void this.load([...files]);
    });
    this.find('[data-clear]')?.addEventListener('click', () => this.clear());
    this.find('[data-csv]')?.addEventListener('click', () => this.downloadCsv());
    this.find<HTMLInputElement>('[data-filter]')?.addEventListener('input', () => this.renderLearners());
  }

  private find<T extends Element = Element>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  private setStatus(text: string) {
    const status = this.find('[data-status]');
    if (status) status.textContent = text;
  }

  /** Adds the files to the cohort already shown (a trainer may load a group in several goes). */
  private async load(files: File[]) {
    if (this.busy) {
      this.pending.push(...files);
      return;
    }
    this.busy = true;
    performance.mark('cohort-load-start');
    const generation = this.generation;
    const input = this.find<HTMLInputElement>('input[type="file"]');
    if (input) input.disabled = true;
    // Reads run ahead of parsing, a window at a time, so parsing rarely waits and memory stays bounded.
    const reads: (Promise<string | RejectReason> | undefined)[] = [];
    const readAhead = (upTo: number) => {
      while (reads.length < Math.min(upTo, files.length)) reads.push(this.read(files[reads.length]!));
    };
    this.setStatus(this.t('cohort.loading', { done: 0, total: files.length }));
    await inSlices(
      files,
      async (file, i) => {
        readAhead(i + READ_AHEAD);
        const text = await reads[i]!;
        reads[i] = undefined;
        if (generation !== this.generation) return;
        if (typeof text !== 'string') return addRejection(this.cohort, file.name, text);
        const parsed = parseExportFile(text);
        if (parsed.ok) addExport(this.cohort, file.name, parsed.data);
        else addRejection(this.cohort, file.name, { kind: 'invalid', problem: parsed.problem });
      },
      {
        budgetMs: SLICE_MS,
        now: () => performance.now(),
        pause,
        progress: (done) => {
          if (done % 25 === 0) this.setStatus(this.t('cohort.loading', { done, total: files.length }));
        },
      },
    );
    this.busy = false;
    if (input) {
      input.disabled = false;
      input.value = '';
    }
    if (generation !== this.generation) return;
    this.render();
    const { learners, rejected, accepted, merged } = this.cohort;
    const summary = this.t('cohort.loaded', { files: accepted + rejected.length, learners: learners.size, rejected: rejected.length });
    this.setStatus(merged > 0 ? `${summary} ${this.t('cohort.merged', { count: merged })}` : summary);
    this.dataset.loaded = String(accepted + rejected.length);
    // User Timing entry: the time from files handed over to the dashboard drawn (read by bench/cohort.mjs).
    performance.measure('cohort-load', 'cohort-load-start');
    const next = this.pending;
    this.pending = [];
    if (next.length > 0) void this.load(next);
  }

  /** The file's text, or why it was not read: the size is checked first, so a huge file is never loaded. */
  private async read(file: File): Promise<string | RejectReason> {
    // Refused by its size before reading: a 50 MB file must not freeze the page.
    const tooLarge = sizeProblem(file.size);
    if (tooLarge) return { kind: 'invalid', problem: tooLarge };
    try {
      return await file.text();
    } catch {
      return { kind: 'unreadable' };
    }
  }

  private clear() {
    this.generation++;
    this.pending = [];
    this.cohort = createCohort();
    this.rows = [];
    const filter = this.find<HTMLInputElement>('[data-filter]');
    if (filter) filter.value = '';
    this.render();
    delete this.dataset.loaded;
    this.setStatus(this.t('cohort.cleared'));
  }

  private render() {
    const learners = [...this.cohort.learners.values()];
    this.rows = learners.map(learnerRow);
    this.namesakes = namesakes(this.rows);
    const any = learners.length > 0;
    const csv = this.find<HTMLButtonElement>('[data-csv]');
    const clear = this.find<HTMLButtonElement>('[data-clear]');
    if (csv) csv.disabled = !any;
    if (clear) clear.disabled = !any && this.cohort.rejected.length === 0;
    this.renderRejected();
    this.renderLearners();
    this.renderCompletion(learners);
    this.renderItems(learners);
  }

  private show(selector: string, visible: boolean) {
    const section = this.find<HTMLElement>(selector);
    if (section) section.hidden = !visible;
  }

  private renderRejected() {
    const list = this.find('[data-rejected]');
    if (!list) return;
    list.replaceChildren(
      ...this.cohort.rejected.map((r) => el('li', this.t('cohort.rejectedItem', { file: r.file, reason: this.reason(r.reason) }))),
    );
    this.show('[data-rejected-section]', this.cohort.rejected.length > 0);
  }

  private reason(reason: RejectReason): string {
    if (reason.kind === 'unreadable') return this.t('cohort.unreadable');
    return this.wordProblem(reason.problem);
  }

  /** The name as shown: a learner without one is named by their file; learners sharing a name carry their id's first characters. */
  private name(row: LearnerRow): string {
    const file = this.cohort.learners.get(row.key)?.files[0] ?? '';
    if (row.displayName.trim() === '') return this.t('cohort.noName', { file });
    if (!this.namesakes.has(row.key)) return row.displayName;
    return this.t('cohort.namesake', { name: row.displayName, id: row.learnerId === undefined ? file : shortLearnerId(row.learnerId) });
  }

  private quizTitle(id: string): string {
    return this.catalog.quizzes.find((q) => q.id === id)?.title ?? id;
  }

  private visibleRows(): LearnerRow[] {
    const query = this.find<HTMLInputElement>('[data-filter]')?.value ?? '';
    return sortRows(filterRows(this.rows, query), this.sort.column, this.sort.direction, this.locale);
  }

  private renderLearners() {
    const table = this.find<HTMLTableElement>('[data-learners]');
    if (!table) return;
    this.show('[data-learners-section]', this.rows.length > 0);
    const rows = this.visibleRows();
    const count = this.find('[data-filter-count]');
    if (count) count.textContent = this.t('cohort.filterCount', { shown: rows.length, total: this.rows.length });

    const columns: [SortColumn | null, Key][] = [
      ['name', 'cohort.col.name'],
      ['lessons', 'cohort.col.lessons'],
      ['quizzes', 'cohort.col.quizzes'],
      [null, 'cohort.col.scores'],
      ['activity', 'cohort.col.activity'],
      [null, 'cohort.col.files'],
    ];
    const headRow = el('tr');
    for (const [column, key] of columns) {
      const th = el('th', undefined, { scope: 'col', class: 'border-b-2 border-border py-2 pr-3 align-bottom' });
      if (column) {
        const active = this.sort.column === column;
        if (active) th.setAttribute('aria-sort', this.sort.direction);
        const button = el('button', this.t(key), { type: 'button', 'data-sort': column, class: 'font-semibold underline-offset-4 hover:underline' });
        button.title = this.t('cohort.sortBy', { column: this.t(key) });
        if (active) button.append(el('span', this.sort.direction === 'ascending' ? ' ▲' : ' ▼', { 'aria-hidden': 'true' }));
        button.addEventListener('click', () => this.sortBy(column));
        th.append(button);
      } else th.textContent = this.t(key);
      headRow.append(th);
    }
    const tbody = el('tbody');
    const fragment = document.createDocumentFragment();
    for (const row of rows) {
      const tr = el('tr', undefined, { 'data-learner': row.key });
      const name = el('th', this.name(row), { scope: 'row', class: `${CELL} font-semibold` });
      const scores = el('td', undefined, { class: CELL });
      if (row.bestScores.size > 0) {
        const list = el('ul', undefined, { class: 'space-y-0.5' });
        for (const [id, best] of row.bestScores) {
          list.append(el('li', this.t('cohort.bestScore', { quiz: this.quizTitle(id), percent: this.percent.format(best / 100) })));
        }
        scores.append(list);
      } else scores.textContent = '—';
      const activity = el('td', row.lastActivity ? this.date.format(new Date(row.lastActivity)) : this.t('cohort.never'), { class: CELL });
      tr.append(
        name,
        el('td', String(row.lessonsDone), { class: `${CELL} tabular-nums`, 'data-col': 'lessons' }),
        el('td', String(row.quizzesPassed), { class: `${CELL} tabular-nums`, 'data-col': 'quizzes' }),
        scores,
        activity,
        el('td', String(row.files), { class: `${CELL} tabular-nums`, 'data-col': 'files' }),
      );
      fragment.append(tr);
    }
    tbody.append(fragment);
    const thead = el('thead');
    thead.append(headRow);
    table.replaceChildren(thead, tbody);
  }

  private sortBy(column: string | undefined) {
    if (!isSortColumn(column)) return;
    const direction: SortDirection =
      this.sort.column === column ? (this.sort.direction === 'ascending' ? 'descending' : 'ascending') : column === 'name' ? 'ascending' : 'descending';
    this.sort = { column, direction };
    this.renderLearners();
    this.find<HTMLButtonElement>(`[data-sort="${column}"]`)?.focus();
  }

  private shareText(count: number, total: number): string {
    return this.t('cohort.share', { count, total, percent: this.percent.format(share(count, total)) });
  }

  private table(caption: string, headers: string[], rows: string[][], attrs: Record<string, string> = {}): HTMLTableElement {
    const table = el('table', undefined, { class: 'w-full border-collapse text-left text-sm', ...attrs });
    table.append(el('caption', caption, { class: 'mb-2 text-left text-lg font-bold' }));
    const head = el('tr');
    headers.forEach((h) => head.append(el('th', h, { scope: 'col', class: 'border-b-2 border-border py-2 pr-3' })));
    const thead = el('thead');
    thead.append(head);
    table.append(thead);
    const body = el('tbody');
    for (const cells of rows) {
      const tr = el('tr');
      cells.forEach((c, i) => tr.append(i === 0 ? el('th', c, { scope: 'row', class: `${CELL} font-normal` }) : el('td', c, { class: `${CELL} tabular-nums` })));
      body.append(tr);
    }
    table.append(body);
    return table;
  }

  private renderCompletion(learners: LearnerRecord[]) {
    const box = this.find('[data-completion]');
    if (!box) return;
    this.show('[data-completion-section]', learners.length > 0);
    if (learners.length === 0) return box.replaceChildren();
    const result = completion(learners, this.catalog.lessons.map((l) => l.id), this.catalog.quizzes.map((q) => q.id));
    const lessonTitle = (id: string) => this.catalog.lessons.find((l) => l.id === id)?.title ?? id;
    box.replaceChildren(
      this.table(
        this.t('cohort.lessonCompletion'),
        [this.t('cohort.col.item'), this.t('cohort.col.done')],
        result.lessons.map((l) => [lessonTitle(l.id), this.shareText(l.done, result.learners)]),
        { 'data-lesson-completion': '' },
      ),
      this.table(
        this.t('cohort.quizCompletion'),
        [this.t('cohort.col.item'), this.t('cohort.col.passed'), this.t('cohort.col.attempted')],
        result.quizzes.map((q) => [this.quizTitle(q.id), this.shareText(q.passed, result.learners), this.shareText(q.attempted, result.learners)]),
        { 'data-quiz-completion': '' },
      ),
    );
  }

  private renderItems(learners: LearnerRecord[]) {
    const box = this.find('[data-items]');
    if (!box) return;
    const stats = itemStats(learners);
    this.show('[data-items-section]', stats.length > 0);
    box.replaceChildren(
      ...stats.map(({ quizId, items }) => {
        const prompts = new Map(this.catalog.quizzes.find((q) => q.id === quizId)?.questions.map((q) => [q.id, q.prompt]) ?? []);
        return this.table(
          this.quizTitle(quizId),
          [this.t('cohort.col.question'), this.t('cohort.col.correct')],
          items.map((item) => [prompts.get(item.questionId) ?? item.questionId, this.shareText(item.correct, item.answered)]),
          { 'data-quiz-items': quizId },
        );
      }),
    );
  }

  private downloadCsv() {
    const rows = this.visibleRows();
    const quizIds = [...new Set([...this.catalog.quizzes.map((q) => q.id), ...rows.flatMap((r) => [...r.bestScores.keys()])])].filter((id) =>
      rows.some((r) => r.bestScores.has(id)),
    );
    const table = learnerCsvRows(
      rows.map((r) => ({ ...r, displayName: this.name(r) })),
      quizIds,
      {
        name: this.t('cohort.col.name'),
        id: this.t('cohort.col.id'),
        lessons: this.t('cohort.col.lessons'),
        quizzes: this.t('cohort.col.quizzes'),
        activity: this.t('cohort.col.activity'),
        files: this.t('cohort.col.files'),
        quiz: (id) => `${this.t('cohort.col.scores')} – ${this.quizTitle(id)}`,
      },
    );
    downloadText(toCsv(table, csvSeparator(this.locale)), `${this.t('cohort.csvName')}-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv;charset=utf-8');
  }
}

if (!customElements.get('cohort-dashboard')) customElements.define('cohort-dashboard', CohortDashboard);
