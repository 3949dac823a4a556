/** The one refusal for something too large to read: a stored value or file of `size` characters or bytes. */
import { MAX_JSON_CHARS } from './limits';
import type { Problem } from './problem';

/** A problem when `size` exceeds the limit (sizes in megabytes, rounded up: just over never reads as the limit), else null. */
export function sizeProblem(size: number): Problem | null {
  if (Number.isFinite(size) && size >= 0 && size <= MAX_JSON_CHARS) return null;
  return { key: 'problem.tooLarge', values: { size: Math.ceil(size / 1e5) / 10, limit: MAX_JSON_CHARS / 1e6 } };
}
