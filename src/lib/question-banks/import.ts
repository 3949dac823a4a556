/**
 * A question bank (GIFT or Moodle XML) to a Board Academy quiz: the whole conversion, without files.
 * `npm run quiz:import` (scripts/quiz-import.ts) reads the file, calls `importBank` and writes the YAML.
 */
import yaml from 'js-yaml';
import { quizSchema, type Question, type Quiz } from '../quiz/schema.ts';
import { convertQuestion, type Lang, type Outcome } from './build.ts';
import { readGift } from './gift.ts';
import type { Bank } from './model.ts';
import { readQuizMeta, type QuizMeta } from './meta.ts';
import { readMoodleXml } from './moodle-xml.ts';
import { slugify } from './text.ts';

/** Larger files are refused before reading: a quiz bank is text, a few hundred kilobytes at most. */
export const MAX_BYTES = 4 * 1024 * 1024;
/** Above this, the file is refused: a quiz is something learners take in one sitting. */
export const MAX_QUESTIONS = 500;
export const DEFAULT_PASS_MARK = 70;

export interface ImportOptions {
  /** The file's name, for the format (by extension) and the default id and title. */
  fileName: string;
  lang: Lang;
  id?: string;
  lesson?: string;
  /** Only the questions of this category (full path or last segment). */
  category?: string;
}

export interface ImportResult {
  format: Bank['format'];
  quiz?: Quiz;
  /** The quiz as YAML, as written to content/quizzes/{lang}/{id}.yaml. */
  yaml?: string;
  outcomes: Outcome[];
  /** Why no quiz was produced (the outcomes still say what happened to each question). */
  error?: string;
}

export class BankError extends Error {}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Which format a file is in: by extension, then by content. */
export function detectFormat(fileName: string, text: string): Bank['format'] {
  if (/\.xml$/i.test(fileName)) return 'moodle-xml';
  if (/\.(gift|txt)$/i.test(fileName)) return 'gift';
  return /^\uFEFF?\s*<(\?xml|quiz\b)/.test(text) ? 'moodle-xml' : 'gift';
}

/** UTF-8 bytes to text; refuses what is not text. */
export function decodeBank(bytes: Uint8Array): string {
  if (bytes.length > MAX_BYTES) throw new BankError(`file too large: ${(bytes.length / 1024 / 1024).toFixed(1)} MB (at most ${MAX_BYTES / 1024 / 1024} MB)`);
  if (bytes.includes(0)) throw new BankError('not a text file (it contains NUL bytes): expected GIFT or Moodle XML');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BankError('not UTF-8 text: save the file as UTF-8 (Moodle exports UTF-8)');
  }
}

