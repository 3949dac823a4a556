/**
 * The site's languages, and the checks that tie the languages of a collection together (ids look
 * like `fr/slug`). A language is one folder away: its code and BCP 47 tag in SHIPPED, its UI strings
 * in src/lib/i18n/<code>/, its content in content/<collection>/<code>/ (README, "Translating").
 */
import { extraLocale } from './extra-locale.ts';

/** Every shipped language with its BCP 47 tag (Intl, `<html lang>`, hreflang), the reference first. */
const SHIPPED = { fr: 'fr-FR', en: 'en-GB' } as const;
export type Lang = keyof typeof SHIPPED;

/** French: every other language translates it, and shows it where a translation is missing. */
export const DEFAULT_LANG: Lang = 'fr';

/**
 * The languages built, the reference first. A test build may add one (extra-locale.ts); it is typed
 * as a shipped language, so per-language text kept outside the dictionaries falls back to French
 * through `inLang`.
 */
export const LOCALE_TAG: Readonly<Record<Lang, string>> = extraLocale ? { ...SHIPPED, [extraLocale.lang]: extraLocale.tag } : SHIPPED;
export const LANGS = Object.keys(LOCALE_TAG) as readonly Lang[];

export function isLang(value: string | undefined): value is Lang {
  return value !== undefined && Object.hasOwn(LOCALE_TAG, value);
}

/** The text of `lang` in a per-language record, the reference language's when `lang` has none. */
export const inLang = <T>(record: Readonly<Record<Lang, T>>, lang: Lang): T => record[lang] ?? record[DEFAULT_LANG];

/** Splits `fr/why-programmes-fail` into its language and slug; null when the path has no known language folder. */
export function splitId(id: string): { lang: Lang; slug: string } | null {
  const [lang, ...rest] = id.split('/');
  if (!isLang(lang) || rest.length === 0) return null;
  return { lang, slug: rest.join('/') };
}

/** Every problem with the language layout of a collection, one readable line each (empty when all is well). */
export function translationProblems(collection: string, entries: { id: string; file: string }[]): string[] {
  const problems: string[] = [];
  const originals = new Set<string>();
  const folders = LANGS.map((lang) => `${lang}/`).join(' or ');
  for (const e of entries) {
    const parts = splitId(e.id);
    if (!parts) problems.push(`${e.file}: ${collection} files live in a ${folders} folder`);
    else if (parts.lang === DEFAULT_LANG) originals.add(parts.slug);
  }
  for (const e of entries) {
    const parts = splitId(e.id);
    if (parts && parts.lang !== DEFAULT_LANG && !originals.has(parts.slug)) {
      problems.push(`${e.file}: translation without its French original (expected ${DEFAULT_LANG}/${parts.slug} in ${collection})`);
    }
  }
  return problems;
}
