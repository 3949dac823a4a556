/**
 * Reading the trainer's files without freezing the page: each file's size is checked before it is read,
 * reads run a window ahead of parsing, and the work is cut into time slices that hand the main thread back.
 */
import { inSlices, type RejectReason } from '../../lib/cohort/index';
import { sizeProblem } from '../../lib/progress/size-problem';

/** Files being read ahead of the one parsed: parsing rarely waits, memory stays bounded. */
const READ_AHEAD = 64;
const SLICE_MS = 12;

/** Hands the main thread back: scheduler.yield where it exists, else a message (setTimeout is clamped to 4 ms). */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The file's text, or why it was not read: the size is checked first, so a 50 MB file is never loaded. */
async function read(file: File): Promise<string | RejectReason> {
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { kind: 'invalid', problem: tooLarge };
  try {
    return await file.text();
  } catch {
    return { kind: 'unreadable' };
  }
}

export interface ReadOptions {
  /** Called with each file's text (or why it was not read), in the files' order. */
  each: (file: File, text: string | RejectReason) => void;
  /** Called after each file with the number handled so far. */
  progress: (done: number) => void;
  /** True once the result is no longer wanted (the dashboard was cleared): the remaining files are skipped. */
  cancelled: () => boolean;
}

export async function readFiles(files: readonly File[], { each, progress, cancelled }: ReadOptions): Promise<void> {
  const reads: (Promise<string | RejectReason> | undefined)[] = [];
  const readAhead = (upTo: number) => {
    for (let i = reads.length; i < Math.min(upTo, files.length); i++) {
      const file = files[i];
      if (file) reads.push(read(file));
    }
  };
  await inSlices(
    files,
    async (file, i) => {
      readAhead(i + READ_AHEAD);
      const text = await reads[i];
      reads[i] = undefined;
      if (text === undefined || cancelled()) return;
      each(file, text);
    },
    { budgetMs: SLICE_MS, now: () => performance.now(), pause, progress },
  );
}
