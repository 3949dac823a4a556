/**
 * Finding the LMS's SCORM API object the way the standards say: in this window or a parent, up to the
 * top; then in the window that opened this one (the LMS's pop-up launch) and its parents. A window of
 * another origin throws when read: it is skipped, never fatal.
 */
export interface WindowLike {
  readonly parent: WindowLike | null;
  readonly opener?: WindowLike | null;
}

/** SCORM 1.2 looks for `API`, SCORM 2004 for `API_1484_11`. */
export type ApiName = 'API' | 'API_1484_11';

/** ADL's sample finder gives up after 500 levels: a loop guard, not a depth any LMS uses. */
const MAX_LEVELS = 500;

function read<T>(win: WindowLike, name: ApiName): T | undefined {
  try {
    const api = (win as unknown as Record<string, unknown>)[name];
    return api !== null && typeof api === 'object' ? (api as T) : undefined;
  } catch {
    return undefined;
  }
}

function parentOf(win: WindowLike): WindowLike | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

function searchUp<T>(start: WindowLike, name: ApiName): T | undefined {
  let win: WindowLike | null = start;
  for (let level = 0; win && level < MAX_LEVELS; level += 1) {
    const api = read<T>(win, name);
    if (api) return api;
    win = parentOf(win);
  }
  return undefined;
}

/** The API object, or undefined when no LMS provides one (the package opened on its own). */
export function findApi<T>(start: WindowLike, name: ApiName): T | undefined {
  const found = searchUp<T>(start, name);
  if (found) return found;
  let opener: WindowLike | null | undefined;
  try {
    opener = start.opener;
  } catch {
    opener = undefined;
  }
  return opener ? searchUp<T>(opener, name) : undefined;
}
