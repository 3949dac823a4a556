/** Zod issues as problems: "quizzes.roi-basics.attempts[2].score" and what is wrong there, to be worded by the page. */
import type * as z from 'zod/mini';
import { MAX_DISPLAY_NAME, MAX_IMPORT_ENTRIES } from './limits';
import type { Problem, ProblemKey, ProblemValue } from './problem';

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

/**
 * Messages the schemas give their own checks: each names a problem key. Checks without one are
 * worded from zod's issue code (expected type, bounds, unknown fields).
 */
export const CUSTOM = {
  date: 'problem.date',
  missingDate: 'problem.missingDate',
  idFormat: 'problem.idFormat',
  idForbidden: 'problem.idForbidden',
  learnerId: 'problem.learnerId',
  completedAt: 'problem.completedAt',
  scoreOverMax: 'problem.scoreOverMax',
  nameTooLong: 'problem.nameTooLong',
  tooManyLessons: 'problem.tooManyLessons',
  tooManyQuizzes: 'problem.tooManyQuizzes',
} as const satisfies Record<string, ProblemKey>;

const CUSTOM_KEYS = new Set<string>(Object.values(CUSTOM));
/** The limits those messages state. */
const CUSTOM_VALUES: Partial<Record<ProblemKey, Record<string, ProblemValue>>> = {
  [CUSTOM.nameTooLong]: { limit: MAX_DISPLAY_NAME },
  [CUSTOM.tooManyLessons]: { limit: MAX_IMPORT_ENTRIES },
  [CUSTOM.tooManyQuizzes]: { limit: MAX_IMPORT_ENTRIES },
};

const NOUNS: Readonly<Record<string, ProblemKey>> = {
  number: 'problem.noun.number',
  int: 'problem.noun.int',
  string: 'problem.noun.string',
  boolean: 'problem.noun.boolean',
  array: 'problem.noun.array',
  object: 'problem.noun.object',
  record: 'problem.noun.object',
};

/** Parse options: issues keep the value they are about, to tell a missing field from a wrong one. */
export const ZOD_OPTIONS = { reportInput: true } as const;

type Found = Pick<Problem, 'key' | 'values'>;

/** What one zod issue says is wrong. */
function issueProblem(issue: z.core.$ZodIssue): Found {
  if (CUSTOM_KEYS.has(issue.message)) {
    const key = issue.message as ProblemKey;
    const values = CUSTOM_VALUES[key];
    return values ? { key, values } : { key };
  }
  switch (issue.code) {
    case 'invalid_type': {
      const noun = NOUNS[issue.expected];
      if (!noun) return { key: 'problem.invalid' };
      return { key: issue.input === undefined ? 'problem.missing' : 'problem.expected', values: { expected: { key: noun } } };
    }
    case 'invalid_value':
      return { key: 'problem.oneOf', values: { values: { anyOf: issue.values.map((v) => JSON.stringify(v)) } } };
    case 'unrecognized_keys':
      return { key: issue.keys.length === 1 ? 'problem.unknownField' : 'problem.unknownFields', values: { fields: { allOf: issue.keys.map((k) => JSON.stringify(k)) } } };
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') return limit === 1 ? { key: 'problem.empty' } : { key: 'problem.minCharacters', values: { limit } };
      if (issue.origin === 'array') return { key: 'problem.minItems', values: { limit } };
      return { key: issue.inclusive === false ? 'problem.above' : 'problem.min', values: { limit } };
    }
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'problem.maxCharacters', values: { limit } };
      if (issue.origin === 'array') return { key: 'problem.maxItems', values: { limit } };
      return { key: 'problem.max', values: { limit } };
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      return inner ? issueProblem(inner) : { key: 'problem.invalid' };
    }
    default:
      return { key: 'problem.invalid' };
  }
}

/** The first issue of a failed parse, where it is, and how many more there are. */
export function zodProblem(error: z.core.$ZodError): Problem {
  const [first, ...rest] = error.issues;
  if (!first) return { key: 'problem.invalid' };
  const where = formatPath(first.path);
  return { ...issueProblem(first), ...(where ? { where } : {}), ...(rest.length > 0 ? { more: rest.length } : {}) };
}
