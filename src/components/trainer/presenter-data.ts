/** getStaticPaths for presenter mode and its notes window: one page per lesson and language, like the lesson itself. */
import { lessonsIn } from '../../data/catalog';
import { LANGS } from '../../lib/content/translations';
import { withBase } from '../../lib/base-url';

export async function presenterPaths() {
  const paths = [];
  for (const lang of LANGS) {
    for (const lesson of await lessonsIn(lang)) paths.push({ params: { lang, slug: lesson.slug }, props: { lang, lesson } });
  }
  return paths;
}

/**
 * The channel a deck and its notes window share: one per lesson and language, and per installation
 * (two copies of the site under different paths of one origin never drive each other's decks).
 */
export const presenterChannel = (lang: string, slug: string) => `board-academy:present:${withBase(`/${lang}/lessons/${slug}/`)}`;
