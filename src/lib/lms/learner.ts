/** The LMS learner as the package shows and stores them. */
import { cleanDisplayName } from '../progress/display-name';

/**
 * Where a learner's progress lives in the browser: one prefix per LMS learner, another when no LMS
 * is there. The id is percent-encoded, so no learner's prefix is the start of another's.
 */
export function learnerStoragePrefix(learnerId: string | null): string {
  return `board-academy:lms:${learnerId === null ? 'local' : `id:${encodeURIComponent(learnerId)}`}:`;
}

/**
 * A name for display. SCORM LMSs give "Last, First" (the 1.2 data model's own example): shown the
 * usual way round, then cleaned like a name the learner types (the name comes from outside).
 */
export function learnerDisplayName(raw: string): string {
  const parts = raw.split(',').map((p) => p.trim());
  return cleanDisplayName(parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : raw);
}
