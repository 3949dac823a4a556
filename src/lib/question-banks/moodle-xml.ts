/**
 * Moodle XML, both ways.
 *
 * Reading uses fast-xml-parser after refusing any DOCTYPE or entity declaration (so an XML bomb is
 * refused before parsing) and checking that the file is well-formed with fast-xml-validator (the
 * parser itself is lenient about mismatched tags). Each `<question>` is found
 * again in the text for its line number.
 *
 * Writing: plain-text formats (Moodle shows the text escaped), fractions as Moodle's importer reads
 * them (single choice 100/0; multiple response ±100/C, which is Board Academy's "right minus wrong"
 * scoring), Moodle's native `<question type="ordering">` graded by absolute position, and Board
 * Academy's comments for the pass mark and the option and item ids.
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import type { Question, Quiz } from '../quiz/schema.ts';
import type { Bank, BankFormat, BankQuestion, BankText } from './model.ts';
import { encodeMeta, QUESTION_META, QUIZ_META, readQuizMeta, type QuestionMeta } from './meta.ts';
import { CATEGORY_ROOT } from './gift.ts';
import { formatNumber, normaliseInput } from './text.ts';

// ---------------------------------------------------------------------------------------------
// Writing

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const textElement = (value: string) => `<text>${escapeXml(value)}</text>`;
const plainBlock = (tag: string, value: string, indent: string) => `${indent}<${tag} format="plain_text">\n${indent}  ${textElement(value)}\n${indent}</${tag}>`;

/** Moodle's fractions are percentages with at most 7 significant digits: 33.33333, -50, 100. */
export const moodleFraction = (fraction: number) => formatNumber(Number((fraction * 100).toFixed(5)));

function answer(fraction: number, value: string, feedback: string | undefined, extra = ''): string {
  return [
    `    <answer fraction="${moodleFraction(fraction)}" format="plain_text">`,
    `      ${textElement(value)}`,
    extra,
    feedback === undefined ? '' : plainBlock('feedback', feedback, '      '),
    '    </answer>',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

function meta(q: Question): QuestionMeta {
  const m: QuestionMeta = {};
  if (q.type === 'single' || q.type === 'multiple') m.options = q.options.map((o) => o.id);
  if (q.type === 'ordering') m.items = q.items.map((i) => i.id);
  return m;
}

const MOODLE_TYPE: Record<Question['type'], string> = {
  single: 'multichoice',
  multiple: 'multichoice',
  truefalse: 'truefalse',
  numeric: 'numerical',
  ordering: 'ordering',
};

function body(q: Question, shuffle: boolean): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const share = 1 / q.options.filter((o) => o.correct).length;
      const fraction = (correct: boolean) => (q.type === 'single' ? (correct ? 1 : 0) : correct ? share : -share);
      return [
        `    <single>${q.type === 'single'}</single>`,
        `    <shuffleanswers>${shuffle}</shuffleanswers>`,
        '    <answernumbering>abc</answernumbering>',
        '    <showstandardinstruction>1</showstandardinstruction>',
        ...q.options.map((o) => answer(fraction(o.correct), o.text, o.feedback)),
      ];
    }
    case 'truefalse':
      return [answer(q.answer ? 1 : 0, 'true', q.feedbackTrue), answer(q.answer ? 0 : 1, 'false', q.feedbackFalse)];
    case 'numeric':
      return [
        answer(1, formatNumber(q.answer), undefined, `      <tolerance>${formatNumber(q.tolerance)}</tolerance>`),
        ...(q.unit === undefined
          ? []
          : ['    <units>', '      <unit>', '        <multiplier>1</multiplier>', `        <unit_name>${escapeXml(q.unit)}</unit_name>`, '      </unit>', '    </units>']),
        '    <unitgradingtype>0</unitgradingtype>',
        '    <unitpenalty>0</unitpenalty>',
        "    <showunits>3</showunits>",
        '    <unitsleft>0</unitsleft>',
      ];
    case 'ordering':
      return [
        '    <layouttype>VERTICAL</layouttype>',
        '    <selecttype>ALL</selecttype>',
        `    <selectcount>${q.items.length}</selectcount>`,
        '    <gradingtype>ABSOLUTE_POSITION</gradingtype>',
        '    <showgrading>SHOW</showgrading>',
        '    <numberingstyle>none</numberingstyle>',
        // In Moodle's ordering type, an answer's fraction is its position in the right order.
        ...q.items.map((item, i) => answer((i + 1) / 100, item.text, undefined)),
      ];
  }
}

