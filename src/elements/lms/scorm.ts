/**
 * The SCORM runtime shared by 1.2 and 2004: find the LMS's API object, initialise once, read the
 * learner and the launch mode, write after each meaningful change and commit, finish on `pagehide`.
 * Every call is checked (`GetLastError`); a failure is returned, never thrown.
 */
import { findApi, type ApiName } from '../../lib/lms/api-finder';
import type { Interaction } from '../../lib/lms/interactions';
import type { LmsStatus } from '../../lib/lms/status';
import { guarded, OK, type LmsConnection, type LmsResult } from './connection';

type Values = readonly (readonly [element: string, value: string])[];

/** The parts of SCORM 1.2 and SCORM 2004 that differ: names of calls and elements, and value formats. */
export interface ScormDialect {
  readonly apiName: ApiName;
  readonly calls: {
    readonly initialize: string;
    readonly getValue: string;
    readonly setValue: string;
    readonly commit: string;
    readonly finish: string;
    readonly lastError: string;
    readonly errorString: string;
  };
  readonly elements: {
    readonly learnerId: string;
    readonly learnerName: string;
    readonly mode: string;
    readonly credit: string;
    readonly suspendData: string;
    readonly interactionCount: string;
    readonly interactionPrefix: string;
  };
  readonly suspendLimit: number;
  /** The mastery score the LMS gives, in percent. */
  mastery(get: (element: string) => string): number | undefined;
  /** Values to write on launch in normal mode (e.g. status incomplete when not attempted yet). */
  launchValues(get: (element: string) => string): Values;
  statusValues(status: LmsStatus, scoring: boolean): Values;
  interactionValues(quizId: string, interaction: Interaction, at: Date): Values;
  exitValues(status: LmsStatus, sessionMs: number): Values;
}

type Api = Record<string, (...args: string[]) => unknown>;

/** Connects to the LMS; undefined when none is found, a failure when it refuses to start the session. */
export function connectScorm(dialect: ScormDialect, win: Window): LmsConnection | LmsResult | undefined {
  const api = findApi<Api>(win, dialect.apiName);
  if (!api) return undefined;
  const { calls, elements } = dialect;
  const call = (name: string, ...args: string[]): string | undefined => {
    const result = guarded(() => String(api[name]!(...args)));
    return result.ok ? result.value : undefined;
  };
  const failure = (): LmsResult => {
    const code = call(calls.lastError);
    if (code === undefined) return { ok: false, detail: 'API', lost: true };
    const text = call(calls.errorString, code) ?? '';
    return { ok: false, detail: `${code}${text ? ` ${text}` : ''}` };
  };
  const checked = (name: string, ...args: string[]): LmsResult => {
    const result = call(name, ...args);
    if (result === undefined) return { ok: false, detail: 'API', lost: true };
    const code = call(calls.lastError);
    return result === 'true' && (code === undefined || code === '0') ? OK : failure();
  };
  const started = checked(calls.initialize, '');
  if (!started.ok) return started;

  const get = (element: string) => call(calls.getValue, element) ?? '';
  const mode = get(elements.mode) || 'normal';
  const credit = get(elements.credit) || 'credit';
  const tracking = mode === 'normal';
  const scoring = tracking && credit === 'credit';
  const startedAt = Date.now();
  let finished = false;

  /** Writes values in order, stopping at the first refusal; then commits. */
  const write = (values: Values): LmsResult => {
    for (const [element, value] of values) {
      const result = checked(calls.setValue, element, value);
      if (!result.ok) return result;
    }
    return checked(calls.commit, '');
  };

  if (tracking) write(dialect.launchValues(get));

  return {
    learner: { id: get(elements.learnerId), name: get(elements.learnerName) },
    tracking,
    scoring,
    masteryPercent: dialect.mastery(get),
    suspendData: get(elements.suspendData),
    suspendLimit: dialect.suspendLimit,
    report: async (status, suspendData) =>
      finished || !tracking ? OK : write([...dialect.statusValues(status, scoring), [elements.suspendData, suspendData]]),
    interactions: async (quizId, list, at) => {
      if (finished || !scoring) return OK;
      const count = Number(get(elements.interactionCount)) || 0;
      return write(
        list.flatMap((interaction, k) =>
          dialect.interactionValues(quizId, interaction, at).map(([element, value]) => [`${elements.interactionPrefix}${count + k}.${element}`, value] as const),
        ),
      );
    },
    finish: (status) => {
      if (finished) return;
      finished = true;
      if (tracking) write(dialect.exitValues(status, Date.now() - startedAt));
      call(calls.finish, '');
    },
  };
}
