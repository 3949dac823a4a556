/**
 * The learner's state for one lesson, saved in the LMS (`suspend_data`) so a relaunch, on any
 * computer, resumes it. Compact JSON: SCORM 1.2 allows 4,096 characters, SCORM 2004 64,000.
 * When the attempts do not fit, the oldest go first; the best attempt and the latest are kept
 * (what the LMS's status and the learner's history need most), then per-question marks go.
 * Decoding turns the text back into a progress file that the progress store validates like any
 * stored value: suspend data comes from outside and is never trusted.
 */
import type { LessonProgress, QuizAttempt } from '../progress/state';

/**
 * Decoded suspend data is written as a version 1 progress value (no learner id): the store migrates it like any
 * older value, and the session merges it under the store's own learner id (elements/lms/session.ts).
 */
const VERSION = 1;

export const SUSPEND_LIMIT = { scorm12: 4096, scorm2004: 64000 } as const;

export interface LessonSnapshot {
  readonly slug: string;
  readonly lesson: LessonProgress | undefined;
  readonly quizId: string | undefined;
  readonly attempts: readonly QuizAttempt[];
}

/** Marks as "1011" in the order of the shared question ids, or with the attempt's own ids when they differ (the quiz changed). */
type EncodedMarks = string | [ids: string[], marks: string];
type EncodedAttempt = [at: string, score: number, max: number, percent: number, passed: 0 | 1, durationMs: number, marks?: EncodedMarks];

interface Encoded {
  v: 1;
  s: string;
  l?: [status: 'started' | 'done', startedAt: string, updatedAt: string, completedAt?: string];
  q?: string;
  i?: string[];
  a?: EncodedAttempt[];
}

export interface EncodeResult {
  readonly text: string;
  /** Attempts left out to fit (0 when everything fits). */
  readonly droppedAttempts: number;
  /** Whether per-question marks had to be left out. */
  readonly droppedMarks: boolean;
}

function encodeWith(snapshot: LessonSnapshot, attempts: readonly QuizAttempt[], marks: boolean): string {
  const { lesson } = snapshot;
  const ids = attempts[0]?.answers.map((a) => a.questionId) ?? [];
  const sameIds = (a: QuizAttempt) => a.answers.length === ids.length && a.answers.every((m, k) => m.questionId === ids[k]);
  const encoded: Encoded = {
    v: 1,
    s: snapshot.slug,
    ...(lesson
      ? { l: [lesson.status, lesson.startedAt, lesson.updatedAt, ...(lesson.completedAt ? [lesson.completedAt] : [])] as NonNullable<Encoded['l']> }
      : {}),
    ...(snapshot.quizId && attempts.length > 0
      ? {
          q: snapshot.quizId,
          ...(marks && ids.length > 0 ? { i: ids } : {}),
          a: attempts.map((a): EncodedAttempt => {
            const row: EncodedAttempt = [a.at, a.score, a.max, a.percent, a.passed ? 1 : 0, a.durationMs];
            const bits = a.answers.map((m) => (m.correct ? '1' : '0')).join('');
            if (marks && a.answers.length > 0) row.push(sameIds(a) ? bits : [a.answers.map((m) => m.questionId), bits]);
            return row;
          }),
        }
      : {}),
  };
  return JSON.stringify(encoded);
}

/** The attempts to keep when only `count` fit: the best (latest among equals) and the latest first, then the most recent. */
function keep(attempts: readonly QuizAttempt[], count: number): QuizAttempt[] {
  if (attempts.length <= count) return [...attempts];
  const best = attempts.reduce((top, a) => (a.percent >= top.percent ? a : top));
  const latest = attempts[attempts.length - 1]!;
  const chosen = new Set([best, latest]);
  for (let k = attempts.length - 1; k >= 0 && chosen.size < count; k -= 1) chosen.add(attempts[k]!);
  return attempts.filter((a) => chosen.has(a));
}

/** The snapshot as text of at most `limit` characters. */
export function encodeSuspendData(snapshot: LessonSnapshot, limit: number): EncodeResult {
  const all = snapshot.attempts;
  for (const marks of [true, false]) {
    for (let count = all.length; count >= Math.min(all.length, 2); count -= 1) {
      const kept = keep(all, count);
      const text = encodeWith(snapshot, kept, marks);
      if (text.length <= limit) return { text, droppedAttempts: all.length - kept.length, droppedMarks: !marks && all.length > 0 };
    }
  }
  // Only absurd ids could get here: the lesson's own status still fits.
  const text = encodeWith(snapshot, [], false);
  return { text: text.length <= limit ? text : '', droppedAttempts: all.length, droppedMarks: all.length > 0 };
}

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * The progress file (version 1 JSON, unvalidated) that suspend data describes, for the progress
 * store's own validation; undefined when the text is empty or not this format.
 */
export function suspendDataToProgressJson(text: string, displayName: string, now: Date): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || (parsed as Encoded).v !== 1 || !isString((parsed as Encoded).s)) return undefined;
  const e = parsed as Encoded;
  const lessons: Record<string, unknown> = {};
  if (Array.isArray(e.l)) {
    const [status, startedAt, updatedAt, completedAt] = e.l;
    lessons[e.s] = { status, startedAt, updatedAt, ...(completedAt === undefined ? {} : { completedAt }) };
  }
  const quizzes: Record<string, unknown> = {};
  if (isString(e.q) && Array.isArray(e.a) && e.a.length > 0) {
    const ids = Array.isArray(e.i) ? e.i : [];
    quizzes[e.q] = {
      attempts: e.a.map((row) => {
        const [at, score, max, percent, passed, durationMs, marks] = Array.isArray(row) ? row : [];
        const [rowIds, bits] = Array.isArray(marks) ? marks : [ids, marks];
        const answers =
          Array.isArray(rowIds) && isString(bits) && bits.length === rowIds.length
            ? rowIds.map((questionId: unknown, k) => ({ questionId, correct: bits[k] === '1' }))
            : [];
        return { at, score, max, percent, passed: passed === 1, durationMs, answers };
      }),
    };
  }
  return JSON.stringify({ version: VERSION, displayName, lessons, quizzes, updatedAt: now.toISOString() });
}
