/** SCORM 1.2: the `API` object, `cmi.core.*`, 4,096 characters of suspend data. */
import { scorm12Interaction } from '../../lib/lms/interactions';
import { lessonStatus12, masteryFromLms } from '../../lib/lms/status';
import { timespan12 } from '../../lib/lms/durations';
import { SUSPEND_LIMIT } from '../../lib/lms/suspend-data';
import { connectScorm, type ScormDialect } from './scorm';

const scorm12: ScormDialect = {
  apiName: 'API',
  calls: {
    initialize: 'LMSInitialize',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    finish: 'LMSFinish',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
  },
  elements: {
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    mode: 'cmi.core.lesson_mode',
    credit: 'cmi.core.credit',
    suspendData: 'cmi.suspend_data',
    interactionCount: 'cmi.interactions._count',
    interactionPrefix: 'cmi.interactions.',
  },
  suspendLimit: SUSPEND_LIMIT.scorm12,
  mastery: (get) => masteryFromLms(get('cmi.student_data.mastery_score'), 'percent'),
  launchValues: (get) => (['not attempted', ''].includes(get('cmi.core.lesson_status')) ? [['cmi.core.lesson_status', 'incomplete']] : []),
  statusValues: (status, scoring) => {
    // Without credit, SCORM 1.2 records completion only: passed/failed and the score are left alone.
    const lessonStatus = scoring ? lessonStatus12(status) : status.completed ? 'completed' : 'incomplete';
    return [
      ...(scoring && status.verdict
        ? ([
            ['cmi.core.score.min', '0'],
            ['cmi.core.score.max', '100'],
            ['cmi.core.score.raw', String(Math.round(status.verdict.percent * 100) / 100)],
          ] as const)
        : []),
      ['cmi.core.lesson_status', lessonStatus],
    ];
  },
  interactionValues: scorm12Interaction,
  exitValues: (status, sessionMs) => [
    ['cmi.core.session_time', timespan12(sessionMs)],
    // Suspend keeps the attempt open so the next launch resumes; a finished lesson exits normally.
    ['cmi.core.exit', status.completed ? '' : 'suspend'],
  ],
};

export const connect = (win: Window) => connectScorm(scorm12, win);
