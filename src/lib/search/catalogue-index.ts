/** The catalogue's filter index: text fields and facets of every entry, with the labels readers type. */
import { AUDIENCES, TRACKS, type Audience, type Track } from '../content/schemas';
import type { Lang } from '../content/translations';
import { CATALOGUE_TYPES, type CatalogueEntry, type CatalogueType } from './catalogue';
import { buildFilterIndex, facetKey, type FilterIndexData } from './filter-index';

/** The facets a reader can filter the catalogue on, as `field:value` or with checkboxes. */
export const CATALOGUE_FACETS = ['type', 'audience', 'track', 'tag'] as const;

export interface CatalogueLabels {
  type: Record<CatalogueType, string>;
  audience: Record<Audience, string>;
  track: Record<Track, string>;
}

const aliasesOf = <K extends string>(ids: readonly K[], labels: Record<K, string>) =>
  Object.fromEntries(ids.map((id) => [facetKey(labels[id]), id] as const).filter(([alias, id]) => alias !== '' && alias !== id));

export function buildCatalogueIndex(lang: Lang, entries: readonly CatalogueEntry[], labels: CatalogueLabels): FilterIndexData {
  const documents = entries.map((e) => ({
    ref: e.ref,
    text: {
      title: e.title,
      description: e.description,
      summary: e.summary,
      tags: e.tags.join(' '),
      // Typing "quiz" or "dirigeants" finds entries by their type and audience too.
      labels: [labels.type[e.type], ...e.audience.map((a) => labels.audience[a]), e.track ? labels.track[e.track] : ''].join(' '),
    },
    facets: { type: [e.type], audience: e.audience, track: e.track ? [e.track] : [], tag: e.tags },
  }));
  return buildFilterIndex(lang, documents, { title: 10, tags: 5, labels: 2, description: 2, summary: 1 }, {
    type: aliasesOf(CATALOGUE_TYPES, labels.type),
    audience: aliasesOf(AUDIENCES, labels.audience),
    track: aliasesOf(TRACKS, labels.track),
  });
}

export interface GlossarySource {
  id: string;
  term: string;
  definition: string;
}

/** The glossary's filter index: refs are the term ids (the anchors of the glossary page). */
export function buildGlossaryIndex(lang: Lang, terms: readonly GlossarySource[]): FilterIndexData {
  return buildFilterIndex(lang, terms.map((t) => ({ ref: t.id, text: { term: t.term, definition: t.definition } })), { term: 10, definition: 1 });
}
