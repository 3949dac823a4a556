/** Quiz attempt lists: one canonical order, duplicates removed, capped, so merging is commutative and idempotent. */
import { MAX_ATTEMPTS_PER_QUIZ } from './limits';
import type { QuizAttempt } from './state';

/** The same attempt seen from two tabs or files: same submission time and score. */
const identity = (a: QuizAttempt) => `${a.at}|${a.score}`;

/** Every field, so ties between duplicates are broken the same way whatever the input order. */
const fingerprint = (a: QuizAttempt) =>
  JSON.stringify([a.at, a.score, a.max, a.percent, a.passed, a.durationMs, a.answers.map((x) => [x.questionId, x.correct])]);

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The attempts, oldest first, one per identity (the larger fingerprint wins), keeping the latest MAX_ATTEMPTS_PER_QUIZ. */
export function mergeAttempts(attempts: readonly QuizAttempt[]): QuizAttempt[] {
  const byIdentity = new Map<string, QuizAttempt>();
  for (const attempt of attempts) {
    const key = identity(attempt);
    const kept = byIdentity.get(key);
    if (!kept || fingerprint(attempt) > fingerprint(kept)) byIdentity.set(key, attempt);
  }
  const sorted = [...byIdentity.values()].sort((a, b) => compare(a.at, b.at) || compare(fingerprint(a), fingerprint(b)));
  return sorted.slice(-MAX_ATTEMPTS_PER_QUIZ);
}
