import { DEFAULT_LANG, isLang, type Lang } from '../lib/i18n';

/** The language of the page being rendered, from Astro's i18n routing (`/fr/…`, `/en/…`). */
export const pageLang = (astro: { currentLocale?: string | undefined }): Lang =>
  isLang(astro.currentLocale) ? astro.currentLocale : DEFAULT_LANG;

let counter = 0;
/** An id unique within the build (so within any page), for aria-labelledby/aria-describedby pairs. */
export const uniqueId = (prefix: string): string => `${prefix}-${(++counter).toString(36)}`;