export function questionToMoodleXml(q: Question, shuffle: boolean): string {
  const m = meta(q);
  return [
    `  <question type="${MOODLE_TYPE[q.type]}">`,
    ...(Object.keys(m).length > 0 ? [`    <!-- ${QUESTION_META}: ${encodeMeta(m)} -->`] : []),
    `    <name>\n      ${textElement(q.id)}\n    </name>`,
    plainBlock('questiontext', q.prompt, '    '),
    plainBlock('generalfeedback', q.explanation, '    '),
    `    <defaultgrade>${formatNumber(q.points)}</defaultgrade>`,
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(q.id)}</idnumber>`,
    ...body(q, shuffle),
    '  </question>',
  ].join('\n');
}

const categorySegment = (title: string) => title.replace(/[ \t\r\n]+/g, ' ').trim().replace(/\//g, '//');

function categoryQuestion(quiz: Quiz, path: string[]): string {
  const quizMeta = { id: quiz.id, title: quiz.title, ...(quiz.lesson ? { lesson: quiz.lesson } : {}), passMark: quiz.passMark, shuffle: quiz.shuffle };
  return [
    '  <question type="category">',
    `    <!-- ${QUIZ_META}: ${encodeMeta(quizMeta)} -->`,
    `    <category>\n      ${textElement([CATEGORY_ROOT, ...path.map(categorySegment)].join('/'))}\n    </category>`,
    '  </question>',
  ].join('\n');
}

function quizBlock(quiz: Quiz, path: string[]): string {
  return [categoryQuestion(quiz, path), ...quiz.questions.map((q) => questionToMoodleXml(q, quiz.shuffle))].join('\n');
}

const wrap = (parts: string[], comment: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${comment.replace(/-{2,}/g, '-')} -->\n<quiz>\n${parts.join('\n')}\n</quiz>\n`;

/** One quiz as a Moodle XML file, in a category named after the quiz. */
export function quizToMoodleXml(quiz: Quiz): string {
  return wrap([quizBlock(quiz, [quiz.title])], `${quiz.title}: exported from Board Academy (Moodle XML)`);
}

export interface CurriculumTrack {
  title: string;
  quizzes: Quiz[];
}

/** Every quiz in one file: a category per track, a sub-category per quiz. */
export function curriculumToMoodleXml(tracks: CurriculumTrack[], title: string): string {
  return wrap(
    tracks.flatMap((track) => track.quizzes.map((quiz) => quizBlock(quiz, [track.title, quiz.title]))),
    `${title}: exported from Board Academy (Moodle XML)`,
  );
}

// ---------------------------------------------------------------------------------------------
// Reading

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  commentPropName: '#comment',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ['question', 'answer', 'text', '#comment', 'unit', 'tag', 'file', 'subquestion'].includes(name),
});

const asNode = (v: unknown): Node | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Node) : undefined);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

/** The `<text>` of an element (or the element's own text), as a string. */
function textOf(element: unknown): string | undefined {
  const node = asNode(first(element));
  if (typeof first(element) === 'string') return first(element) as string;
  if (!node) return undefined;
  const inner = first(node['text']);
  if (typeof inner === 'string') return inner;
  if (inner === undefined && typeof node['#text'] === 'string') return node['#text'];
  if (asNode(inner) && typeof asNode(inner)!['#text'] === 'string') return asNode(inner)!['#text'] as string;
  return inner === undefined ? undefined : '';
}

const FORMATS: Record<string, BankFormat> = { html: 'html', moodle_auto_format: 'moodle', plain_text: 'plain', markdown: 'markdown' };

function richText(element: unknown, fallback: BankFormat = 'html'): BankText | undefined {
  const node = asNode(first(element));
  const value = textOf(element);
  if (value === undefined) return undefined;
  const format = FORMATS[String(node?.['@format'] ?? '')] ?? fallback;
  const files = node && Array.isArray(node['file']) && node['file'].length > 0;
  // An embedded file means an image the text shows: keep a marker so the conversion refuses it.
  return { format, text: files && format !== 'plain' ? `${value}<img data-embedded-file>` : value };
}

