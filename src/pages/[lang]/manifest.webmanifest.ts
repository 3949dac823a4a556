/** `/{lang}/manifest.webmanifest`: the installable site in one language, under the build's base path. */
import type { APIRoute } from 'astro';
import { langPaths } from '../../data/paths';
import { LOCALE_TAG, translator, type Lang } from '../../lib/i18n';
import { webManifest } from '../../lib/offline/web-manifest';

export const getStaticPaths = langPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const t = translator(lang);
  const manifest = webManifest({ base: import.meta.env.BASE_URL, lang, locale: LOCALE_TAG[lang], name: t('site.name'), description: t('site.tagline') });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
