/** Dictionaries keyed by user-controlled text, built so that prototype pollution is impossible. */
import { MAX_ID_LENGTH } from './limits';
import type { SafeDict } from './state';

/** Keys that could reach or replace an object's prototype; refused everywhere. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Lowercase words joined by - _ . or /, like lesson slugs and quiz ids. */
const KEY_PATTERN = /^[a-z0-9]+(?:[-_./][a-z0-9]+)*$/;

/** True for a usable lesson slug or quiz id. */
export function isSafeKey(key: string): boolean {
  return key.length <= MAX_ID_LENGTH && KEY_PATTERN.test(key) && !FORBIDDEN_KEYS.has(key);
}

/** The entry under `key`, own properties only. */
export function getEntry<T>(dict: SafeDict<T>, key: string): T | undefined {
  return Object.hasOwn(dict, key) ? dict[key] : undefined;
}

/** A null-prototype dictionary from entries, keys sorted so the JSON is stable. */
export function dictFromEntries<T>(entries: Iterable<readonly [string, T]>): SafeDict<T> {
  const dict: Record<string, T> = Object.create(null);
  for (const [key, value] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) dict[key] = value;
  return dict;
}

/** A copy of `dict` with `key` set to `value`. */
export function withEntry<T>(dict: SafeDict<T>, key: string, value: T): SafeDict<T> {
  return dictFromEntries([...Object.entries(dict).filter(([k]) => k !== key), [key, value]]);
}
