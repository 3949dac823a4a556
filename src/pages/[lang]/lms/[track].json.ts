/**
 * What `npm run package` needs to write a track's manifests: the track's title and description and
 * its lessons in order, with their pages inside the package and their quizzes' pass marks.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { lessonTracksIn, quizzesByLessonIn } from '~/data/catalog';
import { LANGS } from '~/lib/content/translations';
import { LOCALE_TAG, translator } from '~/lib/i18n';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) {
    for (const { track, items } of await lessonTracksIn(lang)) {
      if (items.length > 0) paths.push({ params: { lang, track }, props: { lang, track, items } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { lang, track, items } }) => {
  const t = translator(lang);
  const quizzes = await quizzesByLessonIn(lang);
  const course = {
    lang,
    locale: LOCALE_TAG[lang],
    track,
    identifier: `board-academy-${lang}-${track}`,
    title: `${t('site.name')} · ${t(`track.${track}`)}`,
    description: t(`lms.course.${track}`),
    lessons: items.map(({ slug, entry }) => {
      const quiz = quizzes.get(slug)?.[0]?.entry.data;
      return {
        slug,
        title: entry.data.title,
        description: entry.data.description,
        href: `${lang}/lms/lessons/${slug}/index.html`,
        ...(quiz ? { masteryPercent: quiz.passMark } : {}),
      };
    }),
  };
  return new Response(JSON.stringify(course, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
