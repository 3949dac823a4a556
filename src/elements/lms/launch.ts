/**
 * The entry of a lesson inside an LMS package. The packager names the standard on `<html data-lms>`;
 * only that standard's module is fetched, and only here: the public site never loads any of this.
 */
import type { LmsConnection, LmsResult } from './connection';
import { runSession, runWithoutLms, type PageLesson } from './session';
import { showStatus } from './view';

type Connect = () => Promise<LmsConnection | LmsResult | undefined>;

const connectors: Record<string, Connect | undefined> = {
  scorm12: () => import('./scorm12').then((m) => m.connect(window)),
  scorm2004: () => import('./scorm2004').then((m) => m.connect(window)),
  cmi5: () => import('./cmi5').then((m) => m.connect()),
};

function pageLesson(): PageLesson | undefined {
  const el = document.querySelector<HTMLElement>('[data-lms-lesson]');
  const slug = el?.dataset.slug;
  if (!el || !slug) return undefined;
  const passMark = Number(el.dataset.passMark);
  return { slug, quizId: el.dataset.quizId || undefined, passMark: el.dataset.passMark && Number.isFinite(passMark) ? passMark : undefined };
}

async function launch(): Promise<void> {
  const lesson = pageLesson();
  const connect = connectors[document.documentElement.dataset.lms ?? ''];
  if (!lesson || !connect) return runWithoutLms();
  showStatus('lms.status.connecting');
  let connection: LmsConnection | LmsResult | undefined;
  try {
    connection = await connect();
  } catch {
    connection = { ok: false, detail: 'LMS' };
  }
  if (connection === undefined || 'ok' in connection) return runWithoutLms(connection);
  await runSession(connection, lesson);
}

void launch();
