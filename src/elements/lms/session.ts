/**
 * One lesson's LMS session, whatever the standard: keep the learner's progress apart, resume from
 * the LMS's saved state, then report after every change of the lesson's progress and every quiz
 * attempt, and finish when the page goes. Reports run one at a time, in order; a failed one is
 * shown to the learner and the next change sends the whole status again (nothing is lost locally).
 */
import { toInteraction, type Interaction } from '../../lib/lms/interactions';
import { learnerDisplayName, learnerStoragePrefix } from '../../lib/lms/learner';
import { lmsStatus, type LmsStatus } from '../../lib/lms/status';
import { encodeSuspendData, suspendDataToProgressJson } from '../../lib/lms/suspend-data';
import { prefixedStorage } from '../../lib/progress/prefixed-storage';
import { getEntry } from '../../lib/progress/safe-dict';
import type { ProgressState } from '../../lib/progress/state';
import { loadProgress } from '../progress/load';
import { useScopedStorage } from '../progress/scope';
import type { LmsConnection, LmsResult } from './connection';
import { offerExit, showNote, showResult, showStatus } from './view';

/** The lesson this page is: slug, its quiz and the quiz's pass mark (from the page's markup). */
export interface PageLesson {
  readonly slug: string;
  readonly quizId: string | undefined;
  readonly passMark: number | undefined;
}

/** The learner's own part of localStorage (null when storage cannot be used at all). */
export function scopeStorage(learnerId: string | null): void {
  let storage: Storage | null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  useScopedStorage(storage && prefixedStorage(storage, learnerStoragePrefix(learnerId)));
}

export async function runSession(connection: LmsConnection, lesson: PageLesson): Promise<void> {
  scopeStorage(connection.learner.id);
  const { progressStore, setDisplayName, mergeProgress, parseStoredProgress } = await loadProgress();
  const store = progressStore();
  const now = new Date();
  const saved = suspendDataToProgressJson(connection.suspendData, '', now);
  const restored = saved === undefined ? undefined : parseStoredProgress(saved, now);
  // Suspend data holds no learner id: what it restores belongs to this store's learner.
  if (restored?.kind === 'ok') store.update((state) => mergeProgress(state, { ...restored.state, learnerId: state.learnerId }));
  const name = learnerDisplayName(connection.learner.name);
  if (name.trim()) store.update((state, at) => setDisplayName(state, name, at));
  // The name as the store cleaned it (control characters out, length capped): shown as text only.
  showStatus(connection.tracking ? 'lms.status.connected' : 'lms.status.review', name.trim() ? store.state.displayName : '');

  const mastery = connection.masteryPercent ?? lesson.passMark ?? 100;
  const statusOf = (state: ProgressState): LmsStatus =>
    lmsStatus(
      {
        lesson: getEntry(state.lessons, lesson.slug),
        attempts: lesson.quizId === undefined ? [] : (getEntry(state.quizzes, lesson.quizId)?.attempts ?? []),
      },
      mastery,
    );
  let status = statusOf(store.state);
  let queue = Promise.resolve();
  const send = (report: () => Promise<LmsResult>) => {
    queue = queue.then(report).then(showResult, () => showResult({ ok: false, detail: 'LMS' }));
  };

  let lastSent = '';
  let trimmedShown = false;
  store.subscribe((state) => {
    status = statusOf(state);
    const snapshot = {
      slug: lesson.slug,
      lesson: getEntry(state.lessons, lesson.slug),
      quizId: lesson.quizId,
      attempts: lesson.quizId === undefined ? [] : (getEntry(state.quizzes, lesson.quizId)?.attempts ?? []),
    };
    const encoded = encodeSuspendData(snapshot, connection.suspendLimit || Number.MAX_SAFE_INTEGER);
    if (encoded.droppedAttempts > 0 && !trimmedShown) {
      trimmedShown = true;
      showNote('lms.status.trimmed', { kept: snapshot.attempts.length - encoded.droppedAttempts });
    }
    const key = JSON.stringify(status) + encoded.text;
    if (key === lastSent) return;
    const current = status;
    send(async () => {
      const result = await connection.report(current, encoded.text);
      if (result.ok) lastSent = key;
      return result;
    });
  });

  document.addEventListener('quiz-attempt', ({ detail }) => {
    if (!connection.scoring) return;
    const list = detail.questions.map(toInteraction).filter((i): i is Interaction => i !== undefined);
    const at = new Date(detail.attempt.at);
    send(() => connection.interactions(detail.quizId, list, at));
  });

  window.addEventListener('pagehide', () => connection.finish(status), { once: true });
  const { exit } = connection;
  if (exit) offerExit(() => exit(status));
}

/** Without an LMS the lesson still works: progress stays in this browser, in a space of its own. */
export function runWithoutLms(failure?: LmsResult): void {
  scopeStorage(null);
  showStatus('lms.status.none');
  if (failure) showResult(failure);
}
