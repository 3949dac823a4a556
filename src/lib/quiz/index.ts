/** Quizzes: the file schema, readable validation errors, scoring, display order and number input. */
export { arrangeQuiz } from './arrange';
export { quizErrorLines } from './error-lines';
export { parseLocaleNumber, type NumberLocale } from './parse-number';
export {
  QUESTION_TYPES,
  quizSchema,
  type AnswerByType,
  type AnswerFor,
  type Question,
  type QuestionOf,
  type QuestionType,
  type Quiz,
} from './schema';
export { scoreQuestion, type QuestionResult } from './score-question';
export { scoreQuiz, type QuizAnswers, type QuizResult } from './score-quiz';
export { seededRandom, shuffle } from './shuffle';
export { formatDuration } from './duration';
