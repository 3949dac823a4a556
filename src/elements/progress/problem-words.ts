/** Refused progress data worded in the page's language, from the messages of <ProblemMessages>. */
import { PROBLEM_MESSAGES, problemText, type Problem, type ProblemKey } from '../../lib/progress/problem';
import { MissingMarkupError } from '../markup';
import { pageLocale, readMessages } from '../messages';

const block = () => document.querySelector(`script[type="application/json"][data-messages="${PROBLEM_MESSAGES}"]`);

/** The wording, or null on a page that does not carry the problem messages (to stay light). */
export function problemWords(): ((problem: Problem) => string) | null {
  if (!block()) return null;
  const t = readMessages<ProblemKey>(PROBLEM_MESSAGES);
  const locale = pageLocale();
  return (problem) => problemText(problem, t, locale);
}

/** The wording for an element whose page must render <ProblemMessages> (the progress page, the cohort dashboard). */
export function requireProblemWords(element: string): (problem: Problem) => string {
  const words = problemWords();
  if (!words) throw new MissingMarkupError(`<${element}>: the page has no <ProblemMessages> (data-messages="${PROBLEM_MESSAGES}") block`);
  return words;
}
