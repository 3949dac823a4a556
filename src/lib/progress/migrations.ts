/**
 * Migrations of the stored value. MIGRATIONS[n] turns a version-n value into a version-(n+1) one,
 * so PROGRESS_VERSION equals MIGRATIONS.length: a new version adds one step at the end.
 */
import * as z from 'zod/mini';
import { newLearnerId } from './learner-id';
import type { Problem } from './problem';
import { PROGRESS_VERSION } from './state';
import { ZOD_OPTIONS, zodProblem } from './zod-problem';

export type MigrationResult = { ok: true; value: unknown } | { ok: false; problem: Problem };
/** One step; `now` dates whatever the older version did not record. */
export type Migration = (value: unknown, now: Date) => MigrationResult;

/**
 * Version 0, the prototype: no version field, no dates, no name.
 * `scores` held the best percent per quiz; the prototype's pass mark was a fixed 70 %.
 */
const progressSchemaV0 = z.object({
  completed: z.array(z.string()),
  scores: z.record(z.string(), z.number().check(z.minimum(0), z.maximum(100))),
});
const V0_PASS_MARK = 70;

/** 0 → 1: completed lessons become done lessons, each best score one attempt, all dated `now`. */
function fromV0(value: unknown, now: Date): MigrationResult {
  const parsed = progressSchemaV0.safeParse(value, ZOD_OPTIONS);
  if (!parsed.success) return { ok: false, problem: zodProblem(parsed.error) };
  const at = now.toISOString();
  const lessons = parsed.data.completed.map((slug) => [slug, { status: 'done', startedAt: at, completedAt: at, updatedAt: at }]);
  const quizzes = Object.entries(parsed.data.scores).map(([id, percent]) => [
    id,
    { attempts: [{ at, score: percent, max: 100, percent, passed: percent >= V0_PASS_MARK, durationMs: 0, answers: [] }] },
  ]);
  return {
    ok: true,
    value: { version: 1, displayName: '', lessons: Object.fromEntries(lessons), quizzes: Object.fromEntries(quizzes), updatedAt: at },
  };
}

/** 1 → 2: the store gets its learner id (a new random one: version 1 had none); nothing else changes. */
function fromV1(value: unknown): MigrationResult {
  return { ok: true, value: { ...(value as object), version: 2, learnerId: newLearnerId() } };
}

export const MIGRATIONS: readonly Migration[] = [fromV0, fromV1];

export type Migrated = { kind: 'current'; value: unknown } | { kind: 'newer'; version: number } | { kind: 'invalid'; problem: Problem };

/** Brings a parsed stored value up to PROGRESS_VERSION; a newer version is reported, never touched. */
export function migrateToCurrent(value: unknown, now: Date): Migrated {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'invalid', problem: { key: 'problem.notObject' } };
  const version = versionOf(value);
  if (version === null) return { kind: 'invalid', problem: { key: 'problem.badVersion' } };
  if (version > PROGRESS_VERSION) return { kind: 'newer', version };
  let current: unknown = value;
  for (const step of MIGRATIONS.slice(version)) {
    const result = step(current, now);
    if (!result.ok) return { kind: 'invalid', problem: result.problem };
    current = result.value;
  }
  return { kind: 'current', value: current };
}

/** 0 without a version field (the prototype), the version when it is a whole number ≥ 1, else null. */
function versionOf(value: object): number | null {
  if (!Object.hasOwn(value, 'version')) return 0;
  const version: unknown = (value as { version: unknown }).version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}
