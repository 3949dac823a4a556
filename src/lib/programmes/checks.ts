/**
 * Checks a programme against itself (timings) and against the rest of the site (references).
 * Pure: the caller passes the ids that exist. Each problem names the session by number and title.
 */
import { sessionLabel } from './error-lines';

export interface SessionTiming {
  readonly title: string;
  readonly minutes: number;
  readonly exercise?: { readonly minutes: number } | undefined;
}

/** Session minutes must add up to the stated duration; an exercise cannot outlast its session. */
export function timingProblems(programme: { duration: number; sessions: readonly SessionTiming[] }): string[] {
  const problems: string[] = [];
  programme.sessions.forEach((session, index) => {
    if (session.exercise && session.exercise.minutes > session.minutes) {
      problems.push(
        `${sessionLabel(index, session.title)}: the exercise takes ${session.exercise.minutes} minutes, more than the session's ${session.minutes}`,
      );
    }
  });
  const total = programme.sessions.reduce((sum, s) => sum + s.minutes, 0);
  if (total !== programme.duration) {
    const list = programme.sessions.map((s) => s.minutes).join(' + ');
    problems.push(`session minutes add up to ${total} (${list}), not the stated duration of ${programme.duration}`);
  }
  return problems;
}

export interface SessionReferences {
  readonly title: string;
  readonly lessons: readonly string[];
  readonly quizzes: readonly string[];
  readonly calculators: readonly string[];
}

export interface KnownIds {
  readonly lessons: ReadonlySet<string>;
  readonly quizzes: ReadonlySet<string>;
  readonly calculators: ReadonlySet<string>;
}

const KINDS = [
  ['lessons', 'lesson'],
  ['quizzes', 'quiz'],
  ['calculators', 'calculator'],
] as const;

/** Every lesson, quiz or calculator a session names that does not exist. */
export function referenceProblems(sessions: readonly SessionReferences[], known: KnownIds): string[] {
  const problems: string[] = [];
  sessions.forEach((session, index) => {
    for (const [field, kind] of KINDS) {
      for (const id of session[field]) {
        if (!known[field].has(id)) problems.push(`${sessionLabel(index, session.title)}: ${kind} "${id}" does not exist`);
      }
    }
  });
  return problems;
}
