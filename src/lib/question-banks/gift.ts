/**
 * GIFT, Moodle's plain-text question format, both ways.
 *
 * Reading: the file is cut into questions at blank lines (as Moodle does), and each question is
 * parsed on its own by `gift-pegjs`, so a syntax error is reported at its line and skips only that
 * question. gift-pegjs 1.0.2 rejects or misreads some valid Moodle GIFT; those gaps are handled
 * around it, never by trusting a wrong parse:
 * - unescaped `:` `=` `~` `#` in question text (Moodle reads them as text; gift-pegjs throws):
 *   escaped before parsing;
 * - numeric answers with per-answer feedback on one line (`{#3:2~#Completely wrong}` throws):
 *   each answer is put on its own line first, the form gift-pegjs reads;
 * - Moodle's ordering extension `{>N …}` (gift-pegjs reads it as a short answer): recognised before
 *   gift-pegjs and read with the ordering plugin's own rules.
 *
 * Writing: `[plain]` text (Moodle shows it escaped), every special character escaped, ordering as
 * Moodle's ordering extension, and Board Academy's comments for what GIFT has no field for.
 */
import { parse, type GIFTQuestion, type TextFormat as GiftText } from 'gift-pegjs';
import type { Question, Quiz } from '../quiz/schema.ts';
import type { Bank, BankChoice, BankNumericAnswer, BankQuestion, BankText } from './model.ts';
import { encodeMeta, QUESTION_META, QUIZ_META, readQuizMeta, type QuestionMeta } from './meta.ts';
import { formatNumber, normaliseInput } from './text.ts';

// ---------------------------------------------------------------------------------------------
// Writing

