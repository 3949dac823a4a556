/**
 * The figures of a lesson, read from its MDX source at build time: every `<Stat value year source>label</Stat>`
 * in order of appearance, with its label as plain text (nested tags such as `<Term>` dropped, spaces folded).
 * Pure text work, no MDX compiler: `<Stat>` attributes are literal strings or `{number}` expressions.
 */
export interface StatFigure {
  /** The figure as printed, e.g. "81 %". */
  value: string;
  /** What the figure counts: the text between the tags. */
  label: string;
  source?: string | undefined;
  year?: number | undefined;
  illustrative: boolean;
  /** 1-based line of the `<Stat` in the source, to point authors at it. */
  line: number;
}

const ATTRIBUTE = /([A-Za-z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*([^}]*?)\s*\}))?/g;

function attributes(raw: string): Map<string, string | true> {
  const found = new Map<string, string | true>();
  for (const m of raw.matchAll(ATTRIBUTE)) {
    const value = m[2] ?? m[3] ?? m[4];
    found.set(m[1]!, value === undefined ? true : value);
  }
  return found;
}

/** Plain text of an MDX fragment: tags dropped, Markdown emphasis marks dropped, whitespace folded. */
export function plainText(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, '')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every `<Stat>` of an MDX body, in order. A `<Stat …/>` without a label gets an empty label. */
export function extractStats(body: string): StatFigure[] {
  const stats: StatFigure[] = [];
  const open = /<Stat\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*?)(\/?)>/g;
  for (const m of body.matchAll(open)) {
    const attrs = attributes(m[1] ?? '');
    let label = '';
    if (m[2] !== '/') {
      const start = m.index + m[0].length;
      const close = body.indexOf('</Stat>', start);
      label = plainText(body.slice(start, close === -1 ? undefined : close));
    }
    const value = attrs.get('value');
    const source = attrs.get('source');
    const year = attrs.get('year');
    stats.push({
      value: typeof value === 'string' ? value : '',
      label,
      source: typeof source === 'string' ? source : undefined,
      year: typeof year === 'string' && /^\d+$/.test(year) ? Number(year) : undefined,
      illustrative: attrs.has('illustrative') && attrs.get('illustrative') !== 'false',
      line: body.slice(0, m.index).split('\n').length,
    });
  }
  return stats;
}
