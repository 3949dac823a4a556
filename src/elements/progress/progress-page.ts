/**
 * <progress-page>: the learner's progress in full (tracks, lessons, quizzes), their display name,
 * export and import of the progress file, the backups of unreadable values, and reset. The page's
 * hooks, template and strings are the ones PROGRESS_PAGE (src/lib/progress/page-contract.ts) lists.
 */
import { exportFileName, toExportFile } from '../../lib/progress/export-file';
import type { ImportSummary } from '../../lib/progress/import-plan';
import type { ExportFile } from '../../lib/progress/export-file';
import { getEntry } from '../../lib/progress/safe-dict';
import type { ProgressState } from '../../lib/progress/state';
import { trackCompletion } from '../../lib/progress/track';
import { PROGRESS_PAGE } from '../../lib/progress/page-contract';
import { sizeProblem } from '../../lib/progress/size-problem';
import { pageLocale } from '../messages';
import { backupFileName } from '../../lib/progress/backup-file-name';
import { downloadText } from '../download';
import { markup, requireProblemWords } from '../markup';
import { loadProgress, type ProgressModule } from './load';
import type { ProgressStore } from './store';

const locale = pageLocale();
const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
/** Space-separated ids, as the page writes a track's lessons and quizzes. */
const ids = (list: string | undefined) => (list ?? '').split(' ').filter(Boolean);

class ProgressPage extends HTMLElement {
  #m = markup(PROGRESS_PAGE, this);
  #t = this.#m.messages();
  #wordProblem = requireProblemWords(PROGRESS_PAGE.element);
  #store!: ProgressStore;
  #progress!: ProgressModule;
  #pending: ExportFile | null = null;

