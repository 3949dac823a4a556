/**
 * Editorial rules over the real `content/` folder that the build's schemas cannot express:
 * translations, quizzes, glossary links, stated durations, cited figures and French typography.
 * It reads the files directly (node:fs + js-yaml), without running Astro, so it stays fast.
 * Every failure lists `file:line` and what is wrong, so the author knows where to look.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

/** Like the build, BOARD_ACADEMY_CONTENT may point at another content folder (e.g. branches merged for a trial). */
const CONTENT = resolve(process.cwd(), process.env.BOARD_ACADEMY_CONTENT ?? 'content');
const LANGS = ['fr', 'en'] as const;
type Lang = (typeof LANGS)[number];

interface Page {
  /** Path relative to the project, as printed in failures. */
  file: string;
  lang: Lang;
  slug: string;
  data: Record<string, unknown>;
  body: string;
  /** Line number (1-based) of the body's first line in the file. */
  firstBodyLine: number;
}

const rel = (path: string) => relative(process.cwd(), path);

function readPage(dir: string, lang: Lang, name: string): Page {
  const path = join(dir, lang, name);
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${rel(path)}: no frontmatter between --- fences`);
  const data = yaml.load(match[1] ?? '');
  if (data === null || typeof data !== 'object') throw new Error(`${rel(path)}: frontmatter is not a set of fields`);
  return {
    file: rel(path),
    lang,
    slug: name.replace(/\.mdx?$/, ''),
    data: data as Record<string, unknown>,
    body: text.slice(match[0].length),
    firstBodyLine: match[0].split('\n').length,
  };
}

function readPages(collection: 'lessons' | 'stories'): Page[] {
  const dir = join(CONTENT, collection);
  return LANGS.flatMap((lang) =>
    existsSync(join(dir, lang))
      ? readdirSync(join(dir, lang)).filter((n) => /\.mdx?$/.test(n)).sort().map((n) => readPage(dir, lang, n))
      : [],
  );
}

const lessons = readPages('lessons');
const stories = readPages('stories');
const pages = [...lessons, ...stories];

// ---------------------------------------------------------------------------------------------
// Masking: parts of a body that a rule must ignore are replaced by spaces, newlines kept, so the
// line numbers of what remains still match the file.

const blank = (s: string) => s.replace(/[^\n]/g, ' ');
const mask = (text: string, pattern: RegExp) => text.replace(pattern, blank);

/** Code, comments and JSX expressions (`year={2010}`, `{' '}`): never prose. */
function withoutCode(body: string): string {
  let t = mask(body, /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm);
  t = mask(t, /`[^`\n]+`/g);
  t = mask(t, /<!--[\s\S]*?-->/g);
  t = mask(t, /\{[^{}\n]*\}/g);
  // Link targets and URLs are addresses, not text.
  t = mask(t, /\]\([^)\s]*\)/g);
  t = mask(t, /\b(?:href|url)="[^"]*"/g);
  return t.replace(/https?:\/\/\S+/g, blank);
}

/** Element markup removed (attributes included), element contents kept: what a reader reads as prose. */
const withoutTags = (t: string) => mask(t, /<\/?[A-Za-z][^<>]*>/g);

function* lines(page: Page, text: string): Generator<{ line: number; text: string }> {
  const all = text.split('\n');
  for (const [i, text] of all.entries()) yield { line: page.firstBodyLine + i, text };
}

const excerpt = (text: string, at: number) => text.slice(Math.max(0, at - 25), at + 25).replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------
// Reading time: words of the body as read, i.e. without markup (element contents are read).

