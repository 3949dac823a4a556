/**
 * A view of a Web Storage in which every key carries a prefix: the progress store used through it
 * reads and writes only `prefix + key`. LMS packages use it to keep each LMS learner's progress
 * apart on a shared computer.
 */
import type { ProgressStorage } from './storage';

export interface PrefixedStorage extends ProgressStorage {
  /** The key as the store knows it, for a key seen in a `storage` event; null when it is outside this prefix. */
  unprefixed(key: string): string | null;
}

export function prefixedStorage(inner: ProgressStorage, prefix: string): PrefixedStorage {
  const keys = () => {
    const found: string[] = [];
    for (let i = 0; i < inner.length; i += 1) {
      const key = inner.key(i);
      if (key !== null && key.startsWith(prefix)) found.push(key.slice(prefix.length));
    }
    return found;
  };
  return {
    getItem: (key) => inner.getItem(prefix + key),
    setItem: (key, value) => inner.setItem(prefix + key, value),
    removeItem: (key) => inner.removeItem(prefix + key),
    key: (index) => keys()[index] ?? null,
    get length() {
      return keys().length;
    },
    unprefixed: (key) => (key.startsWith(prefix) ? key.slice(prefix.length) : null),
  };
}
