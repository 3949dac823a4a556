import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Property runs are quick alone; the margin is for a busy machine. */
const PROPERTY_TIMEOUT = 60_000;
import { MAX_QUERY_LENGTH, MAX_TERMS, parseQuery } from '../../../src/lib/search/query';

const FIELDS = ['type', 'audience', 'track', 'tag'];

describe('parseQuery', () => {
  it('splits words, keeps accents for the stemmer and lower-cases them', () => {
    expect(parseQuery('  Réseaux SOCIAUX, mesure!', FIELDS).terms).toEqual(['réseaux', 'sociaux', 'mesure']);
  });

  it('reads known fields as filters, folding their values', () => {
    const parsed = parseQuery('roi audience:Executive TAG:customer-care type:Quiz', FIELDS);
    expect(parsed.terms).toEqual(['roi']);
    expect(parsed.filters).toEqual([
      { field: 'audience', value: 'executive' },
      { field: 'tag', value: 'customer-care' },
      { field: 'type', value: 'quiz' },
    ]);
  });

  it('reports known fields typed without a value, and reads unknown fields as words', () => {
    const parsed = parseQuery('audience: colour:blue', FIELDS);
    expect(parsed.emptyFields).toEqual(['audience']);
    expect(parsed.terms).toEqual(['colour', 'blue']);
  });

  it('drops lunr syntax and markup, keeping only the words', () => {
    expect(parseQuery('* ~ + - ^2 +roi~1 -fans* <script>alert(1)</script>', FIELDS).terms).toEqual(['2', 'roi', '1', 'fans', 'script', 'alert']);
    expect(parseQuery('?!… ; :', FIELDS)).toEqual({ terms: [], filters: [], emptyFields: [], truncated: false });
  });

  it('cuts very long input and caps the number of words', () => {
    const long = parseQuery('a'.repeat(10_000), FIELDS);
    expect(long.truncated).toBe(true);
    expect(long.terms).toEqual(['a'.repeat(MAX_QUERY_LENGTH)]);
    const many = parseQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '), FIELDS);
    expect(many.terms).toHaveLength(MAX_TERMS);
    expect(many.truncated).toBe(true);
  });

  it('never throws, and returns only letters/digits words and hyphenated filter values (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('audience:', '*', '~', '+', '+roi', 'tag:', '::', 'a:b:c')), (raw) => {
        const parsed = parseQuery(raw, FIELDS);
        return (
          parsed.terms.length <= MAX_TERMS &&
          parsed.terms.every((term) => /^[\p{L}\p{N}]+$/u.test(term)) &&
          parsed.filters.every((f) => FIELDS.includes(f.field) && /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(f.value))
        );
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);
});
