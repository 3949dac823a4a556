import { describe, expect, it } from 'vitest';
import { fitsSize, inSlices, MAX_FILE_BYTES } from '../../../src/lib/cohort/intake';

describe('fitsSize', () => {
  it('accepts up to the limit and refuses larger or nonsense sizes', () => {
    expect(fitsSize(0)).toBe(true);
    expect(fitsSize(MAX_FILE_BYTES)).toBe(true);
    expect(fitsSize(MAX_FILE_BYTES + 1)).toBe(false);
    expect(fitsSize(50 * 1024 * 1024)).toBe(false);
    expect(fitsSize(Number.NaN)).toBe(false);
    expect(fitsSize(-1)).toBe(false);
  });
});

describe('inSlices', () => {
  it('does every item in order and pauses each time the budget is spent, never after the last', async () => {
    let clock = 0;
    const done: number[] = [];
    const progress: number[] = [];
    let pauses = 0;
    await inSlices([1, 2, 3, 4, 5], (item) => {
      done.push(item);
      clock += 4;
    }, { budgetMs: 8, now: () => clock, pause: async () => void pauses++, progress: (n) => progress.push(n) });
    expect(done).toEqual([1, 2, 3, 4, 5]);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(pauses).toBe(2);
  });

  it('does nothing for no items', async () => {
    let pauses = 0;
    await inSlices([], () => undefined, { budgetMs: 1, now: () => 0, pause: async () => void pauses++ });
    expect(pauses).toBe(0);
  });
});
