/**
 * Why a quiz's data could not be loaded, as a message key for the learner: offline, no answer from
 * the server, an HTTP error (with its status), or data that is not a quiz. The player shows it
 * instead of failing silently.
 */
export type QuizLoadFailure =
  | { kind: 'network'; online: boolean }
  | { kind: 'status'; status: number }
  | { kind: 'invalid' };

export type QuizLoadKey = 'quiz.load.offline' | 'quiz.load.network' | 'quiz.load.status' | 'quiz.load.invalid';

export function quizLoadMessage(failure: QuizLoadFailure): { key: QuizLoadKey; vars: Record<string, string | number> } {
  switch (failure.kind) {
    case 'network':
      return { key: failure.online ? 'quiz.load.network' : 'quiz.load.offline', vars: {} };
    case 'status':
      return { key: 'quiz.load.status', vars: { status: failure.status } };
    case 'invalid':
      return { key: 'quiz.load.invalid', vars: {} };
  }
}

/**
 * True when `value` has what the player reads before anything else: an id, a pass mark and a list of
 * questions each with an id and a type. (The build validated the file; this guards against a
 * truncated download or an HTML error page served in its place.)
 */
export function looksLikeQuiz(value: unknown, id: string): boolean {
  if (value === null || typeof value !== 'object') return false;
  const quiz = value as Record<string, unknown>;
  return (
    quiz.id === id &&
    typeof quiz.passMark === 'number' &&
    Array.isArray(quiz.questions) &&
    quiz.questions.length > 0 &&
    quiz.questions.every((q) => q !== null && typeof q === 'object' && typeof (q as Record<string, unknown>).id === 'string' && typeof (q as Record<string, unknown>).type === 'string')
  );
}
