/**
 * <presenter-deck>: shows one screen at a time. Arrows, Page Up/Down, Space, Home/End and swipes move;
 * Escape goes back to the lesson; the screen is kept in the address (#slide-3) and announced to the notes window.
 */
import { readMessages, pageLocale } from './messages';
import { openChannel, readPresenterMessage, runClock } from './presenter-channel';

type Key = 'present.position' | 'present.fullscreen' | 'present.exitFullscreen';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
const SWIPE_PX = 50;

class PresenterDeck extends HTMLElement {
  private slides: HTMLElement[] = [];
  private index = 0;
  private channel: BroadcastChannel | null = null;
  private t = readMessages<Key>('presenter');

  connectedCallback() {
    this.slides = [...this.querySelectorAll<HTMLElement>('.present-slide')];
    if (this.slides.length === 0) return;
    this.dataset.enhanced = '';
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-present-prev], [data-present-next], [data-present-clock-wrap]')) hidden.hidden = false;
    this.querySelector('[data-present-prev]')?.addEventListener('click', () => this.go(this.index - 1));
    this.querySelector('[data-present-next]')?.addEventListener('click', () => this.go(this.index + 1));
    this.setUpFullscreen();
    this.setUpSwipe();
    document.addEventListener('keydown', this.onKey);
    runClock(this.querySelector('[data-present-clock]'), pageLocale());

    this.channel = openChannel(this.dataset.channel);
    this.channel?.addEventListener('message', (event) => {
      const message = readPresenterMessage(event.data);
      if (message?.type === 'hello') this.announce();
      else if (message?.type === 'go') this.go(message.index);
    });
    const fromHash = /^#slide-(\d+)$/.exec(location.hash);
    this.go(fromHash ? Number(fromHash[1]) - 1 : 0);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    this.channel?.close();
  }

  private go(target: number) {
    this.index = Math.min(Math.max(0, target), this.slides.length - 1);
    this.slides.forEach((slide, i) => slide.toggleAttribute('data-current', i === this.index));
    const position = this.querySelector('[data-present-position]');
    if (position) position.textContent = this.t('present.position', { current: this.index + 1, total: this.slides.length });
    history.replaceState(history.state, '', `#slide-${this.index + 1}`);
    this.announce();
  }

  private announce() {
    this.channel?.postMessage({ type: 'slide', index: this.index, total: this.slides.length });
  }

  private onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    // Space and Enter keep their meaning on buttons and links.
    if (event.key === ' ' && target?.closest('button, a')) return;
    let next: number | null = null;
    if (NEXT.has(event.key)) next = this.index + 1;
    else if (PREVIOUS.has(event.key)) next = this.index - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = this.slides.length - 1;
    else if (event.key === 'Escape' && !document.fullscreenElement) {
      location.assign(this.dataset.lessonUrl ?? '/');
      return;
    }
    if (next === null) return;
    event.preventDefault();
    this.go(next);
  };

  private setUpFullscreen() {
    const button = this.querySelector<HTMLButtonElement>('[data-present-fullscreen]');
    if (!button || !document.fullscreenEnabled) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void this.requestFullscreen().catch(() => undefined);
    });
    document.addEventListener('fullscreenchange', () => {
      const on = document.fullscreenElement === this;
      button.setAttribute('aria-pressed', String(on));
      button.textContent = this.t(on ? 'present.exitFullscreen' : 'present.fullscreen');
    });
  }

  private setUpSwipe() {
    const area = this.querySelector<HTMLElement>('.present-slides');
    if (!area) return;
    let start: { x: number; y: number } | null = null;
    area.addEventListener('pointerdown', (e) => {
      if (e.pointerType !== 'mouse') start = { x: e.clientX, y: e.clientY };
    });
    area.addEventListener('pointercancel', () => (start = null));
    area.addEventListener('pointerup', (e) => {
      if (!start) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      start = null;
      if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(dy)) this.go(this.index + (dx < 0 ? 1 : -1));
    });
  }
}

if (!customElements.get('presenter-deck')) customElements.define('presenter-deck', PresenterDeck);
