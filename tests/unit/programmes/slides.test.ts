import { describe, expect, it } from 'vitest';
import { decodeEntities, splitAtHeadings } from '../../../src/lib/programmes/slides';

describe('splitAtHeadings', () => {
  it('cuts before each h2, keeping an introduction', () => {
    const html = '<p>Intro</p>\n<h2 id="a">First &amp; foremost</h2><p>One</p><h3>Sub</h3><h2 id="b">Second</h2><p>Two</p>';
    const slides = splitAtHeadings(html);
    expect(slides.map((s) => s.heading)).toEqual([null, 'First & foremost', 'Second']);
    expect(slides.map((s) => s.html).join('')).toBe(html);
    expect(slides[1]!.html).toContain('<h3>Sub</h3>');
    expect(slides.map((s) => s.subheadings)).toEqual([[], ['Sub'], []]);
  });

  it('has no empty introduction when the body starts with a heading', () => {
    expect(splitAtHeadings('<h2>A</h2><p>x</p>').map((s) => s.heading)).toEqual(['A']);
    expect(splitAtHeadings('  \n<h2>A <em>b</em></h2>').map((s) => s.heading)).toEqual(['A b']);
  });

  it('does not cut at h2-like words or other headings', () => {
    expect(splitAtHeadings('<p>&lt;h2&gt;</p><h2x>no</h2x><h3>x</h3>')).toHaveLength(1);
    expect(splitAtHeadings('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('D&#x2019;abord &#8217; &lt;b&gt; &unknown; &#0;')).toBe('D’abord ’ <b> &unknown; &#0;');
  });
});
