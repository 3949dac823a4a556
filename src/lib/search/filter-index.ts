/**
 * A small prebuilt lunr index plus the facets of each entry, serialised to JSON at build time and
 * queried in the browser: the catalogue and the glossary filters. Text words must all match
 * (each as a stemmed word or as the start of one); `field:value` filters narrow by facet.
 */
import type { Lang } from '../content/translations';
import { foldAccents } from './fold';
import { buildLunrIndex, isStopWord, loadIndex, lunr } from './lunr-language';
import { packLunr, unpackLunr, type PackedLunr } from './packed-lunr';
import { MAX_QUERY_LENGTH, parseQuery } from './query';

/** 2: the lunr index packed (see packed-lunr.ts). */
export const FILTER_INDEX_VERSION = 2;

/** French names accepted for the fields (`public:dirigeants`), next to the English ones. */
export const FIELD_ALIASES: Readonly<Record<string, string>> = {
  public: 'audience',
  parcours: 'track',
  etiquette: 'tag',
  tags: 'tag',
};

export interface IndexDocument {
  ref: string;
  /** Searchable text by lunr field. */
  text: Record<string, string>;
  /** Facet values by field (`audience: ['executive']`), lowercase-hyphenated. */
  facets?: Record<string, readonly string[]>;
}

export interface FilterIndexData {
  version: typeof FILTER_INDEX_VERSION;
  lang: Lang;
  /** Every entry, in the order the page lists them. */
  refs: string[];
  facets: Record<string, Record<string, string[]>>;
  /** Other names for facet values, by field: the labels readers see (`dirigeants` → `executive`). */
  aliases: Record<string, Record<string, string>>;
  index: PackedLunr;
}

/** A facet value or label as typed in a filter: folded, words joined by hyphens. */
export const facetKey = (label: string) => foldAccents(label).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

export function buildFilterIndex(
  lang: Lang,
  documents: readonly IndexDocument[],
  boosts: Readonly<Record<string, number>>,
  aliases: Record<string, Record<string, string>> = {},
): FilterIndexData {
  const { builder, index } = buildLunrIndex(lang, documents.map((doc) => ({ ...doc.text, ref: doc.ref })), boosts);
  const facets: FilterIndexData['facets'] = {};
  for (const doc of documents) facets[doc.ref] = Object.fromEntries(Object.entries(doc.facets ?? {}).map(([f, v]) => [f, [...v]]));
  const refs = documents.map((d) => d.ref);
  return { version: FILTER_INDEX_VERSION, lang, refs, facets, aliases, index: packLunr(index, builder, refs) };
}

export interface FilterOutcome {
  /** Matching refs, best first; null when the query asks for nothing (show everything). */
  refs: string[] | null;
  /** Words left out because they are too common to search (`de`, `the`). */
  ignoredWords: string[];
  /** Fields typed without a value (`audience:`). */
  emptyFields: string[];
  truncated: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPacked = (value: unknown): value is PackedLunr =>
  isRecord(value) && ['fields', 'boosts', 'pipeline', 'terms', 'postings', 'lengths'].every((key) => Array.isArray(value[key]));

export class FilterIndex {
  readonly lang: Lang;
  readonly refs: readonly string[];
  private readonly index: lunr.Index;
  private readonly facets: FilterIndexData['facets'];
  private readonly aliases: FilterIndexData['aliases'];
  private readonly fields: string[];

  private constructor(data: FilterIndexData, index: lunr.Index) {
    this.lang = data.lang;
    this.refs = data.refs;
    this.index = index;
    this.facets = data.facets;
    this.aliases = data.aliases;
    const fields = new Set(Object.values(data.facets).flatMap((f) => Object.keys(f)));
    this.fields = [...fields];
  }

  /** Reads a fetched index file; throws a readable Error when it is not one. */
  static load(raw: unknown): FilterIndex {
    if (!isRecord(raw) || raw['version'] !== FILTER_INDEX_VERSION) throw new Error(`not a filter index (version ${FILTER_INDEX_VERSION} expected)`);
    const { lang, refs, facets, aliases, index } = raw;
    if (typeof lang !== 'string' || !Array.isArray(refs) || !refs.every((r) => typeof r === 'string') || !isRecord(facets) || !isRecord(aliases) || !isPacked(index)) {
      throw new Error('filter index is missing lang, refs, facets, aliases or index');
    }
    const data = raw as unknown as FilterIndexData;
    return new FilterIndex(data, loadIndex(unpackLunr(data.index, data.refs)));
  }

  search(raw: string): FilterOutcome {
    const known = [...this.fields, ...Object.keys(FIELD_ALIASES).filter((a) => this.fields.includes(FIELD_ALIASES[a]!))];
    const parsed = parseQuery(raw, known);
    const canonical = (field: string) => FIELD_ALIASES[field] ?? field;
    // The last word, still being typed, is only a prefix: `mes` (a stop word) on its way to `mesure`.
    const typing = /\S$/.test(raw.slice(0, MAX_QUERY_LENGTH)) ? parsed.terms.at(-1) : undefined;
    const words = parsed.terms.filter((w) => !isStopWord(this.lang, w) || (w === typing && w.length >= 3));
    const outcome = {
      ignoredWords: parsed.terms.filter((w) => !words.includes(w)),
      emptyFields: [...new Set(parsed.emptyFields.map(canonical))],
      truncated: parsed.truncated,
    };
    let scores = new Map<string, number>(this.refs.map((ref) => [ref, 0]));
    let searched = 0;
    for (const word of words) {
      const next = new Map<string, number>();
      const stopWord = isStopWord(this.lang, word);
      const hits = this.matchWord(word, stopWord);
      // A stop word still being typed that starts no indexed word is only a stop word after all.
      if (stopWord && hits.length === 0) {
        outcome.ignoredWords.push(word);
        continue;
      }
      searched++;
      for (const hit of hits) {
        const score = scores.get(hit.ref);
        if (score !== undefined) next.set(hit.ref, score + hit.score);
      }
      scores = next;
    }
    // Nothing to search for and nothing to filter on: the whole list stays.
    if (searched === 0 && parsed.filters.length === 0) return { refs: null, ...outcome };
    const byField = new Map<string, string[]>();
    for (const { field, value } of parsed.filters) {
      const name = canonical(field);
      byField.set(name, [...(byField.get(name) ?? []), this.aliases[name]?.[value] ?? value]);
    }
    const order = new Map(this.refs.map((ref, i) => [ref, i] as const));
    const refs = [...scores.entries()]
      .filter(([ref]) => [...byField].every(([field, values]) => this.hasFacet(ref, field, values)))
      .sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!)
      .map(([ref]) => ref);
    return { refs, ...outcome };
  }

  /** A word matches as itself (stemmed, so `mesures` finds `mesurer`) or, weighted less, as a prefix while typing. */
  private matchWord(word: string, prefixOnly: boolean): lunr.Index.Result[] {
    return this.index.query((q) => {
      if (!prefixOnly) q.term(word, { boost: 10 });
      q.term(foldAccents(word), { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
    });
  }

  /** Within a field any value may match (by its start: `audience:exec`); across fields all must. */
  private hasFacet(ref: string, field: string, values: readonly string[]): boolean {
    const own = this.facets[ref]?.[field] ?? [];
    return values.some((value) => own.some((facet) => facet.startsWith(value)));
  }
}
