/** The UI strings the site search reads in the browser (see src/elements/search-panel.ts). */
export const SEARCH_MESSAGE_KEYS = [
  'search.loading',
  'search.prompt',
  'search.count.one',
  'search.count.other',
  'search.none',
  'search.error',
  'search.offline',
  'search.type.lesson',
  'search.type.story',
  'search.type.quiz',
  'search.type.calculator',
  'search.type.programme',
  'search.type.glossary',
] as const;

export type SearchMessageKey = (typeof SEARCH_MESSAGE_KEYS)[number];
