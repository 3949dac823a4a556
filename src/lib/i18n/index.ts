import { en } from './en';
import { fr, type MessageKey } from './fr';
import { DEFAULT_LANG, isLang, type Lang } from '../content/translations';

export type { MessageKey };
export { DEFAULT_LANG, isLang, type Lang };

const dictionaries = { fr, en } as const;

/** The other language of the pair, for the language switch. */
export const otherLang = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/** BCP 47 tags used with Intl and in `<html lang>`. */
export const LOCALE_TAG: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

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

/** The path of the same page in another language: `/fr/lessons/x/` → `/en/lessons/x/`. */
export function localizedPath(path: string, lang: Lang): string {
  const rest = path.replace(/^\/(fr|en)(?=\/|$)/, '');
  return `/${lang}${rest.startsWith('/') ? rest : `/${rest}`}`;
}
