import { withoutBase } from '../lib/base-url';

/** <not-found-page>: shows only the visitor's language, judged from the address they asked for. */
class NotFoundPage extends HTMLElement {
  connectedCallback(): void {
    const lang = /^\/en(\/|$)/.test(withoutBase(location.pathname)) ? 'en' : 'fr';
    for (const section of this.querySelectorAll<HTMLElement>('[data-lang]')) {
      section.hidden = section.dataset.lang !== lang;
    }
    const shown = this.querySelector<HTMLElement>(`[data-lang="${lang}"]`);
    if (shown) {
      document.documentElement.lang = shown.lang;
      document.title = shown.querySelector('h1')?.textContent ?? document.title;
    }
  }
}

customElements.define('not-found-page', NotFoundPage);
