import { describe, expect, it } from 'vitest';
import { inSlices } from '../../../src/lib/cohort/intake';
import { MAX_JSON_CHARS } from '../../../src/lib/progress/limits';
import { sizeProblem } from '../../../src/lib/progress/size-problem';

describe('sizeProblem (the size check before a file is read)', () => {
  it('accepts up to the limit and refuses larger or nonsense sizes, stating both in megabytes rounded up', () => {
    expect(sizeProblem(0)).toBeNull();
    expect(sizeProblem(MAX_JSON_CHARS)).toBeNull();
    expect(sizeProblem(MAX_JSON_CHARS + 1)).toEqual({ key: 'problem.tooLarge', values: { size: 5.1, limit: 5 } });
    expect(sizeProblem(50 * 1024 * 1024)).toEqual({ key: 'problem.tooLarge', values: { size: 52.5, limit: 5 } });
    expect(sizeProblem(Number.NaN)).not.toBeNull();
    expect(sizeProblem(-1)).not.toBeNull();
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
