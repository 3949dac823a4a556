/**
 * French typography over every French content file: lessons and stories (frontmatter and body),
 * quizzes, programmes and the glossary. curriculum.test.ts checks punctuation in lesson and story
 * bodies; this file covers all content, both MDX and YAML, and numbers with their units.
 *
 * The house style, as the content already encodes it:
 *   - a no-break space before : ; ? ! (U+00A0 before :, U+00A0 or the narrow U+202F before ; ? !);
 *   - a no-break space inside « » (U+00A0);
 *   - a no-break space between a number and its unit (U+202F or U+00A0): 81 %, 48 h, 2 400 €;
 *     and no plain space inside a number (thousands are grouped with U+202F or U+00A0);
 *   - ’ for the apostrophe, never '.
 *
 * What is not prose is masked (replaced by spaces, newlines kept, so line numbers stay right):
 * YAML keys and comments, identifiers, MDX import/export lines, code, comments, JSX expressions
 * (`year={2010}`), tag and attribute names, link targets, URLs, HTML entities and clock times
 * (13:30). Attribute values that are printed (title, value, source…) are checked. A cited title
 * (a <Source> attribute or an entry of `sources:`) may be in English, so it is exempt from the
 * rules that only French text obeys (no space before a colon, straight apostrophes), but not
 * from the others.
 *
 * Every failure reads `file:line: problem («snippet»)`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Like the build, BOARD_ACADEMY_CONTENT may point at another content folder. */
const CONTENT = resolve(process.cwd(), process.env.BOARD_ACADEMY_CONTENT ?? 'content');

// ---------------------------------------------------------------------------------------------
// Masking.

const blank = (s: string) => s.replace(/[^\n]/g, ' ');
const mask = (text: string, pattern: RegExp) => text.replace(pattern, blank);

/**
 * Two layers of the same text, same length: `prose` is what a French reader reads (checked by
 * every rule); `cited` is the text of cited titles (checked by the rules English titles obey too).
 */
interface Layers {
  prose: string;
  cited: string;
}

/** Masks that apply to both layers: addresses, clock times, entities. */
function withoutAddresses(t: string): string {
  t = t.replace(/\b(?:https?|mailto|tel):[^\s"'<>)\]]*/g, blank);
  t = t.replace(/(?<![\d:])\d{1,2}:\d{2}(?![\d:])/g, blank); // 13:30, 9:00
  return t.replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, blank);
}

/** Keys (with their list dash) and values that are identifiers rather than text. */
const YAML_KEY = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)(:)(?=\s|$)/;
const IDENTIFIER_KEYS = new Set(['id', 'lesson', 'lessons', 'type', 'track', 'audience', 'tags', 'seeAlso', 'url', 'href', 'reviewed', 'kind']);
const CITATION_KEYS = new Set(['author', 'title', 'publication']);

/**
 * YAML lines → layers. Keys and comments are masked; values of identifier keys too; within a
 * `sources:` block (lesson or story frontmatter), author, title and publication are citations.
 */
function yamlLayers(text: string): Layers {
  const prose: string[] = [];
  const cited: string[] = [];
  let sourcesIndent = -1; // indentation of an open `sources:` key, -1 when outside
  let blockKey = ''; // the key whose value continues on the following lines
  let blockIndent = -1;
  for (const line of text.split('\n')) {
    const indent = line.search(/\S/);
    if (indent === -1) {
      prose.push(line);
      cited.push(blank(line));
      continue;
    }
    if (sourcesIndent >= 0 && indent <= sourcesIndent) sourcesIndent = -1;
    if (/^\s*#/.test(line)) {
      prose.push(blank(line));
      cited.push(blank(line));
      continue;
    }
    let key = '';
    let value = line;
    const k = YAML_KEY.exec(line);
    if (k) {
      key = k[2] ?? '';
      value = blank(k[0]) + line.slice(k[0].length);
      if (key === 'sources') sourcesIndent = indent;
      blockKey = key;
      blockIndent = indent;
    } else if (indent <= blockIndent) {
      // A list item without a key (`- "text"`): its own value.
      blockKey = '';
    }
    value = value.replace(/^(\s*)-(\s)/, '$1 $2');
    const effectiveKey = k ? key : blockKey;
    if (IDENTIFIER_KEYS.has(effectiveKey)) {
      prose.push(blank(line));
      cited.push(blank(line));
    } else if (sourcesIndent >= 0 && indent > sourcesIndent && CITATION_KEYS.has(effectiveKey)) {
      prose.push(blank(line));
      cited.push(value);
    } else {
      prose.push(value);
      cited.push(blank(line));
    }
  }
  return { prose: withoutAddresses(prose.join('\n')), cited: withoutAddresses(cited.join('\n')) };
}

