/**
 * Each lesson's slides as presenter mode sees them, computed once per build (src/lib/slides/). The build
 * fails when a lesson's slide text breaks the limits of src/lib/slides/limits.ts, naming the file and the
 * section, and warns for each lesson whose sections have no `<SlidePoints>` yet (their slides are derived).
 */
import { buildDeck, type Slide } from '../lib/slides/deck';
import { readLessonSource } from '../lib/slides/sections';
import type { Source } from '../lib/content/schemas';
import type { Localized } from '../lib/content/localize';
import { translator, type Lang } from '../lib/i18n';
import { lessonsIn, type Lesson } from './catalog';
import { displayPath } from '../lib/content/display-path';
import { programmesIn } from './programmes';
import type { ProgrammeSession } from '../lib/programmes/schema';

export interface LessonDeck {
  lesson: Localized<Lesson>;
  slides: Slide[];
  /** Plain-text paragraphs of the lesson before its first section (the title slide's notes). */
  intro: string[];
}

/** Files already warned about: a French lesson shown at its English address is read twice. */
const warned = new Set<string>();

async function load(lang: Lang): Promise<Map<string, LessonDeck>> {
  const t = translator(lang);
  const sourceText = (s: Source) => `${s.author}, ${s.title}, ${s.publication}, ${s.approximate ? t('source.approximateYear', { year: s.year }) : s.year}`;
  const problems: string[] = [];
  const decks = new Map<string, LessonDeck>();
  for (const lesson of await lessonsIn(lang)) {
    const file = displayPath(lesson.entry.filePath ?? lesson.entry.id);
    const source = readLessonSource(lesson.entry.body ?? '');
    const deck = buildDeck(lesson.entry.data, source, sourceText);
    problems.push(...deck.problems.map((p) => `${file}: ${p}`));
    if (deck.derived.length > 0 && !warned.has(file)) {
      warned.add(file);
      console.warn(
        `[slides] ${file}: no <SlidePoints> in ${deck.derived.length} section(s): ${deck.derived.map((h) => `“${h}”`).join(', ')}; their slides show the first sentence of each paragraph (README, “Slides of a lesson”)`,
      );
    }
    decks.set(lesson.slug, { lesson, slides: deck.slides, intro: source.intro });
  }
  if (problems.length > 0) throw new Error(`Invalid lessons content (slides):\n  ${problems.join('\n  ')}`);
  return decks;
}

const cache = new Map<Lang, Promise<Map<string, LessonDeck>>>();

/** The slides of one language's lessons (French fallback included), keyed by slug. */
export const decksIn = (lang: Lang) => {
  let value = cache.get(lang);
  if (!value) cache.set(lang, (value = load(lang)));
  return value;
};

export interface FacilitatorNotes {
  programme: string;
  session: ProgrammeSession;
}

/** The facilitator notes of every programme session that teaches this lesson, for its notes window. */
export async function facilitatorNotesFor(lang: Lang, slug: string): Promise<FacilitatorNotes[]> {
  const found: FacilitatorNotes[] = [];
  for (const programme of await programmesIn(lang)) {
    for (const session of programme.entry.data.sessions) {
      if (session.lessons.includes(slug)) found.push({ programme: programme.entry.data.title, session });
    }
  }
  return found;
}
