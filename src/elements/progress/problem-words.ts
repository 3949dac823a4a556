/** Refused progress data worded in the page's language, from the messages of <ProblemMessages>. */
import { problemText, type PROBLEM_MESSAGES, type Problem, type ProblemKey } from '../../lib/progress/problem';
import { pageLocale, readMessages } from '../messages';

/** The wording, or null on a page that does not carry the problem messages (to stay light). */
export function problemWords(): ((problem: Problem) => string) | null {
  // The block's name, checked against <ProblemMessages>'s at no cost to the pages that load this.
  const name = 'problems' satisfies typeof PROBLEM_MESSAGES;
  if (!document.querySelector(`script[type="application/json"][data-messages="${name}"]`)) return null;
  const t = readMessages<ProblemKey>(name);
  const locale = pageLocale();
  return (problem) => problemText(problem, t, locale);
}
