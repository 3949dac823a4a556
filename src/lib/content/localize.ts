import { DEFAULT_LANG, splitId, type Lang } from './translations';

export interface Localized<T> {
  entry: T;
  slug: string;
  /** The language the text is actually in (French when an English translation is missing). */
  textLang: Lang;
  fallback: boolean;
}

/**
 * The entries of a collection as seen from one language: every French original, replaced by its
 * translation when there is one. Entries with a missing French original are rejected earlier, at load.
 */
export function localize<T extends { id: string }>(entries: readonly T[], lang: Lang): Localized<T>[] {
  const byLang = new Map<string, T>();
  const originals: { slug: string; entry: T }[] = [];
  for (const entry of entries) {
    const parts = splitId(entry.id);
    if (!parts) continue;
    byLang.set(`${parts.lang}/${parts.slug}`, entry);
    if (parts.lang === DEFAULT_LANG) originals.push({ slug: parts.slug, entry });
  }
  return originals.map(({ slug, entry }) => {
    const translated = byLang.get(`${lang}/${slug}`);
    return translated
      ? { entry: translated, slug, textLang: lang, fallback: false }
      : { entry, slug, textLang: DEFAULT_LANG, fallback: lang !== DEFAULT_LANG };
  });
}
