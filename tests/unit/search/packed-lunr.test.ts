import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../../src/lib/search/catalogue';
import { buildLunrIndex, loadIndex } from '../../../src/lib/search/lunr-language';
import { packLunr, unpackLunr, type LunrJson, type PackedLunr } from '../../../src/lib/search/packed-lunr';
import type { Lang } from '../../../src/lib/content/translations';
import { frenchSources } from './fixtures';

/** Property runs are quick alone; the margin is for a busy machine. */
const PROPERTY_TIMEOUT = 60_000;

type Doc = { ref: string } & Record<string, string>;

/** A lunr JSON with term numbers replaced by the terms: two indexes compare whatever lunr's numbering. */
function meaning(json: LunrJson) {
  const termOf = new Map(json.invertedIndex.map(([term, posting]) => [posting._index, term]));
  return {
    fields: json.fields,
    pipeline: json.pipeline,
    postings: Object.fromEntries(
      json.invertedIndex.map(([term, posting]) => [term, Object.fromEntries(json.fields.map((f) => [f, Object.keys(posting[f] as object).sort()]))]),
    ),
    vectors: Object.fromEntries(
      json.fieldVectors.map(([key, elements]) => {
        const weights: Record<string, number> = {};
        for (let i = 0; i < elements.length; i += 2) weights[termOf.get(elements[i]!)!] = elements[i + 1]!;
        return [key, weights];
      }),
    ),
  };
}

/**
 * Results by ref with scores to 9 digits: lunr sums a query's products in term-number order, which
 * packing renumbers, so scores may differ in their last bit (and equal scores swap places).
 */
const answers = (index: lunr.Index, query: string) =>
  index
    .search(query)
    .map(({ ref, score, matchData }) => ({ ref, score: score.toPrecision(9), matchData }))
    .sort((a, b) => a.ref.localeCompare(b.ref));

/** Packs through JSON, as the browser receives it, and unpacks. */
function roundTrip(lang: Lang, docs: readonly Doc[], boosts: Record<string, number>) {
  const { builder, index } = buildLunrIndex(lang, docs, boosts);
  const refs = docs.map((d) => d.ref);
  const packed = JSON.parse(JSON.stringify(packLunr(index, builder, refs))) as PackedLunr;
  return { index, refs, packed, unpacked: unpackLunr(packed, refs) };
}

const englishDocs: Doc[] = [
  { ref: 'lesson/kpis', title: 'Choosing KPIs your director understands', description: 'From objectives to indicators.', summary: 'Measure what matters. Measuring reach is not measuring value.', tags: 'kpi dashboard' },
  { ref: 'lesson/care', title: 'Customer care on social networks', description: 'What answering customers online saves.', summary: 'Fewer calls, faster answers, happier customers.', tags: 'customer-care roi' },
  { ref: 'story/café', title: 'A café chain listens first', description: 'Listening before selling.', summary: 'Sector: food service. Objective: loyalty.', tags: 'listening' },
];
const catalogueDocs = (lang: Lang): Doc[] =>
  lang === 'en'
    ? englishDocs
    : catalogueEntries(frenchSources).map((e) => ({ ref: e.ref, title: e.title, description: e.description, summary: e.summary, tags: e.tags.join(' ') }));
const BOOSTS = { title: 10, tags: 5, description: 2, summary: 1 };

describe('packed lunr index', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: unpacks to lunr's own postings and weights, and answers the same`, () => {
      const docs = catalogueDocs(lang);
      const { index, unpacked } = roundTrip(lang, docs, BOOSTS);
      const original = index.toJSON() as unknown as LunrJson;
      expect(meaning(unpacked)).toEqual(meaning(original));
      const reloaded = loadIndex(unpacked);
      for (const [term] of original.invertedIndex) {
        expect(answers(reloaded, term.replace(/[:~^*+-]/g, ' '))).toEqual(answers(index, term.replace(/[:~^*+-]/g, ' ')));
      }
    });
  }

  it('is much smaller gzipped than lunr’s JSON', () => {
    const { index, packed } = roundTrip('fr', catalogueDocs('fr'), BOOSTS);
    const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
    expect(gz(packed)).toBeLessThan(gz(index.toJSON()) * 0.6);
  });

  const word = fc.constantFrom(...'mesure mesures valeur client clients service objectif réseaux sociaux coût marge écoute vente the of measure measuring café'.split(' '));
  const text = fc.array(word, { maxLength: 30 }).map((words) => words.join(' '));
  const docs = fc.uniqueArray(fc.record({ ref: fc.stringMatching(/^[a-z0-9/-]{1,12}$/), title: text, body: text }), {
    minLength: 1,
    maxLength: 25,
    selector: (d) => d.ref,
  });

  it(
    'gives lunr’s weights and results for any documents, boosts and query',
    () => {
      fc.assert(
        fc.property(fc.constantFrom<Lang>('fr', 'en'), docs, fc.integer({ min: 1, max: 20 }), fc.array(word, { minLength: 1, maxLength: 3 }), (lang, ds, boost, query) => {
          const boosts = { title: boost, body: 1 };
          const { index, unpacked } = roundTrip(lang, ds, boosts);
          expect(meaning(unpacked)).toEqual(meaning(index.toJSON() as unknown as LunrJson));
          expect(answers(loadIndex(unpacked), query.join(' '))).toEqual(answers(index, query.join(' ')));
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('refuses postings that name no document', () => {
    const { refs, packed } = roundTrip('en', [{ ref: 'a', title: 'measure', body: '' }], { title: 1, body: 1 });
    for (const bad of [7, -1, 0.5]) {
      const broken = { ...packed, postings: [[[bad], []]] };
      expect(() => unpackLunr(broken, refs)).toThrow(/bad posting/);
    }
  });
});
