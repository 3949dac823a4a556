import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Property runs are quick alone; the margin is for a busy machine. */
const PROPERTY_TIMEOUT = 60_000;
import { catalogueEntries } from '../../../src/lib/search/catalogue';
import { buildCatalogueIndex, buildGlossaryIndex } from '../../../src/lib/search/catalogue-index';
import { FilterIndex, type FilterIndexData } from '../../../src/lib/search/filter-index';

/** Through JSON, as the browser receives it. */
const loaded = (data: FilterIndexData) => FilterIndex.load(JSON.parse(JSON.stringify(data)));
import { frenchSources, labels } from './fixtures';

const french = loaded(buildCatalogueIndex('fr', catalogueEntries(frenchSources), labels.fr));
const refs = (query: string) => french.search(query).refs;

const english = loaded(
  buildGlossaryIndex('en', [
    { id: 'kpi', term: 'Key performance indicator (KPI)', definition: 'A figure measuring progress towards an objective.' },
    { id: 'reach', term: 'Reach', definition: 'How many people saw a message.' },
    { id: 'cafe', term: 'Café effect', definition: 'Informal talk.' },
  ]),
);

describe('French catalogue filter: stems and accents', () => {
  it('finds the same entries for mesurer, mesure and mesures', () => {
    const found = refs('mesure');
    expect(found).toEqual(expect.arrayContaining(['lesson/why-programmes-fail', 'lesson/not-mass-media', 'story/listening-before-selling']));
    expect(new Set(refs('mesurer'))).toEqual(new Set(found));
    expect(new Set(refs('mesures'))).toEqual(new Set(found));
  });

  it('finds réseaux when typed without accents, and écouter as ecouter', () => {
    expect(refs('reseaux')).toEqual(expect.arrayContaining(['lesson/not-mass-media', 'story/listening-before-selling']));
    expect(refs('ECOUTER')![0]).toBe('lesson/listening-first');
  });

  it('matches the word being typed as a prefix, stop word or not', () => {
    expect(refs('télév')).toEqual(['lesson/not-mass-media']);
    expect(refs('mes')).toEqual(expect.arrayContaining(refs('mesure')!));
  });

  it('requires every word', () => {
    expect(refs('écouter vendre')).toEqual(['story/listening-before-selling']);
  });
});

describe('fielded queries', () => {
  it('filters by type, audience, track and tag, alone or with words', () => {
    expect(refs('type:quiz')).toEqual(['quiz/why-programmes-fail', 'quiz/free-quiz']);
    expect(refs('audience:staff type:lesson')).toEqual(['lesson/not-mass-media', 'lesson/listening-first']);
    expect(refs('track:staff-fundamentals')).toEqual(['lesson/listening-first']);
    expect(refs('tag:roi')).toEqual(['calculator/roi']);
    expect(refs('tag:customer-care écouter')).toEqual(['story/listening-before-selling']);
  });

  it('accepts several values of a field (any) and value prefixes', () => {
    expect(refs('type:quiz type:calculator')).toEqual(['quiz/why-programmes-fail', 'quiz/free-quiz', 'calculator/roi']);
    expect(refs('audience:train')).toEqual(['calculator/roi']);
  });

  it('understands French field names and the labels readers see', () => {
    expect(refs('public:formateurs')).toEqual(refs('audience:trainer'));
    expect(refs('type:leçon')).toEqual(refs('type:lesson'));
  });

  it('finds entries by the words of their labels', () => {
    expect(refs('calculateur')).toEqual(['calculator/roi']);
  });
});

describe('English glossary filter', () => {
  it('finds measuring from measure, and café from cafe', () => {
    expect(english.search('measure').refs).toEqual(['kpi']);
    expect(english.search('cafe').refs).toEqual(['cafe']);
  });
});

describe('bad input', () => {
  it('shows everything and explains, for stop words, lunr syntax and empty fields', () => {
    expect(french.search('de la le')).toMatchObject({ refs: null, ignoredWords: ['de', 'la', 'le'] });
    // `les` could be the start of a word being typed; it starts none, so it is a stop word after all.
    expect(french.search('de la les')).toMatchObject({ refs: null, ignoredWords: ['de', 'la', 'les'] });
    for (const q of ['*', '~', '+', '+ -', '^', ':', '']) expect(french.search(q).refs, q).toBeNull();
    expect(french.search('audience:')).toMatchObject({ refs: null, emptyFields: ['audience'] });
  });

  it('gives no match, not an error, for HTML and a 10,000-character query', () => {
    expect(refs('<img src=x onerror=alert(1)>')).toEqual([]);
    expect(french.search('é'.repeat(10_000))).toMatchObject({ refs: [], truncated: true });
  });

  it('never throws, and only returns known entries (property)', () => {
    const known = new Set(french.refs);
    const special = fc.constantFrom('*', '~', '+', '-', '^', ':', 'audience:', 'tag:', 'type:quiz', 'de', 'the', 'é', ' ', '<b>', '"', '\\');
    fc.assert(
      fc.property(fc.array(fc.oneof(special, fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 8 }), (parts) => {
        const outcome = french.search(parts.join(''));
        for (const ref of outcome.refs ?? []) expect(known.has(ref)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('rejects a file that is not a filter index', () => {
    expect(() => FilterIndex.load(null)).toThrow(/not a filter index/);
    expect(() => FilterIndex.load({ version: 2, lang: 'fr' })).toThrow(/missing/);
    // An index of the previous format (lunr's own JSON), say from a stale cache.
    expect(() => FilterIndex.load({ version: 1 })).toThrow(/version 2/);
    const current = JSON.parse(JSON.stringify(buildGlossaryIndex('en', [{ id: 'reach', term: 'Reach', definition: 'Seen by.' }]))) as FilterIndexData;
    expect(() => FilterIndex.load({ ...current, index: { ...current.index, postings: undefined } })).toThrow(/missing/);
  });
});
