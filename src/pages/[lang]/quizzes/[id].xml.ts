/**
 * Each quiz as Moodle XML (`/fr/quizzes/<id>.xml`), for trainers who take the quiz into their
 * LMS's question bank. See README "Question banks".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { quizzesIn } from '~/data/catalog';
import { LANGS } from '~/lib/content/translations';
import { quizToMoodleXml } from '~/lib/question-banks/moodle-xml';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) for (const quiz of (await quizzesIn(lang)).values()) paths.push({ params: { lang, id: quiz.slug }, props: { data: quiz.entry.data } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(quizToMoodleXml(props.data), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