/** Attributes of a tag whose values are addresses or identifiers, never printed text. */
const IDENTIFIER_ATTRIBUTES = new Set(['id', 'href', 'url', 'src', 'kind', 'class', 'className', 'lang', 'type', 'name', 'slug', 'lesson', 'for', 'target', 'rel']);
const TAG = /<\/?([A-Za-z][\w.]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*)\s*\/?>/g;
const ATTRIBUTE = /([\w:-]+)(?:\s*=\s*("[^"]*"|'[^']*'|\{[^{}]*\}))?/g;

/** MDX body → layers: markup masked, text and printed attribute values kept. */
function mdxLayers(body: string): Layers {
  let t = mask(body, /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm);
  t = mask(t, /^(?:import|export)\s[^\n]*$/gm);
  t = mask(t, /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$/gm); // table alignment rows
  t = mask(t, /`[^`\n]+`/g);
  t = mask(t, /<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g);
  t = mask(t, /\]\([^)\s]*(?:\s+"[^"]*")?\)/g); // link targets
  let cited = blank(t);
  // Tags: names, attribute names and syntax are masked; printed values stay (in the prose layer,
  // or the cited layer for a <Source>'s citation); JSX expressions outside tags are code.
  t = t.replace(TAG, (tag: string, name: string, attrs: string, offset: number) => {
    const kept = blank(tag).split('');
    const keptCited = blank(tag).split('');
    const attrsStart = 1 + (tag.startsWith('</') ? 1 : 0) + name.length;
    for (const a of attrs.matchAll(ATTRIBUTE)) {
      const [, attr, quoted] = a;
      if (!attr || !quoted || !/^["']/.test(quoted) || IDENTIFIER_ATTRIBUTES.has(attr)) continue;
      const start = attrsStart + a.index + a[0].length - quoted.length + 1;
      const target = name === 'Source' && CITATION_KEYS.has(attr) ? keptCited : kept;
      for (let i = 0; i < quoted.length - 2; i++) target[start + i] = quoted[i + 1] ?? ' ';
    }
    cited = cited.slice(0, offset) + keptCited.join('') + cited.slice(offset + tag.length);
    return kept.join('');
  });
  t = mask(t, /\{[^{}]*\}/g);
  return { prose: withoutAddresses(t), cited: withoutAddresses(cited) };
}

/** A content file → layers, frontmatter (YAML) and body (MDX) alike. */
function layersOf(path: string, text: string): Layers {
  if (!path.endsWith('.mdx') && !path.endsWith('.md')) return yamlLayers(text);
  const m = /^---\r?\n([\s\S]*?\r?\n)---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return mdxLayers(text);
  const front = yamlLayers(m[1] ?? '');
  const body = mdxLayers(text.slice(m[0].length));
  const fence = (s: string) => blank(m[0].slice(0, 4)) + s + blank(m[0].slice(4 + (m[1] ?? '').length));
  return { prose: fence(front.prose) + body.prose, cited: fence(front.cited) + body.cited };
}

// ---------------------------------------------------------------------------------------------
// Rules.

const UNITS = '%|‰|€|k€|M€|Md€|\\$|£|h|min|jours?|semaines?|mois|ans?|années?|heures?|minutes?|secondes?|points?|pts?';
const NUMBER_UNIT_PLAIN = new RegExp(`(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)?[ \\t]+(?:${UNITS})(?![\\p{L}\\p{N}])`, 'gu');
const NUMBER_UNIT_GLUED = new RegExp(`(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)?(?:%|‰|€|k€|M€|Md€|h|min)(?![\\p{L}\\p{N}])`, 'gu');

interface Rule {
  pattern: RegExp;
  problem: string;
  /** Rules that an English cited title obeys too. */
  citations: boolean;
}

const RULES: Rule[] = [
  { pattern: /[ \t]+[:;?!]/g, problem: 'plain space before : ; ? or ! (use U+00A0 before :, U+202F or U+00A0 before ; ? !)', citations: true },
  { pattern: /[\p{L}\p{N})»”*_][;?!](?=[\s"”»)*_]|$)|[\p{L})»”*_]:(?=\s|$)/gu, problem: 'no space before : ; ? or ! (add U+00A0 or U+202F)', citations: false },
  { pattern: /«(?![\u00a0\u202f])/g, problem: 'no no-break space after « (use U+00A0)', citations: true },
  { pattern: /(?<![\u00a0\u202f])»/g, problem: 'no no-break space before » (use U+00A0)', citations: true },
  { pattern: NUMBER_UNIT_PLAIN, problem: 'plain space between a number and its unit (use U+202F or U+00A0)', citations: true },
  { pattern: NUMBER_UNIT_GLUED, problem: 'no space between a number and its unit (add U+202F or U+00A0)', citations: false },
  { pattern: /\d[ \t]\d{3}(?![\p{N}])/gu, problem: 'plain space inside a number (group thousands with U+202F or U+00A0)', citations: true },
  { pattern: /\p{L}'{1,2}\p{L}/gu, problem: 'straight apostrophe (use ’)', citations: false },
];

export interface TypographyProblem {
  line: number;
  problem: string;
  snippet: string;
}

const snippetAt = (original: string, at: number, length: number) =>
  original
    .slice(Math.max(0, at - 20), at + length + 20)
    .replace(/\s+/g, (s) => (/[\u00a0\u202f]/.test(s) && !/[ \t\n]/.test(s) ? s : ' '))
    .trim();

/** Problems in one French file's text (`path` tells MDX from YAML). */
export function frenchTypographyProblems(path: string, text: string): TypographyProblem[] {
  const { prose, cited } = layersOf(path, text);
  const originals = text.split('\n');
  const problems: TypographyProblem[] = [];
  const scan = (layer: string, rule: Rule) =>
    layer.split('\n').forEach((l, i) => {
      for (const m of l.matchAll(rule.pattern)) {
        problems.push({ line: i + 1, problem: rule.problem, snippet: snippetAt(originals[i] ?? '', m.index, m[0].length) });
      }
    });
  for (const rule of RULES) {
    scan(prose, rule);
    if (rule.citations) scan(cited, rule);
  }
  return problems.sort((a, b) => a.line - b.line);
}

// ---------------------------------------------------------------------------------------------

/** Every French content file: lessons, stories, quizzes, programmes, the glossary. */
function frenchFiles(): string[] {
  const inDir = (dir: string, ext: RegExp) =>
    existsSync(dir) ? readdirSync(dir).filter((n) => ext.test(n)).sort().map((n) => join(dir, n)) : [];
  return [
    ...inDir(join(CONTENT, 'lessons', 'fr'), /\.mdx?$/),
    ...inDir(join(CONTENT, 'stories', 'fr'), /\.mdx?$/),
    ...inDir(join(CONTENT, 'quizzes', 'fr'), /\.ya?ml$/),
    ...inDir(join(CONTENT, 'programmes', 'fr'), /\.ya?ml$/),
    ...inDir(join(CONTENT, 'glossary'), /^fr\.ya?ml$/),
  ];
}

describe('French typography across all French content', () => {
  const files = frenchFiles();

  it('finds French lessons, stories, quizzes, programmes and the glossary', () => {
    for (const folder of ['lessons', 'stories', 'quizzes', 'programmes', 'glossary']) {
      expect(files.some((f) => f.includes(`${join(CONTENT, folder)}/`)), folder).toBe(true);
    }
  });

  it('has no breakable space, missing space or straight apostrophe where French typography needs one', () => {
    const problems = files.flatMap((file) =>
      frenchTypographyProblems(file, readFileSync(file, 'utf8')).map(
        (p) => `${relative(process.cwd(), file)}:${p.line}: ${p.problem} («${p.snippet}»)`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('the French typography scanner itself', () => {
  const mdx = (body: string) => frenchTypographyProblems('x.mdx', body).map((p) => p.problem);
  const yml = (text: string) => frenchTypographyProblems('x.yaml', text).map((p) => p.problem);

  it('accepts correct French typography, in both no-break spaces', () => {
    expect(mdx('Bien\u00a0: oui\u202f; non\u202f? si\u00a0! «\u00a0mot\u00a0» l’écoute, 81\u202f%, 48\u00a0h, 2\u202f400\u00a0€, 3,2\u202fpoints.')).toEqual([]);
    expect(yml('title: "Quiz\u00a0: 90\u202fminutes\u202f?"\n')).toEqual([]);
  });

  it('flags each class of error', () => {
    expect(mdx('Bien : oui')).toEqual([RULES[0]?.problem]);
    expect(mdx('Quoi? Voici:')).toEqual([RULES[1]?.problem, RULES[1]?.problem]);
    expect(mdx('«mot»')).toEqual([RULES[2]?.problem, RULES[3]?.problem]);
    expect(mdx('81 % et 52 jours, 48 h')).toEqual([RULES[4]?.problem, RULES[4]?.problem, RULES[4]?.problem]);
    expect(mdx('81% et 48h')).toEqual([RULES[5]?.problem, RULES[5]?.problem]);
    expect(mdx('2 400 clients')).toEqual([RULES[6]?.problem]);
    expect(mdx("l'écoute")).toEqual([RULES[7]?.problem]);
  });

  it('checks printed attribute values and YAML values, with their line', () => {
    expect(frenchTypographyProblems('x.mdx', 'Texte.\n\nUn <Stat value="81 %" year={2010} source="BSI">taux</Stat>.')).toEqual([
      { line: 3, problem: RULES[4]?.problem, snippet: expect.stringContaining('value="81 %"') },
    ]);
    expect(yml('- id: roi\n  definition: "Délai : coût"\n')).toEqual([RULES[0]?.problem]);
    expect(frenchTypographyProblems('x.mdx', '---\ntitle: "A : b"\n---\n\nTexte.')[0]?.line).toBe(2);
  });

  it('leaves URLs, times, code, JSX, keys and identifiers alone', () => {
    expect(mdx('Voir https://example.org/a?b=1&c=2; et [lien](/fr/x?y=1), `a: b`, {\' \'} <Callout kind="note">ok</Callout>.')).toEqual([]);
    expect(mdx('import X from \'./x\';\n\nÀ 13:30, puis à 9:00.\n\n```\nx: y ; z\n```')).toEqual([]);
    expect(mdx('| Indicateur | Cible |\n| :--- | ---: |\n| Délai | 4\u00a0h |')).toEqual([]);
    expect(mdx('<Source author="A" title="Why Projects Fail: a study" url="https://x.org/a?b=1" year={2011} />')).toEqual([]);
    expect(mdx('Un &nbsp; ici. <a href="https://x.org/?q=1">x</a>')).toEqual([]);
    expect(yml('# Glossaire: commentaire\nid: q-how-many\nseeAlso: [roi, npv]\nurl: https://x.org/a?b\nreviewed: 2026-11-23\nstart: "13:30"\n')).toEqual([]);
    expect(yml('sources:\n  - author: "A"\n    title: "Why Projects Fail: it\'s a study"\n    year: 2010\ntitle: "Ok"\n')).toEqual([]);
  });

  it('still checks a cited title for a plain space before punctuation', () => {
    expect(mdx('<Source author="A" title="Pourquoi des échecs !" year={2010} />')).toEqual([RULES[0]?.problem]);
    expect(yml('sources:\n  - title: "Pourquoi des échecs !"\n')).toEqual([RULES[0]?.problem]);
  });
});
