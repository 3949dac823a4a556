/**
 * What "Save for offline" keeps: a pack of addresses for a track (its lessons, their briefs and
 * quizzes, its certificate) or a programme (its views, lessons, quizzes and calculators), plus the
 * catalogue and glossary so the filter and the terms work offline. The app shell (home, lessons
 * index, progress, scripts and styles) is precached by the service worker and is not repeated here.
 */
import { siteUrl } from './urls';

export interface OfflinePack {
  /** `track-{track}` or `programme-{id}`: unique within a language. */
  id: string;
  urls: string[];
}

interface Common {
  base: string;
  lang: string;
  lessons: readonly string[];
  quizzes: readonly string[];
}

const lessonUrls = ({ base, lang, lessons, quizzes }: Common): string[] => [
  ...lessons.flatMap((slug) => [siteUrl(base, `${lang}/lessons/${slug}/`), siteUrl(base, `${lang}/lessons/${slug}/brief/`)]),
  ...quizzes.flatMap((id) => [siteUrl(base, `${lang}/quizzes/${id}/`), siteUrl(base, `${lang}/quizzes/${id}.json`)]),
];

const references = ({ base, lang }: Common): string[] => [
  siteUrl(base, `${lang}/catalogue/`),
  siteUrl(base, `${lang}/catalogue-index.json`),
  siteUrl(base, `${lang}/glossary/`),
];

const unique = (urls: string[]) => [...new Set(urls)];

export function trackPack(input: Common & { track: string }): OfflinePack {
  return {
    id: `track-${input.track}`,
    urls: unique([...lessonUrls(input), siteUrl(input.base, `${input.lang}/certificates/${input.track}/`), ...references(input)]),
  };
}

export function programmePack(input: Common & { programme: string; calculators: readonly string[] }): OfflinePack {
  const { base, lang, programme } = input;
  const root = `${lang}/programmes/${programme}/`;
  return {
    id: `programme-${programme}`,
    urls: unique([
      ...['', 'learner/', 'handout/', 'briefs/'].map((view) => siteUrl(base, `${root}${view}`)),
      ...lessonUrls(input),
      ...input.calculators.map((id) => siteUrl(base, `${lang}/calculators/${id}/`)),
      ...references(input),
    ]),
  };
}

/** The addresses removing `pack` may delete: those no other saved pack still needs. */
export function urlsToRemove(pack: OfflinePack, stillSaved: readonly OfflinePack[]): string[] {
  const kept = new Set(stillSaved.filter((p) => p.id !== pack.id).flatMap((p) => p.urls));
  return pack.urls.filter((url) => !kept.has(url));
}

/** Where a saved pack's record (its addresses, size and date) is kept in the saved cache. */
export const packRecordUrl = (base: string, lang: string, id: string): string => siteUrl(base, `${lang}/offline/saved/${id}.json`);

export interface PackRecord {
  urls: string[];
  bytes: number;
  savedAt: string;
}

/** A stored record read back; anything malformed counts as not saved (it is then saved again). */
export function parsePackRecord(value: unknown): PackRecord | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { urls, bytes, savedAt } = value as Record<string, unknown>;
  if (!Array.isArray(urls) || !urls.every((u) => typeof u === 'string')) return undefined;
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return undefined;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return undefined;
  return { urls, bytes, savedAt };
}
