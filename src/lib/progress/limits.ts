/** Size limits for stored progress and imported files: generous for a real learner, fatal for a hostile file. */

/** Longest display name, in characters (code points). */
export const MAX_DISPLAY_NAME = 80;
/** Attempts kept per quiz; the oldest are dropped beyond this. */
export const MAX_ATTEMPTS_PER_QUIZ = 100;
/** Per-question marks kept per attempt. */
export const MAX_ANSWERS_PER_ATTEMPT = 200;
/** Lessons or quizzes accepted in one imported file. */
export const MAX_IMPORT_ENTRIES = 1000;
/**
 * Longest JSON text read (stored value or imported file): 5 MB, about localStorage's own quota. A file is also
 * refused by its size in bytes before it is read (a 50 MB file must not freeze the page); as no character takes
 * less than a byte, the same number serves both.
 */
export const MAX_JSON_CHARS = 5_000_000;
/** Deepest nesting accepted; a valid file needs 7 levels. */
export const MAX_JSON_DEPTH = 12;
/** Longest id (lesson slug, quiz id, question id). */
export const MAX_ID_LENGTH = 120;
