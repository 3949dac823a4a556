import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { glossarySchema, lessonSchema, storySchema } from './lib/content/schemas';
import { LANGS, translationProblems } from './lib/content/translations';
import { displayPath } from './lib/content/display-path';
import { quizErrorLines, quizSchema } from './lib/quiz';
import { programmeErrorLines } from './lib/programmes/error-lines';
import { programmeSchema } from './lib/programmes/schema';
import { timingProblems } from './lib/programmes/checks';

/** Authored material lives outside src/; BOARD_ACADEMY_CONTENT points elsewhere (benchmarks, broken fixtures). */
const contentRoot = new URL(`${process.env.BOARD_ACADEMY_CONTENT ?? './content'}/`, `file://${process.cwd()}/`);


/** A glob loader that also fails the build when an English file has no French original. */
function bilingual(collection: string, pattern: string): Loader {
  const base = new URL(`${collection}/`, contentRoot);
  const inner = glob({ pattern, base });
  return {
    name: 'bilingual-glob',
    load: async (context) => {
      await inner.load(context);
      const entries = [...context.store.entries()].map(([id, e]) => ({ id, file: displayPath(e.filePath ?? id) }));
      const problems = translationProblems(collection, entries);
      if (problems.length > 0) throw new Error(`Invalid ${collection} content:\n  ${problems.join('\n  ')}`);
    },
  };
}

/** One YAML file per language (`glossary/fr.yaml`), a list of terms; entry ids are `fr/roi`. */
function glossaryLoader(): Loader {
  return {
    name: 'glossary-yaml',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const lang of LANGS) {
        const url = new URL(`glossary/${lang}.yaml`, contentRoot);
        const file = relative(process.cwd(), fileURLToPath(url));
        const items: unknown = yaml.load(await readFile(file, 'utf8'));
        if (!Array.isArray(items)) throw new Error(`${file}: the glossary must be a YAML list of terms`);
        for (const [index, item] of items.entries()) {
          const rawId = (item as { id?: unknown } | null)?.id;
          const id = `${lang}/${typeof rawId === 'string' ? rawId : `#${index + 1}`}`;
          if (store.has(id)) throw new Error(`${file}: term ${index + 1} repeats the id "${String(rawId)}"`);
          const data = await parseData({ id, data: item as Record<string, unknown>, filePath: file });
          store.set({ id, data, filePath: file });
        }
      }
    },
  };
}

interface YamlCollection<T extends { id: string }> {
  /** Checks one file's data; on failure, readable lines locating each problem ("question 3 (q-roi): …"). */
  parse(raw: unknown): { ok: true; data: T } | { ok: false; lines: string[] };
  /** Further problems of valid data (e.g. timings that do not add up); the entry is kept only without them. */
  check?(data: T): string[];
}

/**
 * One YAML file per entry (`<collection>/fr/<id>.yaml`), the file name being the id. Every problem in
 * every file is reported at once, each line naming the file; the build stops when there is any.
 */
function yamlPerFile<T extends { id: string }>(collection: string, rules: YamlCollection<T>): Loader {
  return {
    name: `${collection}-yaml`,
    load: async ({ store, parseData }) => {
      store.clear();
      const problems: string[] = [];
      const entries: { id: string; file: string; filePath: string; data: Record<string, unknown> }[] = [];
      for (const lang of LANGS) {
        const folder = new URL(`${collection}/${lang}/`, contentRoot);
        const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => /\.ya?ml$/.test(n)).sort();
        for (const name of names) {
          const filePath = relative(process.cwd(), fileURLToPath(new URL(name, folder)));
          const file = displayPath(filePath);
          const slug = name.replace(/\.ya?ml$/, '');
          let raw: unknown;
          try {
            raw = yaml.load(await readFile(new URL(name, folder), 'utf8'));
          } catch (error) {
            problems.push(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
            continue;
          }
          const result = rules.parse(raw);
          if (!result.ok) {
            problems.push(...result.lines.map((line) => `${file}: ${line}`));
            continue;
          }
          const further = rules.check?.(result.data) ?? [];
          problems.push(...further.map((line) => `${file}: ${line}`));
          if (result.data.id !== slug) problems.push(`${file}: id "${result.data.id}" must match the file name "${slug}"`);
          else if (further.length === 0) entries.push({ id: `${lang}/${slug}`, file, filePath, data: raw as Record<string, unknown> });
        }
      }
      problems.push(...translationProblems(collection, entries));
      if (problems.length > 0) throw new Error(`Invalid ${collection} content:\n  ${problems.join('\n  ')}`);
      for (const { id, filePath, data } of entries) store.set({ id, data: await parseData({ id, data, filePath }), filePath });
    },
  };
}

/** Quizzes: problems located by question ("question 3 (q-roi): …"). */
const quizLoader = () =>
  yamlPerFile<ReturnType<typeof quizSchema.parse>>('quizzes', {
    parse: (raw) => {
      const result = quizSchema.safeParse(raw);
      return result.success ? { ok: true, data: result.data } : { ok: false, lines: quizErrorLines(result.error, raw) };
    },
  });

/**
 * Programmes: problems located by session ("session 2 (Atelier): …"). Session minutes must add up to
 * the duration here; references to lessons, quizzes and calculators are checked when pages are built
 * (src/data/programmes.ts), once every collection is loaded.
 */
const programmeLoader = () =>
  yamlPerFile<ReturnType<typeof programmeSchema.parse>>('programmes', {
    parse: (raw) => {
      const result = programmeSchema.safeParse(raw);
      return result.success ? { ok: true, data: result.data } : { ok: false, lines: programmeErrorLines(result.error, raw) };
    },
    check: timingProblems,
  });

export const collections = {
  lessons: defineCollection({ loader: bilingual('lessons', '**/*.mdx'), schema: lessonSchema }),
  stories: defineCollection({ loader: bilingual('stories', '**/*.mdx'), schema: storySchema }),
  glossary: defineCollection({ loader: glossaryLoader(), schema: glossarySchema }),
  quizzes: defineCollection({ loader: quizLoader(), schema: quizSchema }),
  programmes: defineCollection({ loader: programmeLoader(), schema: programmeSchema }),
};
