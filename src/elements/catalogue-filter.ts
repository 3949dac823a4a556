/**
 * <catalogue-filter data-index="/fr/catalogue-index.json" data-kind="catalogue|glossary">: narrows a
 * server-rendered list (`[data-list] > [data-ref]`) as the reader types, with the prebuilt lunr
 * index fetched on first focus, and checkboxes (`input[data-facet]`) matched against the items'
 * `data-<facet>` attributes. Matches come first, best first; clearing the box restores the order.
 * lunr itself (about 13 KB gzipped) is imported with the index, so pages only pay for it when filtering.
 */
import type { FilterIndex, FilterOutcome } from '../lib/search/filter-index';
import { FIELD_EXAMPLES, type FilterKind, type FilterMessageKey } from '../lib/search/filter-messages';
import { pageLocale, readMessages, type Translate } from './messages';

class CatalogueFilter extends HTMLElement {
  private index: Promise<FilterIndex> | undefined;
  private items: HTMLElement[] = [];
  private list!: HTMLElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private kind: FilterKind = 'catalogue';
  private t!: Translate<FilterMessageKey>;
  private run = 0;

  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    const list = this.querySelector<HTMLElement>('[data-list]');
    const input = controls?.querySelector<HTMLInputElement>('input[type="search"]');
    const status = controls?.querySelector<HTMLElement>('[data-status]');
    if (!controls || !list || !input || !status) return;
    this.kind = this.dataset['kind'] === 'glossary' ? 'glossary' : 'catalogue';
    this.t = readMessages<FilterMessageKey>(this.kind);
    this.list = list;
    this.input = input;
    this.status = status;
    this.items = [...list.querySelectorAll<HTMLElement>(':scope > [data-ref]')];
    controls.hidden = false;
    input.addEventListener('focus', () => void this.load().catch(() => undefined), { once: true });
    input.addEventListener('input', () => void this.update());
    controls.addEventListener('change', (event) => {
      if ((event.target as Element).matches('input[data-facet]')) void this.update();
    });
  }

  private load(): Promise<FilterIndex> {
    this.index ??= Promise.all([
      import('../lib/search/filter-index'),
      fetch(this.dataset['index'] ?? '').then((response) => {
        if (!response.ok) throw new Error(`index: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      }),
    ]).then(([{ FilterIndex }, raw]) => FilterIndex.load(raw));
    return this.index;
  }

  private async update() {
    const run = ++this.run;
    const query = this.input.value;
    let outcome: FilterOutcome | undefined;
    let unavailable = false;
    if (query.trim() !== '') {
      try {
        outcome = (await this.load()).search(query);
      } catch {
        unavailable = true;
      }
    }
    if (run !== this.run) return; // a later keystroke already answered
    this.show(outcome, unavailable);
  }

  private show(outcome: FilterOutcome | undefined, unavailable: boolean) {
    const checked = new Map<string, string[]>();
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-facet]:checked')) {
      const facet = box.dataset['facet']!;
      checked.set(facet, [...(checked.get(facet) ?? []), box.value]);
    }
    const boxesMatch = (item: HTMLElement) =>
      [...checked].every(([facet, values]) => {
        const own = (item.dataset[facet] ?? '').split(' ');
        return values.some((v) => own.includes(v));
      });
    const refs = outcome?.refs ?? null;
    const rank = new Map((refs ?? []).map((ref, i) => [ref, i] as const));
    const visible = this.items.filter((item) => boxesMatch(item) && (refs === null || rank.has(item.dataset['ref']!)));
    const ordered = refs === null ? this.items : [...this.items].sort((a, b) => (rank.get(a.dataset['ref']!) ?? Infinity) - (rank.get(b.dataset['ref']!) ?? Infinity));
    const shown = new Set(visible);
    for (const item of ordered) {
      item.hidden = !shown.has(item);
      this.list.append(item);
    }
    this.status.replaceChildren(...this.messages(outcome, unavailable, visible.length).map((text) => paragraph(text)));
  }

  private messages(outcome: FilterOutcome | undefined, unavailable: boolean, count: number): string[] {
    const total = this.items.length;
    const plural = new Intl.PluralRules(pageLocale()).select(count) === 'one' ? 'one' : 'other';
    const lines = [count === 0 ? this.t(`${this.kind}.none`) : this.t(`${this.kind}.count.${plural}`, { count, total })];
    if (unavailable) lines.push(this.t('catalogue.unavailable'));
    if (outcome) {
      if (outcome.ignoredWords.length > 0) lines.push(this.t('catalogue.ignored', { words: outcome.ignoredWords.join(', ') }));
      for (const field of outcome.emptyFields) lines.push(this.t('catalogue.emptyField', { field, example: FIELD_EXAMPLES[field] ?? '' }));
      if (outcome.truncated) lines.push(this.t('catalogue.truncated'));
    }
    return lines;
  }
}

const paragraph = (text: string) => {
  const p = document.createElement('span');
  p.className = 'block';
  p.textContent = text;
  return p;
};

customElements.define('catalogue-filter', CatalogueFilter);
