/** Reading many files without freezing the page: work cut into time slices (the size check is lib/progress/size-problem.ts). */

export interface SliceOptions {
  /** Milliseconds of work before handing the main thread back. */
  readonly budgetMs: number;
  readonly now: () => number;
  /** Hands the thread back (a macrotask in the browser) so the page can paint and respond. */
  readonly pause: () => Promise<void>;
  /** Called after each item, with how many are done. */
  readonly progress?: (done: number) => void;
}

/** Runs `work` over `items` in order, pausing whenever a slice of work has used its time budget. */
export async function inSlices<T>(items: readonly T[], work: (item: T, index: number) => Promise<void> | void, options: SliceOptions): Promise<void> {
  let sliceStart = options.now();
  for (let i = 0; i < items.length; i++) {
    await work(items[i]!, i);
    options.progress?.(i + 1);
    if (options.now() - sliceStart >= options.budgetMs && i < items.length - 1) {
      await options.pause();
      sliceStart = options.now();
    }
  }
}