  connectedCallback(): void {
    void loadProgress().then((progress) => {
      const store = progress.progressStore();
      this.#progress = progress;
      this.#store = store;
      store.subscribe((state) => this.#render(state));
      this.#wireName();
      this.#wireTransfer();
      this.#wireReset();
      this.#renderBackups();
    });
  }

  #status(text: string): void {
    const status = this.#m.one('transfer-status');
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = text));
  }

  /** True when the change was written to storage; the page notice explains when it was not. */
  #saved(): boolean {
    const kind = this.#store.notice?.kind;
    return kind !== 'quota' && kind !== 'unavailable' && kind !== 'newer' && kind !== 'unreadable';
  }

  #render(state: ProgressState): void {
    let done = 0;
    let total = 0;
    const m = this.#m;
    const t = this.#t;
    for (const section of m.all('track')) {
      const completion = trackCompletion(ids(section.dataset.lessons), ids(section.dataset.quizzes), state);
      done += completion.done;
      total += completion.total;
      m.one('track-bar', HTMLProgressElement, section).value = completion.done;
      m.one('track-text', HTMLElement, section).textContent = t('progress.track.label', { done: completion.done, total: completion.total });
      m.one('certificate', HTMLElement, section).hidden = !completion.complete;
      for (const row of m.all('lesson', section)) {
        const lesson = getEntry(state.lessons, row.dataset.lesson ?? '');
        m.one('cell', HTMLElement, row).textContent = !lesson
          ? t('progress.status.none')
          : lesson.completedAt
            ? t('progress.status.done', { date: day.format(new Date(lesson.completedAt)) })
            : t('progress.status.started', { date: day.format(new Date(lesson.startedAt)) });
      }
      for (const row of m.all('quiz', section)) {
        const attempts = getEntry(state.quizzes, row.dataset.quiz ?? '')?.attempts ?? [];
        const best = attempts.length === 0 ? null : Math.max(...attempts.map((a) => a.percent));
        m.one('best', HTMLElement, row).textContent = best === null ? '—' : percent.format(best / 100);
        m.one('attempts', HTMLElement, row).textContent = String(attempts.length);
        m.one('cell', HTMLElement, row).textContent =
          attempts.length === 0 ? t('progress.quiz.none') : t(attempts.some((a) => a.passed) ? 'progress.quiz.passed' : 'progress.quiz.notPassed');
      }
    }
    m.one('overall-text').textContent = t('progress.overall', { done, total });
    const bar = m.one('overall-bar', HTMLProgressElement);
    bar.max = Math.max(total, 1);
    bar.value = done;
    const name = m.one('name-input', HTMLInputElement);
    if (document.activeElement !== name) name.value = state.displayName;
  }

  #wireName(): void {
    const t = this.#t;
    const form = this.#m.one('name-form', HTMLFormElement);
    const input = this.#m.one('name-input', HTMLInputElement, form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const state = this.#store.update((s, now) => this.#progress.setDisplayName(s, input.value, now));
      input.value = state.displayName;
      this.#status(state.displayName === '' ? t('progress.name.cleared') : t('progress.name.saved', { name: state.displayName }));
    });
  }

  #wireTransfer(): void {
    const m = this.#m;
    const t = this.#t;
    m.one('export').addEventListener('click', () => {
      const now = new Date();
      downloadText(`${JSON.stringify(toExportFile(this.#store.state, now), null, 2)}\n`, exportFileName(now));
      this.#status(t('progress.export.done', { file: exportFileName(now) }));
    });
    const file = m.one('import-file', HTMLInputElement);
    const plan = m.one('import-plan');
    file.addEventListener('change', async () => {
      plan.hidden = true;
      this.#pending = null;
      const chosen = file.files?.[0];
      if (!chosen) return;
      // Refuse by size before reading: a 50 MB file must not freeze the page.
      const tooLarge = sizeProblem(chosen.size);
      if (tooLarge) {
        this.#status(t('progress.import.rejected', { reason: this.#wordProblem(tooLarge) }));
        return;
      }
      const parsed = this.#progress.parseExportFile(await chosen.text());
      if (!parsed.ok) {
        this.#status(t('progress.import.rejected', { reason: this.#wordProblem(parsed.problem) }));
        return;
      }
      const { summary } = this.#progress.planImport(this.#store.state, parsed.data);
      if (!summary.changes) {
        this.#status(t('progress.import.nothing'));
        return;
      }
      this.#pending = parsed.data;
      m.one('import-summary').replaceChildren(...this.#summaryItems(summary));
      plan.hidden = false;
      plan.focus();
    });
    m.one('import-apply').addEventListener('click', () => {
      const pending = this.#pending;
      if (!pending) return;
      this.#store.update((state) => this.#progress.planImport(state, pending).result);
      this.#pending = null;
      plan.hidden = true;
      file.value = '';
      this.#status(this.#saved() ? t('progress.import.applied') : t('progress.import.notSaved'));
      file.focus();
    });
    m.one('import-cancel').addEventListener('click', () => {
      this.#pending = null;
      plan.hidden = true;
      file.value = '';
      file.focus();
    });
  }

  #summaryItems(summary: ImportSummary): HTMLLIElement[] {
    const t = this.#t;
    const lines: string[] = [];
    if (summary.lessonsAdded.length > 0) lines.push(t('progress.import.lessonsAdded', { count: summary.lessonsAdded.length }));
    if (summary.lessonsUpdated.length > 0) lines.push(t('progress.import.lessonsUpdated', { count: summary.lessonsUpdated.length }));
    const attempts = Object.values(summary.attemptsAdded).reduce((a, b) => a + b, 0);
    if (attempts > 0) lines.push(t('progress.import.attemptsAdded', { count: attempts, quizzes: Object.keys(summary.attemptsAdded).length }));
    if (summary.displayName) lines.push(t('progress.import.name', { from: summary.displayName.from || '—', to: summary.displayName.to || '—' }));
    return lines.map((line) => {
      const li = document.createElement('li');
      li.textContent = line;
      return li;
    });
  }

  #wireReset(): void {
    const dialog = this.#m.one('reset-dialog', HTMLDialogElement);
    const button = this.#m.one('reset', HTMLButtonElement);
    button.addEventListener('click', () => dialog.showModal());
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'confirm') {
        this.#store.update((state, now) => this.#progress.resetProgress(state, now));
        this.#status(this.#t('progress.reset.done'));
      }
      dialog.returnValue = '';
      button.focus();
    });
  }

  #renderBackups(): void {
    const m = this.#m;
    const storage = this.#store.storage;
    const keys = this.#progress.listBackups(storage);
    m.one('backups').hidden = keys.length === 0;
    const items = keys.map((key) => {
      const item = m.clone('backup', HTMLLIElement);
      m.slot(item, 'key').textContent = key.slice(key.lastIndexOf(':backup:') + 8);
      m.slot(item, 'download').addEventListener('click', () => {
        const raw = storage?.getItem(key);
        if (raw != null) downloadText(raw, backupFileName(key));
      });
      m.slot(item, 'delete').addEventListener('click', () => {
        storage?.removeItem(key);
        this.#status(this.#t('progress.backups.deleted'));
        this.#renderBackups();
        m.one('export').focus();
      });
      return item;
    });
    m.one('backup-list').replaceChildren(...items);
  }
}

customElements.define(PROGRESS_PAGE.element, ProgressPage);
