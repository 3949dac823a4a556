/** The UI strings a list filter (<catalogue-filter>) reads, by the kind of list it filters. */
const shared = ['catalogue.ignored', 'catalogue.emptyField', 'catalogue.truncated', 'catalogue.unavailable'] as const;

export const FILTER_MESSAGE_KEYS = {
  catalogue: ['catalogue.count.one', 'catalogue.count.other', 'catalogue.none', ...shared],
  glossary: ['glossary.count.one', 'glossary.count.other', 'glossary.none', ...shared],
} as const;

export type FilterKind = keyof typeof FILTER_MESSAGE_KEYS;
export type FilterMessageKey = (typeof FILTER_MESSAGE_KEYS)[FilterKind][number];

/** What to suggest after a field typed without a value (`audience:`). */
export const FIELD_EXAMPLES: Readonly<Record<string, string>> = {
  type: 'quiz',
  audience: 'executive',
  track: 'staff-fundamentals',
  tag: 'roi',
};
