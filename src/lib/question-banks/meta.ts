/**
 * Board Academy's comments in exported banks. Moodle has no field for a quiz's pass mark, for option
 * and item ids, or (in GIFT) for a question's points and unit: the exports carry them in a comment
 * that Moodle ignores (`// board-academy: {…}` in GIFT, `<!-- board-academy: {…} -->` in XML), so
 * that re-importing a file Board Academy exported gives back the same quiz. Comments from a file
 * are untrusted: anything that does not have exactly the expected shape is ignored.
 * Self-contained (no imports) for the import CLI.
 */

export const QUIZ_META = 'board-academy-quiz';
export const QUESTION_META = 'board-academy';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface QuizMeta {
  id?: string;
  title?: string;
  lesson?: string;
  passMark?: number;
  shuffle?: boolean;
}

export interface QuestionMeta {
  points?: number;
  unit?: string;
  options?: string[];
  items?: string[];
}

/** JSON that is safe inside an XML comment (no `--`) and on one GIFT line (no line break). */
export function encodeMeta(value: object): string {
  return JSON.stringify(value).replace(/--/g, '-\\u002d');
}

/** The JSON after `prefix:` in a comment's text, or undefined. */
function payload(comment: string, prefix: string): unknown {
  const match = new RegExp(`^\\s*(?://\\s*)?${prefix}:\\s*(\\{.*\\})\\s*$`, 's').exec(comment);
  if (!match) return undefined;
  try {
    return JSON.parse(match[1]!) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const idList = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && ID.test(x)) && new Set(v).size === v.length ? (v as string[]) : undefined;

export function readQuizMeta(comment: string): QuizMeta | undefined {
  const data = payload(comment, QUIZ_META);
  if (!isRecord(data)) return undefined;
  const meta: QuizMeta = {};
  if (typeof data['id'] === 'string' && ID.test(data['id'])) meta.id = data['id'];
  if (typeof data['title'] === 'string' && data['title'].trim() !== '') meta.title = data['title'];
  if (typeof data['lesson'] === 'string' && ID.test(data['lesson'])) meta.lesson = data['lesson'];
  if (typeof data['passMark'] === 'number' && data['passMark'] >= 0 && data['passMark'] <= 100) meta.passMark = data['passMark'];
  if (typeof data['shuffle'] === 'boolean') meta.shuffle = data['shuffle'];
  return meta;
}

export function readQuestionMeta(comment: string): QuestionMeta | undefined {
  const data = payload(comment, QUESTION_META);
  if (!isRecord(data)) return undefined;
  const meta: QuestionMeta = {};
  if (typeof data['points'] === 'number' && data['points'] > 0 && data['points'] <= 100) meta.points = data['points'];
  if (typeof data['unit'] === 'string' && data['unit'].trim() !== '') meta.unit = data['unit'];
  const options = idList(data['options']);
  if (options) meta.options = options;
  const items = idList(data['items']);
  if (items) meta.items = items;
  return meta;
}
