/**
 * The one-page brief's content rules (src/lib/brief/): figures read from the MDX source, figures chosen
 * by the author or by default, and the limits that keep a brief on one A4 page; then every lesson of
 * content/ against them (the build runs the same check and fails naming the file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIEF_LIMITS, briefLines, briefProblems, chooseFigures, type BriefContent } from '../../../src/lib/brief/brief';
import { extractStats, plainText } from '../../../src/lib/brief/stats';
import { lessonSchema, type Source } from '../../../src/lib/content/schemas';

const body = `Intro <Stat value="81 %" year={2010} source="Brand Science Institute">des entreprises n’avaient pas de <Term id="strategy">stratégie</Term>
claire</Stat> puis <Stat value="4 %" illustrative>avant le projet</Stat> et <Stat source="Ogilvy" year={ 2014 } value="6 %">de portée *organique*</Stat>.
<Stat value="2 %" year={2014} source="Social@Ogilvy" href="https://example.org/x?a=1&b=2">pour les grandes pages</Stat>`;

describe('extractStats', () => {
  it('reads every <Stat> in order, with its attributes and its label as plain text', () => {
    const stats = extractStats(body);
    expect(stats.map((s) => s.value)).toEqual(['81 %', '4 %', '6 %', '2 %']);
    expect(stats[0]).toEqual({ value: '81 %', label: 'des entreprises n’avaient pas de stratégie claire', source: 'Brand Science Institute', year: 2010, illustrative: false, line: 1 });
    expect(stats[1]).toMatchObject({ illustrative: true, source: undefined, year: undefined, label: 'avant le projet' });
    expect(stats[2]).toMatchObject({ source: 'Ogilvy', year: 2014, label: 'de portée organique', line: 2 });
    expect(stats[3]).toMatchObject({ source: 'Social@Ogilvy', label: 'pour les grandes pages', line: 3 });
  });
  it('finds no figure where there is none, and ignores other components', () => {
    expect(extractStats('Un <Term id="roi">ROI</Term> <Source author="A" title="T" publication="P" year={2011} />.')).toEqual([]);
  });
  it('plain text drops tags and folds spaces', () => {
    fc.assert(fc.property(fc.string(), (s) => !/\s{2}|^\s|\s$/.test(plainText(s))));
  });
});

describe('chooseFigures', () => {
  const stats = extractStats(body);
  it('takes the first sourced figures when the author names none', () => {
    expect(chooseFigures(stats, undefined).figures.map((f) => f.value)).toEqual(['81 %', '6 %', '2 %']);
  });
  it('takes the named figures in the order named', () => {
    expect(chooseFigures(stats, ['2 %', '81 %'])).toEqual({ figures: [stats[3], stats[0]], problems: [] });
  });
  it('names an unknown, illustrative or repeated figure', () => {
    expect(chooseFigures(stats, ['81%']).problems).toEqual(['brief.figures: "81%" is not the value of a <Stat> in this lesson (values: "81 %", "4 %", "6 %", "2 %")']);
    expect(chooseFigures(stats, ['4 %']).problems[0]).toMatch(/illustrative/);
    expect(chooseFigures(stats, ['6 %', '6 %']).problems[0]).toMatch(/named twice/);
  });
  it('the lesson schema takes brief.figures, 1 to 4 of them, and rejects unknown fields', () => {
    const base = {
      title: 'T', description: 'D', audience: ['executive'], track: 'executive-briefings', order: 1, duration: 5,
      objectives: ['a', 'b'], takeaways: ['a', 'b', 'c'], sources: [{ author: 'A', title: 'T', publication: 'P', year: 2011 }], reviewed: '2026-11-23',
    };
    expect(lessonSchema.safeParse({ ...base, brief: { figures: ['81 %'] } }).success).toBe(true);
    expect(lessonSchema.safeParse({ ...base, brief: { figures: ['a', 'b', 'c', 'd', 'e'] } }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...base, brief: { figures: [] } }).success).toBe(false);
    const unknown = lessonSchema.safeParse({ ...base, brief: { figure: ['81 %'] } });
    expect(unknown.success).toBe(false);
    expect(JSON.stringify(unknown.error?.issues)).toContain('unknown field');
  });
});

const source = (n: number): Source => ({ author: `Author ${n}`, title: `A title of a source number ${n}`, publication: 'A publication', year: 2012, approximate: false });
const brief = (over: Partial<BriefContent> = {}): BriefContent => ({
  description: 'd'.repeat(150),
  takeaways: Array.from({ length: 5 }, () => 't'.repeat(130)),
  questions: Array.from({ length: 5 }, () => 'q'.repeat(100)),
  sources: [1, 2, 3, 4].map(source),
  figures: extractStats(body).filter((s) => !s.illustrative),
  ...over,
});

describe('briefProblems: the rules that keep a brief on one page', () => {
  it('a typical brief fits', () => {
    expect(briefProblems(brief())).toEqual([]);
  });
  it('names a takeaway or question that is too long, and too many items', () => {
    expect(briefProblems(brief({ takeaways: ['x', 'y'.repeat(BRIEF_LIMITS.takeawayChars + 1)] }))).toContain(
      `takeaway 2 has ${BRIEF_LIMITS.takeawayChars + 1} characters; a brief allows ${BRIEF_LIMITS.takeawayChars}: shorten it`,
    );
    expect(briefProblems(brief({ questions: ['q'.repeat(BRIEF_LIMITS.questionChars + 1)] }))[0]).toMatch(/^question 1 has/);
    expect(briefProblems(brief({ sources: [1, 2, 3, 4, 5, 6, 7].map(source) })).join('\n')).toMatch(/sources: 7 sources; a brief allows 6/);
  });
  it('items each within their limit can still be too many lines together', () => {
    const full = brief({
      takeaways: Array.from({ length: 5 }, () => 't'.repeat(BRIEF_LIMITS.takeawayChars)),
      questions: Array.from({ length: 8 }, () => 'q'.repeat(BRIEF_LIMITS.questionChars)),
      sources: [1, 2, 3, 4, 5, 6].map(source),
    });
    const problems = briefProblems(full);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^the brief does not fit one A4 page: about \\d+ printed lines, at most ${BRIEF_LIMITS.maxLines} \\(header \\d+, description \\d+, takeaways \\d+`));
  });
  it('the line estimate grows with every item and with every character', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 8 }), fc.string({ maxLength: 200 }), (items, extra) => {
        const base = briefLines(brief({ questions: items })).total;
        expect(briefLines(brief({ questions: [...items, extra] })).total).toBeGreaterThan(base);
        expect(briefLines(brief({ questions: items.map((q) => `${q}${extra}`) })).total).toBeGreaterThanOrEqual(base);
      }),
    );
  });
});

describe('every lesson of content/ has a brief that fits one page', () => {
  const root = resolve(process.cwd(), process.env.BOARD_ACADEMY_CONTENT ?? 'content', 'lessons');
  const read = (lang: string, name: string) => {
    const text = readFileSync(join(root, lang, name), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text)!;
    return { data: lessonSchema.parse(yaml.load(m[1]!)), body: m[2]! };
  };
  const names = readdirSync(join(root, 'fr')).filter((n) => n.endsWith('.mdx'));
  it.each(['fr', 'en'])('%s', (lang) => {
    const problems = readdirSync(join(root, lang))
      .filter((n) => n.endsWith('.mdx'))
      .flatMap((name) => {
        const { data, body } = read(lang, name);
        const chosen = chooseFigures(extractStats(body), data.brief?.figures);
        return [...chosen.problems, ...briefProblems({ ...data, figures: chosen.figures })].map((p) => `content/lessons/${lang}/${name}: ${p}`);
      });
    expect(problems).toEqual([]);
  });
  it('a lesson’s brief shows as many figures in English as in French', () => {
    const count = (lang: string, name: string) => {
      const { data, body } = read(lang, name);
      return chooseFigures(extractStats(body), data.brief?.figures).figures.length;
    };
    const differ = names.filter((n) => readdirSync(join(root, 'en')).includes(n) && count('fr', n) !== count('en', n));
    expect(differ).toEqual([]);
  });
});
