import { dictionaries, type MessageKey } from './dictionaries.ts';
import { DEFAULT_LANG, LANGS, LOCALE_TAG, inLang, isLang, type Lang } from '../content/translations.ts';

export type { MessageKey };
export { DEFAULT_LANG, LANGS, LOCALE_TAG, inLang, isLang, type Lang };

/** The languages a page in `lang` links to in its language switch: every other one, in LANGS order. */
export const otherLangs = (lang: Lang): Lang[] => LANGS.filter((other) => other !== lang);

/** A translator for one language; `{name}` placeholders are filled from `vars`. */
export function translator(lang: Lang) {
  const dict = dictionaries[lang];
  return (key: MessageKey, vars: Record<string, string | number> = {}): string =>
    dict[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A message key chosen by the plural rules of the language: `key.one` or `key.other`. */
export function pluralKey<K extends string>(lang: Lang, count: number, base: K): `${K}.one` | `${K}.other` {
  return new Intl.PluralRules(LOCALE_TAG[lang]).select(count) === 'one' ? `${base}.one` : `${base}.other`;
}

/** A long date in the page's language, e.g. « 23 novembre 2026 » / "23 November 2026". */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Any language prefix (`/fr`, `/en`, …), at the start of a path. */
const LANG_PREFIX = new RegExp(`^/(?:${LANGS.join('|')})(?=/|$)`);

/** The path of the same page in another language: `/fr/lessons/x/` → `/en/lessons/x/`. */
export function localizedPath(path: string, lang: Lang): string {
  const rest = path.replace(LANG_PREFIX, '');
  return `/${lang}${rest.startsWith('/') ? rest : `/${rest}`}`;
}
