/**
 * Registers the service worker of the page's language once the page has loaded. All the rest (the
 * update prompt) loads only then, from its own chunk: a page pays a few hundred bytes for this.
 * Never on LMS package pages (`<html data-lms>`; the layout leaves this script out of them too).
 */
if ('serviceWorker' in navigator && !document.documentElement.hasAttribute('data-lms') && document.querySelector('[data-sw-url]')) {
  addEventListener('load', () => void import('./sw-client'), { once: true });
}
