import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { XMLParser } from 'fast-xml-parser';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { quizToGift } from '../../../src/lib/question-banks/gift';
import { importBank } from '../../../src/lib/question-banks/import';
import { curriculumToMoodleXml, quizToMoodleXml } from '../../../src/lib/question-banks/moodle-xml';
import { quizSchema, type Question, type Quiz } from '../../../src/lib/quiz/schema';

const CONTENT = join(import.meta.dirname, '../../../content/quizzes');
const realQuizzes = (['fr', 'en'] as const).flatMap((lang) =>
  readdirSync(join(CONTENT, lang))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ lang, file: f, quiz: quizSchema.parse(yaml.load(readFileSync(join(CONTENT, lang, f), 'utf8'))) })),
);

const roundTrip = (quiz: Quiz, format: 'gift' | 'xml', lang: 'fr' | 'en' = 'fr') => {
  const text = format === 'gift' ? quizToGift(quiz) : quizToMoodleXml(quiz);
  return importBank(text, { fileName: `export.${format}`, lang });
};

describe('round trip of every quiz of the curriculum', () => {
  it('has quizzes to check', () => expect(realQuizzes.length).toBeGreaterThanOrEqual(30));

  for (const format of ['gift', 'xml'] as const) {
    it.each(realQuizzes)(`${format}: $lang/$file exports and imports back to the same quiz`, ({ quiz, lang }) => {
      const result = roundTrip(quiz, format, lang);
      expect(result.outcomes.filter((o) => o.status === 'skipped')).toEqual([]);
      expect(result.outcomes.every((o) => o.status === 'converted' && o.notes.length === 0)).toBe(true);
      expect(result.quiz).toEqual(quiz);
    });
  }

  it('without Board Academy’s comments (a file edited in Moodle), keeps every question, answer and feedback; only ids, points, units and the pass mark are lost', () => {
    for (const { quiz, lang } of realQuizzes) {
      for (const format of ['gift', 'xml'] as const) {
        const text = format === 'gift' ? quizToGift(quiz).replace(/^\/\/.*\n/gm, '') : quizToMoodleXml(quiz).replace(/<!--[\s\S]*?-->/g, '');
        const result = importBank(text, { fileName: `export.${format}`, lang });
        expect(result.outcomes.filter((o) => o.status === 'skipped')).toEqual([]);
        const strip = (q: Question) => ({
          id: q.id,
          type: q.type,
          prompt: q.prompt,
          explanation: q.explanation,
          ...(q.type === 'single' || q.type === 'multiple' ? { options: q.options.map((o) => [o.text, o.correct, o.feedback]) } : {}),
          ...(q.type === 'truefalse' ? { answer: q.answer, feedbackTrue: q.feedbackTrue, feedbackFalse: q.feedbackFalse } : {}),
          ...(q.type === 'numeric' ? { answer: q.answer, tolerance: q.tolerance, ...(format === 'xml' ? { unit: q.unit } : {}) } : {}),
          ...(q.type === 'ordering' ? { items: q.items.map((i) => i.text) } : {}),
        });
        expect(result.quiz?.questions.map(strip)).toEqual(quiz.questions.map(strip));
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Generated quizzes

const ID = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}$/);
/** Words of text with every character GIFT and XML treat specially, French spaces and typography. */
const WORD = fc.oneof(
  fc.stringMatching(/^[A-Za-zÀ-ÿ0-9]{1,8}$/),
  fc.constantFrom(':', '::', '=', '~', '#', '####', '{', '}', '\\', '\\n', '->', '%50%', '<b>', '&amp;', ']]>', '--', '«\u00a0x\u00a0»', '?', '\u202f!', '"', "'", '//', '$CATEGORY:', '[html]x', '<script>alert(1)</script>'),
);
const TEXT = fc.array(WORD, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const POINTS = fc.constantFrom(1, 2, 0.5, 3, 10);

const uniqueIds = (n: number) => fc.uniqueArray(ID, { minLength: n, maxLength: n });
const withOptions = (type: 'single' | 'multiple') =>
  fc.integer({ min: 2, max: 6 }).chain((n) =>
    fc.record({
      ids: uniqueIds(n),
      texts: fc.array(TEXT, { minLength: n, maxLength: n }),
      feedback: fc.array(fc.option(TEXT, { nil: undefined }), { minLength: n, maxLength: n }),
      correct: type === 'single' ? fc.integer({ min: 0, max: n - 1 }).map((c) => Array.from({ length: n }, (_, i) => i === c)) : fc.array(fc.boolean(), { minLength: n, maxLength: n }).filter((a) => a.some(Boolean)),
    }).map(({ ids, texts, feedback, correct }) => ({
      type,
      options: ids.map((id, i) => ({ id, text: texts[i]!, correct: correct[i]!, ...(feedback[i] ? { feedback: feedback[i] } : {}) })),
    })),
  );
const BODY = fc.oneof(
  withOptions('single'),
  withOptions('multiple'),
  fc.record({ type: fc.constant('truefalse'), answer: fc.boolean(), feedbackTrue: fc.option(TEXT, { nil: undefined }), feedbackFalse: fc.option(TEXT, { nil: undefined }) }).map((b) =>
    Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)),
  ),
  fc.record({
    type: fc.constant('numeric'),
    // Numbers as quizzes use them: up to 4 decimals (exports keep 12 significant digits).
    answer: fc.oneof(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: -1e10, max: 1e10 }).map((x) => x / 10000)),
    tolerance: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e7 }).map((x) => x / 10000)),
    unit: fc.option(fc.constantFrom('%', '€', 'points', 'contacts', 'm/s'), { nil: undefined }),
  }).map((b) => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined))),
  fc.integer({ min: 2, max: 7 }).chain((n) =>
    fc.record({ ids: uniqueIds(n), texts: fc.array(TEXT, { minLength: n, maxLength: n }) }).map(({ ids, texts }) => ({
      type: 'ordering',
      items: ids.map((id, i) => ({ id, text: texts[i]! })),
    })),
  ),
);
const QUIZ = fc
  .record({
    id: ID,
    title: TEXT,
    lesson: fc.option(ID, { nil: undefined }),
    passMark: fc.integer({ min: 0, max: 100 }),
    shuffle: fc.boolean(),
    questions: fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.tuple(uniqueIds(n), fc.array(fc.record({ prompt: TEXT, explanation: TEXT, points: POINTS, body: BODY }), { minLength: n, maxLength: n })),
    ),
  })
  .map(({ questions: [ids, qs], lesson, ...rest }) =>
    quizSchema.parse({ ...rest, ...(lesson ? { lesson } : {}), questions: qs.map((q, i) => ({ id: ids[i], prompt: q.prompt, explanation: q.explanation, points: q.points, ...q.body })) }),
  );

