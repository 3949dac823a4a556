/**
 * Why progress data was refused (a stored value, an imported file, a learner's file in the cohort
 * dashboard). `problem.at` places a problem ("{where}: {text}"); `{expected}` takes a
 * `problem.noun.*`. See src/lib/progress/problem.ts; the texts are in ../<lang>/problems.json.
 */
import problems from '../fr/problems.json' with { type: 'json' };

export type ProblemKey = keyof typeof problems;

/** Every key, for the pages that hand these messages to their scripts. */
export const PROBLEM_KEYS = Object.keys(problems) as ProblemKey[];
