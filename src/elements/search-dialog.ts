/**
 * <search-dialog> in the header: the link to the search page becomes a dialog opened by a click,
 * by `/` (outside text fields) or by Ctrl/Cmd-K. Escape closes it and focus returns where it was.
 * The search code and Pagefind load when the dialog first opens, never before.
 */
import type { SearchPanel } from './search-panel';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SearchDialog extends HTMLElement {
  private panel: Promise<SearchPanel> | undefined;
  private returnFocus: HTMLElement | null = null;

  connectedCallback() {
    const opener = this.querySelector<HTMLAnchorElement>('a[data-search-open]');
    const dialog = this.querySelector('dialog');
    if (!opener || !dialog) return;
    opener.addEventListener('click', (event) => {
      event.preventDefault();
      this.open(dialog);
    });
    document.addEventListener('keydown', (event) => {
      if (event.defaultPrevented || dialog.open || event.altKey) return;
      const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      this.open(dialog);
    });
    this.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // Escape closes even from the search box, where Chromium would first spend it clearing the text.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
    // A click on the backdrop (outside the box) closes too.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => {
      if (this.returnFocus?.isConnected) this.returnFocus.focus();
      this.returnFocus = null;
    });
  }

  private open(dialog: HTMLDialogElement) {
    const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
    const status = dialog.querySelector<HTMLElement>('[data-search-status]');
    const list = dialog.querySelector<HTMLElement>('[data-search-results]');
    if (!input || !status || !list) return;
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    input.focus();
    input.select();
    this.panel ??= import('./search-panel').then(({ SearchPanel }) => {
      const panel = new SearchPanel(input, status, list, { pageLink: dialog.querySelector<HTMLAnchorElement>('a[data-search-page]') });
      input.addEventListener('input', () => panel.schedule());
      if (input.value.trim() !== '') void panel.search();
      return panel;
    });
    void this.panel.then(() => import('./search-engine')).then(({ loadPagefind }) => loadPagefind()).catch(() => undefined);
  }
}

customElements.define('search-dialog', SearchDialog);
