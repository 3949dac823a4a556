/**
 * The site's content as pages see it. Each collection is read once per build and memoised:
 * pages call these helpers freely without re-reading or re-sorting the collection per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localize, type Localized } from '../lib/content/localize';
import { displayPath } from '../lib/content/display-path';
import { groupByTrack } from '../lib/content/tracks';
import { LANGS, type Lang } from '../lib/content/translations';

export type Lesson = CollectionEntry<'lessons'>;
export type Story = CollectionEntry<'stories'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

const once = <T>(load: () => Promise<T>) => {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
};

const published = <T extends { data: { draft: boolean } }>(entries: T[]) =>
  entries.filter((e) => !(import.meta.env.PROD && e.data.draft));

const allLessons = once(async () => published(await getCollection('lessons')));
const allStories = once(async () => published(await getCollection('stories')));
const allGlossary = once(() => getCollection('glossary'));
const allQuizzes = once(() => getCollection('quizzes'));

const memo = <T>(build: (lang: Lang) => Promise<T>) => {
  const cache = new Map<Lang, Promise<T>>();
  return (lang: Lang) => {
    let value = cache.get(lang);
    if (!value) cache.set(lang, (value = build(lang)));
    return value;
  };
};

export const lessonsIn = memo(async (lang) => localize(await allLessons(), lang));

export const lessonTracksIn = memo(async (lang) =>
  groupByTrack(await lessonsIn(lang), (l: Localized<Lesson>) => l.entry.data),
);

export const storiesIn = memo(async (lang) =>
  localize(await allStories(), lang).sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, lang)),
);

/** Glossary terms of one language keyed by id, sorted alphabetically by term. */
export const glossaryIn = memo(async (lang) => {
  const entries = (await allGlossary())
    .filter((e) => e.id.startsWith(`${lang}/`))
    .sort((a, b) => a.data.term.localeCompare(b.data.term, lang, { sensitivity: 'base' }));
  return new Map(entries.map((e) => [e.data.id, e] as const));
});

export type QuizEntry = CollectionEntry<'quizzes'>;

/**
 * Quizzes of one language keyed by id (French fallback included, like lessons). The build fails
 * when a quiz names a lesson that does not exist: a broken link between them is a content error.
 */
export const quizzesIn = memo(async (lang) => {
  const lessonSlugs = new Set((await allLessons()).map((l) => l.id.split('/').slice(1).join('/')));
  const all = await allQuizzes();
  const broken = all.filter((q) => q.data.lesson !== undefined && !lessonSlugs.has(q.data.lesson));
  if (broken.length > 0) {
    throw new Error(
      `Invalid quizzes content:\n  ${broken.map((q) => `${displayPath(q.filePath ?? q.id)}: lesson "${q.data.lesson}" does not exist`).join('\n  ')}`,
    );
  }
  return new Map(localize(all, lang).map((q) => [q.slug, q] as const));
});

/** getStaticPaths of the quiz files served beside each quiz page (`.json`, `.gift`, `.xml`): one per quiz and language. */
export async function quizFilePaths() {
  const paths = [];
  for (const lang of LANGS) for (const quiz of (await quizzesIn(lang)).values()) paths.push({ params: { lang, id: quiz.slug }, props: { data: quiz.entry.data } });
  return paths;
}

/** Each lesson's quizzes (usually one), keyed by lesson slug: built once, looked up by every lesson page. */
export const quizzesByLessonIn = memo(async (lang) => {
  const byLesson = new Map<string, Localized<QuizEntry>[]>();
  for (const quiz of (await quizzesIn(lang)).values()) {
    const lesson = quiz.entry.data.lesson;
    if (lesson !== undefined) byLesson.set(lesson, [...(byLesson.get(lesson) ?? []), quiz]);
  }
  return byLesson;
});

/** Per track, what completing it takes: its lessons (slugs) and the quizzes of those lessons (ids), in curriculum order. */
export const trackRequirementsIn = memo(async (lang) => {
  const byLesson = await quizzesByLessonIn(lang);
  return (await lessonTracksIn(lang)).map(({ track, items }) => {
    const lessons = items.map((l) => l.slug);
    return { track, lessons, quizzes: lessons.flatMap((slug) => (byLesson.get(slug) ?? []).map((q) => q.slug)) };
  });
});
