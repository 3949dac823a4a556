/** The package's status line: who the LMS says the learner is, whether results reach it, and its failures. */
import type { LmsMessageKey } from '../../lib/i18n/areas/lms';
import { readMessages } from '../messages';
import type { LmsResult } from './connection';

const t = readMessages<LmsMessageKey>('lms');

function part(selector: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-lms-status] ${selector}`);
}

/** The steady state, in the status region (read politely). */
export function showStatus(key: LmsMessageKey, learnerName = ''): void {
  const text = part('[data-lms-text]');
  if (text) text.textContent = key === 'lms.status.connected' && learnerName ? `${t(key)} ${t('lms.status.learner', { name: learnerName })}` : t(key);
}

/** A failure of the LMS, in the alert region; cleared by the next success. The LMS's own words are shown as text only. */
export function showResult(result: LmsResult): void {
  const alert = part('[data-lms-alert]');
  if (!alert) return;
  const message = result.ok ? '' : result.lost ? t('lms.status.lost') : t('lms.status.failed', { detail: result.detail });
  if (alert.textContent !== message) alert.textContent = message;
  alert.hidden = message === '';
}

/** A one-off notice (attempts trimmed to fit the LMS). */
export function showNote(key: LmsMessageKey, vars: Record<string, number> = {}): void {
  const note = part('[data-lms-note]');
  if (!note) return;
  note.textContent = t(key, vars);
  note.hidden = false;
}

/** Offers "Finish and return" (cmi5 with a return address); `leave` ends the session and returns where to go. */
export function offerExit(leave: () => Promise<string | undefined>): void {
  const button = part('[data-lms-exit]') as HTMLButtonElement | null;
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    const to = await leave();
    showStatus('lms.status.finished');
    if (to) window.location.assign(to);
  });
}
