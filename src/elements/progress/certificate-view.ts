/**
 * <certificate-view>: the certificate of a completed track (name, date, best scores and a verification
 * code derived from them), or what remains to be done. Printed on A4 landscape (see global.css).
 */
import { certificateCode } from '../../lib/progress/certificate';
import { getEntry } from '../../lib/progress/safe-dict';
import { trackCompletion } from '../../lib/progress/track';
import { pageLocale, readMessages } from '../messages';
import { loadProgress } from './load';

type Key = 'certificate.incomplete.count' | 'certificate.completedOn' | 'certificate.noName' | 'certificate.notScored';

class CertificateView extends HTMLElement {
  connectedCallback(): void {
    const track = this.dataset.track ?? '';
    const lessons = (this.dataset.lessons ?? '').split(' ').filter(Boolean);
    const quizzes = (this.dataset.quizzes ?? '').split(' ').filter(Boolean);
    const t = readMessages<Key>('certificate');
    const locale = pageLocale();
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const $ = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    $('[data-print]').addEventListener('click', () => window.print());
    void loadProgress().then(({ progressStore }) =>
      progressStore().subscribe((state) => {
        const completion = trackCompletion(lessons, quizzes, state);
        $('[data-missing]').hidden = completion.complete;
        $('[data-certificate]').hidden = !completion.complete;
        $('[data-actions]').hidden = !completion.complete;
        if (!completion.complete || completion.completedAt === undefined) {
          $('[data-missing-text]').textContent = t('certificate.incomplete.count', { done: completion.done, total: completion.total });
          this.querySelectorAll<HTMLElement>('[data-lesson]').forEach(
            (li) => (li.hidden = getEntry(state.lessons, li.dataset.lesson ?? '')?.status === 'done'),
          );
          this.querySelectorAll<HTMLElement>('[data-quiz]').forEach(
            (li) => (li.hidden = completion.scores.find((s) => s.quizId === li.dataset.quiz)?.passed === true),
          );
          return;
        }
        const name = state.displayName;
        $('[data-name]').textContent = name === '' ? t('certificate.noName') : name;
        $('[data-name-link]').hidden = name !== '';
        const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(completion.completedAt));
        $('[data-date]').textContent = t('certificate.completedOn', { date });
        this.querySelectorAll<HTMLElement>('[data-score]').forEach((row) => {
          const best = completion.scores.find((s) => s.quizId === row.dataset.score)?.bestPercent ?? null;
          row.querySelector('[data-cell]')!.textContent = best === null ? t('certificate.notScored') : percent.format(best / 100);
        });
        $('[data-code]').textContent = certificateCode({ name, trackId: track, completedAt: completion.completedAt, scores: completion.scores });
      }),
    );
  }
}

customElements.define('certificate-view', CertificateView);