const UNSUPPORTED: Record<string, [string, string]> = {
  shortanswer: ['short answer', 'would need a typed-text answer type (rewrite as single choice)'],
  essay: ['essay', 'would need free-text answers graded by a person'],
  matching: ['matching', 'would need a matching type (split into single-choice questions)'],
  description: ['description (text with no question)', 'put this text in the lesson'],
  cloze: ['cloze (embedded answers)', 'would need a cloze type'],
  multianswer: ['cloze (embedded answers)', 'would need a cloze type'],
  calculated: ['calculated', 'would need answers computed from random values'],
  calculatedsimple: ['calculated', 'would need answers computed from random values'],
  calculatedmulti: ['calculated multichoice', 'would need answers computed from random values'],
  randomsamatch: ['random short-answer matching', 'would need a matching type'],
  random: ['random question', 'would need questions drawn from a category'],
  ddwtos: ['drag and drop into text', 'would need a gap-filling type'],
  gapselect: ['select missing words', 'would need a gap-filling type'],
  ddimageortext: ['drag and drop onto image', 'would need images in quizzes'],
  ddmarker: ['drag and drop markers', 'would need images in quizzes'],
  multichoiceset: ['all-or-nothing multiple choice', 'would need all-or-nothing scoring (Board Academy scores right minus wrong)'],
};

/** Lines where each `<question` element starts, CDATA and comments skipped. */
function questionLines(source: string): number[] {
  const masked = source.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
  const lines: number[] = [];
  let line = 1;
  let last = 0;
  for (const match of masked.matchAll(/<question[\s>/]/g)) {
    line += (masked.slice(last, match.index).match(/\n/g) ?? []).length;
    last = match.index;
    lines.push(line);
  }
  return lines;
}

const number = (v: unknown): number | undefined => {
  const s = typeof first(v) === 'string' ? (first(v) as string).trim() : textOf(v)?.trim();
  if (s === undefined || s === '') return undefined;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
};

const commentsOf = (node: Node): string[] => (Array.isArray(node['#comment']) ? (node['#comment'] as unknown[]).filter((c): c is string => typeof c === 'string') : []);

