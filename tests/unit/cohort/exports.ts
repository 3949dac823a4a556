/** Test helpers: export files as a learner's browser writes them, parsed through the real import check. */
import { parseExportFile, type ExportFile } from '../../../src/lib/progress/index';
import { inEnglish } from '../progress/words';

export interface ExportSpec {
  name: string;
  /** The store's learner id (export version 2); without it the file is written as version 1, from before ids. */
  id?: string;
  exportedAt?: string;
  done?: string[];
  started?: string[];
  /** quiz id → attempts as [at, percent, passed, answers (question id → correct)] */
  quizzes?: Record<string, [string, number, boolean, Record<string, boolean>][]>;
}

export function exportText(spec: ExportSpec): string {
  const at = spec.exportedAt ?? '2025-03-10T18:00:00.000Z';
  const lessons: Record<string, unknown> = {};
  for (const slug of spec.started ?? []) lessons[slug] = { status: 'started', startedAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z' };
  for (const slug of spec.done ?? []) {
    lessons[slug] = { status: 'done', startedAt: '2025-03-01T09:00:00.000Z', completedAt: '2025-03-02T09:00:00.000Z', updatedAt: '2025-03-02T09:00:00.000Z' };
  }
  const quizzes: Record<string, unknown> = {};
  for (const [id, attempts] of Object.entries(spec.quizzes ?? {})) {
    quizzes[id] = {
      attempts: attempts.map(([when, percent, passed, answers]) => ({
        at: when,
        score: percent / 10,
        max: 10,
        percent,
        passed,
        durationMs: 60_000,
        answers: Object.entries(answers).map(([questionId, correct]) => ({ questionId, correct })),
      })),
    };
  }
  const identity = spec.id === undefined ? { version: 1 } : { version: 2, learnerId: spec.id };
  return JSON.stringify({ format: 'board-academy-progress', ...identity, exportedAt: at, displayName: spec.name, lessons, quizzes });
}

export function exportFile(spec: ExportSpec): ExportFile {
  const parsed = parseExportFile(exportText(spec));
  if (!parsed.ok) throw new Error(`test export rejected: ${inEnglish(parsed.problem)}`);
  return parsed.data;
}
