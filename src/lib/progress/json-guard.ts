/** Reading untrusted JSON text (a stored value or an imported file) without ever throwing. */
import { FORBIDDEN_KEYS } from './safe-dict';
import { MAX_JSON_DEPTH } from './limits';
import type { Problem } from './problem';
import { sizeProblem } from './size-problem';
import { formatPath } from './zod-problem';

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** Parses `text` after checking its size and nesting, and refuses prototype-polluting keys anywhere in it. */
export function readJson(text: string): JsonRead {
  const tooLarge = sizeProblem(text.length);
  if (tooLarge) return { ok: false, problem: tooLarge };
  if (exceedsDepth(text, MAX_JSON_DEPTH)) return { ok: false, problem: { key: 'problem.tooDeep', values: { limit: MAX_JSON_DEPTH } } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { key: 'problem.notJson' } };
  }
  const forbidden = findForbiddenKey(value);
  return forbidden === null ? { ok: true, value } : { ok: false, problem: forbiddenKeyProblem(forbidden) };
}

/** A forbidden key as a problem. */
export function forbiddenKeyProblem({ key, where }: { key: string; where: string }): Problem {
  return where === '' ? { key: 'problem.forbiddenKeyTop', values: { key } } : { key: 'problem.forbiddenKey', values: { key, where } };
}

/** Counts bracket nesting outside strings, before JSON.parse has to recurse through it. */
function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > limit) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}

/** The first `__proto__`, `constructor` or `prototype` key in a parsed JSON value, with where it is (a path, '' at top level). */
export function findForbiddenKey(value: unknown): { key: string; where: string } | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    for (const [key, child] of Object.entries(next.value)) {
      const path = [...next.path, Array.isArray(next.value) ? Number(key) : key];
      if (FORBIDDEN_KEYS.has(key)) return { key, where: formatPath(next.path) };
      stack.push({ value: child, path });
    }
  }
  return null;
}
