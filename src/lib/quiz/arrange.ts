/** The order in which a quiz is shown: authored order, or shuffled per seed when the quiz asks for it. */
import type { Question, Quiz } from './schema';
import { deriveSeed, shuffle } from './shuffle';

/**
 * A copy of `quiz` ready to display with this `seed` (use a new seed on retry).
 * With `shuffle: true`, questions and choice options are shuffled. Ordering items are always
 * shuffled and never shown already in the correct order, which would give the answer away.
 */
export function arrangeQuiz(quiz: Quiz, seed: number): Quiz {
  const questions = quiz.questions.map((q) => arrangeQuestion(q, deriveSeed(seed, q.id), quiz.shuffle));
  return { ...quiz, questions: quiz.shuffle ? shuffle(questions, seed) : questions };
}

function arrangeQuestion(question: Question, seed: number, shuffleOptions: boolean): Question {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return shuffleOptions ? { ...question, options: shuffle(question.options, seed) } : question;
    case 'ordering':
      return { ...question, items: scrambled(question.items, seed) };
    default:
      return question;
  }
}

/** A shuffle that differs from the input order (a rotation fixes the rare draw that changed nothing). */
function scrambled<T>(items: readonly T[], seed: number): T[] {
  const result = shuffle(items, seed);
  const unchanged = result.every((item, index) => item === items[index]);
  return unchanged ? [...result.slice(1), ...result.slice(0, 1)] : result;
}
