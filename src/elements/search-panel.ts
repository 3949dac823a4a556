/**
 * One search box and its results, shared by the header dialog and the search page: runs the query
 * through Pagefind, lists title, type and excerpt (matches in <mark>, built as text nodes), announces
 * the count, and lets the arrow keys move between the box and the results. An optional "more"
 * button loads the next hits; an optional link follows the query to the search page.
 */
import { parseQuery } from '../lib/search/query';
import type { SearchHit } from '../lib/search/search-hit';
import type { SearchMessageKey } from '../lib/search/search-messages';
import { readMessages, pageLocale, type Translate } from './messages';
import { HITS_PER_PAGE, searchSite, type SiteResults } from './search-engine';

export class SearchPanel {
  private run = 0;
  private results: SiteResults | undefined;
  /** How many of the results have been loaded (shown, or dropped as unusable). */
  private loaded = 0;
  private loadingMore = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly t: Translate<SearchMessageKey> = readMessages('search');

  constructor(
    private readonly input: HTMLInputElement,
    private readonly status: HTMLElement,
    private readonly list: HTMLElement,
    private readonly options: {
      filters?: () => Record<string, string>;
      more?: HTMLButtonElement | null;
      pageLink?: HTMLAnchorElement | null;
    } = {},
  ) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && this.links().length > 0) {
        event.preventDefault();
        this.links()[0]!.focus();
      }
    });
    list.addEventListener('keydown', (event) => this.moveFocus(event));
    options.more?.addEventListener('click', () => void this.showMore());
  }

  /** Searches after a short pause in typing. */
  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(), 120);
  }

  async search() {
    clearTimeout(this.timer);
    const run = ++this.run;
    const raw = this.input.value;
    const terms = parseQuery(raw, []).terms;
    this.results = undefined;
    this.updateMore();
    if (terms.length === 0) {
      this.list.replaceChildren();
      this.say(raw.trim() === '' ? '' : this.t('search.prompt'));
      this.linkTo('');
      return;
    }
    const query = terms.join(' ');
    this.linkTo(query);
    this.say(this.t('search.loading'));
    let results: SiteResults;
    let hits: SearchHit[];
    try {
      results = await searchSite(query, this.options.filters?.() ?? {});
      hits = await results.load(0, HITS_PER_PAGE);
    } catch {
      if (run === this.run) {
        this.list.replaceChildren();
        // Offline without Pagefind's files kept by the service worker: say so, not "try later".
        this.say(this.t(navigator.onLine ? 'search.error' : 'search.offline'));
      }
      return;
    }
    if (run !== this.run) return; // a later query already answered
    this.results = results;
    this.loaded = HITS_PER_PAGE;
    this.list.replaceChildren(...hits.map((hit) => this.item(hit)));
    this.updateMore();
    const plural = new Intl.PluralRules(pageLocale()).select(results.total) === 'one' ? 'one' : 'other';
    this.say(results.total === 0 ? this.t('search.none', { query }) : this.t(`search.count.${plural}`, { count: results.total, query }));
  }

  private async showMore() {
    const results = this.results;
    if (!results || this.loadingMore) return; // a second click while the next hits load adds nothing
    const run = this.run;
    this.loadingMore = true;
    let hits: SearchHit[];
    try {
      hits = await results.load(this.loaded, HITS_PER_PAGE);
    } catch {
      this.say(this.t(navigator.onLine ? 'search.error' : 'search.offline'));
      return;
    } finally {
      this.loadingMore = false;
    }
    if (run !== this.run) return;
    this.loaded += HITS_PER_PAGE;
    const items = hits.map((hit) => this.item(hit));
    this.list.append(...items);
    this.updateMore();
    items[0]?.querySelector('a')?.focus();
  }

  private updateMore() {
    const { more } = this.options;
    if (more) more.hidden = !this.results || this.loaded >= this.results.total;
  }

  private linkTo(query: string) {
    const link = this.options.pageLink;
    if (link) link.setAttribute('href', `${link.pathname}${query ? `?${new URLSearchParams({ q: query })}` : ''}`);
  }

  private say(text: string) {
    this.status.textContent = text;
  }

  private item(hit: SearchHit): HTMLLIElement {
    const li = el('li', 'search-hit');
    if (hit.type) li.append(el('span', 'search-hit-type', this.t(`search.type.${hit.type}`)));
    const link = el('a', 'search-hit-title', hit.title);
    link.href = hit.url;
    const excerpt = el('p', 'search-hit-excerpt');
    excerpt.append(...hit.excerpt.map((s) => (s.mark ? el('mark', '', s.text) : document.createTextNode(s.text))));
    li.append(link, excerpt);
    return li;
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a.search-hit-title')];
  }

  private moveFocus(event: KeyboardEvent) {
    const links = this.links();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: links.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    if (target < 0) this.input.focus();
    else links[Math.min(target, links.length - 1)]!.focus();
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
