import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePackRecord, programmePack, trackPack, urlsToRemove, type OfflinePack } from '../../../src/lib/offline/packs';

const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
const slugs = fc.uniqueArray(slug, { minLength: 1, maxLength: 12 });

describe('offline packs', () => {
  it('a track pack holds each lesson, its brief, each quiz page and data, the certificate, catalogue and glossary, under the base', () => {
    const pack = trackPack({ base: '/academy/', lang: 'en', track: 'trainer-kit', lessons: ['a', 'b'], quizzes: ['a'] });
    expect(pack.id).toBe('track-trainer-kit');
    expect(pack.urls).toEqual([
      '/academy/en/lessons/a/',
      '/academy/en/lessons/a/brief/',
      '/academy/en/lessons/b/',
      '/academy/en/lessons/b/brief/',
      '/academy/en/quizzes/a/',
      '/academy/en/quizzes/a.json',
      '/academy/en/certificates/trainer-kit/',
      '/academy/en/catalogue/',
      '/academy/en/catalogue-index.json',
      '/academy/en/glossary/',
    ]);
  });

  it('grows with the track only: 2 addresses a lesson, 2 a quiz, 4 more, none repeated', () => {
    fc.assert(
      fc.property(slugs, slugs, (lessons, quizzes) => {
        const pack = trackPack({ base: '/', lang: 'fr', track: 't', lessons, quizzes });
        expect(new Set(pack.urls).size).toBe(pack.urls.length);
        expect(pack.urls).toHaveLength(2 * lessons.length + 2 * quizzes.length + 4);
        expect(pack.urls.every((u) => u.startsWith('/fr/'))).toBe(true);
      }),
    );
  });

  it('a programme pack holds its four views, its lessons, quizzes and calculators, each once', () => {
    const pack = programmePack({ base: '/', lang: 'fr', programme: 'p', lessons: ['a', 'a'], quizzes: ['a'], calculators: ['roi'] });
    expect(pack.id).toBe('programme-p');
    expect(pack.urls.slice(0, 4)).toEqual(['/fr/programmes/p/', '/fr/programmes/p/learner/', '/fr/programmes/p/handout/', '/fr/programmes/p/briefs/']);
    expect(pack.urls).toContain('/fr/calculators/roi/');
    expect(pack.urls.filter((u) => u === '/fr/lessons/a/')).toHaveLength(1);
  });

  it('removing a pack never deletes what another saved pack still needs, and deletes the rest', () => {
    const pack = fc.record({ id: slug, urls: fc.uniqueArray(fc.constantFrom('/a/', '/b/', '/c/', '/d/', '/e/', '/f/'), { maxLength: 6 }) });
    fc.assert(
      fc.property(pack, fc.array(pack, { maxLength: 4 }), (removed: OfflinePack, others: OfflinePack[]) => {
        const gone = urlsToRemove(removed, others);
        const kept = new Set(others.filter((o) => o.id !== removed.id).flatMap((o) => o.urls));
        for (const url of gone) expect(kept.has(url)).toBe(false);
        for (const url of removed.urls) expect(gone.includes(url) || kept.has(url)).toBe(true);
      }),
    );
  });

  it('reads back a stored record, and treats anything malformed as not saved', () => {
    const good = { urls: ['/fr/lessons/a/'], bytes: 1234, savedAt: '2026-11-30T09:00:00.000Z' };
    expect(parsePackRecord(good)).toEqual(good);
    for (const bad of [null, 'x', {}, { ...good, urls: [1] }, { ...good, bytes: -1 }, { ...good, bytes: Number.NaN }, { ...good, savedAt: 'yesterday' }]) {
      expect(parsePackRecord(bad)).toBeUndefined();
    }
  });
});
