/**
 * <presenter-notes>: the trainer's notes window. Shows the notes of the slide the deck shows (told over a
 * BroadcastChannel), can move the deck, and keeps a clock and the time elapsed since it opened.
 */
import { pageLocale, readMessages } from './messages';
import { openChannel, readPresenterMessage, runClock } from './presenter-channel';

type Key = 'notes.synced' | 'notes.waiting';

class PresenterNotes extends HTMLElement {
  private index = 0;

  connectedCallback() {
    const items = [...this.querySelectorAll<HTMLElement>('[data-notes-index]')];
    const channel = openChannel(this.dataset.channel);
    if (items.length === 0 || !channel) return;
    const t = readMessages<Key>('presenter-notes');
    const status = this.querySelector('[data-notes-status]');
    const controls = this.querySelector<HTMLElement>('[data-notes-controls]');
    if (controls) controls.hidden = false;
    this.dataset.enhanced = '';

    const show = (index: number) => {
      this.index = Math.min(Math.max(0, index), items.length - 1);
      items.forEach((item, i) => item.toggleAttribute('data-current', i === this.index));
    };
    show(0);
    channel.addEventListener('message', (event) => {
      const message = readPresenterMessage(event.data);
      if (message?.type !== 'slide') return;
      show(message.index);
      if (status) status.textContent = t('notes.synced');
    });
    this.querySelector('[data-notes-prev]')?.addEventListener('click', () => channel.postMessage({ type: 'go', index: Math.max(0, this.index - 1) }));
    this.querySelector('[data-notes-next]')?.addEventListener('click', () => channel.postMessage({ type: 'go', index: this.index + 1 }));
    this.querySelector('[data-notes-print]')?.addEventListener('click', () => window.print());
    channel.postMessage({ type: 'hello' });

    runClock(this.querySelector('[data-present-clock]'), pageLocale());
    const elapsed = this.querySelector<HTMLTimeElement>('[data-notes-elapsed]');
    const opened = Date.now();
    setInterval(() => {
      if (!elapsed) return;
      const seconds = Math.floor((Date.now() - opened) / 1000);
      elapsed.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
      elapsed.dateTime = `PT${seconds}S`;
    }, 1000);
  }
}

if (!customElements.get('presenter-notes')) customElements.define('presenter-notes', PresenterNotes);
