/**
 * What an LMS is told about one lesson (a SCO or AU: the lesson and its quiz), derived from the
 * progress kept in the browser. Pure, so SCORM 1.2, SCORM 2004 and cmi5 report the same facts.
 */
import type { LessonProgress, QuizAttempt } from '../progress/state';

export interface LessonRecord {
  readonly lesson: LessonProgress | undefined;
  /** The lesson's quiz attempts (oldest first); empty when not attempted or when the lesson has no quiz. */
  readonly attempts: readonly QuizAttempt[];
}

export interface LmsStatus {
  /** The learner marked the lesson done, or passed its quiz. */
  readonly completed: boolean;
  /** Set once the quiz was attempted: the best attempt measured against the mastery score. */
  readonly verdict?: { readonly passed: boolean; readonly percent: number };
  /** 0–1, for SCORM 2004's progress_measure: 1 once completed. */
  readonly progress: number;
}

/**
 * The status of a lesson. `masteryPercent` is the LMS's mastery score when it gives one, else the
 * quiz's pass mark. The best attempt counts (the one a certificate uses), so a later, weaker attempt
 * never takes a pass away.
 */
export function lmsStatus(record: LessonRecord, masteryPercent: number): LmsStatus {
  const best = record.attempts.reduce<QuizAttempt | undefined>((top, a) => (top === undefined || a.percent > top.percent ? a : top), undefined);
  const verdict = best && { passed: best.percent >= masteryPercent, percent: best.percent };
  const done = record.lesson?.status === 'done';
  const completed = done || verdict?.passed === true;
  const progress = completed ? 1 : best ? 0.5 : 0;
  return { completed, progress, ...(verdict ? { verdict } : {}) };
}

/** SCORM 1.2 has one status for both: passed/failed once attempted, else completed or incomplete. */
export function lessonStatus12(status: LmsStatus): 'passed' | 'failed' | 'completed' | 'incomplete' {
  if (status.verdict) return status.verdict.passed ? 'passed' : 'failed';
  return status.completed ? 'completed' : 'incomplete';
}

/** A mastery score from an LMS (text, 0–100 or 0–1 scaled) as a percent, or undefined when absent or not a number in range. */
export function masteryFromLms(value: string, scale: 'percent' | 'scaled'): number | undefined {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  const max = scale === 'percent' ? 100 : 1;
  if (!Number.isFinite(n) || n < 0 || n > max) return undefined;
  return scale === 'percent' ? n : n * 100;
}