/** Escapes GIFT's special characters in a text. */
export function escapeGift(text: string): string {
  return text.replace(/[\\:=~#{}]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

/**
 * Text as GIFT writes it: escaped, and marked `[plain]` when it would otherwise start with what
 * GIFT reads as a format marker (`[html]…`) or a weight (`%50%…`).
 */
export function giftText(text: string): string {
  return `${/^\s*(?:\[(?:html|markdown|plain|moodle)\]|%)/.test(text) ? '[plain]' : ''}${escapeGift(text)}`;
}

/** A Moodle category path segment: `/` is written `//` (Moodle's escape). */
const categorySegment = (title: string) => title.replace(/[ \t\r\n]+/g, ' ').trim().replace(/\//g, '//');

/** A longer question is refused before parsing: no quiz question is this long, and parsing it would take seconds. */
export const MAX_QUESTION_CHARS = 50_000;

export const CATEGORY_ROOT = '$course$/top/Board Academy';

function questionMeta(q: Question): QuestionMeta {
  const meta: QuestionMeta = {};
  if (q.points !== 1) meta.points = q.points;
  if (q.type === 'single' || q.type === 'multiple') meta.options = q.options.map((o) => o.id);
  if (q.type === 'ordering') meta.items = q.items.map((i) => i.id);
  if (q.type === 'numeric' && q.unit !== undefined) meta.unit = q.unit;
  return meta;
}

/** Moodle's fraction as GIFT writes it: `33.33333`. */
export const giftPercent = (fraction: number) => formatNumber(Math.round(fraction * 10000000) / 100000);

function answersOf(q: Question): string[] {
  const feedback = (text: string | undefined) => (text === undefined ? '' : `#${giftText(text)}`);
  switch (q.type) {
    case 'single':
      return q.options.map((o) => `${o.correct ? '=' : '~'}${giftText(o.text)}${feedback(o.feedback)}`);
    case 'multiple': {
      const share = 1 / q.options.filter((o) => o.correct).length;
      return q.options.map((o) => `~%${giftPercent(o.correct ? share : -share)}%${giftText(o.text)}${feedback(o.feedback)}`);
    }
    case 'truefalse': {
      // Moodle: {T#feedback when answered wrong#feedback when answered right}.
      const [wrong, right] = q.answer ? [q.feedbackFalse, q.feedbackTrue] : [q.feedbackTrue, q.feedbackFalse];
      const tail = wrong === undefined && right === undefined ? '' : `#${giftText(wrong ?? '')}${right === undefined ? '' : `#${giftText(right)}`}`;
      return [`${q.answer ? 'TRUE' : 'FALSE'}${tail}`];
    }
    case 'numeric':
      return [`#${formatNumber(q.answer)}${q.tolerance > 0 ? `:${formatNumber(q.tolerance)}` : ''}`];
    case 'ordering':
      return [`>${q.items.length} ALL VERTICAL ABSOLUTE_POSITION SHOW`, ...q.items.map((i) => escapeOrderingItem(i.text))];
  }
}

/**
 * Ordering items are one per line and Moodle's plugin does not unescape them: only braces and
 * backslashes are escaped, and a leading `/` (a line starting `//` is a comment).
 */
const escapeOrderingItem = (text: string) =>
  text
    .replace(/[\\{}]/g, (c) => `\\${c}`)
    .replace(/\n/g, ' ')
    .replace(/^\//, '\\/');

export function questionToGift(q: Question): string {
  const meta = questionMeta(q);
  const lines = [
    ...(Object.keys(meta).length > 0 ? [`// ${QUESTION_META}: ${encodeMeta(meta)}`] : []),
    `::${q.id}::[plain]${escapeGift(q.prompt)}{`,
    ...answersOf(q),
    `####${giftText(q.explanation)}`,
    '}',
  ];
  return lines.join('\n');
}

export interface GiftExportOptions {
  /** Category path segments under Board Academy (default: the quiz title). */
  category?: string[];
}

/** One quiz as a GIFT file (LF line endings, no BOM). */
export function quizToGift(quiz: Quiz, options: GiftExportOptions = {}): string {
  const path = [CATEGORY_ROOT, ...(options.category ?? [quiz.title]).map(categorySegment)].join('/');
  const quizMeta = { id: quiz.id, title: quiz.title, ...(quiz.lesson ? { lesson: quiz.lesson } : {}), passMark: quiz.passMark, shuffle: quiz.shuffle };
  const head = [`// ${quiz.title.replace(/[ \t\r\n]+/g, ' ')}: exported from Board Academy (GIFT, Moodle 4+; ordering questions need Moodle's ordering question type)`, `// ${QUIZ_META}: ${encodeMeta(quizMeta)}`, `$CATEGORY: ${path}`].join('\n');
  return `${[head, ...quiz.questions.map(questionToGift)].join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Reading

interface Block {
  /** 1-based line of the block's first line. */
  line: number;
  lines: string[];
}

/** Cuts the text into blocks of non-blank lines. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current: Block | undefined;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    if (!current) out.push((current = { line: i + 1, lines: [] }));
    current.lines.push(line);
  });
  return out;
}

/** Positions of unescaped `{` and `}` in a text. */
function braces(text: string): { open: number[]; close: number[] } {
  const open: number[] = [];
  const close: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') open.push(i);
    else if (c === '}') close.push(i);
  }
  return { open, close };
}

/** Escapes the given characters where they are not escaped already. */
function escapeLoose(text: string, chars: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      out += c + (text[i + 1] ?? '');
      i++;
    } else out += chars.includes(c) ? `\\${c}` : c;
  }
  return out;
}

/** Splits at unescaped occurrences of `marker`. */
function splitUnescaped(text: string, marker: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(marker, i)) {
      parts.push(text.slice(start, i));
      start = i + marker.length;
      i += marker.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The head of a question (before `{`) with its `::title::` kept and loose special characters escaped. */
function looseHead(head: string): string {
  const match = /^(\s*)::([\s\S]*?)::([\s\S]*)$/.exec(head);
  if (!match) return escapeLoose(head, ':=~#');
  return `${match[1]}::${escapeLoose(match[2]!, '=~#{}')}::${escapeLoose(match[3]!, ':=~#')}`;
}

/** General feedback (`####…`, Moodle takes the last one) split off an answer section. */
function splitGeneralFeedback(answers: string): { answers: string; feedback?: string } {
  const parts = splitUnescaped(answers, '####');
  if (parts.length === 1) return { answers };
  const feedback = parts.pop()!;
  return { answers: parts.join('####'), feedback };
}

/** The answer section rewritten into what gift-pegjs reads, with Moodle's meaning. */
function looseAnswers(answers: string): string {
  const { answers: body, feedback } = splitGeneralFeedback(answers);
  const tail = feedback === undefined ? '' : `####${escapeLoose(feedback, ':=~#')}`;
  if (!/^\s*#/.test(body)) {
    // Choices, true/false, matching: `:` is text for Moodle there. With a `~`, Moodle reads choices,
    // never matching: gift-pegjs would still try matching on a `->` in a choice and fail, so the
    // arrow is split by an invisible mark until the parse is done.
    const choices = escapeLoose(body, ':');
    return (splitUnescaped(body, '~').length > 1 ? choices.replace(/->/g, `-${ARROW_MARK}>`) : choices) + tail;
  }
  // Numeric: one answer per line, `:` kept in the numbers, escaped in feedback.
  const hash = body.indexOf('#');
  const rest = body.slice(hash + 1);
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '\\') i++;
    else if ((rest[i] === '=' || rest[i] === '~') && i > 0) {
      pieces.push(rest.slice(start, i));
      start = i;
    }
  }
  pieces.push(rest.slice(start));
  if (pieces.length > 1 && !/^\s*[=~]/.test(pieces[0]!)) pieces[0] = `=${pieces[0]!.trim()}`;
  const fixed = pieces.map((piece) => {
    const [value, ...fb] = splitUnescaped(piece, '#');
    return fb.length === 0 ? value! : `${value}#${escapeLoose(fb.join('#'), ':=~')}`;
  });
  return `${body.slice(0, hash)}#${pieces.length > 1 ? '\n' : ''}${fixed.map((p) => p.trim()).join('\n')}\n${tail}`;
}

/**
 * gift-pegjs collapses every run of whitespace into one space, no-break spaces included (French
 * typography: “a \u202f!” would lose its narrow no-break space). Moodle keeps them. No-break spaces
 * and the second and later spaces of a run are swapped for private-use characters during the parse.
 */
const PROTECTED: [string, string][] = [
  ['\u00a0', '\ue000'],
  ['\u202f', '\ue001'],
  [' ', '\ue002'],
  ['\t', '\ue003'],
];
function protectSpaces(source: string): string {
  return source
    .replace(/[\u00a0\u202f]/g, (c) => PROTECTED.find(([from]) => from === c)![1])
    .replace(/(?<=[ \t\ue000-\ue003])[ \t]/g, (c) => PROTECTED.find(([from]) => from === c)![1]);
}
const ARROW_MARK = '\ue004';
function restoreSpaces<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/[\ue000-\ue003]/g, (c) => PROTECTED.find(([, to]) => to === c)![0]).replaceAll(ARROW_MARK, '') as T;
  if (Array.isArray(value)) return value.map(restoreSpaces) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreSpaces(v)])) as T;
  return value;
}

