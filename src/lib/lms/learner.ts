/** The LMS learner as the package shows and stores them. */

/**
 * Where a learner's progress lives in the browser: one prefix per LMS learner, another when no LMS
 * is there. The id is percent-encoded, so no learner's prefix is the start of another's.
 */
export function learnerStoragePrefix(learnerId: string | null): string {
  return `board-academy:lms:${learnerId === null ? 'local' : `id:${encodeURIComponent(learnerId)}`}:`;
}

/**
 * The name as people write it. SCORM LMSs give "Last, First" (the 1.2 data model's own example):
 * turned the usual way round. The progress store cleans it like a name the learner types (it comes
 * from outside); importing that cleaner here would split it into a chunk of its own on every page.
 */
export function learnerDisplayName(raw: string): string {
  const parts = raw.split(',').map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : raw;
}
