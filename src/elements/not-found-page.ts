import { withoutBase } from '../lib/base-url';

/**
 * <not-found-page>: shows only the visitor's language, judged from the address they asked for
 * (`/en/…`); the page's sections name their languages, the first (French) for any other address.
 */
class NotFoundPage extends HTMLElement {
  connectedCallback(): void {
    const prefix = /^\/([a-z]{2})(?:\/|$)/.exec(withoutBase(location.pathname))?.[1];
    const sections = [...this.querySelectorAll<HTMLElement>('[data-lang]')];
    const shown = sections.find((section) => section.dataset.lang === prefix) ?? sections[0];
    for (const section of sections) section.hidden = section !== shown;
    if (shown) {
      document.documentElement.lang = shown.lang;
      document.title = shown.querySelector('h1')?.textContent ?? document.title;
    }
  }
}

customElements.define('not-found-page', NotFoundPage);
