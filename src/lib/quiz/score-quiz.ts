/** Scoring a whole quiz: totals, percent and pass/fail from per-question results. */
import type { Quiz } from './schema';
import { roundScore, scoreQuestion, type QuestionResult } from './score-question';

export interface QuizResult {
  total: number;
  max: number;
  /** total / max × 100, in [0, 100], rounded to 1e-6 so a pass mark of 70 is met by exactly 70 %. */
  percent: number;
  /** percent ≥ passMark. */
  passed: boolean;
  /** In the quiz's authored order, whatever order the questions were shown in. */
  questions: QuestionResult[];
}

/** Answers keyed by question id; a missing key means "not answered". */
export type QuizAnswers = Readonly<Record<string, unknown>>;

/** Scores every question of `quiz` with the learner's `answers`; never throws. */
export function scoreQuiz(quiz: Quiz, answers: QuizAnswers): QuizResult {
  const questions = quiz.questions.map((q) => scoreQuestion(q, Object.hasOwn(answers, q.id) ? answers[q.id] : undefined));
  const total = roundScore(questions.reduce((sum, r) => sum + r.score, 0));
  const max = roundScore(questions.reduce((sum, r) => sum + r.max, 0));
  const percent = roundScore((total / max) * 100);
  return { total, max, percent, passed: percent >= quiz.passMark, questions };
}