function countWords(body: string): number {
  const text = withoutTags(withoutCode(body)).replace(/^#{1,6}\s/gm, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// ---------------------------------------------------------------------------------------------
// Figures outside <Stat>/<Source>.
//
// Every figure must travel with its year and source, which only <Stat> (or a <Source> citation)
// carries. What counts as a figure, in prose only:
//   - any number followed by a percent sign or word (%, ‰, pour cent, per cent, percent);
//   - any number next to a currency (€, $, £, euros, dollars, k€, M€);
//   - any number followed by a magnitude word (millions, milliards, billions, thousand, mille…);
//   - any other number of 100 or more, grouped ("9 200", "9,200") or not ("1200").
// Not figures, and so allowed: numbers below 100 without a unit above (small counts such as
// "12 pays" or "trois mois", durations such as "31 h", ordinals and "3.0"); years (a bare
// four-digit 1900–2099); ordinals of any size ("100e", "20th").
// Exempt contexts: anything inside <Stat>…</Stat> or <Source …/>, headings (# lines), element
// attributes (Callout titles, Stat years), code, link targets and URLs; a <Callout kind="example">,
// which labels its figures as hypothetical; and a sentence that shows a calculation (digits joined
// by −, ×, ÷, =, a spaced + - /, or "divisé par", "divided by"…), whose numbers are operands
// demonstrating a method, not facts to cite; such worked numbers may be quoted again later.

const SEP = '[ \\u00a0\\u202f,]';
const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:${SEP}\\d{3})+|\\d+)(?:[.,]\\d+)?`, 'gu');
const UNIT_AFTER = /^\s?(?:%|‰|pour\s?cents?\b|per\s?cent\b|percent\b|€|\$|£|k€|M€|euros?\b|dollars?\b|millions?\b|milliards?\b|billions?\b|thousands?\b|mille\b|k\b|M\b|bn\b)/iu;
const CURRENCY_BEFORE = /[€$£]\s?$/u;
const ORDINAL_AFTER = /^(?:e|er|re|ère|ème|es|st|nd|rd|th)\b/u;
// Operands may carry a unit (6 € − 2,50 €, 429 ÷ 15 %) and results may be approximate (≈).
const CALCULATION = /[\d)]\s*(?:[%€$£]\s*)?(?:[−×÷=≈]|\s[-+/]\s|divisée? par|divided by|multipliée? par|multiplied by)\s*\(?\s*[€$£]?\s*\d/u;
/** Sentences of a line, as [start, end) offsets: a sentence ends at . ! ? … followed by a space. */
const sentences = (line: string): [number, number][] => {
  const bounds: [number, number][] = [];
  let start = 0;
  for (const m of line.matchAll(/[.!?…]\s+/g)) {
    bounds.push([start, m.index + m[0].length]);
    start = m.index + m[0].length;
  }
  return [...bounds, [start, line.length]];
};

/** Digits of a number without grouping or decimal separators' differences: "2 100" and "2,100" → "2100". */
const digitsOf = (n: string) => n.replace(/[ \u00a0\u202f]/g, '').replace(/,(?=\d{3}\b)/g, '').replace(',', '.');

function figuresOutsideStat(body: string): { index: number; line: number; figure: string; context: string }[] {
  let t = withoutCode(body);
  t = mask(t, /<Stat\b[^>]*\/>/g);
  t = mask(t, /<Stat\b[^>]*>[\s\S]*?<\/Stat>/g);
  t = mask(t, /<Source\b[^>]*\/>/g);
  t = mask(t, /<Source\b[^>]*>[\s\S]*?<\/Source>/g);
  // Numbers of a worked example (example callout or calculation) may be quoted again further on.
  const worked = new Set<string>();
  const remember = (text: string) => {
    for (const m of text.matchAll(NUMBER)) worked.add(digitsOf(m[0]));
  };
  for (const m of t.matchAll(/<Callout\b[^>]*\bkind=["']example["'][^>]*>[\s\S]*?<\/Callout>/g)) remember(m[0]);
  t = mask(t, /<Callout\b[^>]*\bkind=["']example["'][^>]*>[\s\S]*?<\/Callout>/g);
  t = withoutTags(t);
  t = mask(t, /^[ \t]*#{1,6}\s.*$/gm);
  const found: { index: number; line: number; figure: string; context: string }[] = [];
  const all = t.split('\n');
  all.forEach((line, i) => {
    const text = sentences(line).reduce((l, [s, e]) => {
      const sentence = l.slice(s, e);
      if (!CALCULATION.test(sentence)) return l;
      remember(sentence);
      return l.slice(0, s) + blank(sentence) + l.slice(e);
    }, line);
    for (const m of text.matchAll(NUMBER)) {
      const at = m.index;
      const after = text.slice(at + m[0].length);
      const before = text.slice(0, at);
      const digits = m[1] ?? m[0];
      const withUnit = UNIT_AFTER.test(after) || CURRENCY_BEFORE.test(before);
      if (!withUnit) {
        if (ORDINAL_AFTER.test(after)) continue;
        const whole = Number(digits.replace(/[ \u00a0\u202f,]/g, ''));
        if (whole < 100) continue;
        if (/^(?:19|20)\d\d$/.test(digits) && m[0] === digits) continue; // a year
      }
      if (worked.has(digitsOf(m[0]))) continue;
      found.push({ index: i, line: i + 1, figure: m[0], context: excerpt(text, at) });
    }
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// French typography: a no-break space (U+00A0 or narrow U+202F) before : ; ? ! and inside « ».

function frenchTypographyProblems(body: string): { line: number; problem: string; context: string }[] {
  const text = withoutCode(body);
  const prose = withoutTags(text);
  const problems: { line: number; problem: string; context: string }[] = [];
  const scan = (source: string, pattern: RegExp, problem: string) =>
    source.split('\n').forEach((l, i) => {
      for (const m of l.matchAll(pattern)) problems.push({ line: i + 1, problem, context: excerpt(l, m.index) });
    });
  // Attributes are checked too: a Callout title or a source title is printed on the page.
  scan(text, /[ \t][:;?!]/g, 'plain space before : ; ? or ! (use U+00A0 or U+202F)');
  scan(text, /«(?![\u00a0\u202f])/g, 'no no-break space after «');
  scan(text, /(?<![\u00a0\u202f])»/g, 'no no-break space before »');
  // Prose only: attributes may quote an English title ("Projects Fail: a European Perspective").
  scan(prose, /\p{L}[;?!](?=\s|$)|\p{L}:(?=\s)/gu, 'no space before : ; ? or !');
  scan(prose, /\p{L}'\p{L}/gu, 'straight apostrophe (use ’)');
  return problems.sort((a, b) => a.line - b.line);
}

// ---------------------------------------------------------------------------------------------

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function glossaryIds(lang: Lang): string[] {
  const entries = yaml.load(readFileSync(join(CONTENT, 'glossary', `${lang}.yaml`), 'utf8'));
  return listOf(entries).map((e) => String((e as { id?: unknown }).id));
}

describe('curriculum content rules', () => {
  it('finds the content', () => {
    expect(lessons.length).toBeGreaterThan(0);
    expect(stories.length).toBeGreaterThan(0);
  });

  // Sources, takeaways and the other per-field rules are the schema's (tests/unit/content/broken-content.test.ts);
  // a lesson missing in English falls back to the French text, which tests/unit/content/fallback-build.test.ts checks.

  it('every published lesson has its quiz in the same language', () => {
    const missing = lessons
      .filter((p) => p.data.draft !== true)
      .map((p) => ({ p, quiz: join(CONTENT, 'quizzes', p.lang, `${p.slug}.yaml`) }))
      .filter(({ quiz }) => !existsSync(quiz))
      .map(({ p, quiz }) => `${p.file}: no quiz (${rel(quiz)})`);
    expect(missing).toEqual([]);
  });

  it('the glossary has at least 35 terms, the same ids in both languages, and valid "see also" links', () => {
    const fr = glossaryIds('fr');
    const en = glossaryIds('en');
    expect(fr.length).toBeGreaterThanOrEqual(35);
    expect([...en].sort()).toEqual([...fr].sort());
    const problems = LANGS.flatMap((lang) => {
      const entries = listOf(yaml.load(readFileSync(join(CONTENT, 'glossary', `${lang}.yaml`), 'utf8'))) as { id: string; seeAlso?: string[] }[];
      const ids = new Set(entries.map((e) => e.id));
      return entries.flatMap((e) => (e.seeAlso ?? []).filter((s) => !ids.has(s)).map((s) => `content/glossary/${lang}.yaml: ${e.id} sees also "${s}", which is not a term`));
    });
    expect(problems).toEqual([]);
  });

  it('every <Term id> names an entry of the glossary in the page’s language', () => {
    const known = { fr: new Set(glossaryIds('fr')), en: new Set(glossaryIds('en')) } satisfies Record<Lang, Set<string>>;
    const problems = pages.flatMap((p) =>
      [...lines(p, p.body)].flatMap(({ line, text }) =>
        [...text.matchAll(/<Term\b[^>]*\bid=["']([^"']*)["']/g)]
          .filter((m) => !known[p.lang].has(m[1] ?? ''))
          .map((m) => `${p.file}:${line}: <Term id="${m[1]}"> is not in content/glossary/${p.lang}.yaml`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('every lesson’s duration matches its reading time (about 200 words a minute)', () => {
    const problems = lessons.flatMap((p) => {
      const duration = Number(p.data.duration);
      const minutes = countWords(p.body) / 200;
      // Up to 3 minutes more than reading time leave room for an exercise; less than reading time
      // by more than a minute means the stated duration undersells the lesson.
      const ok = Math.abs(duration - minutes) <= 3 && duration >= minutes - 1;
      return ok ? [] : [`${p.file}: duration ${duration} min, but the body reads in ${minutes.toFixed(1)} min (${countWords(p.body)} words)`];
    });
    expect(problems).toEqual([]);
  });

  it('every figure in a lesson or story sits in a <Stat> or <Source>', () => {
    const problems = pages.flatMap((p) =>
      figuresOutsideStat(p.body).map((f) => `${p.file}:${p.firstBodyLine + f.index}: figure "${f.figure}" outside <Stat> (…${f.context}…)`),
    );
    expect(problems).toEqual([]);
  });

  it('French lessons and stories follow French typography', () => {
    const problems = pages
      .filter((p) => p.lang === 'fr')
      .flatMap((p) => frenchTypographyProblems(p.body).map((f) => `${p.file}:${p.firstBodyLine + f.line - 1}: ${f.problem} (…${f.context}…)`));
    expect(problems).toEqual([]);
  });
});

describe('the heuristics themselves', () => {
  it('count the words a reader reads, not the markup', () => {
    expect(countWords('## Titre\n\nUn <Term id="roi">retour</Term> de <Stat value="5 %" year={2010} source="X">marge</Stat>.')).toBe(5);
  });

  it('flag figures in prose and leave cited ones, years, small counts and headings alone', () => {
    const flagged = (body: string) => figuresOutsideStat(body).map((f) => f.figure);
    expect(flagged('En 2010, 563 marketers, soit 81 %, dans 12 pays.')).toEqual(['563', '81']);
    expect(flagged('Le coût passe à 4,10 € puis $5 ; 9 200 appels ; 9,200 calls; 6 millions de vues.')).toEqual(['4,10', '5', '9 200', '9,200', '6']);
    expect(flagged('Le 100e client, le XXe siècle, trois mois, 31 h, Barcelona Principles 3.0, 12 pays.')).toEqual([]);
    expect(flagged('## 1 200 abonnés\n<Stat value="81 %" year={2010} source="BSI">des 563 répondants</Stat>')).toEqual([]);
    expect(flagged('<Source author="A" title="T" year={2011} /> <Callout title="Cas à 300 €">ok</Callout>')).toEqual([]);
    expect(flagged('Voir [la page](/fr/lessons/roi-2010-500/) et `1000`.')).toEqual([]);
    expect(flagged('<Callout kind="example" title="Cas fictif">Une banque dépense 80 000 €.</Callout> Puis 300 €.')).toEqual(['300']);
    expect(flagged('Son ROI vaut (104 000 − 80 000) / 80 000, soit 30 %. Il a coûté 80 000 €, puis 90 000 €.')).toEqual(['90 000']);
    expect(flagged('Soit 7 513 € (10 000 divisé par 1,1 au cube). Entre 2010 et 2016, 563 réponses.')).toEqual(['563']);
  });

  it('flag French typography mistakes and accept no-break spaces', () => {
    const problems = (body: string) => frenchTypographyProblems(body).map((p) => p.problem);
    expect(problems('Bien\u00a0: oui\u202f; non\u202f? si\u202f! «\u00a0mot\u00a0» l’écoute')).toEqual([]);
    expect(problems('Bien : oui')).toEqual(['plain space before : ; ? or ! (use U+00A0 or U+202F)']);
    expect(problems('«mot»')).toEqual(['no no-break space after «', 'no no-break space before »']);
    expect(problems('Quoi? l\'écoute')).toEqual(['no space before : ; ? or !', 'straight apostrophe (use ’)']);
    expect(problems('<Source title="Why Projects Fail: a study" url="https://x.org/a?b=1" />')).toEqual([]);
  });
});
