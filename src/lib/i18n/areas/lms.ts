/** UI strings of lessons inside an LMS package (SCORM, cmi5); the texts are in ../<lang>/lms.json. */
import lms from '../fr/lms.json' with { type: 'json' };

export type LmsMessageKey = keyof typeof lms;
/** Every key: the package page hands them all to its runtime. */
export const LMS_MESSAGE_KEYS = Object.keys(lms) as LmsMessageKey[];
