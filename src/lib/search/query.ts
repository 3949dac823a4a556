/**
 * Turns what a reader typed into words and field filters, whatever they typed: lunr's own query
 * syntax (`+`, `-`, `*`, `~`, `^`, `field:`) is never passed through, so nothing typed can make
 * lunr throw. Words keep their accents here (the French stemmer reads them); filter values are folded.
 */
import { foldAccents } from './fold';

/** Longer input is cut: no real query needs more, and the work per keystroke stays bounded. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words are searched; the rest are ignored. */
export const MAX_TERMS = 12;

export interface ParsedQuery {
  /** Lower-cased words, letters and digits only, in the order typed. */
  terms: string[];
  /** `field:value` filters on known fields, values folded to the lowercase-hyphenated form of facets. */
  filters: { field: string; value: string }[];
  /** Known fields typed with no value (`audience:`), to explain rather than ignore silently. */
  emptyFields: string[];
  /** The input was longer than MAX_QUERY_LENGTH or held more than MAX_TERMS words. */
  truncated: boolean;
}

const FIELD_TOKEN = /^([\p{L}]+):(.*)$/u;
const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

export function parseQuery(raw: string, fields: readonly string[]): ParsedQuery {
  const chars = Array.from(typeof raw === 'string' ? raw : '');
  let truncated = chars.length > MAX_QUERY_LENGTH;
  const text = chars.slice(0, MAX_QUERY_LENGTH).join('').normalize('NFC');
  const terms: string[] = [];
  const filters: ParsedQuery['filters'] = [];
  const emptyFields: string[] = [];

  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    const field = FIELD_TOKEN.exec(token);
    const name = field ? foldAccents(field[1]!) : '';
    if (field && fields.includes(name)) {
      const value = foldAccents(field[2]!).replace(/[^a-z0-9-]+/g, '').replace(/^-+|-+$/g, '');
      if (value === '') {
        if (!emptyFields.includes(name)) emptyFields.push(name);
      } else if (!filters.some((f) => f.field === name && f.value === value)) {
        filters.push({ field: name, value });
      }
      continue;
    }
    for (const word of token.toLowerCase().split(WORD_SEPARATOR)) {
      if (word === '' || terms.includes(word)) continue;
      if (terms.length === MAX_TERMS) {
        truncated = true;
        break;
      }
      terms.push(word);
    }
  }
  return { terms, filters, emptyFields, truncated };
}
