/**
 * The page's one progress store: the learner's progress read once from localStorage, kept in memory,
 * saved after every change (read-merge-write, so another tab's newer data is never overwritten) and
 * refreshed from `storage` events. When saving is impossible the page keeps working in memory and
 * subscribers receive a notice to show.
 */
import {
  applyStorageEvent,
  readProgress,
  writeProgress,
  type ProgressState,
  type ProgressStorage,
  type ReadNotice,
} from '../../lib/progress';
import { scopedStorage } from './scope';

export type StoreNotice = ReadNotice | { kind: 'quota' };
export type Listener = (state: ProgressState, notice: StoreNotice | undefined) => void;

export interface ProgressStore {
  readonly state: ProgressState;
  readonly notice: StoreNotice | undefined;
  readonly storage: ProgressStorage | null;
  /** Applies a pure change (from lib/progress) and saves; returns the state now in use. */
  update(change: (state: ProgressState, now: Date) => ProgressState): ProgressState;
  /** Calls `listener` now and after every change (this tab's or another's). */
  subscribe(listener: Listener): () => void;
}

/** localStorage, or null where merely touching it throws (some private modes, blocked storage). */
function browserStorage(): ProgressStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function createStore(): ProgressStore {
  const scoped = scopedStorage();
  const storage = scoped === undefined ? browserStorage() : scoped;
  const first = readProgress(storage, new Date());
  let state = first.state;
  let notice: StoreNotice | undefined = first.notice;
  // Once the stored value cannot be trusted (newer version, unreadable), nothing is written over it.
  const readOnly = notice?.kind === 'newer' || notice?.kind === 'unreadable' || notice?.kind === 'unavailable';
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((listener) => listener(state, notice));

  window.addEventListener('storage', (event) => {
    // In an LMS package, only this learner's keys concern the page.
    const key = scoped && event.key !== null ? scoped.unprefixed(event.key) : event.key;
    if (scoped === null || (event.key !== null && key === null)) return;
    const next = applyStorageEvent(state, key, event.newValue, new Date());
    if (next !== state) {
      state = next;
      emit();
    }
  });

  return {
    get state() {
      return state;
    },
    get notice() {
      return notice;
    },
    storage,
    update(change) {
      const now = new Date();
      const changed = change(state, now);
      if (changed === state) return state;
      if (readOnly) {
        state = changed;
      } else {
        const saved = writeProgress(storage, changed, now);
        if (saved.kind === 'ok') {
          state = saved.state;
          if (saved.backupKey) notice = { kind: 'recovered', backupKey: saved.backupKey, problem: { key: 'problem.unreadableOnSave' } };
          else if (notice?.kind === 'quota') notice = undefined;
        } else {
          state = changed;
          notice = saved;
        }
      }
      emit();
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(state, notice);
      return () => listeners.delete(listener);
    },
  };
}

let store: ProgressStore | undefined;
/** The page's store, created on first use. */
export const progressStore = (): ProgressStore => (store ??= createStore());

// What pages do with the store, handed out with it so that zod and the validating code load late, together.
export { markDone, markStarted, recordAttempt, resetProgress, setDisplayName } from '../../lib/progress/mutators';
export { planImport } from '../../lib/progress/import-plan';
export { mergeProgress } from '../../lib/progress/merge';
export { parseStoredProgress } from '../../lib/progress/parse-stored';
export { parseExportFile } from '../../lib/progress/parse-export';
export { listBackups } from '../../lib/progress/storage';
export { problemWords } from './problem-words';
