/**
 * Each quiz as Moodle XML (`/fr/quizzes/<id>.xml`), for trainers who take the quiz into their
 * LMS's question bank. See README "Question banks".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { quizFilePaths } from '~/data/catalog';
import { quizToMoodleXml } from '~/lib/question-banks/moodle-xml';

export const getStaticPaths = quizFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(quizToMoodleXml(props.data), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
