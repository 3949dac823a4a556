/**
 * Each quiz as JSON (`/fr/quizzes/<id>.json`), fetched by the quiz player when it starts: the answers
 * and explanations stay out of the page's HTML, which keeps lesson pages within their weight budget.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { quizFilePaths } from '~/data/catalog';

export const getStaticPaths = quizFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
