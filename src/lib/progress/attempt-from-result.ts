/** Turning a scored quiz into the attempt stored in progress (no validation here, so quiz pages can use it without zod). */
import type { QuizAttempt } from './state';

/** The attempt to record for a scored quiz (a `scoreQuiz` result fits), timed from `startedAt` to `finishedAt`. */
export function attemptFromResult(
  result: { total: number; max: number; percent: number; passed: boolean; questions: readonly { questionId: string; correct: boolean }[] },
  startedAt: Date,
  finishedAt: Date,
): QuizAttempt {
  return {
    at: finishedAt.toISOString(),
    score: result.total,
    max: result.max,
    percent: result.percent,
    passed: result.passed,
    durationMs: Math.max(0, finishedAt.getTime() - startedAt.getTime()),
    answers: result.questions.map(({ questionId, correct }) => ({ questionId, correct })),
  };
}
