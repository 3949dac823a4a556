/** Turns programme validation issues into lines an author can act on: "session 2 (Atelier): exercise minutes is required". */
import type { z } from 'astro/zod';

/** One readable line per issue, locating session problems by 1-based number and title (read from the raw input). */
export function programmeErrorLines(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const what = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => `unknown field "${k}"`).join(', ') : issue.message;
    const [head, index, ...rest] = issue.path;
    if (head !== 'sessions' || typeof index !== 'number') {
      return issue.path.length > 0 ? `${issue.path.join('.')}: ${what}` : what;
    }
    const field = rest.length > 0 ? ` ${rest.join('.')}` : '';
    return `${sessionLabel(index, sessionTitle(input, index))}${field}: ${what}`;
  });
}

/** "session 2 (Title)" or "session 2" when the title is missing. */
export function sessionLabel(index: number, title: string | undefined): string {
  return title ? `session ${index + 1} (${title})` : `session ${index + 1}`;
}

function sessionTitle(input: unknown, index: number): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const sessions: unknown = (input as { sessions?: unknown }).sessions;
  if (!Array.isArray(sessions)) return undefined;
  const session: unknown = sessions[index];
  if (typeof session !== 'object' || session === null) return undefined;
  const title: unknown = (session as { title?: unknown }).title;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
}
