/** Test helpers: fixtures, an in-memory Storage that can fail like a browser's, and fixed dates. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { LEARNER_ID_PATTERN } from '../../../src/lib/progress/learner-id';
import { emptyProgress } from '../../../src/lib/progress/state';
import type { ProgressStorage } from '../../../src/lib/progress/storage';

/** Any well-formed learner id (each new store draws a random one). */
export const anyLearnerId = (): unknown => expect.stringMatching(LEARNER_ID_PATTERN);

/** What a new, empty store holds at `now`, whatever its random learner id. */
export const freshState = (now: Date) => ({ ...emptyProgress(now), learnerId: anyLearnerId() });

/** The text of tests/fixtures/progress/<name>. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/progress/${name}`, import.meta.url), 'utf8');
}

/** A fixed date, minutes after 2025-03-10T00:00Z, for readable expectations. */
export function at(minutes: number): Date {
  return new Date(Date.UTC(2025, 2, 10) + minutes * 60_000);
}

/** localStorage in memory; `failGet` / `failSet` make it throw like a disabled or full browser storage. */
export class MemoryStorage implements ProgressStorage {
  readonly items = new Map<string, string>();
  failGet = false;
  failSet: 'quota' | 'security' | false = false;

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, value);
  }
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failSet === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (this.failSet === 'security') throw new DOMException('The operation is insecure.', 'SecurityError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  /** A snapshot of every key and value. */
  dump(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}
