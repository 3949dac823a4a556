/**
 * How much text a slide may carry: the one place these limits live (the README's authoring section
 * quotes them). A slide is a 16:9 stage laid out for 1280 × 720 and scaled to the window, so what fits
 * there fits on every screen. Text is estimated in body lines: characters ÷ CHARS_PER_LINE, rounded up
 * per item. The end-to-end tests fill a slide to these limits and check that it still fits.
 */
export const SLIDE_LIMITS = {
  /** Points an author may give a section (`<SlidePoints>`). */
  maxPoints: 5,
  /** Characters of one point: a point is a phrase a room reads at a glance, not a sentence of the prose. */
  pointChars: 90,
  /** Characters of a section's `##` heading, the slide's headline (two lines at most). */
  headingChars: 80,
  /** Characters of the key figure's label (the text of its `<Stat>`). */
  figureLabelChars: 120,
  /** Body lines below the headline: points, and the key figure when there is one. */
  maxLines: 10,
  /** Points a slide shows when the author gave none (each the first sentence of a paragraph, cut to `pointChars`). */
  defaultPoints: 3,
} as const;

/** Characters of a body line on the 1280-px stage (measured ≈ 66 with the system sans serif; kept lower for word wrap). */
export const CHARS_PER_LINE = 56;
/** Sources print smaller (0.8 em): more characters to a line. */
export const SOURCE_CHARS_PER_LINE = 70;
/** Space between list items, in lines. */
const ITEM_GAP = 0.3;
/** The key figure's value (larger type) and its source line, around its label. */
const FIGURE_EXTRA_LINES = 2.5;

const linesOf = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

/** Body lines a list of items takes. */
export function listLines(items: readonly string[], perLine = CHARS_PER_LINE): number {
  if (items.length === 0) return 0;
  return items.reduce((sum, item) => sum + linesOf(item, perLine), 0) + ITEM_GAP * (items.length - 1);
}

/** Body lines of a key figure: its value line, its label and its source. */
export const figureLines = (label: string) => FIGURE_EXTRA_LINES + linesOf(label, CHARS_PER_LINE);
