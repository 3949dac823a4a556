/**
 * cmi5 (xAPI) through the `@xapi/cmi5` client: it reads the launch parameters, fetches the token
 * once from the `fetch` URL, reads `LMS.LaunchData` and sends the cmi5 statements with the context
 * template, session and categories the spec requires. Here: which statements to send and when.
 * "completed" and "passed" go at most once per registration (kept with the learner's progress), no
 * "failed" after a pass, and nothing but initialized/terminated in Browse or Review mode.
 */
import Cmi5 from '@xapi/cmi5';
import type { Interaction } from '../../lib/lms/interactions';
import type { LmsStatus } from '../../lib/lms/status';
import { OK, type LmsConnection, type LmsResult } from './connection';

/** The statement kinds already sent in this registration: no second "completed" or "passed", ever. */
interface Sent {
  completed?: true;
  passed?: true;
  /** The best score already reported as failed, so the same failure is not sent twice. */
  failedAt?: number;
}

/** Why a request failed, for the learner (the HTTP status when there is one). */
function describe(error: unknown): string {
  const status = (error as { response?: { status?: unknown } } | null)?.response?.status;
  return typeof status === 'number' ? `HTTP ${status}` : 'xAPI';
}

async function attempt(send: () => Promise<unknown>): Promise<LmsResult> {
  try {
    await send();
    return OK;
  } catch (error) {
    return { ok: false, detail: describe(error) };
  }
}

const langMap = (text: string) => ({ [document.documentElement.lang || 'und']: text });

/** Connects when the page was launched by a cmi5 LMS; undefined otherwise, a failure when the LMS or LRS refused. */
export async function connect(): Promise<LmsConnection | LmsResult | undefined> {
  if (!Cmi5.isCmiAvailable) return undefined;
  const cmi5 = new Cmi5();
  const started = await attempt(() => cmi5.initialize());
  if (!started.ok) return started;
  const params = cmi5.getLaunchParameters();
  const data = cmi5.getLaunchData();
  const actor = params.actor as { name?: string; account?: { homePage: string; name: string }; mbox?: string };
  const learnerId = actor.account ? `${actor.account.homePage}|${actor.account.name}` : (actor.mbox ?? JSON.stringify(actor));
  const tracking = data.launchMode === 'Normal';
  const sentKey = `board-academy:cmi5:sent:${params.registration}:${params.activityId}`;
  const sent: Sent = readSent(sentKey);
  const remember = () => writeSent(sentKey, sent);
  let terminated = false;

  const report = async (status: LmsStatus): Promise<LmsResult> => {
    if (!tracking || terminated) return OK;
    if (status.completed && !sent.completed) {
      const result = await attempt(() => cmi5.complete());
      if (!result.ok) return result;
      sent.completed = true;
      remember();
    }
    const verdict = status.verdict;
    if (verdict && !sent.passed) {
      const score = { scaled: verdict.percent / 100, raw: verdict.percent, min: 0, max: 100 };
      if (verdict.passed) {
        const result = await attempt(() => cmi5.pass(score));
        if (!result.ok) return result;
        sent.passed = true;
        remember();
      } else if (sent.failedAt !== verdict.percent) {
        const result = await attempt(() => cmi5.fail(score));
        if (!result.ok) return result;
        sent.failedAt = verdict.percent;
        remember();
      }
    }
    return OK;
  };

  const interactions = async (quizId: string, list: readonly Interaction[]): Promise<LmsResult> => {
    if (!tracking || terminated) return OK;
    for (const i of list) {
      const name = langMap(i.prompt);
      const duration = i.latencyMs === undefined ? undefined : { start: new Date(0), end: new Date(i.latencyMs) };
      const send = (): Promise<unknown> => {
        switch (i.type) {
          case 'choice':
            return cmi5.interactionChoice(quizId, i.questionId, [...(i.response as string[])], [...(i.correct as string[])], undefined, name, undefined, i.success, duration);
          case 'sequencing':
            return cmi5.interactionSequencing(quizId, i.questionId, [...(i.response as string[])], [...(i.correct as string[])], undefined, name, undefined, i.success, duration);
          case 'true-false':
            return cmi5.interactionTrueFalse(quizId, i.questionId, i.response as boolean, i.correct as boolean, name, undefined, i.success, duration);
          case 'numeric':
            return cmi5.interactionNumeric(quizId, i.questionId, i.response as number, i.correct as { min: number; max: number }, name, undefined, i.success, duration);
        }
      };
      const result = await attempt(send);
      if (!result.ok) return result;
    }
    return OK;
  };

  return {
    learner: { id: learnerId, name: actor.name ?? '' },
    tracking,
    scoring: tracking,
    masteryPercent: typeof data.masteryScore === 'number' ? data.masteryScore * 100 : undefined,
    // cmi5 keeps no suspend data of its own here: progress resumes from this browser's storage.
    suspendData: '',
    suspendLimit: 0,
    report: (status) => report(status),
    interactions: (quizId, list) => interactions(quizId, list),
    finish: () => {
      if (terminated) return;
      terminated = true;
      sendTerminatedOnUnload(cmi5, params.endpoint);
    },
    exit: async () => {
      if (!terminated) {
        terminated = true;
        await attempt(() => cmi5.terminate());
      }
      return data.returnURL;
    },
  };
}

function readSent(key: string): Sent {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? '{}');
    if (parsed === null || typeof parsed !== 'object') return {};
    const { completed, passed, failedAt } = parsed as Record<string, unknown>;
    return { ...(completed === true ? { completed } : {}), ...(passed === true ? { passed } : {}), ...(typeof failedAt === 'number' ? { failedAt } : {}) };
  } catch {
    return {};
  }
}

function writeSent(key: string, sent: Sent): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(sent));
  } catch {
    // Storage full or blocked: a relaunch may then send a duplicate, which the LRS records but the LMS ignores.
  }
}

/**
 * On `pagehide` an ordinary request is cancelled with the page. The client builds the "terminated"
 * statement (duration, context, session), and it leaves with `fetch(…, { keepalive: true })`, which
 * the browser completes after the page has gone.
 */
function sendTerminatedOnUnload(cmi5: Cmi5, endpoint: string): void {
  const xapi = cmi5.xapi as unknown as { sendStatement: (p: { statement: unknown }) => Promise<unknown> } | null;
  if (!xapi) return;
  xapi.sendStatement = ({ statement }) =>
    fetch(`${endpoint.replace(/\/?$/, '/')}statements`, {
      method: 'POST',
      keepalive: true,
      headers: {
        Authorization: `Basic ${cmi5.getAuthToken()}`,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(statement),
    });
  void cmi5.terminate().catch(() => undefined);
}
