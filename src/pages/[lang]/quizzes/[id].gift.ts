/**
 * Each quiz as GIFT (`/fr/quizzes/<id>.gift`), Moodle's plain-text question format, for trainers
 * who take the quiz into their LMS's question bank. See README "Question banks".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { quizFilePaths } from '~/data/catalog';
import { quizToGift } from '~/lib/question-banks/gift';

export const getStaticPaths = quizFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(quizToGift(props.data), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
