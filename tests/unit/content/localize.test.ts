import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localize } from '../../../src/lib/content/localize';
import { groupByTrack, neighbours } from '../../../src/lib/content/tracks';
import { splitId, translationProblems } from '../../../src/lib/content/translations';

describe('splitId', () => {
  it('splits a language folder from the slug', () => {
    expect(splitId('fr/why')).toEqual({ lang: 'fr', slug: 'why' });
    expect(splitId('en/a/b')).toEqual({ lang: 'en', slug: 'a/b' });
  });
  it('rejects paths without a known language folder', () => {
    expect(splitId('de/why')).toBeNull();
    expect(splitId('fr')).toBeNull();
    expect(splitId('why')).toBeNull();
  });
});

describe('translationProblems', () => {
  it('accepts French originals with or without translations', () => {
    expect(translationProblems('lessons', [{ id: 'fr/a', file: 'a' }, { id: 'en/a', file: 'b' }, { id: 'fr/b', file: 'c' }])).toEqual([]);
  });
  it('names the file of a translation without its original, and of a file outside fr/ or en/', () => {
    expect(translationProblems('lessons', [{ id: 'en/x', file: 'content/lessons/en/x.mdx' }, { id: 'de/y', file: 'content/lessons/de/y.mdx' }])).toEqual([
      'content/lessons/de/y.mdx: lessons files live in a fr/ or en/ folder',
      'content/lessons/en/x.mdx: translation without its French original (expected fr/x in lessons)',
    ]);
  });
});

describe('localize', () => {
  const entries = [{ id: 'fr/a' }, { id: 'en/a' }, { id: 'fr/b' }];
  it('uses the translation when there is one and falls back to French otherwise', () => {
    expect(localize(entries, 'en')).toEqual([
      { entry: { id: 'en/a' }, slug: 'a', textLang: 'en', fallback: false },
      { entry: { id: 'fr/b' }, slug: 'b', textLang: 'fr', fallback: true },
    ]);
  });
  it('never marks French pages as a fallback', () => {
    expect(localize(entries, 'fr').every((l) => !l.fallback && l.textLang === 'fr')).toBe(true);
  });
  it('gives exactly one page per French original, in both languages', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.constantFrom('fr', 'en'), fc.stringMatching(/^[a-z]{1,6}$/)), { selector: ([l, s]) => `${l}/${s}` }), (pairs) => {
        const list = pairs.map(([l, s]) => ({ id: `${l}/${s}` }));
        const originals = new Set(pairs.filter(([l]) => l === 'fr').map(([, s]) => s));
        for (const lang of ['fr', 'en'] as const) {
          const slugs = localize(list, lang).map((l) => l.slug);
          expect(new Set(slugs)).toEqual(originals);
          expect(slugs.length).toBe(originals.size);
        }
      }),
    );
  });
});

describe('tracks', () => {
  const item = (track: 'executive-briefings' | 'trainer-kit', order: number, title: string) => ({ track, order, title });
  const items = [item('trainer-kit', 1, 'T'), item('executive-briefings', 2, 'B'), item('executive-briefings', 1, 'A')];
  it('groups by track in curriculum order, sorted by order', () => {
    const groups = groupByTrack(items, (i) => i);
    expect(groups.map((g) => g.track)).toEqual(['executive-briefings', 'staff-fundamentals', 'trainer-kit', 'social-media-2026']);
    expect(groups[0]!.items.map((i) => i.title)).toEqual(['A', 'B']);
    expect(groups[1]!.items).toEqual([]);
  });
  it('finds neighbours within a track', () => {
    const [a, b] = groupByTrack(items, (i) => i)[0]!.items;
    expect(neighbours([a, b], a)).toEqual({ next: b });
    expect(neighbours([a, b], b)).toEqual({ previous: a });
    expect(neighbours([a], b)).toEqual({});
  });
});
