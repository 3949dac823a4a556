/**
 * From a bank's question (GIFT or Moodle XML, already read) to a Board Academy question, with the
 * mapping rules in one place. Each question is checked against the real quiz schema on its own, so
 * that one bad question is reported and skipped instead of sinking the whole file. What the quiz
 * format cannot carry is said in `notes`; a question that would mean something else once converted
 * is skipped, never imported wrong.
 */
import { quizSchema, type Question } from '../quiz/schema.ts';
import type { BankQuestion, BankText } from './model.ts';
import type { QuestionMeta } from './meta.ts';
import { readQuestionMeta } from './meta.ts';
import { formatNumber, htmlLoss, tidyNumber, toPlainText, uniqueId } from './text.ts';
import type { Lang } from '../content/translations.ts';

/** The site's languages: a new one must give its words for true/false and expected answers below. */
export type { Lang };

export type Outcome =
  | { status: 'converted'; line: number; question: Question; notes: string[] }
  | { status: 'skipped'; line: number; name?: string; reason: string };

const FULL = 0.9999;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const percent = (fraction: number) => `${formatNumber(Math.round(fraction * 100000) / 1000)} %`;

const EXPECTED: Record<Lang, (answer: string) => string> = {
  fr: (answer) => `Réponse attendue\u00a0: ${answer}`,
  en: (answer) => `Expected answer: ${answer}`,
};

interface Context {
  lang: Lang;
  /** Question ids already used in the quiz. */
  taken: Set<string>;
  index: number;
}

class Skip extends Error {}

const BOOLEAN: Record<Lang, [string, string]> = { fr: ['vrai', 'faux'], en: ['true', 'false'] };

/** Plain text of a bank text, with what the conversion dropped added to `notes`. */
function plain(text: BankText | undefined, what: string, notes: string[]): string {
  if (!text) return '';
  if (text.format !== 'plain' && text.format !== 'markdown') {
    const loss = htmlLoss(text.text);
    if (loss.images) throw new Skip(`${what} shows an image: Board Academy quizzes are text only (would need images in quizzes)`);
    if (loss.media) throw new Skip(`${what} embeds media (video, audio, frame, formula): Board Academy quizzes are text only`);
    if (loss.scripts) notes.push(`${what}: script or style removed`);
    if (loss.links) notes.push(`${what}: link kept as its text only`);
    if (loss.tables) notes.push(`${what}: table flattened to text`);
  }
  return toPlainText(text.format, text.text);
}

function questionId(q: BankQuestion, prompt: string, ctx: Context): string {
  const name = q.name?.trim() ?? '';
  if (ID.test(name) && !ctx.taken.has(name)) {
    ctx.taken.add(name);
    return name;
  }
  const idnumber = 'idnumber' in q ? (q.idnumber?.trim() ?? '') : '';
  return uniqueId(name || idnumber || prompt, `q-${ctx.index + 1}`, ctx.taken);
}

function ids(texts: string[], fromMeta: string[] | undefined, fallback: string): string[] {
  if (fromMeta && fromMeta.length === texts.length) return fromMeta;
  const taken = new Set<string>();
  return texts.map((text, i) => uniqueId(text, `${fallback}-${i + 1}`, taken));
}

