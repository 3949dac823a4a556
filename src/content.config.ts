import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { glossarySchema, lessonSchema, storySchema } from './lib/content/schemas';
import { LANGS, translationProblems } from './lib/content/translations';

/** Authored material lives outside src/; BOARD_ACADEMY_CONTENT points elsewhere (benchmarks, broken fixtures). */
const contentRoot = new URL(`${process.env.BOARD_ACADEMY_CONTENT ?? './content'}/`, `file://${process.cwd()}/`);

/** A file's path as an author reads it: relative to the project when inside it, absolute otherwise. */
function displayPath(file: string): string {
  const shown = relative(process.cwd(), resolve(file));
  return shown.startsWith('..') ? resolve(file) : shown;
}

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

export const collections = {
  lessons: defineCollection({ loader: bilingual('lessons', '**/*.mdx'), schema: lessonSchema }),
  stories: defineCollection({ loader: bilingual('stories', '**/*.mdx'), schema: storySchema }),
  glossary: defineCollection({ loader: glossaryLoader(), schema: glossarySchema }),
};
