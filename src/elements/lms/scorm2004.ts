/** SCORM 2004 4th edition: the `API_1484_11` object, `cmi.*`, 64,000 characters of suspend data. */
import { isoDuration } from '../../lib/lms/durations';
import { decimal, scorm2004Interaction } from '../../lib/lms/interactions';
import { masteryFromLms } from '../../lib/lms/status';
import { SUSPEND_LIMIT } from '../../lib/lms/suspend-data';
import { connectScorm, type ScormDialect } from './scorm';

const scorm2004: ScormDialect = {
  apiName: 'API_1484_11',
  calls: {
    initialize: 'Initialize',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    finish: 'Terminate',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
  },
  elements: {
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    mode: 'cmi.mode',
    credit: 'cmi.credit',
    suspendData: 'cmi.suspend_data',
    interactionCount: 'cmi.interactions._count',
    interactionPrefix: 'cmi.interactions.',
  },
  suspendLimit: SUSPEND_LIMIT.scorm2004,
  mastery: (get) => masteryFromLms(get('cmi.scaled_passing_score'), 'scaled'),
  launchValues: (get) => (['not attempted', 'unknown', ''].includes(get('cmi.completion_status')) ? [['cmi.completion_status', 'incomplete']] : []),
  statusValues: (status, scoring) => [
    ...(scoring && status.verdict
      ? ([
          ['cmi.score.min', '0'],
          ['cmi.score.max', '100'],
          ['cmi.score.raw', decimal(status.verdict.percent)],
          ['cmi.score.scaled', decimal(status.verdict.percent / 100)],
          ['cmi.success_status', status.verdict.passed ? 'passed' : 'failed'],
        ] as const)
      : []),
    ['cmi.progress_measure', decimal(status.progress)],
    ['cmi.completion_status', status.completed ? 'completed' : 'incomplete'],
  ],
  interactionValues: scorm2004Interaction,
  exitValues: (status, sessionMs) => [
    ['cmi.session_time', isoDuration(sessionMs)],
    ['cmi.exit', status.completed ? 'normal' : 'suspend'],
  ],
};

export const connect = (win: Window) => connectScorm(scorm2004, win);
