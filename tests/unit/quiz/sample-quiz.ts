/** A quiz with one question of each type, parsed through the real schema (defaults applied). */
import { quizSchema, type Quiz } from '../../../src/lib/quiz/schema';

export const sampleQuizInput = {
  id: 'roi-basics',
  title: 'ROI basics',
  lesson: 'what-is-roi',
  passMark: 70,
  questions: [
    {
      id: 'q-roi',
      type: 'single',
      prompt: 'ROI is…',
      explanation: 'See the lesson "What is ROI".',
      options: [
        { id: 'a', text: 'net benefit ÷ cost', correct: true },
        { id: 'b', text: 'benefit ÷ cost', feedback: 'That is the benefit-cost ratio.' },
        { id: 'c', text: 'reach × engagement' },
      ],
    },
    {
      id: 'q-kpis',
      type: 'multiple',
      points: 2,
      prompt: 'Which are outcomes?',
      explanation: 'See "Outputs, outtakes, outcomes".',
      options: [
        { id: 'leads', text: 'Qualified leads', correct: true, feedback: 'Yes: a business outcome.' },
        { id: 'sales', text: 'Sales', correct: true },
        { id: 'likes', text: 'Likes', feedback: 'An output, not an outcome.' },
        { id: 'reach', text: 'Reach' },
      ],
    },
    {
      id: 'q-npv',
      type: 'truefalse',
      prompt: 'NPV discounts future amounts.',
      explanation: 'See "Discounting".',
      answer: true,
      feedbackFalse: 'Discounting is the whole point of NPV.',
    },
    {
      id: 'q-rate',
      type: 'numeric',
      prompt: 'ROI in percent for the TEI example?',
      explanation: 'See "Worked TEI example".',
      answer: 328.7,
      tolerance: 0.1,
      unit: '%',
    },
    {
      id: 'q-steps',
      type: 'ordering',
      prompt: 'Order the steps.',
      explanation: 'See "The measurement cycle".',
      items: [
        { id: 'objectives', text: 'Set objectives' },
        { id: 'kpis', text: 'Choose KPIs' },
        { id: 'measure', text: 'Measure' },
        { id: 'report', text: 'Report' },
      ],
    },
  ],
};

/** A fresh deep copy of the raw input, for tests that break it. */
export function sampleInput(): typeof sampleQuizInput {
  return structuredClone(sampleQuizInput);
}

export const sampleQuiz: Quiz = quizSchema.parse(sampleQuizInput);

/** The answers that earn full marks on `sampleQuiz`. */
export const perfectAnswers = {
  'q-roi': 'a',
  'q-kpis': ['leads', 'sales'],
  'q-npv': true,
  'q-rate': 328.7,
  'q-steps': ['objectives', 'kpis', 'measure', 'report'],
};
