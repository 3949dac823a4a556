/**
 * <presenter-deck>: shows one slide at a time. Arrows, Page Up/Down, Space, Home/End and swipes move;
 * B blacks the screen out, F toggles full screen, Escape goes back to the lesson. The slide is kept in the
 * address (#slide-3) so a reload returns to it, shown by a progress bar, and announced to the notes window.
 */
import { readMessages, pageLocale } from './messages';
import { openChannel, readPresenterMessage, runClock } from './presenter-channel';

type Key = 'present.position' | 'present.fullscreen' | 'present.exitFullscreen' | 'present.blackOn';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
const SWIPE_PX = 50;

/** The slide an address points at (#slide-3 → 2), or null. */
const slideInHash = (hash: string) => {
  const match = /^#slide-(\d+)$/.exec(hash);
  return match ? Number(match[1]) - 1 : null;
};

class PresenterDeck extends HTMLElement {
  private slides: HTMLElement[] = [];
  private index = 0;
  private channel: BroadcastChannel | null = null;
  private t = readMessages<Key>('presenter');
  private position: HTMLElement | null = null;
  private progress: HTMLProgressElement | null = null;

  connectedCallback() {
    this.slides = [...this.querySelectorAll<HTMLElement>('.slide')];
    if (this.slides.length === 0) return;
    this.dataset.enhanced = '';
    this.position = this.querySelector('[data-present-position]');
    this.progress = this.querySelector('.present-progress');
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-present-prev], [data-present-next], [data-present-black], [data-present-print], [data-present-clock-wrap], .present-progress')) {
      hidden.hidden = false;
    }
    this.querySelector('[data-present-prev]')?.addEventListener('click', () => this.go(this.index - 1));
    this.querySelector('[data-present-next]')?.addEventListener('click', () => this.go(this.index + 1));
    this.querySelector('[data-present-black]')?.addEventListener('click', () => this.toggleBlack());
    this.querySelector('[data-present-print]')?.addEventListener('click', () => window.print());
    this.setUpFullscreen();
    this.setUpSwipe();
    document.addEventListener('keydown', this.onKey);
    window.addEventListener('hashchange', this.onHash);
    runClock(this.querySelector('[data-present-clock]'), pageLocale());

    this.channel = openChannel(this.dataset.channel);
    this.channel?.addEventListener('message', (event) => {
      const message = readPresenterMessage(event.data);
      if (message?.type === 'hello') this.announce();
      else if (message?.type === 'go') this.go(message.index);
    });
    this.go(slideInHash(location.hash) ?? 0);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('hashchange', this.onHash);
    this.channel?.close();
  }

  private go(target: number) {
    this.index = Math.min(Math.max(0, target), this.slides.length - 1);
    this.slides.forEach((slide, i) => slide.toggleAttribute('data-current', i === this.index));
    const place = { current: this.index + 1, total: this.slides.length };
    if (this.position) this.position.textContent = this.t('present.position', place);
    if (this.progress) this.progress.value = place.current;
    if (slideInHash(location.hash) !== this.index) history.replaceState(history.state, '', `#slide-${place.current}`);
    this.announce();
  }

  private announce() {
    this.channel?.postMessage({ type: 'slide', index: this.index, total: this.slides.length });
  }

  private onHash = () => {
    const target = slideInHash(location.hash);
    if (target !== null && target !== this.index) this.go(target);
  };

  /** B: the room sees black (the slide stays where it was); B again, or any move, brings it back. */
  private toggleBlack(on = !this.hasAttribute('data-black')) {
    this.toggleAttribute('data-black', on);
    const screen = this.querySelector<HTMLElement>('[data-present-black-screen]');
    if (screen) screen.hidden = !on;
    this.querySelector('[data-present-black]')?.setAttribute('aria-pressed', String(on));
    if (this.position) this.position.textContent = on ? this.t('present.blackOn') : this.t('present.position', { current: this.index + 1, total: this.slides.length });
  }

  private onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    // Space and Enter keep their meaning on buttons, links and the shortcuts' disclosure.
    if (event.key === ' ' && target?.closest('button, a, summary')) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === 'b') {
      event.preventDefault();
      this.toggleBlack();
      return;
    }
    if (key === 'f') {
      event.preventDefault();
      this.toggleFullscreen();
      return;
    }
    let next: number | null = null;
    if (NEXT.has(key)) next = this.index + 1;
    else if (PREVIOUS.has(key)) next = this.index - 1;
    else if (key === 'Home') next = 0;
    else if (key === 'End') next = this.slides.length - 1;
    else if (key === 'Escape' && !document.fullscreenElement) {
      location.assign(this.dataset.lessonUrl ?? '/');
      return;
    }
    if (next === null) return;
    event.preventDefault();
    if (this.hasAttribute('data-black')) this.toggleBlack(false);
    this.go(next);
  };

  private toggleFullscreen() {
    if (!document.fullscreenEnabled) return;
    if (document.fullscreenElement) void document.exitFullscreen();
    else void this.requestFullscreen().catch(() => undefined);
  }

  private setUpFullscreen() {
    const button = this.querySelector<HTMLButtonElement>('[data-present-fullscreen]');
    if (!button || !document.fullscreenEnabled) return;
    button.hidden = false;
    button.addEventListener('click', () => this.toggleFullscreen());
    document.addEventListener('fullscreenchange', () => {
      const on = document.fullscreenElement === this;
      button.setAttribute('aria-pressed', String(on));
      button.textContent = this.t(on ? 'present.exitFullscreen' : 'present.fullscreen');
    });
  }

  private setUpSwipe() {
    const area = this.querySelector<HTMLElement>('.present-viewport');
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
