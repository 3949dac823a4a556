import { LANGS } from '../lib/content/translations';

/** getStaticPaths for pages that exist once per language. */
export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));
