/** getStaticPaths for presenter mode and its notes window: one page per lesson and language, like the lesson itself. */
import { lessonsIn } from '../../data/catalog';
import { LANGS } from '../../lib/content/translations';

export async function presenterPaths() {
  const paths = [];
  for (const lang of LANGS) {
    for (const lesson of await lessonsIn(lang)) paths.push({ params: { lang, slug: lesson.slug }, props: { lang, lesson } });
  }
  return paths;
}

/** The channel a deck and its notes window share: one per lesson and language. */
export const presenterChannel = (lang: string, slug: string) => `board-academy:present:${lang}/${slug}`;
