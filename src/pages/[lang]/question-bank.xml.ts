/**
 * Every quiz of the curriculum as one Moodle XML file (`/fr/question-bank.xml`): a category per
 * track (in curriculum order) and a sub-category per quiz, so that a trainer imports the whole
 * bank at once and Board Academy can read any one quiz back (`quiz:import --category`).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { lessonTracksIn, quizzesByLessonIn, quizzesIn } from '../../data/catalog';
import { LANGS } from '../../lib/content/translations';
import { translator } from '../../lib/i18n';
import { curriculumToMoodleXml, type CurriculumTrack } from '../../lib/question-banks/moodle-xml';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang }, props: { lang } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { lang } }) => {
  const t = translator(lang);
  const byLesson = await quizzesByLessonIn(lang);
  const placed = new Set<string>();
  const tracks: CurriculumTrack[] = [];
  for (const { track, items } of await lessonTracksIn(lang)) {
    const quizzes = items.flatMap((lesson) => byLesson.get(lesson.slug) ?? []).filter((q) => !placed.has(q.slug));
    quizzes.forEach((q) => placed.add(q.slug));
    if (quizzes.length > 0) tracks.push({ title: t(`track.${track}`), quizzes: quizzes.map((q) => q.entry.data) });
  }
  // Quizzes outside any track's lessons still belong in the bank.
  const others = [...(await quizzesIn(lang)).values()].filter((q) => !placed.has(q.slug));
  if (others.length > 0) tracks.push({ title: t('quiz.index.title'), quizzes: others.map((q) => q.entry.data) });
  return new Response(curriculumToMoodleXml(tracks, t('site.name')), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
