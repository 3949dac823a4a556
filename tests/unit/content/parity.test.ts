/**
 * What a lesson, story or quiz and its translation must share, and how figures are labelled:
 * the same stated duration in both languages; every <Stat> printed with a label; made-up figures
 * (<Stat illustrative>) only in illustrative composite stories; multiple-answer questions that
 * say so. Failures name the file (and line) and what is wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const CONTENT = resolve(process.cwd(), process.env.BOARD_ACADEMY_CONTENT ?? 'content');
const LANGS = ['fr', 'en'] as const;
const rel = (path: string) => relative(process.cwd(), path);
const files = (dir: string, ext: RegExp) => (existsSync(dir) ? readdirSync(dir).filter((n) => ext.test(n)).sort() : []);

function frontmatter(path: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  return (m ? yaml.load(m[1] ?? '') : {}) as Record<string, unknown>;
}

const pages = (collection: 'lessons' | 'stories') =>
  LANGS.flatMap((lang) => files(join(CONTENT, collection, lang), /\.mdx?$/).map((n) => ({ lang, name: n, path: join(CONTENT, collection, lang, n) })));

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

describe('translations and figures', () => {
  it('a lesson states the same duration in French and in English', () => {
    const problems = files(join(CONTENT, 'lessons', 'fr'), /\.mdx?$/).flatMap((n) => {
      const en = join(CONTENT, 'lessons', 'en', n);
      if (!existsSync(en)) return [];
      const fr = frontmatter(join(CONTENT, 'lessons', 'fr', n)).duration;
      const english = frontmatter(en).duration;
      return fr === english ? [] : [`${rel(en)}: duration ${String(english)} min, but the French original says ${String(fr)} min`];
    });
    expect(problems).toEqual([]);
  });

  it('every <Stat> has a label, and only composite stories use illustrative figures', () => {
    const problems = [...pages('lessons'), ...pages('stories')].flatMap(({ path }) => {
      const text = readFileSync(path, 'utf8');
      const composite = path.includes(`${join(CONTENT, 'stories')}/`) && frontmatter(path).kind === 'composite';
      const found: string[] = [];
      for (const m of text.matchAll(/<Stat\b([^>]*?)(\/?)>/g)) {
        const at = `${rel(path)}:${lineOf(text, m.index)}`;
        if (m[2] === '/') found.push(`${at}: <Stat> without a label (write <Stat …>what the figure counts</Stat>)`);
        else {
          const close = text.indexOf('</Stat>', m.index);
          const label = text.slice(m.index + m[0].length, close).replace(/<[^>]*>/g, '').trim();
          if (!label) found.push(`${at}: <Stat> with an empty label`);
        }
        if (/\billustrative\b/.test(m[1] ?? '') && !composite) found.push(`${at}: <Stat illustrative> outside an illustrative composite story`);
        if (!/\billustrative\b/.test(m[1] ?? '') && /fictifs?|fictional/i.test(m[1] ?? '')) found.push(`${at}: a fictional figure must be <Stat illustrative>, without a source or year`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('a multiple-answer question says so: “(plusieurs réponses)” / “(several answers)”', () => {
    const marker = { fr: '(plusieurs réponses)', en: '(several answers)' } as const;
    const problems = LANGS.flatMap((lang) =>
      files(join(CONTENT, 'quizzes', lang), /\.ya?ml$/).flatMap((n) => {
        const quiz = yaml.load(readFileSync(join(CONTENT, 'quizzes', lang, n), 'utf8')) as { questions?: { id?: string; type?: string; prompt?: string }[] };
        return (quiz.questions ?? [])
          .filter((q) => q.type === 'multiple' && !String(q.prompt ?? '').includes(marker[lang]))
          .map((q) => `${rel(join(CONTENT, 'quizzes', lang, n))}: question ${q.id ?? '?'} takes several answers but its prompt does not say “${marker[lang]}”`);
      }),
    );
    expect(problems).toEqual([]);
  });
});
