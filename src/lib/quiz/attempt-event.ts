/**
 * The `quiz-attempt` event a quiz player fires (bubbling, from the <quiz-player>) once an attempt is
 * scored and saved: what an LMS runtime needs for its item analysis (each question, the learner's
 * response, the result, the time to the first answer). Nothing on the public site listens to it.
 */
import type { QuizAttempt } from '../progress/state';
import type { Question } from './schema';
import type { QuestionResult } from './score-question';


export interface AnsweredQuestion {
  readonly question: Question;
  /** The answer as scored (lib/quiz shapes): an option id, ids, a boolean, a number or the items' order. */
  readonly response: unknown;
  readonly result: QuestionResult;
  /** From the start of the attempt (the learner's first action in the quiz) to the question's first answer. */
  readonly latencyMs?: number;
}

export interface QuizAttemptDetail {
  readonly quizId: string;
  readonly attempt: QuizAttempt;
  /** Every question of the quiz, in the quiz's own order. */
  readonly questions: readonly AnsweredQuestion[];
}

declare global {
  interface DocumentEventMap {
    'quiz-attempt': CustomEvent<QuizAttemptDetail>;
  }
}
