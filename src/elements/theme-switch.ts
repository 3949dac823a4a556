/**
 * <theme-switch>: lets the reader override the system theme. The server renders the buttons hidden
 * (they need JavaScript); the choice is stored locally and applied before paint by early-init.js.
 */
const KEY = 'board-academy:theme';
type Choice = 'system' | 'light' | 'dark';

const isChoice = (v: string | null | undefined): v is Choice => v === 'system' || v === 'light' || v === 'dark';

function storedChoice(): Choice {
  try {
    const value = localStorage.getItem(KEY);
    return isChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: Choice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Storage disabled: the choice still applies to this page.
  }
}

class ThemeSwitch extends HTMLElement {
  connectedCallback(): void {
    this.render(storedChoice());
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-theme-choice]');
      const choice = button?.dataset.themeChoice;
      if (!isChoice(choice)) return;
      apply(choice);
      this.render(choice);
    });
    this.hidden = false;
  }

  private render(choice: Choice): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-theme-choice]')) {
      button.setAttribute('aria-pressed', String(button.dataset.themeChoice === choice));
    }
  }
}

customElements.define('theme-switch', ThemeSwitch);
