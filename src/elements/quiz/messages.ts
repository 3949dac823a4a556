/** The UI strings the quiz player reads from the page (see QuizPlayer.astro). */
import type { QuizLoadKey } from '../../lib/quiz/load-problem';
import { readMessages } from '../messages';

export type QuizKey =
  | 'quiz.submit'
  | 'quiz.retry'
  | 'quiz.right'
  | 'quiz.wrong'
  | 'quiz.partial'
  | 'quiz.unanswered'
  | 'quiz.invalid'
  | 'quiz.correctAnswer'
  | 'quiz.correctOrder'
  | 'quiz.true'
  | 'quiz.false'
  | 'quiz.numberAnswer'
  | 'quiz.numberError'
  | 'quiz.result.score'
  | 'quiz.result.passed'
  | 'quiz.result.failed'
  | 'quiz.result.review'
  | 'quiz.result.notSaved'
  | 'quiz.result.announce'
  | 'quiz.moveUp'
  | 'quiz.moveDown'
  | 'quiz.moved'
  | 'quiz.history.date'
  | 'quiz.history.score'
  | 'quiz.history.result'
  | 'quiz.history.time'
  | 'quiz.history.passed'
  | 'quiz.history.failed'
  | 'quiz.history.count.one'
  | 'quiz.history.count.other'
  | 'quiz.fixErrors'
  | 'quiz.explanation'
  | QuizLoadKey;

export const quizMessages = () => readMessages<QuizKey>('quiz');
