/** Reading the stored value: parse, migrate, validate. Pure: touches no storage. */
import { findForbiddenKey, forbiddenKeyProblem, readJson } from './json-guard';
import { migrateToCurrent } from './migrations';
import type { Problem } from './problem';
import { progressSchema, toProgressState } from './schema';
import type { ProgressState } from './state';
import { ZOD_OPTIONS, zodProblem } from './zod-problem';

export type StoredProgress =
  | { kind: 'empty' }
  | { kind: 'ok'; state: ProgressState; migrated: boolean }
  | { kind: 'newer'; version: number }
  | { kind: 'corrupt'; problem: Problem };

/** What the raw stored text holds; `now` dates data migrated from versions that kept no dates. */
export function parseStoredProgress(raw: string | null, now: Date): StoredProgress {
  if (raw === null) return { kind: 'empty' };
  const json = readJson(raw);
  if (!json.ok) return { kind: 'corrupt', problem: json.problem };
  const migrated = migrateToCurrent(json.value, now);
  if (migrated.kind === 'newer') return migrated;
  if (migrated.kind === 'invalid') return { kind: 'corrupt', problem: migrated.problem };
  // A migration can turn old values (e.g. a lesson slug) into keys: check them again.
  const forbidden = findForbiddenKey(migrated.value);
  if (forbidden) return { kind: 'corrupt', problem: forbiddenKeyProblem(forbidden) };
  const parsed = progressSchema.safeParse(migrated.value, ZOD_OPTIONS);
  if (!parsed.success) return { kind: 'corrupt', problem: zodProblem(parsed.error) };
  return { kind: 'ok', state: toProgressState(parsed.data), migrated: migrated.value !== json.value };
}
