/** <lesson-progress data-slug>: records the visit as "started" and offers "Mark as done". */
import { getEntry } from '../../lib/progress/safe-dict';
import { pageLocale, readMessages } from '../messages';
import { whenIdle } from './load';

type Key = 'lesson.progress.started' | 'lesson.progress.done' | 'lesson.progress.markDone' | 'lesson.progress.isDone';

class LessonProgress extends HTMLElement {
  connectedCallback(): void {
    const slug = this.dataset.slug;
    const button = this.querySelector<HTMLButtonElement>('[data-done]');
    const status = this.querySelector('[data-status]');
    if (!slug || !button || !status) return;
    const t = readMessages<Key>('lesson-progress');
    const date = new Intl.DateTimeFormat(pageLocale(), { dateStyle: 'long' });
    void whenIdle().then(({ progressStore, markDone, markStarted }) => {
      const store = progressStore();
      store.update((state, now) => markStarted(state, slug, now));
      store.subscribe((state) => {
        const lesson = getEntry(state.lessons, slug);
        const done = lesson?.status === 'done';
        button.setAttribute('aria-pressed', String(done));
        button.textContent = t(done ? 'lesson.progress.isDone' : 'lesson.progress.markDone');
        status.textContent = lesson?.completedAt
          ? t('lesson.progress.done', { date: date.format(new Date(lesson.completedAt)) })
          : lesson
            ? t('lesson.progress.started', { date: date.format(new Date(lesson.startedAt)) })
            : '';
      });
      button.addEventListener('click', () => store.update((state, now) => markDone(state, slug, now)));
      this.dataset.ready = '';
    });
  }
}

customElements.define('lesson-progress', LessonProgress);
