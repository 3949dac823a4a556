/** Problems worded as the English and French pages word them. */
import { translator } from '../../../src/lib/i18n';
import { problemText, type Problem } from '../../../src/lib/progress/problem';

export const inEnglish = (problem: Problem) => problemText(problem, translator('en'), 'en-GB');
export const inFrench = (problem: Problem) => problemText(problem, translator('fr'), 'fr-FR');
