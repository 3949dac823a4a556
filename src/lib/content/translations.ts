/** Checks that tie the two languages of a collection together. Ids look like `fr/slug`. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

export function isLang(value: string | undefined): value is Lang {
  return value === 'fr' || value === 'en';
}

/** Splits `fr/why-programmes-fail` into its language and slug; null when the path has no known language folder. */
export function splitId(id: string): { lang: Lang; slug: string } | null {
  const [lang, ...rest] = id.split('/');
  if (!isLang(lang) || rest.length === 0) return null;
  return { lang, slug: rest.join('/') };
}

/** Every problem with the language layout of a collection, one readable line each (empty when all is well). */
export function translationProblems(collection: string, entries: { id: string; file: string }[]): string[] {
  const problems: string[] = [];
  const french = new Set<string>();
  for (const e of entries) {
    const parts = splitId(e.id);
    if (!parts) problems.push(`${e.file}: ${collection} files live in a fr/ or en/ folder`);
    else if (parts.lang === 'fr') french.add(parts.slug);
  }
  for (const e of entries) {
    const parts = splitId(e.id);
    if (parts && parts.lang !== 'fr' && !french.has(parts.slug)) {
      problems.push(`${e.file}: translation without its French original (expected fr/${parts.slug} in ${collection})`);
    }
  }
  return problems;
}
