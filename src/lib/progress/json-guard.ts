/** Reading untrusted JSON text (a stored value or an imported file) without ever throwing. */
import { FORBIDDEN_KEYS } from './safe-dict';
import { formatPath } from './issue-text';
import { MAX_JSON_CHARS, MAX_JSON_DEPTH } from './limits';

export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses `text` after checking its size and nesting, and refuses prototype-polluting keys anywhere in it. */
export function readJson(text: string): JsonRead {
  if (text.length > MAX_JSON_CHARS) {
    return { ok: false, reason: `too large (${(text.length / 1e6).toFixed(1)} MB; the limit is ${MAX_JSON_CHARS / 1e6} MB)` };
  }
  if (exceedsDepth(text, MAX_JSON_DEPTH)) return { ok: false, reason: `nested too deeply (more than ${MAX_JSON_DEPTH} levels)` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON, perhaps truncated (${error instanceof Error ? error.message : String(error)})` };
  }
  const forbidden = findForbiddenKey(value);
  return forbidden === null ? { ok: true, value } : { ok: false, reason: `forbidden key "${forbidden.key}" at ${forbidden.where}` };
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

/** The first `__proto__`, `constructor` or `prototype` key in a parsed JSON value, with where it is ('top level' or a path). */
export function findForbiddenKey(value: unknown): { key: string; where: string } | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    for (const [key, child] of Object.entries(next.value)) {
      const path = [...next.path, Array.isArray(next.value) ? Number(key) : key];
      if (FORBIDDEN_KEYS.has(key)) return { key, where: next.path.length === 0 ? 'top level' : formatPath(next.path) };
      stack.push({ value: child, path });
    }
  }
  return null;
}
