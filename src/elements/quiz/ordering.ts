/** Ordering questions: move an item up or down with its buttons, announced in the quiz's live region. */
import type { Translate } from '../messages';
import type { QuizKey, QuizSelector } from '../../lib/quiz/player-contract';

export function enableOrdering(root: HTMLElement, t: Translate<QuizKey>, announce: (text: string) => void): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>(`${'[data-move-up]' satisfies QuizSelector}, ${'[data-move-down]' satisfies QuizSelector}`);
    const item = button?.closest<HTMLLIElement>('[data-item-id]' satisfies QuizSelector);
    const list = item?.parentElement;
    if (!button || !item || !list) return;
    const up = button.matches('[data-move-up]' satisfies QuizSelector);
    const sibling = up ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling) return;
    if (up) sibling.before(item);
    else sibling.after(item);
    button.focus();
    const items = [...list.children];
    const text = item.querySelector('[data-item-text]' satisfies QuizSelector)?.textContent ?? '';
    announce(t('quiz.moved', { item: text, position: items.indexOf(item) + 1, total: items.length }));
  });
}

/** Puts the items of an ordering list in the given order of ids (used when a retry reshuffles). */
export function reorder(list: Element, ids: readonly string[], selector: (id: string) => string): void {
  for (const id of ids) {
    const node = list.querySelector(selector(id));
    if (node) list.append(node);
  }
}
