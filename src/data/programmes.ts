/**
 * Programmes as pages see them, read once per build. The build fails when a programme names a lesson,
 * quiz or calculator that does not exist (timings were already checked when the collection loaded).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localize } from '../lib/content/localize';
import { LANGS, type Lang } from '../lib/content/translations';
import { referenceProblems } from '../lib/programmes/checks';
import { CALCULATOR_IDS } from './calculators';
import { displayPath } from '../lib/content/display-path';
import { lessonsIn, quizzesIn } from './catalog';

export type ProgrammeEntry = CollectionEntry<'programmes'>;

const cache = new Map<Lang, ReturnType<typeof load>>();

async function load(lang: Lang) {
  const [lessons, quizzes, all] = await Promise.all([lessonsIn(lang), quizzesIn(lang), getCollection('programmes')]);
  const known = {
    lessons: new Set(lessons.map((l) => l.slug)),
    quizzes: new Set(quizzes.keys()),
    calculators: new Set<string>(CALCULATOR_IDS),
  };
  const problems = all.flatMap((p) => referenceProblems(p.data.sessions, known).map((line) => `${displayPath(p.filePath ?? p.id)}: ${line}`));
  if (problems.length > 0) throw new Error(`Invalid programmes content:\n  ${problems.join('\n  ')}`);
  return localize(all, lang).sort((a, b) => a.entry.data.duration - b.entry.data.duration);
}

/** The programmes of one language (French fallback included), shortest first. */
export const programmesIn = (lang: Lang) => {
  let value = cache.get(lang);
  if (!value) cache.set(lang, (value = load(lang)));
  return value;
};

/** getStaticPaths for the pages of each programme, in both languages. */
export async function programmePaths() {
  const paths = [];
  for (const lang of LANGS) {
    for (const programme of await programmesIn(lang)) paths.push({ params: { lang, id: programme.slug }, props: { lang, programme } });
  }
  return paths;
}
