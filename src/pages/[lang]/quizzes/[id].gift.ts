/**
 * Each quiz as GIFT (`/fr/quizzes/<id>.gift`), Moodle's plain-text question format, for trainers
 * who take the quiz into their LMS's question bank. See README "Question banks".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { quizzesIn } from '~/data/catalog';
import { LANGS } from '~/lib/content/translations';
import { quizToGift } from '~/lib/question-banks/gift';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) for (const quiz of (await quizzesIn(lang)).values()) paths.push({ params: { lang, id: quiz.slug }, props: { data: quiz.entry.data } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(quizToGift(props.data), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
