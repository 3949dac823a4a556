/**
 * <progress-page>: the learner's progress in full (tracks, lessons, quizzes), their display name,
 * export and import of the progress file, the backups of unreadable values, and reset.
 */
import { exportFileName, toExportFile } from '../../lib/progress/export-file';
import type { ImportSummary } from '../../lib/progress/import-plan';
import type { ExportFile } from '../../lib/progress/export-file';
import { getEntry } from '../../lib/progress/safe-dict';
import type { ProgressState } from '../../lib/progress/state';
import { trackCompletion } from '../../lib/progress/track';
import type { ProgressPageMessageKey } from '../../lib/progress/page-messages';
import { sizeProblem } from '../../lib/progress/size-problem';
import { pageLocale, readMessages } from '../messages';
import { backupFileName } from '../../lib/progress/backup-file-name';
import { downloadText } from '../download';
import { loadProgress, type ProgressModule } from './load';
import type { ProgressStore } from './store';
import { problemWords } from './problem-words';

type Key = ProgressPageMessageKey;

const t = readMessages<Key>('progress-page');
const locale = pageLocale();
const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
// The progress page renders <ProblemMessages>.
const wordProblem = problemWords()!;

class ProgressPage extends HTMLElement {
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
    const status = this.querySelector('[data-transfer-status]')!;
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
    this.querySelectorAll<HTMLElement>('[data-track]').forEach((section) => {
      const lessons = (section.dataset.lessons ?? '').split(' ').filter(Boolean);
      const quizzes = (section.dataset.quizzes ?? '').split(' ').filter(Boolean);
      const completion = trackCompletion(lessons, quizzes, state);
      done += completion.done;
      total += completion.total;
      section.querySelector<HTMLProgressElement>('[data-track-bar]')!.value = completion.done;
      section.querySelector('[data-track-text]')!.textContent = t('progress.track.label', { done: completion.done, total: completion.total });
      section.querySelector<HTMLElement>('[data-certificate]')!.hidden = !completion.complete;
      section.querySelectorAll<HTMLElement>('[data-lesson]').forEach((row) => {
        const lesson = getEntry(state.lessons, row.dataset.lesson ?? '');
        row.querySelector('[data-cell]')!.textContent = !lesson
          ? t('progress.status.none')
          : lesson.completedAt
            ? t('progress.status.done', { date: day.format(new Date(lesson.completedAt)) })
            : t('progress.status.started', { date: day.format(new Date(lesson.startedAt)) });
      });
      section.querySelectorAll<HTMLElement>('[data-quiz]').forEach((row) => {
        const attempts = getEntry(state.quizzes, row.dataset.quiz ?? '')?.attempts ?? [];
        const best = attempts.length === 0 ? null : Math.max(...attempts.map((a) => a.percent));
        row.querySelector('[data-best]')!.textContent = best === null ? '—' : percent.format(best / 100);
        row.querySelector('[data-attempts]')!.textContent = String(attempts.length);
        row.querySelector('[data-cell]')!.textContent =
          attempts.length === 0 ? t('progress.quiz.none') : t(attempts.some((a) => a.passed) ? 'progress.quiz.passed' : 'progress.quiz.notPassed');
      });
    });
    this.querySelector('[data-overall-text]')!.textContent = t('progress.overall', { done, total });
    const bar = this.querySelector<HTMLProgressElement>('[data-overall-bar]')!;
    bar.max = Math.max(total, 1);
    bar.value = done;
    const name = this.querySelector<HTMLInputElement>('#display-name')!;
    if (document.activeElement !== name) name.value = state.displayName;
  }

  #wireName(): void {
    const form = this.querySelector<HTMLFormElement>('[data-name-form]')!;
    const input = form.querySelector<HTMLInputElement>('input')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const state = this.#store.update((s, now) => this.#progress.setDisplayName(s, input.value, now));
      input.value = state.displayName;
      this.#status(state.displayName === '' ? t('progress.name.cleared') : t('progress.name.saved', { name: state.displayName }));
    });
  }

  #wireTransfer(): void {
    this.querySelector('[data-export]')!.addEventListener('click', () => {
      const now = new Date();
      downloadText(`${JSON.stringify(toExportFile(this.#store.state, now), null, 2)}\n`, exportFileName(now));
      this.#status(t('progress.export.done', { file: exportFileName(now) }));
    });
    const file = this.querySelector<HTMLInputElement>('[data-import-file]')!;
    const plan = this.querySelector<HTMLElement>('[data-import-plan]')!;
    file.addEventListener('change', async () => {
      plan.hidden = true;
      this.#pending = null;
      const chosen = file.files?.[0];
      if (!chosen) return;
      // Refuse by size before reading: a 50 MB file must not freeze the page.
      const tooLarge = sizeProblem(chosen.size);
      if (tooLarge) {
        this.#status(t('progress.import.rejected', { reason: wordProblem(tooLarge) }));
        return;
      }
      const parsed = this.#progress.parseExportFile(await chosen.text());
      if (!parsed.ok) {
        this.#status(t('progress.import.rejected', { reason: wordProblem(parsed.problem) }));
        return;
      }
      const { summary } = this.#progress.planImport(this.#store.state, parsed.data);
      if (!summary.changes) {
        this.#status(t('progress.import.nothing'));
        return;
      }
      this.#pending = parsed.data;
      this.querySelector('[data-import-summary]')!.replaceChildren(...this.#summaryItems(summary));
      plan.hidden = false;
      plan.focus();
    });
    this.querySelector('[data-import-apply]')!.addEventListener('click', () => {
      const pending = this.#pending;
      if (!pending) return;
      this.#store.update((state) => this.#progress.planImport(state, pending).result);
      this.#pending = null;
      plan.hidden = true;
      file.value = '';
      this.#status(this.#saved() ? t('progress.import.applied') : t('progress.import.notSaved'));
      file.focus();
    });
    this.querySelector('[data-import-cancel]')!.addEventListener('click', () => {
      this.#pending = null;
      plan.hidden = true;
      file.value = '';
      file.focus();
    });
  }

  #summaryItems(summary: ImportSummary): HTMLLIElement[] {
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
    const dialog = this.querySelector<HTMLDialogElement>('[data-reset-dialog]')!;
    const button = this.querySelector<HTMLButtonElement>('[data-reset]')!;
    button.addEventListener('click', () => dialog.showModal());
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'confirm') {
        this.#store.update((state, now) => this.#progress.resetProgress(state, now));
        this.#status(t('progress.reset.done'));
      }
      dialog.returnValue = '';
      button.focus();
    });
  }

  #renderBackups(): void {
    const storage = this.#store.storage;
    const keys = this.#progress.listBackups(storage);
    const box = this.querySelector<HTMLElement>('[data-backups]')!;
    box.hidden = keys.length === 0;
    const items = keys.map((key) => {
      const li = document.createElement('li');
      li.className = 'flex flex-wrap items-center gap-3';
      const label = document.createElement('span');
      label.textContent = key.slice(key.lastIndexOf(':backup:') + 8);
      const download = document.createElement('button');
      download.type = 'button';
      download.className = 'btn';
      download.textContent = t('progress.backups.download');
      download.addEventListener('click', () => {
        const raw = storage?.getItem(key);
        if (raw != null) downloadText(raw, backupFileName(key));
      });
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'btn';
      remove.textContent = t('progress.backups.delete');
      remove.addEventListener('click', () => {
        storage?.removeItem(key);
        this.#status(t('progress.backups.deleted'));
        this.#renderBackups();
        this.querySelector<HTMLElement>('[data-export]')?.focus();
      });
      li.append(label, download, remove);
      return li;
    });
    this.querySelector('[data-backup-list]')!.replaceChildren(...items);
  }
}

customElements.define('progress-page', ProgressPage);
