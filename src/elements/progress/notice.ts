/**
 * <progress-notice>: tells the learner when progress cannot be read or saved, and offers the backup
 * of an unreadable value for download. Nothing is shown while all is well.
 */
import { readMessages } from '../messages';
import { loadProgress, type ProgressModule } from './load';
import type { StoreNotice } from './store';

type Key =
  | 'progress.notice.recovered'
  | 'progress.notice.unreadable'
  | 'progress.notice.unavailable'
  | 'progress.notice.newer'
  | 'progress.notice.quota'
  | 'progress.notice.download'
  | 'progress.notice.detail'
  | 'progress.notice.dismiss';

class ProgressNotice extends HTMLElement {
  #shown = '';

  connectedCallback(): void {
    void loadProgress().then((progress) => {
      const store = progress.progressStore();
      store.subscribe((_state, notice) => this.#show(notice, store.storage, progress));
    });
  }

  #show(notice: StoreNotice | undefined, storage: Storage | null | { getItem(key: string): string | null }, progress: ProgressModule): void {
    const signature = JSON.stringify(notice ?? null);
    if (signature === this.#shown) return;
    this.#shown = signature;
    this.replaceChildren();
    this.hidden = notice === undefined;
    if (!notice) return;
    const t = readMessages<Key>('progress-notice');
    const text = document.createElement('p');
    switch (notice.kind) {
      case 'recovered':
      case 'unreadable': {
        // The technical detail only where the page carries its wording (the progress page).
        const words = progress.problemWords();
        const detail = words ? ` ${t('progress.notice.detail', { problem: words(notice.problem) })}` : '';
        text.textContent = `${t(`progress.notice.${notice.kind}`)}${detail}`;
        break;
      }
      case 'newer':
        text.textContent = t('progress.notice.newer', { version: notice.version });
        break;
      default:
        text.textContent = t(`progress.notice.${notice.kind}`);
    }
    const actions = document.createElement('p');
    actions.className = 'flex flex-wrap gap-3';
    if (notice.kind === 'recovered') {
      const download = button(t('progress.notice.download'));
      download.addEventListener('click', async () => {
        const raw = storage?.getItem(notice.backupKey);
        // Rarely needed, so loaded on use rather than with every page.
        const [{ downloadText }, { backupFileName }] = await Promise.all([import('../download'), import('../../lib/progress/backup-file-name')]);
        if (raw !== null && raw !== undefined) downloadText(raw, backupFileName(notice.backupKey));
      });
      actions.append(download);
    }
    const dismiss = button(t('progress.notice.dismiss'));
    dismiss.addEventListener('click', () => {
      this.hidden = true;
    });
    actions.append(dismiss);
    this.append(text, actions);
  }
}

function button(label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'btn';
  b.textContent = label;
  return b;
}

customElements.define('progress-notice', ProgressNotice);
