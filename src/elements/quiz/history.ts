/** The table of a quiz's past attempts, newest first. */
import type { QuizAttempt } from '../../lib/progress';
import { formatDuration } from '../../lib/quiz/duration';
import type { Translate } from '../messages';
import type { QuizKey, QuizSelector } from '../../lib/quiz/player-contract';

export function renderHistory(section: HTMLElement, attempts: readonly QuizAttempt[], t: Translate<QuizKey>, locale: string): void {
  section.hidden = attempts.length === 0;
  if (attempts.length === 0) return;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const best = Math.max(...attempts.map((a) => a.percent));
  const countKey = new Intl.PluralRules(locale).select(attempts.length) === 'one' ? 'quiz.history.count.one' : 'quiz.history.count.other';
  const summary = section.querySelector('[data-history-summary]' satisfies QuizSelector);
  if (summary) summary.textContent = t(countKey, { count: attempts.length, best: percent.format(best / 100) });
  const rows = [...attempts].reverse().map((a) => {
    const row = document.createElement('tr');
    const cells = [
      when.format(new Date(a.at)),
      `${number.format(a.score)} / ${number.format(a.max)} (${percent.format(a.percent / 100)})`,
      t(a.passed ? 'quiz.history.passed' : 'quiz.history.failed'),
      formatDuration(a.durationMs),
    ];
    row.append(
      ...cells.map((text) => {
        const cell = document.createElement('td');
        cell.textContent = text;
        return cell;
      }),
    );
    return row;
  });
  section.querySelector('[data-history-rows]' satisfies QuizSelector)?.replaceChildren(...rows);
}
