/**
 * A lesson's one-page board brief: which figures it shows, and the rules that keep it on one A4 page.
 * The rules are a check on content (counts and lengths, then an estimate of printed lines), run when
 * the site is built: a brief that breaks them fails the build, naming the file. The printed page
 * (src/components/brief/) is sized so that any brief within these rules fits one A4 page; the
 * end-to-end tests print every brief, and a brief filled to these limits, and count the pages.
 */
import type { Source } from '../content/schemas';
import type { StatFigure } from './stats';

export const BRIEF_LIMITS = {
  /** Figures an author may choose (`brief: { figures: [...] }`). */
  maxFigures: 4,
  /** Figures shown when the author chooses none: the lesson's first sourced `<Stat>`s. */
  defaultFigures: 3,
  maxTakeaways: 5,
  maxQuestions: 8,
  maxSources: 6,
  /** Characters of one item, as printed (a takeaway or question longer than this reads as a paragraph). */
  descriptionChars: 200,
  takeawayChars: 200,
  questionChars: 180,
  /** A figure's label (the text of its `<Stat>`) and its source name together. */
  figureChars: 200,
  /** Estimated printed lines of the whole brief (see `briefLines`). */
  maxLines: 57,
} as const;

/** Characters per printed line, by kind of text (measured on the printed brief, rounded down). */
export const PER_LINE = { description: 70, item: 85, source: 100 } as const;
/** A section heading and the space around it, in body lines. */
const HEADING_LINES = 2;
/** Kicker, title (two lines at most), the rule under the header, and the footer, in body lines. */
export const FIXED_LINES = 8;

export interface BriefContent {
  description: string;
  takeaways: readonly string[];
  questions?: readonly string[] | undefined;
  sources: readonly Source[];
  figures: readonly StatFigure[];
}

const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

/** A figure as printed: value, label, then "(Source: …, year)". */
export const figureText = (f: StatFigure) => `${f.value} ${f.label} (Source : ${f.source ?? ''}, ${f.year ?? ''})`;
export const sourceText = (s: Source) => `${s.author}, ${s.title}, ${s.publication}, ${s.approximate ? 'c. ' : ''}${s.year}.${s.url ? ` ${s.url}` : ''}`;

/** Printed lines the brief's variable parts take, by part: the estimate the build checks. */
export function briefLines(brief: BriefContent): { total: number; parts: Record<string, number> } {
  const section = (items: readonly string[], perLine: number) =>
    items.length === 0 ? 0 : HEADING_LINES + items.reduce((sum, item) => sum + lines(item, perLine), 0);
  const parts = {
    header: FIXED_LINES,
    description: lines(brief.description, PER_LINE.description),
    takeaways: section(brief.takeaways, PER_LINE.item),
    figures: section(brief.figures.map(figureText), PER_LINE.item),
    questions: section(brief.questions ?? [], PER_LINE.item),
    sources: section(brief.sources.map(sourceText), PER_LINE.source),
  };
  return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}

/** Values compare whatever spaces they are written with ("81 %" with a no-break or a narrow no-break space). */
const sameValue = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * The figures of the brief: those the author named by value in `brief.figures`, in that order, or else
 * the first sourced figures of the lesson. Problems name the figure and what is wrong.
 */
export function chooseFigures(stats: readonly StatFigure[], chosen: readonly string[] | undefined): { figures: StatFigure[]; problems: string[] } {
  const sourced = stats.filter((s) => !s.illustrative);
  if (chosen === undefined) return { figures: sourced.slice(0, BRIEF_LIMITS.defaultFigures), problems: [] };
  const problems: string[] = [];
  const figures: StatFigure[] = [];
  for (const value of chosen) {
    const match = stats.find((s) => sameValue(s.value, value));
    if (!match) {
      const values = stats.length > 0 ? stats.map((s) => JSON.stringify(s.value)).join(', ') : 'none';
      problems.push(`brief.figures: ${JSON.stringify(value)} is not the value of a <Stat> in this lesson (values: ${values})`);
    } else if (match.illustrative) {
      problems.push(`brief.figures: ${JSON.stringify(value)} is an illustrative figure; a brief shows sourced figures only`);
    } else if (figures.includes(match)) {
      problems.push(`brief.figures: ${JSON.stringify(value)} is named twice`);
    } else figures.push(match);
  }
  return { figures, problems };
}

/** Why a brief cannot fit one A4 page, by the rules above (an empty list when it fits). */
export function briefProblems(brief: BriefContent): string[] {
  const L = BRIEF_LIMITS;
  const problems: string[] = [];
  const tooLong = (field: string, items: readonly string[], max: number) =>
    items.forEach((item, i) => {
      if (item.length > max) problems.push(`${field} ${i + 1} has ${item.length} characters; a brief allows ${max}: shorten it`);
    });
  if (brief.description.length > L.descriptionChars) problems.push(`description has ${brief.description.length} characters; a brief allows ${L.descriptionChars}`);
  if (brief.takeaways.length > L.maxTakeaways) problems.push(`takeaways: ${brief.takeaways.length} items; a brief allows ${L.maxTakeaways}`);
  if ((brief.questions?.length ?? 0) > L.maxQuestions) problems.push(`questions: ${brief.questions?.length} items; a brief allows ${L.maxQuestions}`);
  if (brief.sources.length > L.maxSources) problems.push(`sources: ${brief.sources.length} sources; a brief allows ${L.maxSources}`);
  if (brief.figures.length > L.maxFigures) problems.push(`brief.figures: ${brief.figures.length} figures; a brief allows ${L.maxFigures}`);
  tooLong('takeaway', brief.takeaways, L.takeawayChars);
  tooLong('question', brief.questions ?? [], L.questionChars);
  brief.figures.forEach((f) => {
    const chars = f.label.length + (f.source?.length ?? 0);
    if (chars > L.figureChars) problems.push(`brief figure ${JSON.stringify(f.value)} (line ${f.line}): label and source have ${chars} characters; a brief allows ${L.figureChars}: choose another figure`);
  });
  const { total, parts } = briefLines(brief);
  if (total > L.maxLines) {
    const detail = Object.entries(parts).map(([part, n]) => `${part} ${n}`).join(', ');
    problems.push(`the brief does not fit one A4 page: about ${total} printed lines, at most ${L.maxLines} (${detail}); shorten items, or choose fewer figures in brief.figures`);
  }
  return problems;
}
