/** getStaticPaths for presenter mode and its notes window: one page per lesson and language, like the lesson itself. */
import { decksIn } from './decks';
import type { Slide } from '../lib/slides/deck';
import { LANGS } from '../lib/content/translations';
import { withBase } from '../lib/base-url';
import type { LessonData } from '../lib/content/schemas';
import type { translator } from '../lib/i18n';

type Translator = ReturnType<typeof translator>;

export async function presenterPaths() {
  const paths = [];
  for (const lang of LANGS) {
    for (const [slug, deck] of await decksIn(lang)) paths.push({ params: { lang, slug }, props: { lang, deck } });
  }
  return paths;
}

/**
 * The channel a deck and its notes window share: one per lesson and language, and per installation
 * (two copies of the site under different paths of one origin never drive each other's decks).
 */
export const presenterChannel = (lang: string, slug: string) => `board-academy:present:${withBase(`/${lang}/lessons/${slug}/`)}`;

/** A slide's headline, as the slide shows it and the notes name it ("Next: …"). */
export function slideHeading(slide: Slide, data: LessonData, t: Translator): string {
  if (slide.kind === 'title') return data.title;
  if (slide.kind === 'section') return slide.heading;
  const heading = t(`present.${slide.kind}`);
  return slide.parts > 1 ? t('present.part', { heading, part: slide.part, parts: slide.parts }) : heading;
}
