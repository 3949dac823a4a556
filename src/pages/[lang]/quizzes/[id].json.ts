/**
 * Each quiz as JSON (`/fr/quizzes/<id>.json`), fetched by the quiz player when it starts: the answers
 * and explanations stay out of the page's HTML, which keeps lesson pages within their weight budget.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { quizzesIn } from '~/data/catalog';
import { LANGS } from '~/lib/content/translations';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) for (const quiz of (await quizzesIn(lang)).values()) paths.push({ params: { lang, id: quiz.slug }, props: { data: quiz.entry.data } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
