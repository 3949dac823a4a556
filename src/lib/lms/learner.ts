/** The LMS learner as the package shows and stores them. */
import { cleanDisplayName } from '../progress/display-name';
import { fnv1a64 } from '../progress/fnv1a64';

/** Where a learner's progress lives in the browser: one prefix per LMS learner, another when no LMS is there. */
export function learnerStoragePrefix(learnerId: string | null): string {
  return `board-academy:lms:${learnerId === null ? 'local' : fnv1a64(learnerId).toString(36)}:`;
}

/**
 * A name for display. SCORM LMSs give "Last, First" (the 1.2 data model's own example): shown the
 * usual way round, then cleaned like a name the learner types (the name comes from outside).
 */
export function learnerDisplayName(raw: string): string {
  const parts = raw.split(',').map((p) => p.trim());
  return cleanDisplayName(parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : raw);
}
