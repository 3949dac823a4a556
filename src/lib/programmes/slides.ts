/**
 * Presenter mode: a lesson's rendered body cut into one screen per `##` section, and the facilitator
 * notes of each screen (the section's headings). Works on the HTML string the server rendered.
 */

export interface Slide {
  /** The `##` heading's text, or null for what comes before the first heading. */
  readonly heading: string | null;
  /** The text of the `###` headings inside the slide, for the facilitator's notes. */
  readonly subheadings: string[];
  readonly html: string;
}

/**
 * The body split before each top-level `<h2`: an introduction (when there is text before the first
 * heading) then one slide per heading. Lessons put `##` headings only at the top level of their body.
 */
export function splitAtHeadings(html: string): Slide[] {
  const starts = [...html.matchAll(/<h2[\s>]/g)].map((m) => m.index);
  const cuts = [0, ...starts.filter((i) => i > 0), html.length];
  const slides: Slide[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const part = html.slice(cuts[i], cuts[i + 1]);
    if (part.trim() === '') continue;
    slides.push({ heading: headingText(part), subheadings: subheadingTexts(part), html: part });
  }
  return slides;
}

function headingText(part: string): string | null {
  const match = /^\s*<h2[^>]*>([\s\S]*?)<\/h2>/.exec(part);
  return match ? plainText(match[1]!) : null;
}

function subheadingTexts(part: string): string[] {
  return [...part.matchAll(/<h3[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => plainText(m[1]!));
}

const plainText = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, '')).trim();

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The entities an HTML serialiser writes in text, back to characters (for headings shown as plain text). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
