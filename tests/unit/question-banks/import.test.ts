import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BankError, decodeBank, formatReport, importBank, MAX_BYTES, type ImportResult } from '../../../src/lib/question-banks/import';
import { htmlToText } from '../../../src/lib/question-banks/text';
import { quizSchema, type Question } from '../../../src/lib/quiz/schema';

const FIXTURES = join(import.meta.dirname, '../../fixtures/question-banks');
const load = (name: string, lang: 'fr' | 'en' = 'en', extra = {}) =>
  importBank(decodeBank(readFileSync(join(FIXTURES, name))), { fileName: name, lang, ...extra });
const byId = (r: ImportResult, id: string): Question => {
  const q = r.quiz?.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id} in ${r.quiz?.questions.map((x) => x.id).join(', ')}`);
  return q;
};
const skipped = (r: ImportResult) => r.outcomes.flatMap((o) => (o.status === 'skipped' ? [[o.line, o.reason] as const] : []));

describe('GIFT import: every feature of Moodle GIFT', () => {
  const r = load('moodle-features.gift');

  it('converts every question into a quiz valid against the site schema', () => {
    expect(r.error).toBeUndefined();
    expect(skipped(r)).toEqual([]);
    expect(quizSchema.safeParse(r.quiz).success).toBe(true);
    expect(r.quiz?.title).toBe('Social media basics');
    expect(r.quiz?.id).toBe('moodle-features');
    expect(r.quiz?.questions).toHaveLength(16);
  });

  it('reads escapes, per-answer feedback and general feedback', () => {
    const q = byId(r, 'escapes');
    expect(q).toMatchObject({ type: 'single', prompt: 'What does {x} = 2 ~ 3 # mean: nothing?', explanation: 'GIFT escapes \\ : = ~ # { }.' });
    if (q.type !== 'single') throw new Error();
    expect(q.options.map((o) => [o.text, o.correct, o.feedback])).toEqual([
      ['An escaped formula', true, 'Right: braces, equals, tilde, hash and colon are escaped.'],
      ['A syntax error', false, 'No.'],
    ]);
  });

  it('reads unescaped colons and equals signs in a stem as Moodle does (gift-pegjs alone throws)', () => {
    expect(byId(r, 'time-when-is-roi-gain-cost').prompt).toBe('Time: when is ROI = gain / cost?');
  });

  it('maps weights to a multiple-response question and says how scoring changes', () => {
    const q = byId(r, 'weights');
    if (q.type !== 'multiple') throw new Error(q.type);
    expect(q.options.map((o) => [o.text, o.correct])).toEqual([['Staff time', true], ['Tools', true], ['Revenue', false]]);
    const notes = r.outcomes.find((o) => o.status === 'converted' && o.question.id === 'weights');
    expect(notes?.status === 'converted' && notes.notes.join()).toMatch(/removes 50 %.*-100 %/);
  });

  it('maps true/false feedback by Moodle’s rule (first: answered wrong, second: answered right)', () => {
    expect(byId(r, 'true-statement')).toMatchObject({ type: 'truefalse', answer: true, feedbackFalse: 'No, it does.', feedbackTrue: 'Yes, it does.', explanation: 'Astronomy.' });
    expect(byId(r, 'false-statement')).toMatchObject({ type: 'truefalse', answer: false, feedbackTrue: 'Wrong: it is the other way round.', feedbackFalse: 'Right.' });
  });

  it('reads numbers, tolerances, ranges and weighted numeric answers', () => {
    expect(byId(r, 'simple-number')).toMatchObject({ answer: 7, tolerance: 0 });
    expect(byId(r, 'number-with-tolerance')).toMatchObject({ answer: 3.14, tolerance: 0.005 });
    expect(byId(r, 'range')).toMatchObject({ answer: 1.5, tolerance: 0.5 });
    expect(byId(r, 'weighted-numbers')).toMatchObject({ answer: 1822, tolerance: 0, explanation: 'Born in 1822.' });
  });

  it('reads a numeric answer with one-line feedback (gift-pegjs alone throws)', () => {
    expect(byId(r, 'one-line-numeric-feedback')).toMatchObject({ type: 'numeric', answer: 3, tolerance: 2 });
  });

  it('reads Moodle’s ordering extension (gift-pegjs alone reads it as a short answer)', () => {
    const q = byId(r, 'ordering');
    expect(q).toMatchObject({ type: 'ordering', prompt: 'Put these stages in order.', explanation: 'Objectives first, impact last.' });
    if (q.type !== 'ordering') throw new Error();
    expect(q.items.map((i) => i.text)).toEqual(['Objectives', 'Inputs', 'Outputs', 'Impact']);
    const notes = r.outcomes.find((o) => o.status === 'converted' && o.question.id === 'ordering-relative');
    expect(notes?.status === 'converted' && notes.notes.join('\n')).toMatch(/2 of the 3 items[\s\S]*RELATIVE_NEXT_EXCLUDE_LAST/);
  });

  it('keeps the missing-word blank, and turns HTML and Markdown into plain text without the script', () => {
    expect(byId(r, 'grant-is-in-grant-s-tomb').prompt).toBe('Grant is _____ in Grant\'s tomb.');
    const html = byId(r, 'html-stem');
    expect(html.prompt).toBe('Which tag is bold?');
    if (html.type !== 'single') throw new Error();
    expect(html.options.map((o) => o.text)).toEqual(['<b>', '<i>']);
    expect(byId(r, 'markdown-stem').prompt).toBe('Which word is stressed?');
    expect(byId(r, 'multi-line').prompt).toBe('This question spans several lines of text.');
  });

  it('writes an explanation from the right answer when the bank has none, and says so', () => {
    expect(byId(r, 'simple-number').explanation).toBe('Expected answer: 7');
    expect(load('moodle-features.gift', 'fr').quiz?.questions.find((q) => q.id === 'range')?.explanation).toBe('Réponse attendue\u00a0: 1.5 ± 0.5');
    expect(formatReport(r).join('\n')).toContain('no general feedback');
  });
});

describe('GIFT import: what is reported and skipped', () => {
  it('skips each unsupported type with its line and what would be needed', () => {
    const r = load('unsupported.gift');
    expect(r.quiz).toBeUndefined();
    expect(r.error).toMatch(/no question could be converted/);
    expect(skipped(r).map(([line, reason]) => `${line} ${reason.split(':')[0]}`)).toEqual([
      '2 description (text with no question)',
      '4 essay',
      '6 short answer',
      '8 matching',
      '14 several answer sets in one question (embedded answers)',
      '16 single-choice question where 2 answers each give full marks (Board Academy single choice has exactly one right answer; would need an "any of these" type)',
      '18 question text shows an image',
    ]);
  });

  it('reports unbalanced braces and syntax errors at their line and reads the questions after them', () => {
    const r = load('hostile.gift');
    expect(skipped(r)).toEqual([
      [1, expect.stringMatching(/unbalanced braces: 1 “\{” and 0 “\}”/)],
      [5, expect.stringMatching(/unbalanced braces: 0 “\{” and 1 “\}”/)],
      [9, expect.stringMatching(/not valid GIFT: .*150/)],
    ]);
    expect(r.quiz?.questions.map((q) => q.id)).toEqual(['fine', 'script', 'after']);
    expect(byId(r, 'script').prompt).toBe('Is this text shown as text?');
  });

  it('reads a UTF-8 BOM and CRLF, CR and LF line endings mixed in one file', () => {
    const r = load('bom-crlf.gift');
    expect(skipped(r)).toEqual([]);
    expect(r.quiz?.questions.map((q) => [q.id, q.prompt])).toEqual([
      ['bom', 'Is the BOM ignored?'],
      ['crlf', 'Are CRLF line endings read?'],
      ['cr', 'And old Mac CR?'],
      ['mixed', 'LF too?'],
    ]);
  });

  it('refuses a file that is not a question bank, with a clear message', () => {
    expect(() => load('not-a-bank.txt')).toThrow(/not a GIFT file/);
    expect(() => decodeBank(new Uint8Array([0x3a, 0, 0x3a]))).toThrow(/not a text file/);
    expect(() => decodeBank(new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(/not UTF-8/);
  });

  it('refuses a 10 MB file quickly, before reading it', () => {
    const big = new TextEncoder().encode(`::Q::${'x'.repeat(10 * 1024 * 1024)}{=a ~b}`);
    const start = performance.now();
    expect(() => decodeBank(big)).toThrow(BankError);
    expect(() => importBank(`::Q::${'x'.repeat(MAX_BYTES)}{T}`, { fileName: 'big.gift', lang: 'en' })).toThrow(/too large/);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('refuses a single question too long to be one, without parsing it', () => {
    const r = importBank(`::Long::${'word '.repeat(20_000)}{T}\n\n::Ok::Fine.{T}`, { fileName: 'long.gift', lang: 'en' });
    expect(skipped(r)).toEqual([[1, expect.stringMatching(/characters/)]]);
    expect(r.quiz?.questions.map((q) => q.id)).toEqual(['ok']);
  });
});

describe('Moodle XML import', () => {
  it('converts multichoice, multiple response, true/false, numerical with unit and native ordering', () => {
    const r = load('moodle-features.xml');
    expect(skipped(r)).toEqual([]);
    expect(r.quiz?.title).toBe('Measuring value');
    expect(r.quiz?.shuffle).toBe(true);
    expect(byId(r, 'single-choice')).toMatchObject({ type: 'single', points: 2, prompt: 'Which of these is a cost?', explanation: 'Staff time is a cost & must be counted.' });
    const single = byId(r, 'single-choice');
    if (single.type !== 'single') throw new Error();
    expect(single.options.map((o) => [o.text, o.correct, o.feedback])).toEqual([
      ['Staff time', true, 'Yes.'],
      ['Revenue', false, 'No: revenue is not a cost.'],
      ['Reach', false, undefined],
    ]);
    expect(byId(r, 'multiple-response')).toMatchObject({ type: 'multiple' });
    expect(byId(r, 'true-or-false')).toMatchObject({ type: 'truefalse', answer: false, feedbackTrue: 'No: a like is attention.', feedbackFalse: 'Right.' });
    expect(byId(r, 'numeric-with-unit')).toMatchObject({ type: 'numeric', answer: 25, tolerance: 0.5, unit: '%' });
    const ordering = byId(r, 'ordering');
    if (ordering.type !== 'ordering') throw new Error();
    expect(ordering.items.map((i) => i.text)).toEqual(['Objectives', 'Inputs', 'Outputs']);
    expect(r.outcomes.map((o) => o.line)).toEqual([7, 23, 34, 41, 50]);
  });

  it('skips unsupported types, embedded images and keeps no HTML from the file', () => {
    const r = load('unsupported.xml');
    expect(skipped(r).map(([line, reason]) => `${line} ${reason.split(':')[0]}`)).toEqual([
      '3 short answer',
      '4 essay',
      '5 matching',
      '6 cloze (embedded answers)',
      '7 description (text with no question)',
      '8 drag and drop into text',
      '9 question text shows an image',
    ]);
    const q = byId(r, 'script-in-stem');
    expect(q.prompt).toBe('Is this safe?\nClick');
    expect(q.explanation).toBe('Scripts are removed.');
    if (q.type !== 'single') throw new Error();
    // Text that *reads* "<script>" stays as text (the site shows it escaped); no markup survives.
    expect(q.options.map((o) => o.text)).toEqual(['Yes', '<script>alert(2)</script>']);
    expect(JSON.stringify(r.quiz)).not.toMatch(/javascript:|evil\.example|onclick|display:none/);
  });

  it('refuses an XML bomb at once, and malformed or foreign XML with a clear message', () => {
    const start = performance.now();
    expect(() => load('xml-bomb.xml')).toThrow(/DOCTYPE or entities/);
    expect(performance.now() - start).toBeLessThan(200);
    expect(() => load('malformed.xml')).toThrow(/not well-formed XML \(line 5\)/);
    expect(() => load('not-moodle.xml')).toThrow(/root element is not <quiz>/);
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles, comments and every tag, and decodes references', () => {
    expect(htmlToText('<p>a&nbsp;b &#233;&#xE9; &amp;lt;</p><script>x()</script><style>p{}</style><!-- c --><p>d<br>e</p>')).toBe('a\u00a0b éé &lt;\nd\ne');
    expect(htmlToText('<scr<script>ipt>alert(1)</script>')).not.toMatch(/<script/i);
    expect(htmlToText('before<script>never closed')).toBe('before');
  });
});

describe('categories', () => {
  it('imports one category of a bank with several, with the skipped questions of that category only', () => {
    const bank = ['$CATEGORY: $course$/top/A', '', '::One::First?{T}', '', '::Essay::Write.{}', '', '$CATEGORY: $course$/top/B', '', '::Two::Second?{F}', '', '::Short::Who?{=me}'].join('\n');
    const a = importBank(bank, { fileName: 'two.gift', lang: 'en', category: 'A' });
    expect(a.quiz?.title).toBe('A');
    expect(a.quiz?.questions.map((q) => q.id)).toEqual(['one']);
    expect(skipped(a)).toEqual([[5, expect.stringMatching(/^essay/)]]);
    const b = importBank(bank, { fileName: 'two.gift', lang: 'en', category: '$course$/top/B' });
    expect(b.quiz?.questions.map((q) => q.id)).toEqual(['two']);
    expect(skipped(b)).toEqual([[11, expect.stringMatching(/^short answer/)]]);
    expect(() => importBank(bank, { fileName: 'two.gift', lang: 'en', category: 'C' })).toThrow(/no category “C”.*A, B/);
  });
});
