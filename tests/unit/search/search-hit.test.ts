import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Property runs are quick alone; the margin is for a busy machine. */
const PROPERTY_TIMEOUT = 60_000;
import { decodeEntities, excerptSegments, toSearchHit } from '../../../src/lib/search/search-hit';

describe('excerptSegments', () => {
  it('splits a Pagefind excerpt into text and marked matches', () => {
    expect(excerptSegments('Compter des <mark>fans</mark> n&#x27;est pas <mark>mesurer</mark>.')).toEqual([
      { text: 'Compter des ', mark: false },
      { text: 'fans', mark: true },
      { text: ' n\'est pas ', mark: false },
      { text: 'mesurer', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('keeps escaped markup as text, and drops any tag other than mark', () => {
    expect(excerptSegments('&lt;script&gt;alert(1)&lt;/script&gt; <b>x</b>')).toEqual([{ text: '<script>alert(1)</script> x', mark: false }]);
  });

  it('decodes known entities only', () => {
    expect(decodeEntities('&amp; &quot; &#233; &#xE9; &unknown; &#0; &#xD800;')).toBe('& " é é &unknown; &#0; &#xD800;');
  });

  it('never throws, and the text of the segments is the excerpt without tags (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('<mark>', '</mark>', '<', '>', '&', '&amp;', '&#x1F600;')), { maxLength: 12 }), (parts) => {
        const html = parts.join('');
        const segments = excerptSegments(html);
        for (const s of segments) expect(s.text).not.toBe('');
        expect(segments.map((s) => s.text).join('')).toBe(decodeEntities(html.replace(/<\/?[a-z][^<>]*>/gi, '')));
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('toSearchHit', () => {
  it('reads url, title, type and excerpt', () => {
    expect(toSearchHit({ url: '/fr/lessons/x/', meta: { title: ' Titre ' }, filters: { type: ['lesson'] }, excerpt: 'a <mark>b</mark>' })).toEqual({
      url: '/fr/lessons/x/',
      title: 'Titre',
      type: 'lesson',
      excerpt: [
        { text: 'a ', mark: false },
        { text: 'b', mark: true },
      ],
    });
  });

  it('refuses results without a same-site URL or a title, and ignores unknown types', () => {
    expect(toSearchHit(null)).toBeNull();
    expect(toSearchHit({ url: 'https://evil.example/', meta: { title: 'x' } })).toBeNull();
    expect(toSearchHit({ url: '//evil.example/', meta: { title: 'x' } })).toBeNull();
    expect(toSearchHit({ url: 'javascript:alert(1)', meta: { title: 'x' } })).toBeNull();
    expect(toSearchHit({ url: '/fr/', meta: {} })).toBeNull();
    expect(toSearchHit({ url: '/fr/', meta: { title: 'x' }, filters: { type: ['spam'] } })?.type).toBeNull();
  });
});
