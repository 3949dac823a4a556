/** The glossary's lunr index for one language, fetched by the glossary filter on first use. */
import type { APIRoute } from 'astro';
import { glossaryIn } from '../../data/catalog';
import { langPaths } from '../../data/paths';
import type { Lang } from '../../lib/i18n';
import { buildGlossaryIndex } from '../../lib/search/catalogue-index';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Lang;
  const terms = [...(await glossaryIn(lang)).values()].map((e) => e.data);
  return new Response(JSON.stringify(buildGlossaryIndex(lang, terms)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
