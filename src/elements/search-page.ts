/**
 * <search-page>: the search page's form searches in place as the reader types, and the address
 * keeps the query (`?q=…&type=…&audience=…`) so a search can be bookmarked or shared.
 */
import { SearchPanel } from './search-panel';

const PARAMS = ['q', 'type', 'audience'] as const;

class SearchPage extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLElement>('[data-search-results]');
    if (!form || !input || !status || !list) return;
    this.querySelector<HTMLElement>('[data-needs-script]')?.remove();
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    const filters = () => {
      const chosen: Record<string, string> = {};
      for (const name of ['type', 'audience']) {
        const value = field(name)?.value ?? '';
        if (value !== '') chosen[name] = value;
      }
      return chosen;
    };
    const panel = new SearchPanel(input, status, list, { filters, more: this.querySelector<HTMLButtonElement>('button[data-search-more]') });

    const params = new URLSearchParams(location.search);
    for (const name of PARAMS) {
      const control = field(name);
      const value = params.get(name);
      // A select keeps its first option when the address names a value it does not offer.
      if (control && value !== null) control.value = value;
      if (control instanceof HTMLSelectElement && control.selectedIndex === -1) control.selectedIndex = 0;
    }
    const remember = () => {
      const next = new URLSearchParams();
      for (const name of PARAMS) {
        const value = field(name)?.value ?? '';
        if (value !== '') next.set(name, value);
      }
      const query = next.toString();
      history.replaceState(null, '', query ? `?${query}` : location.pathname);
    };
    input.addEventListener('input', () => {
      remember();
      panel.schedule();
    });
    form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) {
        remember();
        void panel.search();
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      remember();
      void panel.search();
    });
    if (input.value.trim() !== '') void panel.search();
  }
}

customElements.define('search-page', SearchPage);
