/** <programme-print><button hidden>…</button></programme-print>: a print button, shown only when scripts run. */
class ProgrammePrint extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

if (!customElements.get('programme-print')) customElements.define('programme-print', ProgrammePrint);
