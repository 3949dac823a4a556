/** The catalogue's lunr index for one language, fetched by the catalogue filter on first use. */
import type { APIRoute } from 'astro';
import { catalogueLabels, catalogueOf } from '../../data/catalogue';
import { langPaths } from '../../data/paths';
import type { Lang } from '../../lib/i18n';
import { buildCatalogueIndex } from '../../lib/search/catalogue-index';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Lang;
  const data = buildCatalogueIndex(lang, await catalogueOf(lang), catalogueLabels(lang));
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
