/**
 * Each progress store's stable learner id: 128 random bits as 32 lowercase hex digits. It tells two
 * learners with the same name apart in a trainer's cohort, and follows a learner who renames herself.
 * crypto.getRandomValues, not randomUUID: the latter exists only on https pages, and intranets still serve http.
 */
export const LEARNER_ID_PATTERN = /^[0-9a-f]{32}$/;

export function newLearnerId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The first characters of an id: enough to tell apart the few learners who share a name. */
export const shortLearnerId = (id: string): string => id.slice(0, 6);
