/** Turns quiz validation issues into lines an author can act on: "question 3 (q-roi): single-choice question has no correct option". */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** One readable line per issue, locating question problems by 1-based number and id (read from the raw input). */
export function quizErrorLines(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const where = location(issue.path, input);
    const what = describe(issue);
    return where ? `${where}: ${what}` : what;
  });
}

function describe(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => `unknown field "${k}"`).join(', ');
  return issue.message;
}

function location(path: readonly PropertyKey[], input: unknown): string {
  const [head, index, part, partIndex] = path;
  if (head !== 'questions' || typeof index !== 'number') return '';
  const id = questionId(input, index);
  const question = id === undefined ? `question ${index + 1}` : `question ${index + 1} (${id})`;
  if ((part === 'options' || part === 'items') && typeof partIndex === 'number') {
    return `${question}, ${part === 'options' ? 'option' : 'item'} ${partIndex + 1}`;
  }
  return question;
}

function questionId(input: unknown, index: number): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const questions: unknown = (input as { questions?: unknown }).questions;
  if (!Array.isArray(questions)) return undefined;
  const question: unknown = questions[index];
  if (typeof question !== 'object' || question === null) return undefined;
  const id: unknown = (question as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
