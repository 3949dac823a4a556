import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDeck, pointFrom, speakingSeconds, type DeckInput, type Slide } from '../../../src/lib/slides/deck';
import { readLessonSource } from '../../../src/lib/slides/sections';
import { CHARS_PER_LINE, listLines, SLIDE_LIMITS } from '../../../src/lib/slides/limits';
import type { Source } from '../../../src/lib/content/schemas';

const source: Source = { author: 'A. Author', title: 'A title', publication: 'A publication', year: 2020, approximate: false };
const lesson: DeckInput = { takeaways: ['One', 'Two', 'Three'], questions: ['Why?'], sources: [source] };
const sourceText = (s: Source) => `${s.author}, ${s.title}, ${s.publication}, ${s.year}`;
const deckOf = (body: string, data = lesson) => buildDeck(data, readLessonSource(body), sourceText);
const sections = (slides: Slide[]) => slides.filter((s) => s.kind === 'section');

const BODY = `Intro paragraph of the lesson.

## The calculation and its traps

<SlidePoints>
- ROI = (gain − cost) ÷ cost
- On **margin**, not revenue
- Count every cost,
  staff time first
</SlidePoints>

Return on investment sets a net gain against what it cost. More words here.

<Callout kind="example" title="Example">
An aside that is not prose for the room.
</Callout>

<Stat value="81 %" year={2010} source="Brand Science Institute">of firms had no clear strategy</Stat> is the figure.

## Without points

<Term id="roi">Vanity metrics</Term> thrive because they are easy to count. And a second sentence.

A second paragraph that is much longer than a point may be, so it has to be cut at a word boundary before the limit of characters.

- A list item, read as a paragraph of its own.

<Calculator id="roi" preset="rate=10" />
`;

describe('readLessonSource', () => {
  const read = readLessonSource(BODY);

  it('cuts the body at its ## headings and reads each section’s points, figures and prose', () => {
    expect(read.intro).toEqual(['Intro paragraph of the lesson.']);
    expect(read.sections.map((s) => [s.heading, s.line])).toEqual([
      ['The calculation and its traps', 3],
      ['Without points', 20],
    ]);
    expect(read.sections[0]!.points).toEqual(['ROI = (gain − cost) ÷ cost', 'On margin, not revenue', 'Count every cost, staff time first']);
    expect(read.sections[0]!.stats.map((s) => [s.value, s.line])).toEqual([['81 %', 18]]);
    expect(read.sections[1]!.points).toBeUndefined();
    expect(read.sections[1]!.paragraphs).toEqual([
      'Vanity metrics thrive because they are easy to count. And a second sentence.',
      'A second paragraph that is much longer than a point may be, so it has to be cut at a word boundary before the limit of characters.',
      'A list item, read as a paragraph of its own.',
    ]);
    expect(read.problems).toEqual([]);
  });

  it('leaves asides out of the prose but counts them in the time, and keeps no-break spaces', () => {
    expect(read.sections[0]!.paragraphs.join(' ')).not.toContain('aside');
    expect(read.sections[0]!.words).toBeGreaterThan(read.sections[0]!.paragraphs.join(' ').split(' ').length);
    const fr = readLessonSource('## Titre\u00a0: oui\n\nUne question\u00a0? Oui.\n');
    expect(fr.sections[0]!.heading).toBe('Titre\u00a0: oui');
    expect(fr.sections[0]!.paragraphs).toEqual(['Une question\u00a0? Oui.']);
  });

  it('does not cut at headings in fenced code and reports misplaced or empty points', () => {
    expect(readLessonSource('## A\n\n```md\n## not a heading\n```\n').sections).toHaveLength(1);
    const bad = readLessonSource('<SlidePoints>\n- early\n</SlidePoints>\n\n## A\n\n<SlidePoints>\n</SlidePoints>\n\n## B\n\n<SlidePoints>\n- x\n</SlidePoints>\n<SlidePoints>\n- y\n</SlidePoints>\n');
    expect(bad.problems).toEqual([
      '<SlidePoints> before the first ## heading: put it inside the section it sums up',
      'section “A” (line 5): <SlidePoints> has no points; write one per line, each starting with "- "',
      'section “B” (line 10): 2 <SlidePoints> blocks; a section has one',
    ]);
  });
});

