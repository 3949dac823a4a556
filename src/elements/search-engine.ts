/**
 * The site search engine: Pagefind's script, WebAssembly and index chunks, all from /pagefind/ under
 * the site's base on this origin, imported on first use only. Pagefind picks the index of the page's
 * `<html lang>`, and finds its files and its results' addresses from the script's own URL.
 */
import { toSearchHit, type SearchHit } from '../lib/search/search-hit';

interface PagefindResult {
  data(): Promise<unknown>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Hits shown at once: each costs a fragment download, which the first-search budget counts. */
export const HITS_PER_PAGE = 6;
// A variable keeps the bundler from resolving the file: it exists only after `pagefind` ran on dist/.
// BASE_URL ends with a slash (src/lib/site-path.ts); written out rather than through withBase, so this
// chunk shares no helper module with other pages' scripts (one request fewer on every page).
const PAGEFIND_URL = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;

let engine: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // On the main thread: the site's index is small, and skipping the worker script saves ~12 KB per first search.
    await pagefind.options({ noWorker: true, excerptLength: 22 });
    return pagefind;
  })();
  engine.catch(() => (engine = undefined)); // a failed load (offline) may be retried by the next search
  return engine;
}

export interface SiteResults {
  total: number;
  /** The hits from `from` on, at most `count` of them (Pagefind fetches each hit's fragment on demand). */
  load(from: number, count: number): Promise<SearchHit[]>;
}

export async function searchSite(query: string, filters: Record<string, string> = {}): Promise<SiteResults> {
  const pagefind = await loadPagefind();
  const results = (await pagefind.search(query, { filters }))?.results ?? [];
  return {
    total: results.length,
    load: async (from, count) =>
      (await Promise.all(results.slice(from, from + count).map((r) => r.data()))).map(toSearchHit).filter((h) => h !== null),
  };
}
