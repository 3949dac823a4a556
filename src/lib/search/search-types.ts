/** The kinds of page the site search knows, each a Pagefind `type` filter value (see SearchMeta.astro). */
export const SEARCH_TYPES = ['lesson', 'story', 'quiz', 'calculator', 'programme', 'glossary'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const isSearchType = (value: unknown): value is SearchType =>
  typeof value === 'string' && (SEARCH_TYPES as readonly string[]).includes(value);
