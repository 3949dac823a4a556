/**
 * Each lesson's one-page board brief as pages see it, computed once per build. The build fails when
 * a lesson's brief cannot fit one A4 page by the rules of src/lib/brief/brief.ts, naming each file.
 */
import { displayPath } from '../lib/content/display-path';
import { lessonsIn, type Lesson } from './catalog';
import { briefProblems, chooseFigures } from '../lib/brief/brief';
import { extractStats, type StatFigure } from '../lib/brief/stats';
import type { Localized } from '../lib/content/localize';
import type { Lang } from '../lib/content/translations';
import { withBase } from '../lib/base-url';
import { parseSiteUrl } from '../lib/site-path';

export interface LessonBrief {
  lesson: Localized<Lesson>;
  figures: StatFigure[];
}

function briefOf(entry: Lesson): { figures: StatFigure[]; problems: string[] } {
  const data = entry.data;
  const chosen = chooseFigures(extractStats(entry.body ?? ''), data.brief?.figures);
  const problems = [
    ...chosen.problems,
    ...briefProblems({ description: data.description, takeaways: data.takeaways, questions: data.questions, sources: data.sources, figures: chosen.figures }),
  ];
  return { figures: chosen.figures, problems };
}

const cache = new Map<Lang, Promise<Map<string, LessonBrief>>>();

async function load(lang: Lang) {
  const lessons = await lessonsIn(lang);
  const problems: string[] = [];
  const briefs = new Map<string, LessonBrief>();
  for (const lesson of lessons) {
    const { figures, problems: found } = briefOf(lesson.entry);
    problems.push(...found.map((line) => `${displayPath(lesson.entry.filePath ?? lesson.entry.id)}: ${line}`));
    briefs.set(lesson.slug, { lesson, figures });
  }
  if (problems.length > 0) throw new Error(`Invalid lessons content (one-page brief):\n  ${problems.join('\n  ')}`);
  return briefs;
}

/** The briefs of one language's lessons (French fallback included), keyed by slug. */
export const briefsIn = (lang: Lang) => {
  let value = cache.get(lang);
  if (!value) cache.set(lang, (value = load(lang)));
  return value;
};

/**
 * The address of a lesson as printed on its brief: absolute when the deployment's address is configured
 * (SITE_URL), the path otherwise (a build for an intranet or a test has no public address to print).
 */
export function lessonAddress(lang: Lang, slug: string): string {
  const path = withBase(`/${lang}/lessons/${slug}/`);
  const site = parseSiteUrl(process.env.SITE_URL);
  return site ? new URL(path, site).href : path;
}