const text = (t: GiftText | null | undefined): BankText | undefined => (t ? { format: t.format, text: t.text } : undefined);

/** Reads GIFT's escapes in text that did not go through gift-pegjs (ordering questions). */
function unescapeGift(value: string): string {
  return value.replace(/\\([\\:#={}~n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

/** Moodle's ordering extension, read with the ordering plugin's own pattern. */
const ORDERING =
  /^\s*>\s*(\d+)\s*(ALL|EXACT|RANDOM|REL|CONTIGUOUS|CONTIG)?\s*(HORIZONTAL|HORI|H|1|VERTICAL|VERT|V|0)?\s*(ALL_OR_NOTHING|ABSOLUTE_POSITION|ABSOLUTE|ABS|RELATIVE_NEXT_EXCLUDE_LAST|RELATIVE_NEXT_INCLUDE_LAST|RELATIVE_ONE_PREVIOUS_AND_NEXT|RELATIVE_ALL_PREVIOUS_AND_NEXT|RELATIVE_TO_CORRECT|RELATIVE|REL|LONGEST_ORDERED_SUBSET|LONGEST_CONTIGUOUS_SUBSET)?\s*(SHOW|TRUE|YES|1|HIDE|FALSE|NO|0)?\s*(none|123|abc|ABCD|iii|IIII)?\s*(.*?)\s*$/s;

function readOrdering(head: string, answers: string, common: Omit<Common, 'stem'>): BankQuestion {
  const { answers: body, feedback } = splitGeneralFeedback(answers);
  const match = ORDERING.exec(body)!;
  const items = match[7]!
    .split('\n')
    .map((l) => unescapeGift(l.trim().replace(/^\\\//, '/')))
    .filter((l) => l !== '');
  let stem = head.trim();
  let name = common.name;
  const title = /^::([\s\S]*?)::([\s\S]*)$/.exec(stem);
  if (title) {
    name = unescapeGift(title[1]!).trim();
    stem = title[2]!.trim();
  }
  let format: BankText['format'] = 'moodle';
  const marker = /^\[(html|markdown|plain|moodle)\]/.exec(stem);
  if (marker) {
    format = marker[1] as BankText['format'];
    stem = stem.slice(marker[0].length);
  }
  const flat = (t: string) => (format === 'html' || format === 'markdown' ? t.trim() : t.replace(/[ \t\n]+/g, ' ').trim());
  // Moodle reads the general feedback's own format marker, defaulting to the question's.
  const generalFeedbackOf = (raw: string): BankText => {
    const own = /^\s*\[(html|markdown|plain|moodle)\]/.exec(raw);
    const f = own ? (own[1] as BankText['format']) : format;
    const body = own ? raw.slice(own[0].length) : raw;
    return { format: f, text: unescapeGift(f === 'html' || f === 'markdown' ? body.trim() : body.replace(/[ \t\n]+/g, ' ').trim()) };
  };
  const notes = [...common.notes];
  const count = Number(match[1]);
  if ((match[2] === 'RANDOM' || match[2] === 'CONTIGUOUS' || match[2] === 'CONTIG' || match[2] === 'REL') && count < items.length)
    notes.push(`Moodle showed ${count} of the ${items.length} items; all are shown on Board Academy`);
  return {
    ...common,
    ...(name ? { name } : {}),
    kind: 'ordering',
    stem: { format, text: unescapeGift(flat(stem)) },
    ...(feedback !== undefined ? { generalFeedback: generalFeedbackOf(feedback) } : {}),
    items: items.map((t) => ({ format, text: t })),
    ...(match[4] ? { gradingType: match[4] } : {}),
    notes,
  };
}

type Common = Pick<Extract<BankQuestion, { kind: 'choice' }>, 'line' | 'name' | 'idnumber' | 'stem' | 'tags' | 'meta' | 'notes' | 'category'>;

function fromGiftPegjs(parsed: GIFTQuestion, common: Omit<Common, 'stem'>): BankQuestion {
  const line = common.line;
  if (parsed.type === 'Category') return { kind: 'error', line, reason: 'unexpected category' };
  const name = parsed.title ?? undefined;
  const base = {
    ...common,
    ...(name ? { name } : {}),
    ...(parsed.id ? { idnumber: parsed.id } : {}),
    tags: [...common.tags, ...(parsed.tags ?? [])],
    stem: text(parsed.stem)!,
  };
  const named = { ...(name ? { name } : {}), ...(common.category !== undefined ? { category: common.category } : {}) };
  switch (parsed.type) {
    case 'Description':
      return { kind: 'unsupported', line, ...named, what: 'description (text with no question)', needs: 'put this text in the lesson' };
    case 'Essay':
      return { kind: 'unsupported', line, ...named, what: 'essay', needs: 'would need free-text answers graded by a person' };
    case 'Short':
      return { kind: 'unsupported', line, ...named, what: 'short answer', needs: 'would need a typed-text answer type (rewrite as single choice)' };
    case 'Matching':
      return { kind: 'unsupported', line, ...named, what: 'matching', needs: 'would need a matching type (split into single-choice questions)' };
    case 'MC': {
      const gf = text(parsed.globalFeedback);
      const choices: BankChoice[] = parsed.choices.map((c) => ({
        text: text(c.text)!,
        fraction: (c.weight ?? (c.isCorrect ? 100 : 0)) / 100,
        ...(c.feedback ? { feedback: text(c.feedback)! } : {}),
      }));
      return { ...base, kind: 'choice', single: parsed.choices.some((c) => c.isCorrect), choices, ...(gf ? { generalFeedback: gf } : {}) };
    }
    case 'TF': {
      const gf = text(parsed.globalFeedback);
      // Moodle: the first feedback is for a wrong answer, the second for a right one.
      const wrong = text(parsed.trueFeedback);
      const right = text(parsed.falseFeedback);
      const [feedbackTrue, feedbackFalse] = parsed.isTrue ? [right, wrong] : [wrong, right];
      return {
        ...base,
        kind: 'truefalse',
        answer: parsed.isTrue,
        ...(feedbackTrue && feedbackTrue.text !== '' ? { feedbackTrue } : {}),
        ...(feedbackFalse && feedbackFalse.text !== '' ? { feedbackFalse } : {}),
        ...(gf ? { generalFeedback: gf } : {}),
      };
    }
    case 'Numerical': {
      const gf = text(parsed.globalFeedback);
      const list = Array.isArray(parsed.choices) ? parsed.choices : [{ isCorrect: true, weight: null, text: parsed.choices, feedback: null }];
      const answers: BankNumericAnswer[] = list.map((c) => {
        const fraction = (c.weight ?? (c.isCorrect ? 100 : 0)) / 100;
        const feedback = c.feedback ? { feedback: text(c.feedback)! } : {};
        const value = c.text as { type?: string; number?: number; range?: number; numberHigh?: number; numberLow?: number; text?: string };
        if (value.type === 'simple') return { value: value.number!, tolerance: 0, fraction, ...feedback };
        if (value.type === 'range') return { value: value.number!, tolerance: value.range!, fraction, ...feedback };
        if (value.type === 'high-low') {
          const low = Math.min(value.numberLow!, value.numberHigh!);
          const high = Math.max(value.numberLow!, value.numberHigh!);
          return { value: (low + high) / 2, tolerance: (high - low) / 2, fraction, ...feedback };
        }
        return { tolerance: 0, fraction, ...feedback };
      });
      return { ...base, kind: 'numeric', answers, ...(gf ? { generalFeedback: gf } : {}) };
    }
  }
}

/** Reads a GIFT file. Throws only when the text is not GIFT at all. */
export function readGift(input: string): Bank {
  const source = normaliseInput(input);
  const questions: BankQuestion[] = [];
  const quizMeta = new Map<string, unknown>();
  const categories: string[] = [];
  let category: string | undefined;
  let answered = 0;
  for (const block of blocks(source)) {
    const comments = block.lines.filter((l) => l.trim().startsWith('//'));
    const content = block.lines.filter((l) => !l.trim().startsWith('//'));
    const firstContentIndex = block.lines.findIndex((l) => !l.trim().startsWith('//'));
    const line = block.line + Math.max(0, firstContentIndex);
    const quizComment = comments.find((c) => readQuizMeta(c.trim().slice(2)) !== undefined);
    const text = content.join('\n').trim();
    if (/^\$CATEGORY:/.test(text)) {
      category = text.slice('$CATEGORY:'.length).trim();
      categories.push(category);
      if (quizComment) quizMeta.set(category, quizComment.trim().slice(2));
      continue;
    }
    if (quizComment) quizMeta.set(category ?? '', quizComment.trim().slice(2));
    if (text === '') continue;
    const idnumber = comments.map((c) => /\[id:([^\]\x00-\x1f]+)\]/.exec(c)?.[1]).find((x) => x !== undefined);
    const tags = comments.flatMap((c) => [...c.matchAll(/\[tag:([^\]\x00-\x1f]+)\]/g)].map((m) => m[1]!.trim()));
    const meta = comments.map((c) => c.trim().slice(2).trim()).find((c) => c.startsWith(`${QUESTION_META}:`));
    const nameMatch = /^::([\s\S]*?)::/.exec(text);
    const name = nameMatch ? unescapeGift(nameMatch[1]!).trim() : undefined;
    const common = {
      line,
      ...(name ? { name } : {}),
      ...(idnumber ? { idnumber: idnumber.trim() } : {}),
      tags,
      ...(meta ? { meta } : {}),
      notes: [] as string[],
      ...(category !== undefined ? { category } : {}),
    };
    const named = { ...(name ? { name } : {}), ...(category !== undefined ? { category } : {}) };
    if (text.length > MAX_QUESTION_CHARS) {
      questions.push({ kind: 'error', line, ...named, reason: `question of ${text.length} characters (at most ${MAX_QUESTION_CHARS}): missing blank line between questions?` });
      continue;
    }
    const { open, close } = braces(text);
    const lineOf = (offset: number) => line + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
    if (open.length === 0 && close.length === 0) {
      questions.push({ kind: 'unsupported', line, ...named, what: 'description (text with no question)', needs: 'put this text in the lesson' });
      continue;
    }
    answered++;
    if (open.length !== close.length || close[0]! < open[0]!) {
      const at = open.length > close.length ? open[close.length]! : close[open.length] ?? close[0]!;
      questions.push({ kind: 'error', line: lineOf(at), ...named, reason: `unbalanced braces: ${open.length} “{” and ${close.length} “}” (escape literal braces as \\{ and \\})` });
      continue;
    }
    if (open.length > 1) {
      questions.push({ kind: 'unsupported', line, ...named, what: 'several answer sets in one question (embedded answers)', needs: 'would need a cloze type' });
      continue;
    }
    const head = text.slice(0, open[0]);
    const answers = text.slice(open[0]! + 1, close[0]);
    const tail = text.slice(close[0]! + 1);
    if (ORDERING.test(splitGeneralFeedback(answers).answers)) {
      if (tail.trim() !== '') {
        questions.push({ kind: 'error', line, ...named, reason: 'text after an ordering question’s items' });
        continue;
      }
      questions.push(readOrdering(head, answers, common));
      continue;
    }
    const rewritten = protectSpaces(`${looseHead(head)}{${looseAnswers(answers)}}${escapeLoose(tail, ':=~#')}`);
    let parsed: GIFTQuestion[];
    try {
      parsed = restoreSpaces(parse(rewritten));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      questions.push({ kind: 'error', line, ...named, reason: `not valid GIFT: ${message}` });
      continue;
    }
    if (parsed.length !== 1) {
      questions.push({ kind: 'error', line, ...named, reason: `read as ${parsed.length} questions: separate questions with a blank line` });
      continue;
    }
    questions.push(fromGiftPegjs(parsed[0]!, common));
  }
  if (answered === 0 && categories.length === 0) throw new Error('not a GIFT file: no question has an answer section in braces { … }');
  return { format: 'gift', questions, quizMeta, categories };
}