/** Reads a Moodle XML file. Throws when the text is not (safe, well-formed) Moodle XML. */
export function readMoodleXml(input: string): Bank {
  const source = normaliseInput(input);
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) throw new Error('refused: the XML declares a DOCTYPE or entities (Moodle XML has none; this is how XML bombs work)');
  try {
    SyntaxValidator.validate(source);
  } catch (error) {
    const line = (error as { line?: unknown }).line;
    throw new Error(`not well-formed XML${typeof line === 'number' ? ` (line ${line})` : ''}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const root = asNode(parser.parse(source));
  const quiz = asNode(root?.['quiz']);
  if (!quiz) throw new Error('not a Moodle XML file: the root element is not <quiz>');
  const elements = Array.isArray(quiz['question']) ? (quiz['question'] as unknown[]) : [];
  const lines = questionLines(source);
  const questions: BankQuestion[] = [];
  const quizMeta = new Map<string, unknown>();
  const categories: string[] = [];
  let category: string | undefined;
  elements.forEach((raw, index) => {
    const node = asNode(raw) ?? {};
    const line = lines[index] ?? 1;
    const type = String(node['@type'] ?? '');
    const comments = commentsOf(node);
    if (type === 'category') {
      category = textOf(node['category'])?.trim() ?? '';
      categories.push(category);
      const c = comments.find((x) => readQuizMeta(x) !== undefined);
      if (c) quizMeta.set(category, c);
      return;
    }
    const name = textOf(node['name'])?.trim() || undefined;
    const named = { ...(name ? { name } : {}), ...(category !== undefined ? { category } : {}) };
    if (type in UNSUPPORTED) {
      const [what, needs] = UNSUPPORTED[type]!;
      questions.push({ kind: 'unsupported', line, ...named, what, needs });
      return;
    }
    if (!['multichoice', 'truefalse', 'numerical', 'ordering'].includes(type)) {
      questions.push({ kind: 'unsupported', line, ...named, what: `question type “${type || '(none)'}”`, needs: 'not a type Board Academy quizzes have' });
      return;
    }
    const stem = richText(node['questiontext']);
    if (!stem) {
      questions.push({ kind: 'error', line, ...named, reason: 'no <questiontext>' });
      return;
    }
    const format = stem.format;
    const generalFeedback = richText(node['generalfeedback'], format);
    const tags = (asNode(node['tags'])?.['tag'] as unknown[] | undefined)?.map((t) => textOf(t)?.trim() ?? '').filter((t) => t !== '') ?? [];
    const idnumber = textOf(node['idnumber'])?.trim();
    const meta = comments.find((c) => c.trim().startsWith(`${QUESTION_META}:`));
    const notes: string[] = [];
    const hints = node['hint'];
    if (hints !== undefined) notes.push('hints dropped (quizzes have no hints)');
    const common = {
      line,
      ...named,
      ...(idnumber ? { idnumber } : {}),
      stem,
      ...(generalFeedback && generalFeedback.text.trim() !== '' ? { generalFeedback } : {}),
      ...(number(node['defaultgrade']) !== undefined ? { points: number(node['defaultgrade'])! } : {}),
      tags,
      ...(meta ? { meta } : {}),
      notes,
    };
    const answers = (Array.isArray(node['answer']) ? (node['answer'] as unknown[]) : []).map((a) => asNode(a) ?? {});
    const fraction = (a: Node) => (number(a['@fraction']) ?? 0) / 100;
    const feedback = (a: Node) => {
      const f = richText(a['feedback'], format);
      return f && f.text.trim() !== '' ? { feedback: f } : {};
    };
    const shuffleText = textOf(node['shuffleanswers'])?.trim();
    const shuffle = shuffleText === undefined ? {} : { shuffle: shuffleText === 'true' || shuffleText === '1' };
    switch (type) {
      case 'multichoice': {
        const single = ['true', '1'].includes(textOf(node['single'])?.trim() ?? 'true');
        questions.push({
          ...common,
          kind: 'choice',
          single,
          ...shuffle,
          choices: answers.map((a) => ({ text: richText(a, FORMATS[String(a['@format'] ?? '')] ?? format)!, fraction: fraction(a), ...feedback(a) })),
        });
        return;
      }
      case 'truefalse': {
        const byText = (value: string) => answers.find((a) => textOf(a)?.trim().toLowerCase() === value);
        const yes = byText('true');
        const no = byText('false');
        if (!yes || !no) {
          questions.push({ kind: 'error', line, ...named, reason: 'true/false question without both a “true” and a “false” answer' });
          return;
        }
        const feedbackTrue = feedback(yes).feedback;
        const feedbackFalse = feedback(no).feedback;
        questions.push({
          ...common,
          kind: 'truefalse',
          answer: fraction(yes) > fraction(no),
          ...(feedbackTrue ? { feedbackTrue } : {}),
          ...(feedbackFalse ? { feedbackFalse } : {}),
        });
        return;
      }
      case 'numerical': {
        const units = (asNode(node['units'])?.['unit'] as unknown[] | undefined)?.map((u) => asNode(u) ?? {}) ?? [];
        const base = units.find((u) => number(u['multiplier']) === 1);
        const unit = base ? textOf(base['unit_name'])?.trim() : undefined;
        if (units.length > (base ? 1 : 0)) notes.push(`units other than “${unit ?? ''}” dropped (no unit conversion on Board Academy)`);
        questions.push({
          ...common,
          kind: 'numeric',
          ...(unit ? { unit } : {}),
          answers: answers.map((a) => {
            const raw = textOf(a)?.trim() ?? '';
            const value = raw === '*' ? undefined : number(raw);
            return { ...(value === undefined ? {} : { value }), tolerance: number(a['tolerance']) ?? 0, fraction: fraction(a), ...feedback(a) };
          }),
        });
        return;
      }
      case 'ordering': {
        const gradingType = textOf(node['gradingtype'])?.trim();
        const selectType = textOf(node['selecttype'])?.trim();
        const selectCount = number(node['selectcount']);
        if (selectType && selectType !== 'ALL' && selectCount !== undefined && selectCount > 0 && selectCount < answers.length)
          notes.push(`Moodle showed ${selectCount} of the ${answers.length} items; all are shown on Board Academy`);
        // The fraction of an ordering answer is its position in the right order.
        const ordered = answers.map((a, i) => ({ a, i, position: number(a['@fraction']) ?? i })).sort((x, y) => x.position - y.position || x.i - y.i);
        if (answers.some((a) => richText(a['feedback'], format)?.text.trim())) notes.push('item feedback dropped');
        questions.push({
          ...common,
          kind: 'ordering',
          ...shuffle,
          ...(gradingType ? { gradingType } : {}),
          items: ordered.map(({ a }) => richText(a, FORMATS[String(a['@format'] ?? '')] ?? format)!),
        });
        return;
      }
    }
  });
  return { format: 'moodle-xml', questions, quizMeta, categories };
}
