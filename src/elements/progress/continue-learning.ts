/** <continue-learning>: shows the lesson to pick up next (lib/progress nextLesson), once the learner has started one. */
import { nextLesson } from '../../lib/progress/next-lesson';
import { whenIdle } from './load';

class ContinueLearning extends HTMLElement {
  connectedCallback(): void {
    const list = this.querySelector<HTMLElement>('[data-lessons]');
    const target = this.querySelector('[data-next]');
    if (!list || !target) return;
    const items = [...list.querySelectorAll<HTMLElement>('[data-slug]')];
    const order = items.map((li) => li.dataset.slug ?? '');
    void whenIdle().then(({ progressStore }) =>
      progressStore().subscribe((state) => {
        const slug = nextLesson(order, state);
        const item = items.find((li) => li.dataset.slug === slug);
        this.hidden = !item;
        this.dataset.ready = '';
        if (!item) return;
        const link = item.querySelector('a')!.cloneNode(true) as HTMLAnchorElement;
        link.className = 'text-lg font-semibold';
        const track = document.createElement('span');
        track.className = 'block text-sm text-muted';
        track.textContent = item.querySelector('span')?.textContent ?? '';
        target.replaceChildren(link, track);
      }),
    );
    list.remove();
  }
}

customElements.define('continue-learning', ContinueLearning);
