/** <track-progress>: fills a track's progress bar from the learner's progress and links the certificate once complete. */
import { trackCompletion } from '../../lib/progress/track';
import { readMessages } from '../messages';
import { whenIdle } from './load';

class TrackProgress extends HTMLElement {
  connectedCallback(): void {
    const lessons = (this.dataset.lessons ?? '').split(' ').filter(Boolean);
    const quizzes = (this.dataset.quizzes ?? '').split(' ').filter(Boolean);
    const bar = this.querySelector('progress');
    const label = this.querySelector('[data-label]');
    const certificate = this.querySelector<HTMLElement>('[data-certificate]');
    if (!bar || !label || !certificate) return;
    const t = readMessages<'track.progress.label'>('track-progress');
    void whenIdle().then(({ progressStore }) =>
      progressStore().subscribe((state) => {
        const { done, total, complete } = trackCompletion(lessons, quizzes, state);
        bar.value = done;
        bar.max = total;
        label.textContent = t('track.progress.label', { done, total });
        certificate.hidden = !complete;
        this.dataset.ready = '';
      }),
    );
  }
}

customElements.define('track-progress', TrackProgress);
