/**
 * A lesson's sections as slides see them, read from its MDX source at build time (plain text work, like
 * src/lib/brief/stats.ts): each `##` heading, the `<SlidePoints>` its author chose, its figures, and the
 * prose a default slide is derived from when the author chose no points.
 */
import { extractStats, type StatFigure } from '../brief/stats';

export interface SourceSection {
  /** The `##` heading as plain text. */
  heading: string;
  /** 1-based line of the heading in the body, to point authors at it. */
  line: number;
  /** The points of its `<SlidePoints>` block, when it has one. */
  points?: string[];
  /** `<SlidePoints figure="…">`: the `value` of the `<Stat>` to show, or "none". */
  figure?: string;
  /** Every `<Stat>` of the section, in order (lines are the body's). */
  stats: StatFigure[];
  /** Paragraphs and list items of the prose as plain text (asides and embedded tools left out). */
  paragraphs: string[];
  /** Words of the whole section as read aloud (asides included), for its time. */
  words: number;
}

export interface LessonSource {
  /** Plain-text paragraphs before the first `##` heading. */
  intro: string[];
  sections: SourceSection[];
  /** `<SlidePoints>` used where it cannot apply (outside a section, twice in one, empty). */
  problems: string[];
}

const POINTS = /<SlidePoints\b((?:[^>"']|"[^"]*"|'[^']*')*?)>([\s\S]*?)<\/SlidePoints>/g;
/** Blocks that are not prose for the room: asides, embedded tools, the points themselves. */
const ASIDES = /<(Callout|Calculator|Quiz|SlidePoints|KeyTakeaways|QuestionsToAsk)\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*?(?:\/>|>[\s\S]*?<\/\1>)/g;

/**
 * Plain text of an MDX fragment: tags and emphasis marks dropped, line breaks and runs of spaces folded.
 * No-break spaces are kept (French typography puts them before `: ; ? !`).
 */
export const plain = (fragment: string) =>
  fragment
    .replace(/<[^>]*>/g, '')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();

/** The body cut at its top-level `##` headings (fenced code is not searched). */
function cut(body: string): { intro: string; parts: { heading: string; line: number; text: string }[] } {
  const lines = body.split('\n');
  const parts: { heading: string; line: number; text: string }[] = [];
  const intro: string[] = [];
  let fenced = false;
  for (const [i, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) parts.push({ heading: plain(heading[1]!), line: i + 1, text: '' });
    else if (parts.length > 0) parts.at(-1)!.text += `${line}\n`;
    else intro.push(line);
  }
  return { intro: intro.join('\n'), parts };
}

/** A `<Stat>` read as "value label", a `<Source/>` dropped, links kept as their text. */
function proseText(mdx: string): string {
  return plain(
    mdx
      .replace(/<Stat\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*?)>([\s\S]*?)<\/Stat>/g, (_, attrs: string, label: string) => {
        const value = /\bvalue\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? '';
        return `${value} ${label}`;
      })
      .replace(/<Source\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*?\/>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'),
  )
    // A citation dropped before a full stop leaves a space behind it.
    .replace(/ +([.,])/g, '$1');
}

/** Paragraphs and list items of some MDX prose, as plain text. */
function paragraphsOf(mdx: string): string[] {
  const blocks: string[] = [];
  for (const block of mdx.replace(ASIDES, '\n\n').split(/\n\s*\n/)) {
    const items = block.split(/\n(?=\s*(?:[-*+]|\d+\.)\s)/);
    for (const item of items) {
      const text = proseText(item.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '').replace(/^\s*>\s?/gm, ''));
      if (text && !/^(?:import|export)\s/.test(item.trim())) blocks.push(text);
    }
  }
  return blocks;
}

const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(attrs)?.[1];

/** Reads a lesson body: its introduction, its sections with their chosen points, and misplaced points. */
export function readLessonSource(body: string): LessonSource {
  const { intro, parts } = cut(body);
  const problems: string[] = [];
  if (POINTS.test(intro)) problems.push('<SlidePoints> before the first ## heading: put it inside the section it sums up');
  POINTS.lastIndex = 0;
  const sections = parts.map((part): SourceSection => {
    const blocks = [...part.text.matchAll(POINTS)];
    if (blocks.length > 1) problems.push(`section “${part.heading}” (line ${part.line}): ${blocks.length} <SlidePoints> blocks; a section has one`);
    const block = blocks[0];
    let points: string[] | undefined;
    if (block) {
      points = block[2]!
        .split(/\n(?=\s*[-*+]\s)/)
        .map((item) => proseText(item.replace(/^\s*[-*+]\s+/, '')))
        .filter((item) => item !== '');
      if (points.length === 0) problems.push(`section “${part.heading}” (line ${part.line}): <SlidePoints> has no points; write one per line, each starting with "- "`);
    }
    const stats = extractStats(part.text).map((s) => ({ ...s, line: part.line + s.line }));
    return {
      heading: part.heading,
      line: part.line,
      ...(points ? { points } : {}),
      ...(block && attribute(block[1]!, 'figure') !== undefined ? { figure: attribute(block[1]!, 'figure')! } : {}),
      stats,
      paragraphs: paragraphsOf(part.text),
      words: countWords(proseText(part.text.replace(POINTS, '').replace(/<(Calculator|Quiz)\b[^>]*\/>/g, ''))),
    };
  });
  return { intro: paragraphsOf(intro), sections, problems };
}
