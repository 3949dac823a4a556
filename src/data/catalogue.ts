/** The catalogue of one language, gathered from the content collections and the calculator registry. */
import { lessonTracksIn, quizzesIn, storiesIn } from './catalog';
import { CALCULATORS } from './calculators';
import { AUDIENCES, TRACKS } from '../lib/content/schemas';
import { translator, type Lang } from '../lib/i18n';
import { CATALOGUE_TYPES, catalogueEntries, type CatalogueEntry } from '../lib/search/catalogue';
import type { CatalogueLabels } from '../lib/search/catalogue-index';
import { withBase } from '../lib/base-url';

/**
 * Quiz and calculator pages live in their own route folders; an entry is listed only once its
 * section's pages are part of the site, so the catalogue never links to a page that was not built.
 */
const routes = Object.keys(import.meta.glob('/src/pages/*/{quizzes,calculators}/**/*.astro'));
const sectionBuilt = (section: 'quizzes' | 'calculators') => routes.some((route) => route.includes(`/${section}/`));

export function catalogueLabels(lang: Lang): CatalogueLabels {
  const t = translator(lang);
  return {
    type: Object.fromEntries(CATALOGUE_TYPES.map((type) => [type, t(`search.type.${type}`)])) as CatalogueLabels['type'],
    audience: Object.fromEntries(AUDIENCES.map((a) => [a, t(`audience.${a}`)])) as CatalogueLabels['audience'],
    track: Object.fromEntries(TRACKS.map((track) => [track, t(`track.${track}`)])) as CatalogueLabels['track'],
  };
}

export async function catalogueOf(lang: Lang): Promise<CatalogueEntry[]> {
  const t = translator(lang);
  const lessons = (await lessonTracksIn(lang)).flatMap(({ items }) => items);
  const quizzes = sectionBuilt('quizzes') ? [...(await quizzesIn(lang)).values()] : [];
  const entries = catalogueEntries({
    lang,
    lessons: lessons.map((l) => ({ slug: l.slug, textLang: l.textLang, ...l.entry.data })),
    stories: (await storiesIn(lang)).map((s) => ({ slug: s.slug, textLang: s.textLang, ...s.entry.data })),
    quizzes: quizzes.map((q) => ({ slug: q.slug, textLang: q.textLang, title: q.entry.data.title, lesson: q.entry.data.lesson })),
    calculators: sectionBuilt('calculators')
      ? CALCULATORS.map((c) => ({
          ...c,
          title: t(`calculator.${c.id}.title`),
          description: t(`calculator.${c.id}.description`),
        }))
      : [],
    quizDescription: (lesson) => (lesson ? t('catalogue.quizOf', { lesson }) : t('catalogue.quiz')),
  });
  // Site paths in lib/, addresses under the site's base on the page and in its filter index.
  return entries.map((entry) => ({ ...entry, href: withBase(entry.href) }));
}
