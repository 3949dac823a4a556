/** What programme pages need besides the programme: lesson and quiz titles in the page's language, and a duration label. */
import type { Lang } from '../lib/content/translations';
import { translator } from '../lib/i18n';
import { durationParts } from '../lib/programmes/agenda';

export { viewTitle } from '../lib/programmes/titles';
import { lessonsIn, quizzesIn } from './catalog';

export async function programmeLinks(lang: Lang) {
  const [lessons, quizzes] = await Promise.all([lessonsIn(lang), quizzesIn(lang)]);
  return {
    lessons: new Map(lessons.map((l) => [l.slug, l] as const)),
    quizzes: new Map([...quizzes].map(([id, q]) => [id, q.entry.data.title] as const)),
  };
}
export type ProgrammeLinks = Awaited<ReturnType<typeof programmeLinks>>;

/** "1 h 30", "4 h" or "45 min". */
export function durationLabel(lang: Lang, total: number): string {
  const t = translator(lang);
  const { hours, minutes } = durationParts(total);
  if (hours === 0) return t('programme.minutes', { minutes });
  if (minutes === 0) return t('programme.hoursOnly', { hours });
  return t('programme.hours', { hours, minutes: String(minutes).padStart(2, '0') });
}

