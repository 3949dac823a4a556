/** What the page's LMS runtime needs from a standard (SCORM 1.2, SCORM 2004, cmi5). */
import type { Interaction } from '../../lib/lms/interactions';
import type { LmsStatus } from '../../lib/lms/status';

/** Ok, or what the LMS said went wrong (its error code and text, or that it is gone). */
export type LmsResult = { ok: true } | { ok: false; detail: string; lost?: true };

export const OK: LmsResult = { ok: true };

export interface LmsConnection {
  /** The learner the LMS names (id and name as given). */
  readonly learner: { readonly id: string; readonly name: string };
  /** Normal mode: completion and the learner's state are recorded. */
  readonly tracking: boolean;
  /** Normal mode for credit: scores, pass/fail and interactions are recorded too. */
  readonly scoring: boolean;
  /** The LMS's mastery score in percent, when it gives one (else the quiz's pass mark applies). */
  readonly masteryPercent: number | undefined;
  /** The state saved at the end of the previous session ('' on a first launch). */
  readonly suspendData: string;
  /** How many characters of state the LMS keeps. */
  readonly suspendLimit: number;
  /** Records the lesson's status (when tracking) and the learner's state, then commits. */
  report(status: LmsStatus, suspendData: string): Promise<LmsResult>;
  /** Records the questions of one attempt (only called when scoring). */
  interactions(quizId: string, list: readonly Interaction[], at: Date): Promise<LmsResult>;
  /** The page is going away: session time, exit mode, and the end of the session, without waiting. */
  finish(status: LmsStatus): void;
  /** Where the learner goes when they choose to leave (cmi5's returnURL), after the session ends. */
  readonly exit?: (status: LmsStatus) => Promise<string | undefined>;
}

/** A call into the LMS that may throw (the API object gone with its frame) as a result. */
export function guarded<T>(call: () => T): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: call() };
  } catch {
    return { ok: false };
  }
}
