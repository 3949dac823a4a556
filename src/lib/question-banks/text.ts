/**
 * Text helpers shared by the GIFT and Moodle XML converters. Quiz text is plain text on Board Academy
 * (pages render it escaped): HTML and Markdown from a question bank are reduced to their words here,
 * never passed through. Self-contained (no imports) so that the import CLI runs under plain Node.
 */

/** Removes a UTF-8 byte-order mark and turns CRLF and lone CR line endings into LF. */
export function normaliseInput(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  euro: '€',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  icirc: 'î',
  ucirc: 'û',
  ugrave: 'ù',
  Eacute: 'É',
  times: '×',
  deg: '°',
  shy: '',
};

/** Decodes character references (`&amp;`, `&#233;`, `&#xE9;`); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** What an HTML fragment loses on its way to plain text, for the import report. */
export interface HtmlLoss {
  images: boolean;
  media: boolean;
  links: boolean;
  tables: boolean;
  scripts: boolean;
}

export function htmlLoss(html: string): HtmlLoss {
  return {
    images: /<img\b|@@PLUGINFILE@@/i.test(html),
    media: /<(?:video|audio|iframe|object|embed|svg|math)\b/i.test(html),
    links: /<a\b[^>]*\bhref=/i.test(html),
    tables: /<table\b/i.test(html),
    scripts: /<(?:script|style)\b/i.test(html),
  };
}

/**
 * HTML to plain text: script and style elements are dropped with their content, block ends become
 * line breaks, every other tag is removed, character references are decoded and spaces collapsed.
 * The result is text, so `<script>` written as `&lt;script&gt;` comes out as those characters, which
 * the site then shows escaped.
 */
export function htmlToText(html: string): string {
  const withoutCode = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|style|template|noscript)\b[\s\S]*$/gi, '');
  const withBreaks = withoutCode
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|li|h[1-6]|tr|blockquote|pre|ul|ol|table)\s*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '• ')
    .replace(/<\/t[dh]\s*>/gi, ' ');
  const withoutTags = withBreaks.replace(/<\/?[a-zA-Z][^>]*>/g, '').replace(/<[!?][^>]*>/g, '');
  return tidy(decodeEntities(withoutTags));
}

/** Markdown to plain text: emphasis markers, heading marks and link syntax go, the words stay. */
export function markdownToText(markdown: string): string {
  return tidy(
    markdown
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(\*|_)(?=\S)([^*_\n]*?\S)\1/g, '$2')
      .replace(/`([^`]*)`/g, '$1'),
  );
}

/** Collapses runs of spaces and tabs, trims lines and drops blank lines. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .trim();
}

export type TextFormat = 'html' | 'markdown' | 'plain' | 'moodle';

/**
 * A bank's text in one of its formats, as plain text. Moodle's auto-format accepts HTML, so it is
 * treated as HTML when it holds tags or character references.
 */
export function toPlainText(format: TextFormat, text: string): string {
  if (format === 'html') return htmlToText(text);
  if (format === 'markdown') return markdownToText(text);
  if (format === 'moodle' && /<\/?[a-zA-Z][^>]*>|&#?[a-zA-Z0-9]+;/.test(text)) return htmlToText(text);
  return text.trim();
}

/** Lowercase ASCII words joined by hyphens, as quiz, question, option and item ids are. */
export function slugify(text: string, max = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** An id made from `text` (or `fallback`) that is not in `taken`; adds it to `taken`. */
export function uniqueId(text: string, fallback: string, taken: Set<string>): string {
  const base = slugify(text) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A number written without exponent and without floating-point dust (12 significant digits). */
export function formatNumber(value: number): string {
  const clean = Number(value.toPrecision(12));
  const plain = String(clean);
  if (!/e/i.test(plain)) return plain;
  return clean.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Removes floating-point dust: 1.2000000000000002 → 1.2. */
export const tidyNumber = (value: number): number => Number(value.toPrecision(12));