const lastSegment = (path: string) =>
  path
    .replace(/\/\//g, '\u0000')
    .split('/')
    .pop()!
    .replace(/\u0000/g, '/')
    .trim();

function readBank(text: string, format: Bank['format']): Bank {
  try {
    return format === 'gift' ? readGift(text) : readMoodleXml(text);
  } catch (error) {
    throw new BankError(error instanceof Error ? error.message : String(error));
  }
}

/** Converts a bank's text; throws BankError when the file as a whole cannot be read. */
export function importBank(text: string, options: ImportOptions): ImportResult {
  if (text.length > MAX_BYTES) throw new BankError(`file too large (at most ${MAX_BYTES / 1024 / 1024} MB)`);
  const format = detectFormat(options.fileName, text);
  const bank = readBank(text, format);

  // Which category (and so which Board Academy quiz comment) to take.
  let questions = bank.questions;
  let category: string | undefined;
  if (options.category !== undefined) {
    const wanted = options.category.trim();
    const match = bank.categories.filter((c) => c === wanted || lastSegment(c) === wanted);
    if (match.length === 0)
      throw new BankError(`no category “${wanted}” in the file; its categories: ${bank.categories.map(lastSegment).join(', ') || '(none)'}`);
    category = match[0];
    questions = questions.filter((q) => 'category' in q && q.category === category);
  } else if (bank.quizMeta.size > 1) {
    throw new BankError(
      `the file holds ${bank.quizMeta.size} Board Academy quizzes: choose one with --category, e.g. --category "${lastSegment([...bank.quizMeta.keys()][0]!)}"`,
    );
  } else {
    category = [...bank.quizMeta.keys()][0] ?? (new Set(bank.categories).size === 1 ? bank.categories[0] : undefined);
  }
  if (questions.length > MAX_QUESTIONS) throw new BankError(`${questions.length} questions: at most ${MAX_QUESTIONS} per quiz (split the bank by category)`);

  const rawMeta = category !== undefined ? bank.quizMeta.get(category) : bank.quizMeta.get('');
  const meta: QuizMeta = (typeof rawMeta === 'string' ? readQuizMeta(rawMeta) : undefined) ?? {};

  const taken = new Set<string>();
  const outcomes = questions.map((q, i) => convertQuestion(q, options.lang, taken, i));
  const converted = outcomes.filter((o): o is Extract<Outcome, { status: 'converted' }> => o.status === 'converted').map((o) => o.question);

  const baseName = options.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const id = options.id ?? meta.id ?? slugify(baseName);
  if (!ID.test(id)) return { format, outcomes, error: `quiz id “${id}” is not lowercase words joined by hyphens: give one with --id` };
  if (converted.length === 0) return { format, outcomes, error: 'no question could be converted: nothing written' };

  const title = meta.title ?? (category ? lastSegment(category) : '') ?? '';
  const shuffles = bank.questions.flatMap((q) => ('shuffle' in q && q.shuffle !== undefined ? [q.shuffle] : []));
  const candidate = {
    id,
    title: title || baseName,
    ...((options.lesson ?? meta.lesson) ? { lesson: options.lesson ?? meta.lesson } : {}),
    passMark: meta.passMark ?? DEFAULT_PASS_MARK,
    shuffle: meta.shuffle ?? (shuffles.length > 0 && shuffles.every(Boolean)),
    questions: converted,
  };
  const checked = quizSchema.safeParse(candidate);
  if (!checked.success) return { format, outcomes, error: `the quiz does not pass the schema: ${checked.error.issues.map((i) => i.message).join('; ')}` };
  return { format, quiz: checked.data, yaml: quizToYaml(checked.data), outcomes };
}

/** A quiz as YAML in the house style: defaults left out, keys in the usual order. */
export function quizToYaml(quiz: Quiz): string {
  const question = (q: Question): Record<string, unknown> => {
    const out: Record<string, unknown> = { id: q.id, type: q.type, prompt: q.prompt, explanation: q.explanation };
    if (q.points !== 1) out['points'] = q.points;
    switch (q.type) {
      case 'single':
      case 'multiple':
        out['options'] = q.options.map((o) => ({ id: o.id, text: o.text, ...(o.correct ? { correct: true } : {}), ...(o.feedback ? { feedback: o.feedback } : {}) }));
        break;
      case 'truefalse':
        out['answer'] = q.answer;
        if (q.feedbackTrue) out['feedbackTrue'] = q.feedbackTrue;
        if (q.feedbackFalse) out['feedbackFalse'] = q.feedbackFalse;
        break;
      case 'numeric':
        out['answer'] = q.answer;
        out['tolerance'] = q.tolerance;
        if (q.unit) out['unit'] = q.unit;
        break;
      case 'ordering':
        out['items'] = q.items.map((i) => ({ id: i.id, text: i.text }));
        break;
    }
    return out;
  };
  const doc = {
    id: quiz.id,
    title: quiz.title,
    ...(quiz.lesson ? { lesson: quiz.lesson } : {}),
    passMark: quiz.passMark,
    shuffle: quiz.shuffle,
    questions: quiz.questions.map(question),
  };
  return yaml.dump(doc, { lineWidth: -1, noRefs: true, quotingType: '"' });
}

/** The report, one line per question: converted (with what was lost) or skipped (with why). */
export function formatReport(result: ImportResult): string[] {
  const lines = result.outcomes.map((o) => {
    if (o.status === 'skipped') return `line ${o.line}: skipped${o.name ? ` “${o.name}”` : ''}: ${o.reason}`;
    const head = `line ${o.line}: converted ${o.question.id} (${o.question.type})`;
    return o.notes.length === 0 ? head : `${head}\n${o.notes.map((n) => `    note: ${n}`).join('\n')}`;
  });
  const converted = result.outcomes.filter((o) => o.status === 'converted').length;
  lines.push(`${converted} converted, ${result.outcomes.length - converted} skipped (${result.format === 'gift' ? 'GIFT' : 'Moodle XML'})`);
  return lines;
}
