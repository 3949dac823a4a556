/**
 * `npm run quiz:import -- <file.gift|file.xml> --lang fr [--id my-quiz] [--lesson slug] [--category name] [--force]`
 * Converts a GIFT or Moodle XML question bank into content/quizzes/{lang}/{id}.yaml and prints a
 * report: each question converted (with what was lost) or skipped (line and reason). The quiz is
 * checked against the site's schema before anything is written; an existing quiz is only replaced
 * with --force, and the file is written whole (temporary file, then rename) or not at all.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BankError, decodeBank, formatReport, importBank } from '../src/lib/question-banks/import.ts';
import { DEFAULT_LANG, isLang, LANGS } from '../src/lib/content/translations.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Like the build, BOARD_ACADEMY_CONTENT may point at another content folder (relative to the current directory). */
const CONTENT = process.env.BOARD_ACADEMY_CONTENT ? resolve(process.env.BOARD_ACADEMY_CONTENT) : join(ROOT, 'content');
const USAGE = `usage: npm run quiz:import -- <file.gift|file.xml> --lang ${LANGS.join('|')} [--id my-quiz] [--lesson slug] [--category name] [--force]`;

function fail(message: string): never {
  console.error(`quiz:import: ${message}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      id: { type: 'string' },
      lesson: { type: 'string' },
      category: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const { values, positionals } = args;
if (positionals.length !== 1) fail(USAGE);
const lang = values.lang;
if (!isLang(lang)) fail(`--lang must be one of ${LANGS.join(', ')}\n${USAGE}`);
if (values.lesson !== undefined && !existsSync(join(CONTENT, 'lessons', lang, `${values.lesson}.mdx`)) && !existsSync(join(CONTENT, 'lessons', DEFAULT_LANG, `${values.lesson}.mdx`)))
  fail(`--lesson ${values.lesson}: no lesson content/lessons/${lang}/${values.lesson}.mdx`);

const file = resolve(positionals[0]!);
if (!existsSync(file)) fail(`${positionals[0]}: no such file`);

let result;
try {
  const text = decodeBank(readFileSync(file));
  result = importBank(text, {
    fileName: file,
    lang,
    ...(values.id !== undefined ? { id: values.id } : {}),
    ...(values.lesson !== undefined ? { lesson: values.lesson } : {}),
    ...(values.category !== undefined ? { category: values.category } : {}),
  });
} catch (error) {
  if (error instanceof BankError) fail(`${positionals[0]}: ${error.message}`);
  throw error;
}

for (const line of formatReport(result)) console.log(line);
if (!result.quiz || !result.yaml) fail(result.error ?? 'nothing to write');

const shown = `content/quizzes/${lang}/${result.quiz.id}.yaml`;
const target = join(CONTENT, 'quizzes', lang, `${result.quiz.id}.yaml`);
if (existsSync(target) && !values.force) fail(`${shown} exists: nothing written (use --force to replace it, or --id for another id)`);
mkdirSync(dirname(target), { recursive: true });
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, result.yaml, { flag: 'wx' });
renameSync(temporary, target);
console.log(`wrote ${shown}`);
