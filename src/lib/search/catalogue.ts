/**
 * The catalogue: every lesson, story, quiz and calculator of one language as one flat list of
 * entries, built from plain data (the pages gather it from the content collections).
 */
import type { Audience, Track } from '../content/schemas';
import type { Lang } from '../content/translations';

export const CATALOGUE_TYPES = ['lesson', 'story', 'quiz', 'calculator'] as const;
export type CatalogueType = (typeof CATALOGUE_TYPES)[number];

export interface CatalogueEntry {
  /** Unique in the catalogue: `lesson/why-programmes-fail`. */
  ref: string;
  type: CatalogueType;
  title: string;
  description: string;
  href: string;
  audience: Audience[];
  track: Track | null;
  tags: string[];
  /** Searchable words not shown in the list: a lesson's objectives and takeaways, a story's objective and KPIs. */
  summary: string;
  /** The language the title and description are written in (French for an untranslated page). */
  textLang: Lang;
}

export interface LessonSource {
  slug: string;
  title: string;
  description: string;
  audience: readonly Audience[];
  track: Track;
  tags: readonly string[];
  objectives: readonly string[];
  takeaways: readonly string[];
  textLang: Lang;
}
export interface StorySource {
  slug: string;
  title: string;
  description: string;
  tags: readonly string[];
  sector: string;
  objective: string;
  kpis: readonly string[];
  /** Slugs of the lessons the story illustrates: the story reaches their audiences. */
  lessons: readonly string[];
  textLang: Lang;
}
export interface QuizSource {
  slug: string;
  title: string;
  /** The lesson the quiz checks, whose audience, track and tags it shares. */
  lesson?: string | undefined;
  textLang: Lang;
}
export interface CalculatorSource {
  id: string;
  title: string;
  description: string;
  audience: readonly Audience[];
  tags: readonly string[];
}

export interface CatalogueSources {
  lang: Lang;
  lessons: readonly LessonSource[];
  stories: readonly StorySource[];
  quizzes: readonly QuizSource[];
  calculators: readonly CalculatorSource[];
  /** The description of a quiz, from the title of its lesson when it has one. */
  quizDescription: (lessonTitle: string | undefined) => string;
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** Lessons first (in the order given), then stories, quizzes and calculators. */
export function catalogueEntries(sources: CatalogueSources): CatalogueEntry[] {
  const { lang } = sources;
  const lessons = new Map(sources.lessons.map((l) => [l.slug, l] as const));
  const entries: CatalogueEntry[] = [];

  for (const l of sources.lessons) {
    entries.push({
      ref: `lesson/${l.slug}`,
      type: 'lesson',
      title: l.title,
      description: l.description,
      href: `/${lang}/lessons/${l.slug}/`,
      audience: [...l.audience],
      track: l.track,
      tags: [...l.tags],
      summary: [...l.objectives, ...l.takeaways].join(' '),
      textLang: l.textLang,
    });
  }
  for (const s of sources.stories) {
    const related = s.lessons.flatMap((slug) => lessons.get(slug) ?? []);
    entries.push({
      ref: `story/${s.slug}`,
      type: 'story',
      title: s.title,
      description: s.description,
      href: `/${lang}/stories/${s.slug}/`,
      audience: unique(related.flatMap((l) => l.audience)),
      track: null,
      tags: [...s.tags],
      summary: [s.sector, s.objective, ...s.kpis].join(' '),
      textLang: s.textLang,
    });
  }
  for (const q of sources.quizzes) {
    const lesson = q.lesson === undefined ? undefined : lessons.get(q.lesson);
    entries.push({
      ref: `quiz/${q.slug}`,
      type: 'quiz',
      title: q.title,
      description: sources.quizDescription(lesson?.title),
      href: `/${lang}/quizzes/${q.slug}/`,
      audience: lesson ? [...lesson.audience] : [],
      track: lesson?.track ?? null,
      tags: lesson ? [...lesson.tags] : [],
      summary: '',
      textLang: q.textLang,
    });
  }
  for (const c of sources.calculators) {
    entries.push({
      ref: `calculator/${c.id}`,
      type: 'calculator',
      title: c.title,
      description: c.description,
      href: `/${lang}/calculators/${c.id}/`,
      audience: [...c.audience],
      track: null,
      tags: [...c.tags],
      summary: '',
      textLang: lang,
    });
  }
  return entries;
}