describe('buildDeck', () => {
  it('makes a title slide, one slide per section, then takeaways, questions and sources', () => {
    const deck = deckOf(BODY);
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'section', 'section', 'takeaways', 'questions', 'sources']);
    expect(deck.problems).toEqual([]);
    expect(deck.derived).toEqual(['Without points']);
    const [chosen, derived] = sections(deck.slides) as Extract<Slide, { kind: 'section' }>[];
    expect(chosen!.figure?.value).toBe('81 %');
    expect(chosen!.derived).toBe(false);
    expect(derived!.derived).toBe(true);
    expect(derived!.points).toEqual([
      'Vanity metrics thrive because they are easy to count',
      'A second paragraph that is much longer than a point may be, so it has to be cut at a…',
      'A list item, read as a paragraph of its own',
    ]);
    expect(deck.slides.at(-1)).toMatchObject({ kind: 'sources', items: ['A. Author, A title, A publication, 2020'] });
  });

  it('leaves out the questions slide when the lesson has none', () => {
    expect(deckOf(BODY, { ...lesson, questions: undefined }).slides.map((s) => s.kind)).not.toContain('questions');
  });

  it('shows the figure the author names, none on request, and refuses a figure that is not there or illustrative', () => {
    const withFigure = (figure: string) =>
      deckOf(`## S\n\n<SlidePoints figure="${figure}">\n- a point\n</SlidePoints>\n\n<Stat value="6 %" year={2020} source="X">six</Stat> <Stat value="2\u202f%" year={2021} source="Y">two</Stat> <Stat value="9 %" illustrative>nine</Stat>\n`);
    expect((withFigure('2 %').slides[1] as { figure?: { value: string } }).figure?.value).toBe('2\u202f%');
    expect((withFigure('none').slides[1] as { figure?: unknown }).figure).toBeUndefined();
    expect(withFigure('7 %').problems).toEqual(['section “S” (line 1): <SlidePoints figure="7 %"> is not the value of a <Stat> in this section (values: "6 %", "2\u202f%", "9 %"; or "none")']);
    expect(withFigure('9 %').problems[0]).toContain('is an illustrative figure');
  });

  it('fails, naming the section and what is wrong, on too many points, long points, long headings and too much text', () => {
    const points = (list: string[], heading = 'S') => deckOf(`## ${heading}\n\n<SlidePoints>\n${list.map((p) => `- ${p}`).join('\n')}\n</SlidePoints>\n`).problems;
    expect(points(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['section “S” (line 1): 6 points; a slide allows 5']);
    expect(points(['x'.repeat(91)])).toEqual(['section “S” (line 1): point 1 has 91 characters; a slide allows 90: shorten it']);
    expect(points(['a'], 'H'.repeat(81))[0]).toContain('the heading has 81 characters; a slide\'s headline allows 80');
    const full = deckOf(`## S\n\n<SlidePoints>\n${Array(5).fill(`- ${'y'.repeat(90)}`).join('\n')}\n</SlidePoints>\n\n<Stat value="1" year={2020} source="Z">${'z'.repeat(100)}</Stat>\n`).problems;
    expect(full).toEqual(['section “S” (line 1): too much slide text: about 15.7 lines of 56 characters, at most 10 (points 11.2, figure 4.5); shorten or remove points, or set figure="none"']);
  });

  it('spreads a long list over several slides, each within the line budget', () => {
    const takeaways = Array.from({ length: 5 }, (_, i) => `${i} ${'w'.repeat(190)}`);
    const deck = deckOf('## A\n\nText.\n', { ...lesson, takeaways });
    const parts = deck.slides.filter((s) => s.kind === 'takeaways') as Extract<Slide, { items: string[] }>[];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => p.items)).toEqual(takeaways);
    expect(parts.map((p) => [p.part, p.parts])).toEqual(parts.map((_, i) => [i + 1, parts.length]));
    for (const p of parts) expect(listLines(p.items)).toBeLessThanOrEqual(SLIDE_LIMITS.maxLines);
  });

  it('derives points that always fit, whatever the prose (never a whole long paragraph)', () => {
    const word = fc.stringMatching(/^[A-Za-zé’]{1,14}[.,!?]?$/);
    const paragraph = fc.array(word, { minLength: 1, maxLength: 80 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 0, maxLength: 6 }), fc.option(fc.integer({ min: 1, max: 120 })), (paragraphs, label) => {
        const stat = label === null ? '' : `\n\n<Stat value="5 %" year={2020} source="S">${'l'.repeat(label)}</Stat>\n`;
        const deck = deckOf(`## H\n\n${paragraphs.join('\n\n')}${stat}`);
        expect(deck.problems).toEqual([]);
        const slide = deck.slides[1] as Extract<Slide, { kind: 'section' }>;
        expect(slide.points.length).toBeLessThanOrEqual(SLIDE_LIMITS.defaultPoints);
        for (const p of slide.points) expect(p.length).toBeLessThanOrEqual(SLIDE_LIMITS.pointChars);
        const lines = listLines(slide.points) + (slide.figure ? 2.5 + Math.ceil(slide.figure.label.length / CHARS_PER_LINE) : 0);
        expect(slide.points.length <= 1 || lines <= SLIDE_LIMITS.maxLines).toBe(true);
      }),
    );
  });
});

describe('pointFrom and speakingSeconds', () => {
  it('keeps the first sentence, cut at a word with an ellipsis', () => {
    expect(pointFrom('Short one. Then more.')).toBe('Short one. Then more');
    expect(pointFrom('A first sentence long enough. Then more.')).toBe('A first sentence long enough');
    expect(pointFrom('word '.repeat(40), 30)).toBe('word word word word word…');
    expect(pointFrom('x'.repeat(50), 30)).toBe(`${'x'.repeat(29)}…`);
  });

  it('gives the time at 200 words a minute, to the quarter minute, at least half a minute', () => {
    expect(speakingSeconds(0)).toBe(30);
    expect(speakingSeconds(200)).toBe(60);
    expect(speakingSeconds(330)).toBe(105);
  });
});