describe('round trip of generated quizzes', () => {
  it('GIFT and Moodle XML both give back the same quiz, whatever characters the text holds', () => {
    fc.assert(
      fc.property(QUIZ, fc.constantFrom('gift' as const, 'xml' as const), (quiz, format) => {
        const result = roundTrip(quiz, format);
        expect(result.outcomes.filter((o) => o.status === 'skipped')).toEqual([]);
        expect(result.quiz).toEqual(quiz);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// What Moodle's importers read

const giftChoices = (q: GIFTQuestion) => ('choices' in q && Array.isArray(q.choices) ? q.choices : []);

describe('exported GIFT, read by gift-pegjs itself (whole file, no help)', () => {
  it('gives the same questions: types, stems, answers with weights, feedback; ordering as the extension gift-pegjs reads as text', () => {
    const check = (quiz: Quiz) => {
      // gift-pegjs 1.0.2 has no ordering extension (and Moodle's ordering plugin reads items raw, colons unescaped):
      // ordering questions are left out here; the round trips above read them with our reader.
      const gift = quizToGift(quiz)
        .split('\n\n')
        .map((block) => (/\{\n>\d+ ALL/.test(block) ? '// (ordering question left out)' : block))
        .join('\n\n');
      const parsed = parseGift(gift);
      expect(parsed[0]).toMatchObject({ type: 'Category' });
      const questions = parsed.slice(1);
      const checked = quiz.questions.filter((q) => q.type !== 'ordering');
      expect(questions).toHaveLength(checked.length);
      checked.forEach((q, i) => {
        const g = questions[i]!;
        expect(g.type === 'Category' ? undefined : g.title).toBe(q.id);
        if (g.type === 'Category') throw new Error('category in the middle');
        // gift-pegjs turns any run of whitespace (no-break spaces included) into one space.
        const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
        expect(flat(g.stem.text)).toBe(flat(q.prompt));
        if ('globalFeedback' in g) expect(flat(g.globalFeedback?.text ?? '')).toBe(flat(q.explanation));
        switch (q.type) {
          case 'single':
          case 'multiple': {
            expect(g.type).toBe('MC');
            const choices = giftChoices(g);
            expect(choices.map((c) => flat('text' in c.text ? String(c.text.text) : ''))).toEqual(q.options.map((o) => flat(o.text)));
            const weights = choices.map((c) => (c.isCorrect ? 100 : (c.weight ?? 0)));
            if (q.type === 'single') expect(weights).toEqual(q.options.map((o) => (o.correct ? 100 : 0)));
            else {
              const positive = weights.filter((w) => w > 0);
              expect(positive).toHaveLength(q.options.filter((o) => o.correct).length);
              expect(Math.abs(positive.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(0.001);
            }
            expect(choices.map((c) => (c.feedback ? flat(c.feedback.text) : undefined))).toEqual(q.options.map((o) => (o.feedback ? flat(o.feedback) : undefined)));
            break;
          }
          case 'truefalse':
            expect(g).toMatchObject({ type: 'TF', isTrue: q.answer });
            break;
          case 'numeric':
            expect(g.type).toBe('Numerical');
            expect('choices' in g && g.choices).toMatchObject(q.tolerance > 0 ? { type: 'range', number: q.answer, range: q.tolerance } : { type: 'simple', number: q.answer });
            break;
        }
      });
    };
    realQuizzes.forEach(({ quiz }) => check(quiz));
    // gift-pegjs alone also reads an arrow `->` in a choice as matching and then fails (our reader works around it).
    fc.assert(fc.property(QUIZ.filter((quiz) => !JSON.stringify(quiz).includes('->')), (quiz) => check(quiz)), { numRuns: 100 });
  });
});

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['question', 'answer'].includes(n), parseTagValue: false });
type XmlQuestion = { '@type': string; answer?: { '@fraction': string; text: string; feedback?: { text: string } }[]; single?: string; defaultgrade: string; name: { text: string }; generalfeedback: { text: string } };

describe('exported Moodle XML, as Moodle’s importer reads it', () => {
  const check = (quiz: Quiz, xml: string) => {
    const questions = (xmlParser.parse(xml).quiz.question as XmlQuestion[]).filter((q) => q['@type'] !== 'category');
    expect(questions).toHaveLength(quiz.questions.length);
    quiz.questions.forEach((q, i) => {
      const x = questions[i]!;
      const fractions = (x.answer ?? []).map((a) => Number(a['@fraction']));
      expect(x.name.text).toBe(q.id);
      expect(Number(x.defaultgrade)).toBe(q.points);
      expect(x.generalfeedback.text).toBe(q.explanation);
      const sumPositive = fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0);
      switch (q.type) {
        case 'single':
          expect(x['@type']).toBe('multichoice');
          expect(x.single).toBe('true');
          expect(fractions).toEqual(q.options.map((o) => (o.correct ? 100 : 0)));
          break;
        case 'multiple': {
          expect(x['@type']).toBe('multichoice');
          expect(x.single).toBe('false');
          // Moodle's importer wants the positive fractions to add up to 100 %.
          expect(Math.abs(sumPositive - 100)).toBeLessThan(0.001);
          const c = q.options.filter((o) => o.correct).length;
          fractions.forEach((f, j) => expect(Math.abs(f - (q.options[j]!.correct ? 100 : -100) / c)).toBeLessThan(0.00001));
          expect((x.answer ?? []).map((a) => a.feedback?.text)).toEqual(q.options.map((o) => o.feedback));
          break;
        }
        case 'truefalse':
          expect(x['@type']).toBe('truefalse');
          expect((x.answer ?? []).map((a) => [a.text, Number(a['@fraction'])])).toEqual([['true', q.answer ? 100 : 0], ['false', q.answer ? 0 : 100]]);
          expect((x.answer ?? []).map((a) => a.feedback?.text)).toEqual([q.feedbackTrue, q.feedbackFalse]);
          break;
        case 'numeric':
          expect(x['@type']).toBe('numerical');
          expect(fractions).toEqual([100]);
          expect(Number(x.answer![0]!.text)).toBe(q.answer);
          break;
        case 'ordering':
          expect(x['@type']).toBe('ordering');
          // Moodle's ordering type: an answer's fraction is its position.
          expect(fractions).toEqual(q.items.map((_, j) => j + 1));
          expect((x.answer ?? []).map((a) => a.text)).toEqual(q.items.map((it) => it.text));
          break;
      }
    });
  };

  it('has the type, fractions summing right, feedback and grade of every question', () => {
    realQuizzes.forEach(({ quiz }) => check(quiz, quizToMoodleXml(quiz)));
    fc.assert(fc.property(QUIZ, (quiz) => check(quiz, quizToMoodleXml(quiz))), { numRuns: 100 });
  });

  it('puts the whole curriculum in one file, a category per track and a sub-category per quiz, each importable on its own', () => {
    const fr = realQuizzes.filter((q) => q.lang === 'fr').map((q) => q.quiz);
    const xml = curriculumToMoodleXml([{ title: 'Piste / A', quizzes: fr.slice(0, 3) }, { title: 'Piste B', quizzes: fr.slice(3) }], 'Board Academy');
    const categories = (xmlParser.parse(xml).quiz.question as (XmlQuestion & { category?: { text: string } })[]).filter((q) => q['@type'] === 'category').map((q) => q.category!.text);
    expect(categories).toHaveLength(fr.length);
    expect(categories[0]).toBe(`$course$/top/Board Academy/Piste // A/${fr[0]!.title}`);
    expect(() => importBank(xml, { fileName: 'all.xml', lang: 'fr' })).toThrow(/choose one with --category/);
    const one = importBank(xml, { fileName: 'all.xml', lang: 'fr', category: fr[4]!.title });
    expect(one.quiz).toEqual(fr[4]);
  });
});
