/**
 * Loads an element's code only when one of its tags comes near the viewport or gets focus, so an
 * interactive block at the bottom of a lesson costs nothing until the reader gets there (on a page
 * where it is in view, it loads at once).
 */
export function loadWhenNear(tag: string, load: () => Promise<unknown>): void {
  const elements = document.querySelectorAll(tag);
  if (elements.length === 0) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    void load();
  };
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '600px 0px' });
  elements.forEach((element) => {
    observer.observe(element);
    element.addEventListener('focusin', start, { once: true });
  });
}
