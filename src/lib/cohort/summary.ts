/** What the dashboard shows: one row per learner, completion per lesson and quiz, success per question. */
import type { QuizAttempt } from '../progress/index';
import { foldName, type LearnerRecord } from './learners';

export interface LearnerRow {
  readonly key: string;
  readonly learnerId?: string;
  readonly displayName: string;
  readonly files: number;
  readonly lessonsDone: number;
  readonly quizzesPassed: number;
  /** Best percentage per quiz id, for the quizzes attempted. */
  readonly bestScores: ReadonlyMap<string, number>;
  /** The latest lesson change or quiz attempt, or null when the file records none. */
  readonly lastActivity: string | null;
}

export function learnerRow(record: LearnerRecord): LearnerRow {
  let lastActivity: string | null = null;
  const later = (date: string) => {
    if (lastActivity === null || date > lastActivity) lastActivity = date;
  };
  let lessonsDone = 0;
  for (const lesson of Object.values(record.lessons)) {
    if (lesson.status === 'done') lessonsDone++;
    later(lesson.updatedAt);
  }
  let quizzesPassed = 0;
  const bestScores = new Map<string, number>();
  for (const [id, quiz] of Object.entries(record.quizzes)) {
    if (quiz.attempts.some((a) => a.passed)) quizzesPassed++;
    bestScores.set(id, Math.max(...quiz.attempts.map((a) => a.percent)));
    quiz.attempts.forEach((a) => later(a.at));
  }
  const id = record.learnerId === undefined ? {} : { learnerId: record.learnerId };
  return { key: record.key, ...id, displayName: record.displayName, files: record.files.length, lessonsDone, quizzesPassed, bestScores, lastActivity };
}

/** Keys of the learners whose (non-empty) name another learner also bears, folded: the dashboard tells them apart. */
export function namesakes(rows: readonly Pick<LearnerRow, 'key' | 'displayName'>[]): Set<string> {
  const byName = new Map<string, string[]>();
  for (const row of rows) {
    const name = foldName(row.displayName);
    if (name !== '') byName.set(name, [...(byName.get(name) ?? []), row.key]);
  }
  return new Set([...byName.values()].filter((keys) => keys.length > 1).flat());
}

/** The ids to list: the site's own first, in catalogue order, then any others the files mention, sorted. */
export function orderedIds(known: readonly string[], seen: Iterable<string>): string[] {
  const knownSet = new Set(known);
  const extra = [...new Set(seen)].filter((id) => !knownSet.has(id)).sort();
  return [...known, ...extra];
}

export interface LessonCompletion {
  readonly id: string;
  readonly done: number;
}

export interface QuizCompletion {
  readonly id: string;
  readonly attempted: number;
  readonly passed: number;
}

export interface Completion {
  readonly learners: number;
  readonly lessons: LessonCompletion[];
  readonly quizzes: QuizCompletion[];
}

export function completion(records: readonly LearnerRecord[], knownLessons: readonly string[], knownQuizzes: readonly string[]): Completion {
  const done = new Map<string, number>();
  const attempted = new Map<string, number>();
  const passed = new Map<string, number>();
  const bump = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  for (const record of records) {
    for (const [slug, lesson] of Object.entries(record.lessons)) if (lesson.status === 'done') bump(done, slug);
    for (const [id, quiz] of Object.entries(record.quizzes)) {
      bump(attempted, id);
      if (quiz.attempts.some((a) => a.passed)) bump(passed, id);
    }
  }
  const lessonIds = orderedIds(knownLessons, records.flatMap((r) => Object.keys(r.lessons)));
  const quizIds = orderedIds(knownQuizzes, attempted.keys());
  return {
    learners: records.length,
    lessons: lessonIds.map((id) => ({ id, done: done.get(id) ?? 0 })),
    quizzes: quizIds.map((id) => ({ id, attempted: attempted.get(id) ?? 0, passed: passed.get(id) ?? 0 })),
  };
}

export interface ItemStat {
  readonly questionId: string;
  readonly answered: number;
  readonly correct: number;
}

export interface QuizItems {
  readonly quizId: string;
  /** Least answered correctly first: the ideas to go over again come first. */
  readonly items: ItemStat[];
}

/** Per quiz and question, how many learners answered it in their latest attempt and how many got it right. */
export function itemStats(records: readonly LearnerRecord[]): QuizItems[] {
  const byQuiz = new Map<string, Map<string, { answered: number; correct: number }>>();
  for (const record of records) {
    for (const [quizId, quiz] of Object.entries(record.quizzes)) {
      const latest = latestAttempt(quiz.attempts);
      if (!latest) continue;
      let questions = byQuiz.get(quizId);
      if (!questions) byQuiz.set(quizId, (questions = new Map()));
      const seen = new Set<string>();
      for (const answer of latest.answers) {
        if (seen.has(answer.questionId)) continue;
        seen.add(answer.questionId);
        const stat = questions.get(answer.questionId) ?? { answered: 0, correct: 0 };
        stat.answered++;
        if (answer.correct) stat.correct++;
        questions.set(answer.questionId, stat);
      }
    }
  }
  return [...byQuiz]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([quizId, questions]) => ({
      quizId,
      items: [...questions]
        .map(([questionId, s]) => ({ questionId, ...s }))
        .sort((a, b) => a.correct / a.answered - b.correct / b.answered || (a.questionId < b.questionId ? -1 : 1)),
    }));
}

function latestAttempt(attempts: readonly QuizAttempt[]): QuizAttempt | undefined {
  let latest: QuizAttempt | undefined;
  for (const a of attempts) if (!latest || a.at >= latest.at) latest = a;
  return latest;
}

/** A share from 0 to 1 that is never NaN (0 of 0 is 0). */
export const share = (count: number, total: number): number => (total > 0 ? count / total : 0);
