/** Refused progress data worded in the page's language, from the messages of <ProblemMessages>. */
import { problemText, type Problem, type ProblemKey } from '../../lib/progress/problem';
import { pageLocale, readMessages } from '../messages';

/** The wording, or null on a page that does not carry the problem messages (to stay light). */
export function problemWords(): ((problem: Problem) => string) | null {
  if (!document.querySelector('script[type="application/json"][data-messages="problems"]')) return null;
  const t = readMessages<ProblemKey>('problems');
  const locale = pageLocale();
  return (problem) => problemText(problem, t, locale);
}
