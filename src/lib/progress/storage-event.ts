/** Keeping a tab in step with the others: fold in what another tab just saved. */
import { mergeProgress } from './merge';
import { parseStoredProgress } from './parse-stored';
import type { ProgressState } from './state';
import { PROGRESS_KEY } from './storage';

/**
 * The tab's state after a `storage` event (pass `event.key` and `event.newValue`): merged with the
 * other tab's value when it is valid progress; unchanged for other keys, removals and unreadable values.
 */
export function applyStorageEvent(state: ProgressState, key: string | null, newValue: string | null, now: Date): ProgressState {
  if (key !== PROGRESS_KEY) return state;
  const stored = parseStoredProgress(newValue, now);
  return stored.kind === 'ok' ? mergeProgress(state, stored.state) : state;
}
