/**
 * The progress store on top of localStorage (or anything with the same five members).
 * Nothing is ever silently lost: an unreadable value is copied aside under a backup key first,
 * a value from a newer version is left alone, and every write merges with what is stored
 * (read-merge-write) so a tab never overwrites another tab's newer data.
 */
import { mergeProgress } from './merge';
import { parseStoredProgress } from './parse-stored';
import type { Problem } from './problem';
import { emptyProgress, type ProgressState } from './state';

/** The part of the Web Storage API used here; `window.localStorage` fits. */
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export const PROGRESS_KEY = 'board-academy:progress';
/** Followed by the ISO time of the failed read, e.g. board-academy:progress:backup:2025-03-01T09:30:00.000Z. */
export const BACKUP_PREFIX = 'board-academy:progress:backup:';

export type ReadNotice =
  /** The stored value could not be read; it was copied to `backupKey` and the learner starts afresh. */
  | { kind: 'recovered'; backupKey: string; problem: Problem }
  /** The stored value could not be read nor copied aside (storage full): it is left untouched and nothing will be saved. */
  | { kind: 'unreadable'; problem: Problem }
  /** Storage is disabled or throws (private mode, blocked cookies): progress lives in memory only. */
  | { kind: 'unavailable' }
  /** Saved by a newer version of Board Academy: left untouched, progress lives in memory only. */
  | { kind: 'newer'; version: number };

export interface ReadResult {
  state: ProgressState;
  notice?: ReadNotice;
}

export type WriteResult =
  /** Saved; `state` is what was written (yours merged with the stored one): use it from now on. */
  | { kind: 'ok'; state: ProgressState; backupKey?: string }
  | { kind: 'quota' }
  | { kind: 'unavailable' }
  | { kind: 'newer'; version: number };

/** Loads progress, migrating older versions; pass null when `window.localStorage` itself throws. Never throws. */
export function readProgress(storage: ProgressStorage | null, now: Date): ReadResult {
  const fresh = emptyProgress(now);
  const read = storage ? attempt(() => storage.getItem(PROGRESS_KEY)) : null;
  if (!storage || !read?.ok) return { state: fresh, notice: { kind: 'unavailable' } };
  const stored = parseStoredProgress(read.value, now);
  switch (stored.kind) {
    case 'empty':
      return { state: fresh };
    case 'newer':
      return { state: fresh, notice: stored };
    case 'ok':
      // Save the migration at once, so every later read sees the same migrated dates.
      if (stored.migrated) attempt(() => storage.setItem(PROGRESS_KEY, JSON.stringify(stored.state)));
      return { state: stored.state };
    case 'corrupt': {
      const backup = backUp(storage, read.value ?? '', now);
      if (!backup.ok) return { state: fresh, notice: { kind: 'unreadable', problem: stored.problem } };
      attempt(() => storage.removeItem(PROGRESS_KEY));
      return { state: fresh, notice: { kind: 'recovered', backupKey: backup.value, problem: stored.problem } };
    }
  }
}

/** Saves `state` merged with whatever is stored now; on failure the caller keeps working in memory. Never throws. */
export function writeProgress(storage: ProgressStorage | null, state: ProgressState, now: Date): WriteResult {
  const read = storage ? attempt(() => storage.getItem(PROGRESS_KEY)) : null;
  if (!storage || !read?.ok) return { kind: 'unavailable' };
  const stored = parseStoredProgress(read.value, now);
  if (stored.kind === 'newer') return stored;
  const backup = stored.kind === 'corrupt' ? backUp(storage, read.value ?? '', now) : null;
  if (backup && !backup.ok) return { kind: storageFailure(backup.error) };
  const merged = stored.kind === 'ok' ? mergeProgress(stored.state, state) : state;
  const write = attempt(() => storage.setItem(PROGRESS_KEY, JSON.stringify(merged)));
  if (!write.ok) return { kind: storageFailure(write.error) };
  return backup ? { kind: 'ok', state: merged, backupKey: backup.value } : { kind: 'ok', state: merged };
}

/** Keys of the backups kept by earlier recoveries, oldest first (offer them for download, then removeItem). */
export function listBackups(storage: ProgressStorage | null): string[] {
  if (!storage) return [];
  const listed = attempt(() => {
    const found: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(BACKUP_PREFIX)) found.push(key);
    }
    return found.sort();
  });
  return listed.ok ? listed.value : [];
}

/** Copies `raw` to a new backup key named after `now` (suffixed -2, -3… if taken). */
function backUp(storage: ProgressStorage, raw: string, now: Date): Outcome<string> {
  return attempt(() => {
    const base = `${BACKUP_PREFIX}${now.toISOString()}`;
    let key = base;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${base}-${n}`;
    storage.setItem(key, raw);
    return key;
  });
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs a storage call; browsers throw from storage when it is disabled or full. */
function attempt<T>(call: () => T): Outcome<T> {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Quota errors have different names and codes across browsers. */
function storageFailure(error: unknown): 'quota' | 'unavailable' {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  const quota = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
  return quota ? 'quota' : 'unavailable';
}
