/** Reading the stored value: parse, migrate, validate. Pure: touches no storage. */
import { describeIssues, PARSE_OPTIONS } from './issue-text';
import { findForbiddenKey, readJson } from './json-guard';
import { migrateToCurrent } from './migrations';
import { progressSchemaV1, toProgressState } from './schema';
import type { ProgressState } from './state';

export type StoredProgress =
  | { kind: 'empty' }
  | { kind: 'ok'; state: ProgressState; migrated: boolean }
  | { kind: 'newer'; version: number }
  | { kind: 'corrupt'; reason: string };

/** What the raw stored text holds; `now` dates data migrated from versions that kept no dates. */
export function parseStoredProgress(raw: string | null, now: Date): StoredProgress {
  if (raw === null) return { kind: 'empty' };
  const json = readJson(raw);
  if (!json.ok) return { kind: 'corrupt', reason: json.reason };
  const migrated = migrateToCurrent(json.value, now);
  if (migrated.kind === 'newer') return migrated;
  if (migrated.kind === 'invalid') return { kind: 'corrupt', reason: migrated.reason };
  // A migration can turn old values (e.g. a lesson slug) into keys: check them again.
  const forbidden = findForbiddenKey(migrated.value);
  if (forbidden) return { kind: 'corrupt', reason: `forbidden key "${forbidden.key}" at ${forbidden.where}` };
  const parsed = progressSchemaV1.safeParse(migrated.value, PARSE_OPTIONS);
  if (!parsed.success) return { kind: 'corrupt', reason: describeIssues(parsed.error) };
  return { kind: 'ok', state: toProgressState(parsed.data), migrated: migrated.value !== json.value };
}
