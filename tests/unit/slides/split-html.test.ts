import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSections } from '../../../src/lib/slides/split-html';

describe('splitSections', () => {
  it('cuts before each top-level h2 and drops the heading, keeping the introduction', () => {
    const html = '<p>Intro</p>\n<h2 id="a">First &amp; foremost</h2><p>One</p><h3>Sub</h3><h2 id="b">Second</h2><p>Two</p>';
    expect(splitSections(html)).toEqual({ intro: '<p>Intro</p>\n', sections: ['<p>One</p><h3>Sub</h3>', '<p>Two</p>'] });
  });

  it('does not cut at headings nested in components, in scripts or in comments', () => {
    const html =
      '<h2>A</h2><p>x</p><roi-calculator><form><h2 class="c">Inputs</h2><input name="a"><br></form></roi-calculator>' +
      '<script>const s = "<h2>no</h2>";</script><!-- <h2>no</h2> --><img src="a.png" alt="<h2>"><h2>B</h2><p>y</p>';
    const { intro, sections } = splitSections(html);
    expect(intro).toBe('');
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('<h2 class="c">Inputs</h2>');
    expect(sections[1]).toBe('<p>y</p>');
  });

  it('has no section without a heading, and no heading-like text cuts', () => {
    expect(splitSections('<p>&lt;h2&gt;</p><h2x>no</h2x><h3>x</h3>')).toEqual({ intro: '<p>&lt;h2&gt;</p><h2x>no</h2x><h3>x</h3>', sections: [] });
    expect(splitSections('')).toEqual({ intro: '', sections: [] });
  });

  it('keeps every character outside the top-level headings, whatever the sections hold', () => {
    const block = fc.constantFrom('<p>t</p>', '<div><h2>n</h2></div>', '<ul><li>a</li></ul>', '<br>', '<hr/>', 'text');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.stringMatching(/^[a-z ]{0,8}$/), fc.array(block, { maxLength: 4 })), { maxLength: 6 }), fc.array(block, { maxLength: 3 }), (parts, intro) => {
        const html = intro.join('') + parts.map(([heading, body]) => `<h2>${heading}</h2>${body.join('')}`).join('');
        const split = splitSections(html);
        expect(split.intro).toBe(intro.join(''));
        expect(split.sections).toEqual(parts.map(([, body]) => body.join('')));
      }),
    );
  });
});
