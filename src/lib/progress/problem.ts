/**
 * Why a stored value or an imported file was refused, as data: a message key with its values,
 * where in the file, and how many more problems there are. Pages word it in their language with
 * `problemText`; the templates are in src/lib/i18n/<lang>/problems.json.
 */
import type { ProblemKey } from '../i18n/areas/problems';

export type { ProblemKey };

/** The name of the UI-strings block <ProblemMessages> renders and problemWords() reads. */
export const PROBLEM_MESSAGES = 'problems';

/**
 * A value of a problem's template: text, a number (formatted for the page's locale), another
 * message, or a list of alternatives ("a or b") or of items ("a and b") worded in the page's language.
 */
export type ProblemValue = string | number | { key: ProblemKey } | { anyOf: string[] } | { allOf: string[] };

export interface Problem {
  key: ProblemKey;
  values?: Readonly<Record<string, ProblemValue>>;
  /** Where in the data, e.g. `quizzes.roi-basics.attempts[2].score`; absent for the whole value. */
  where?: string;
  /** How many other problems the data has. */
  more?: number;
}

export type Translate = (key: ProblemKey, vars?: Readonly<Record<string, string | number>>) => string;

/** "quizzes.roi-basics.attempts[2].score: expected a number (and 1 more problem)", in the page's words. */
export function problemText(problem: Problem, t: Translate, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const word = (value: ProblemValue): string => {
    if (typeof value === 'number') return number.format(value);
    if (typeof value === 'string') return value;
    if ('key' in value) return t(value.key);
    if ('anyOf' in value) return new Intl.ListFormat(locale, { type: 'disjunction' }).format(value.anyOf);
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(value.allOf);
  };
  const values = Object.fromEntries(Object.entries(problem.values ?? {}).map(([name, value]) => [name, word(value)]));
  const text = t(problem.key, values);
  const placed = problem.where ? t('problem.at', { where: problem.where, text }) : text;
  const more = problem.more ?? 0;
  if (more === 0) return placed;
  const plural = new Intl.PluralRules(locale).select(more) === 'one' ? 'problem.more.one' : 'problem.more.other';
  return t(plural, { text: placed, count: number.format(more) });
}