function schemaErrors(question: unknown): string[] {
  const result = quizSchema.safeParse({ id: 'check', title: 'check', passMark: 0, questions: [question] });
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

/** Converts one question; never throws. */
export function convertQuestion(q: BankQuestion, lang: Lang, taken: Set<string>, index: number): Outcome {
  if (q.kind === 'unsupported') return { status: 'skipped', line: q.line, ...(q.name ? { name: q.name } : {}), reason: `${q.what}: ${q.needs}` };
  if (q.kind === 'error') return { status: 'skipped', line: q.line, ...(q.name ? { name: q.name } : {}), reason: q.reason };
  const notes = [...q.notes];
  try {
    const meta: QuestionMeta = (typeof q.meta === 'string' ? readQuestionMeta(q.meta) : undefined) ?? {};
    const prompt = plain(q.stem, 'question text', notes);
    if (prompt === '') throw new Skip('empty question text');
    const body = convertBody(q, meta, notes, lang);
    let explanation = plain(q.generalFeedback, 'general feedback', notes);
    if (explanation === '') {
      explanation = EXPECTED[lang](body.expected);
      notes.push('no general feedback: explanation written from the right answer (add one that cites the lesson)');
    }
    let points = meta.points ?? q.points ?? 1;
    if (!(points > 0 && points <= 100)) {
      notes.push(`mark ${formatNumber(points)} is outside 0–100: set to 1 point`);
      points = 1;
    }
    if (q.tags.length > 0) notes.push(`tags not kept (quizzes have none): ${q.tags.join(', ')}`);
    const ctx: Context = { lang, taken, index };
    const candidate = { id: questionId(q, prompt, ctx), type: body.type, prompt, explanation, points, ...body.fields };
    const errors = schemaErrors(candidate);
    if (errors.length > 0) {
      taken.delete(candidate.id);
      throw new Skip(`does not fit a Board Academy quiz: ${errors.join('; ')}`);
    }
    const question = quizSchema.parse({ id: 'check', title: 'check', passMark: 0, questions: [candidate] }).questions[0]!;
    return { status: 'converted', line: q.line, question, notes };
  } catch (error) {
    if (error instanceof Skip) return { status: 'skipped', line: q.line, ...(q.name ? { name: q.name } : {}), reason: error.message };
    throw error;
  }
}

interface Body {
  type: Question['type'];
  fields: Record<string, unknown>;
  /** The right answer in words, for a generated explanation. */
  expected: string;
}

function convertBody(q: Exclude<BankQuestion, { kind: 'unsupported' | 'error' }>, meta: QuestionMeta, notes: string[], lang: Lang): Body {
  switch (q.kind) {
    case 'choice': {
      if (q.choices.length < 2) throw new Skip(`a choice question needs at least 2 answers (found ${q.choices.length})`);
      const texts = q.choices.map((c, i) => plain(c.text, `answer ${i + 1}`, notes));
      const optionIds = ids(texts, meta.options, 'option');
      const feedback = q.choices.map((c, i) => plain(c.feedback, `feedback of answer ${i + 1}`, notes));
      if (q.single) {
        const full = q.choices.filter((c) => c.fraction >= FULL).length;
        if (full === 0) throw new Skip('single-choice question where no answer gives full marks');
        if (full > 1)
          throw new Skip(`single-choice question where ${full} answers each give full marks (Board Academy single choice has exactly one right answer; would need an "any of these" type)`);
        q.choices.forEach((c, i) => {
          if (c.fraction > 0 && c.fraction < FULL) notes.push(`partial credit of “${texts[i]}” (${percent(c.fraction)}) dropped: single choice is all or nothing`);
          if (c.fraction < 0) notes.push(`negative mark of “${texts[i]}” (${percent(c.fraction)}) dropped: a wrong answer scores 0`);
        });
        return {
          type: 'single',
          expected: texts[q.choices.findIndex((c) => c.fraction >= FULL)]!,
          fields: { options: options(texts, optionIds, feedback, (i) => q.choices[i]!.fraction >= FULL) },
        };
      }
      const right = q.choices.map((c) => c.fraction > 0);
      const count = right.filter(Boolean).length;
      if (count === 0) throw new Skip('multiple-response question where no answer gives credit');
      const share = 1 / count;
      const positive = q.choices.filter((c) => c.fraction > 0).map((c) => c.fraction);
      if (positive.some((f) => Math.abs(f - share) > 0.001))
        notes.push(`unequal weights (${positive.map(percent).join(', ')}): each right option now counts ${percent(share)}`);
      const negative = q.choices.filter((c) => c.fraction <= 0).map((c) => c.fraction);
      if (negative.some((f) => Math.abs(f + share) > 0.001))
        notes.push(`each wrong option picked now removes ${percent(share)} (the file gave ${[...new Set(negative.map(percent))].join(', ')})`);
      return {
        type: 'multiple',
        expected: texts.filter((_, i) => right[i]).join(' ; '),
        fields: { options: options(texts, optionIds, feedback, (i) => right[i]!) },
      };
    }
    case 'truefalse': {
      const feedbackTrue = plain(q.feedbackTrue, 'feedback for “true”', notes);
      const feedbackFalse = plain(q.feedbackFalse, 'feedback for “false”', notes);
      return {
        type: 'truefalse',
        expected: BOOLEAN[lang][q.answer ? 0 : 1],
        fields: { answer: q.answer, ...(feedbackTrue ? { feedbackTrue } : {}), ...(feedbackFalse ? { feedbackFalse } : {}) },
      };
    }
    case 'numeric': {
      const full = q.answers.filter((a) => a.value !== undefined && a.fraction >= FULL);
      const first = full[0];
      if (!first || first.value === undefined) throw new Skip('numeric question where no number gives full marks');
      if (full.length > 1) notes.push(`${full.length - 1} other fully right answer(s) dropped: one answer and a tolerance are kept`);
      for (const a of q.answers) {
        if (a === first) continue;
        if (a.value === undefined) notes.push(`feedback for any other answer dropped${a.feedback ? `: “${plain(a.feedback, 'feedback', notes)}”` : ''}`);
        else if (a.fraction > 0 && a.fraction < FULL) notes.push(`partial credit for ${formatNumber(a.value)} ± ${formatNumber(a.tolerance)} (${percent(a.fraction)}) dropped`);
        else if (a.fraction <= 0 && a.fraction > -Infinity && a.value !== undefined) notes.push(`wrong answer ${formatNumber(a.value)} and its feedback dropped`);
      }
      if (first.feedback) notes.push('feedback of the right answer dropped (the explanation is shown instead)');
      const unit = meta.unit ?? q.unit;
      const answer = tidyNumber(first.value);
      const tolerance = tidyNumber(Math.abs(first.tolerance));
      return {
        type: 'numeric',
        expected: `${formatNumber(answer)}${tolerance > 0 ? ` ± ${formatNumber(tolerance)}` : ''}${unit ? ` ${unit}` : ''}`,
        fields: { answer, tolerance, ...(unit ? { unit } : {}) },
      };
    }
    case 'ordering': {
      const texts = q.items.map((t, i) => plain(t, `item ${i + 1}`, notes));
      const itemIds = ids(texts, meta.items, 'item');
      if (q.gradingType && !/^(ABSOLUTE_POSITION|ABSOLUTE|ABS)$/.test(q.gradingType))
        notes.push(`graded by absolute position on Board Academy (the file said ${q.gradingType})`);
      return {
        type: 'ordering',
        expected: texts.join(' → '),
        fields: { items: texts.map((text, i) => ({ id: itemIds[i], text })) },
      };
    }
  }
}

function options(texts: string[], optionIds: string[], feedback: string[], correct: (i: number) => boolean) {
  return texts.map((text, i) => ({
    id: optionIds[i],
    text,
    correct: correct(i),
    ...(feedback[i] ? { feedback: feedback[i] } : {}),
  }));
}
