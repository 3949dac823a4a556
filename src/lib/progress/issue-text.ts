/** Zod issues rendered as precise, human-readable reasons: "quizzes.roi-basics.attempts[2].score: expected a number". */
import type * as z from 'zod/mini';

/** "quizzes.roi-basics.attempts[2].score" for ['quizzes', 'roi-basics', 'attempts', 2, 'score']; odd keys are quoted: lessons["Bad Slug"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      const key = String(part);
      if (!/^[\w-]+$/.test(key)) return `[${JSON.stringify(key)}]`;
      return index === 0 ? key : `.${key}`;
    })
    .join('');
}

const NOUNS: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/** Wording for a zod issue, used when the schema gives no message of its own. */
function message(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const noun = NOUNS[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `missing (expected ${noun})` : `expected ${noun}`;
    }
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return `expected ${issue.format}`;
    case 'unrecognized_keys':
      return issue.keys.map((k) => `unknown field "${k}"`).join(', ');
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'must not be empty'
        : `must be at least ${bound(issue.origin, issue.minimum)}`;
    case 'too_big':
      return `must be at most ${bound(issue.origin, issue.maximum)}`;
    case 'invalid_key':
      return issue.issues[0]?.message ?? 'invalid key';
    default:
      return issue.message ?? 'invalid value';
  }
}

/** "3 characters", "100 items" or just "100". */
function bound(origin: string, limit: number | bigint): string {
  if (origin === 'string') return `${limit} characters`;
  if (origin === 'array') return `${limit} items`;
  return String(limit);
}

/** Parse options that word zod's default messages as above (a schema's own messages still win). */
export const PARSE_OPTIONS: z.core.ParseContext<z.core.$ZodIssue> = { error: message };

/** The first issue as "path: message", noting how many more there are. */
export function describeIssues(error: z.core.$ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'invalid data';
  const where = formatPath(first.path);
  const text = where ? `${where}: ${first.message}` : first.message;
  return rest.length === 0 ? text : `${text} (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})`;
}
