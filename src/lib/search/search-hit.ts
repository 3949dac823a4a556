/**
 * What the site search shows for one Pagefind result, read defensively from the data Pagefind
 * returns. Excerpts arrive as HTML (escaped text with `<mark>` around the matches): they are split
 * into plain text segments here, so the page builds them with text nodes and never parses HTML.
 */
import { isSearchType, type SearchType } from './search-types';

export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  url: string;
  title: string;
  type: SearchType | null;
  excerpt: ExcerptSegment[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities an HTML-escaped excerpt may hold; anything unknown stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** `a <mark>b</mark> c` → [a ][b, marked][ c]. Other tags are dropped; their text is kept. */
export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?[a-z][^<>]*>)/i)) {
    const tag = /^<(\/?)([a-z]+)[^<>]*>$/i.exec(part);
    if (tag) {
      if (tag[2]!.toLowerCase() === 'mark') mark = tag[1] === '';
      continue;
    }
    const text = decodeEntities(part);
    if (text === '') continue;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  }
  return segments;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A result of Pagefind's `result.data()`, or null when it lacks a same-site URL or a title. */
export function toSearchHit(data: unknown): SearchHit | null {
  if (!isRecord(data) || typeof data['url'] !== 'string' || !data['url'].startsWith('/') || data['url'].startsWith('//')) return null;
  const meta = isRecord(data['meta']) ? data['meta'] : {};
  const title = typeof meta['title'] === 'string' ? meta['title'].trim() : '';
  if (title === '') return null;
  const filters = isRecord(data['filters']) ? data['filters'] : {};
  const types = Array.isArray(filters['type']) ? filters['type'] : [];
  const type = types.find(isSearchType) ?? null;
  const excerpt = typeof data['excerpt'] === 'string' ? excerptSegments(data['excerpt']) : [];
  return { url: data['url'], title, type, excerpt };
}
