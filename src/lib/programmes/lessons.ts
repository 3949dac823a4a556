/** The lessons a programme's sessions teach, in agenda order, each once (a lesson taken up again later is listed at its first session). */
export const programmeLessons = (sessions: readonly { lessons: readonly string[] }[]): string[] => [...new Set(sessions.flatMap((s) => s.lessons))];
