/**
 * <site-menu> around the header's <details> menu. The disclosure works without JavaScript; this adds
 * what a menu is expected to do: Escape closes it (focus back on its button), and so do a click
 * outside, focus moving on past it, and following one of its links (also when the page comes back
 * from the back/forward cache).
 */
class SiteMenu extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector('details');
    const summary = details?.querySelector('summary');
    if (!details || !summary) return;
    const close = () => {
      details.open = false;
    };
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !details.open) return;
      const inside = details.contains(document.activeElement);
      close();
      if (inside) summary.focus();
    });
    document.addEventListener('click', (event) => {
      if (details.open && !details.contains(event.target as Node)) close();
    });
    this.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (details.open && next && !details.contains(next)) close();
    });
    this.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a[href]')) close();
    });
    window.addEventListener('pageshow', close);
  }
}

customElements.define('site-menu', SiteMenu);
