/**
 * A lesson as slides for a room: a title slide, one slide per `##` section (its headline, a few points,
 * its key figure), then the takeaways, the questions to ask and the sources, each list over as many slides
 * as it needs. The prose stays with the presenter (the notes window). Pure: the build feeds it the
 * lesson's frontmatter and its source read by `readLessonSource`, and fails on the problems it returns.
 */
import type { StatFigure } from '../brief/stats';
import type { Source } from '../content/schemas';
import { CHARS_PER_LINE, figureLines, listLines, SLIDE_LIMITS, SOURCE_CHARS_PER_LINE } from './limits';
import type { LessonSource, SourceSection } from './sections';

export type ListKind = 'takeaways' | 'questions' | 'sources';

export type Slide =
  | { kind: 'title'; seconds: number }
  | {
      kind: 'section';
      heading: string;
      points: string[];
      figure?: StatFigure;
      /** Index of the section in the lesson (and of its prose in the notes). */
      section: number;
      /** The points were derived from the prose: the author chose none. */
      derived: boolean;
      seconds: number;
    }
  | { kind: ListKind; items: string[]; part: number; parts: number; seconds: number };

export interface DeckInput {
  takeaways: readonly string[];
  questions?: readonly string[] | undefined;
  sources: readonly Source[];
}

export interface Deck {
  slides: Slide[];
  /** What breaks the limits, naming the section: the build fails on these. */
  problems: string[];
  /** Headings of the sections whose points were derived from the prose: the build warns. */
  derived: string[];
}

/** Speaking pace the lesson durations assume (README: ≈ 200 words a minute). */
const WORDS_PER_MINUTE = 200;
const MIN_SECONDS = 30;
const TITLE_SECONDS = 30;

/** Seconds to speak `words`, to the nearest quarter minute, at least half a minute. */
export const speakingSeconds = (words: number) => Math.max(MIN_SECONDS, Math.round((words / WORDS_PER_MINUTE) * 4) * 15);

const countWords = (items: readonly string[]) => items.join(' ').split(/\s+/).filter(Boolean).length;

/** Values compare whatever spaces they are written with ("81 %" with a no-break or a narrow no-break space). */
const sameValue = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * The first sentence of a paragraph, as a point: cut at a word before `max` characters (with "…") when
 * longer, without its final full stop.
 */
export function pointFrom(paragraph: string, max: number = SLIDE_LIMITS.pointChars): string {
  const end = /[.!?…](?=\s|$)/g;
  let sentence = paragraph;
  for (const m of paragraph.matchAll(end)) {
    if (m.index + 1 >= 20) {
      sentence = paragraph.slice(0, m.index + 1);
      break;
    }
  }
  sentence = sentence.replace(/\.$/, '').trim();
  if (sentence.length <= max) return sentence;
  const room = sentence.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:–—-]+$/u, '')}…`;
}

const round = (lines: number) => Math.round(lines * 10) / 10;

const linesOf = (points: readonly string[], figure: StatFigure | undefined) => listLines(points) + (figure ? figureLines(figure.label) : 0);

function chooseFigure(section: SourceSection, problems: string[]): StatFigure | undefined {
  const where = `section “${section.heading}” (line ${section.line})`;
  if (section.figure === 'none') return undefined;
  if (section.figure !== undefined) {
    const match = section.stats.find((s) => sameValue(s.value, section.figure!));
    if (!match) {
      const values = section.stats.map((s) => JSON.stringify(s.value)).join(', ') || 'none';
      problems.push(`${where}: <SlidePoints figure=${JSON.stringify(section.figure)}> is not the value of a <Stat> in this section (values: ${values}; or "none")`);
    } else if (match.illustrative) {
      problems.push(`${where}: <SlidePoints figure=${JSON.stringify(section.figure)}> is an illustrative figure; a slide's key figure is sourced`);
    } else if (match.label.length > SLIDE_LIMITS.figureLabelChars) {
      problems.push(`${where}: the figure ${JSON.stringify(match.value)} has a label of ${match.label.length} characters; a slide allows ${SLIDE_LIMITS.figureLabelChars}: choose another figure or "none"`);
    } else return match;
    return undefined;
  }
  return section.stats.find((s) => !s.illustrative && s.label.length <= SLIDE_LIMITS.figureLabelChars);
}

function sectionSlide(section: SourceSection, index: number, problems: string[]): Slide {
  const L = SLIDE_LIMITS;
  const where = `section “${section.heading}” (line ${section.line})`;
  if (section.heading.length > L.headingChars) problems.push(`${where}: the heading has ${section.heading.length} characters; a slide's headline allows ${L.headingChars}`);
  const figure = chooseFigure(section, problems);
  const seconds = speakingSeconds(section.words);
  if (section.points) {
    const points = section.points;
    if (points.length > L.maxPoints) problems.push(`${where}: ${points.length} points; a slide allows ${L.maxPoints}`);
    points.forEach((p, i) => {
      if (p.length > L.pointChars) problems.push(`${where}: point ${i + 1} has ${p.length} characters; a slide allows ${L.pointChars}: shorten it`);
    });
    const lines = linesOf(points, figure);
    if (lines > L.maxLines) {
      problems.push(
        `${where}: too much slide text: about ${round(lines)} lines of ${CHARS_PER_LINE} characters, at most ${L.maxLines} (points ${round(listLines(points))}${figure ? `, figure ${round(figureLines(figure.label))}` : ''}); shorten or remove points${figure ? ', or set figure="none"' : ''}`,
      );
    }
    return { kind: 'section', heading: section.heading, points, ...(figure ? { figure } : {}), section: index, derived: false, seconds };
  }
  const points = section.paragraphs.slice(0, L.defaultPoints).map((p) => pointFrom(p));
  while (points.length > 1 && linesOf(points, figure) > L.maxLines) points.pop();
  return { kind: 'section', heading: section.heading, points, ...(figure ? { figure } : {}), section: index, derived: true, seconds };
}

/** A list cut into slides that each fit the line budget. */
function listSlides(kind: ListKind, items: readonly string[], perLine: number, problems: string[]): Slide[] {
  const pages: string[][] = [];
  for (const [i, item] of items.entries()) {
    if (listLines([item], perLine) > SLIDE_LIMITS.maxLines) problems.push(`${kind} ${i + 1} has ${item.length} characters: too long for a slide`);
    const page = pages.at(-1);
    if (page && listLines([...page, item], perLine) <= SLIDE_LIMITS.maxLines) page.push(item);
    else pages.push([item]);
  }
  return pages.map((page, i) => ({ kind, items: page, part: i + 1, parts: pages.length, seconds: speakingSeconds(countWords(page)) }));
}

/** The slides of a lesson. `sourceText` prints a source as the sources slide shows it. */
export function buildDeck(lesson: DeckInput, source: LessonSource, sourceText: (s: Source) => string): Deck {
  const problems = [...source.problems];
  const slides: Slide[] = [{ kind: 'title', seconds: TITLE_SECONDS }];
  source.sections.forEach((section, i) => slides.push(sectionSlide(section, i, problems)));
  slides.push(...listSlides('takeaways', lesson.takeaways, CHARS_PER_LINE, problems));
  if (lesson.questions?.length) slides.push(...listSlides('questions', lesson.questions, CHARS_PER_LINE, problems));
  slides.push(...listSlides('sources', lesson.sources.map(sourceText), SOURCE_CHARS_PER_LINE, problems));
  const derived = source.sections.filter((s) => !s.points).map((s) => s.heading);
  return { slides, problems, derived };
}
