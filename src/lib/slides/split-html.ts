/**
 * A lesson's rendered body cut at its top-level `<h2>` headings, for the presenter's notes: the prose
 * before the first heading, then each section's prose without its heading (the notes print their own).
 * Headings nested in components (a calculator's, a callout's) do not cut: only depth 0 counts.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

export interface SplitBody {
  intro: string;
  sections: string[];
}

export function splitSections(html: string): SplitBody {
  const cuts: { start: number; bodyStart: number }[] = [];
  let depth = 0;
  let open: { start: number } | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [whole, closing, rawName = '', attrs = ''] = m;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    const selfClosing = VOID.has(name) || attrs.trimEnd().endsWith('/');
    if (closing) {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && name === 'h2' && open) {
        cuts.push({ start: open.start, bodyStart: m.index + whole.length });
        open = null;
      }
      continue;
    }
    if (selfClosing) continue;
    if (depth === 0 && name === 'h2') open = { start: m.index };
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end === -1 ? html.length : end;
    }
    depth++;
  }
  const intro = html.slice(0, cuts[0]?.start ?? html.length);
  const sections = cuts.map((cut, i) => html.slice(cut.bodyStart, cuts[i + 1]?.start ?? html.length));
  return { intro, sections };
}
