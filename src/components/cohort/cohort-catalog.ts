/** The catalogue the cohort page hands over (lesson and quiz titles, question prompts), read defensively. */
import * as z from 'zod/mini';

const item = z.object({ id: z.string(), title: z.string() });
const catalogSchema = z.object({
  lessons: z.array(item),
  quizzes: z.array(z.object({ id: z.string(), title: z.string(), questions: z.array(z.object({ id: z.string(), prompt: z.string() })) })),
});
export type CohortCatalog = z.infer<typeof catalogSchema>;

export function readCatalog(json: string): CohortCatalog {
  try {
    const parsed = catalogSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // Falls through: the dashboard still works, naming lessons and quizzes by id.
  }
  return { lessons: [], quizzes: [] };
}
