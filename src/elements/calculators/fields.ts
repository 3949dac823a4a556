/**
 * Browser side shared by the calculators: reading locale-formatted number fields with inline
 * validation, writing results into their data-result elements, the share link and announcements.
 */
import { fieldValue, type FieldTranslate } from '../../lib/calculators/field-value';
import { showsMinus } from '../../lib/calculators/format';
import type { NumberBounds, QueryProblem } from '../../lib/calculators/scalar-query';
import type { ResultView } from '../../lib/calculators/view';
import { pageLocale } from '../messages';

/** Marks a field invalid (aria-invalid and its message, tied by aria-describedby) or clears it. */
export function setFieldError(input: HTMLInputElement, message: string): void {
  // Most fields are valid on most keystrokes: touch the DOM only when something changes.
  if (!message && !input.hasAttribute('aria-invalid')) return;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  const box = input.dataset.messageId ? document.getElementById(input.dataset.messageId) : null;
  if (box) {
    box.textContent = message;
    box.hidden = message === '';
  }
}

/** The field's number, or null after showing why it is not acceptable. */
export function readNumberField(input: HTMLInputElement, spec: NumberBounds, t: FieldTranslate): number | null {
  const read = fieldValue(input.value, spec, pageLocale(), t);
  setFieldError(input, read.ok ? '' : read.message);
  return read.ok ? read.value : null;
}

export function showResults(root: Element, results: readonly ResultView[]): void {
  const byName = new Map(results.map((result) => [result.name, result]));
  for (const element of root.querySelectorAll<HTMLElement>('[data-result]')) {
    const result = byName.get(element.dataset.result ?? '');
    if (!result) continue;
    element.dataset.value = result.value === null ? '' : String(result.value);
    element.toggleAttribute('data-negative', showsMinus(result.text));
    element.textContent = result.text;
  }
}

/** Fills the elements marked data-text="<name>" (step values, assumptions in the print summary). */
export function showTexts(root: Element, texts: Readonly<Record<string, string>>): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = texts[element.dataset.text ?? ''];
    if (text !== undefined) element.textContent = text;
  }
}

/** Lists the share-link parameters that were rejected, above the form. */
export function showProblems(root: Element, lines: readonly string[], t: (key: 'calc.problems') => string): void {
  const box = root.querySelector<HTMLElement>('[data-problems]');
  if (!box) return;
  box.replaceChildren();
  box.hidden = lines.length === 0;
  if (lines.length === 0) return;
  const intro = document.createElement('p');
  intro.className = 'font-semibold';
  intro.textContent = t('calc.problems');
  const list = document.createElement('ul');
  list.className = 'list-disc pl-6';
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  box.append(intro, list);
}

export const problemLine = (problem: QueryProblem, t: (key: 'calc.problem', vars: Readonly<Record<string, string>>) => string): string =>
  t('calc.problem', { field: problem.field, received: problem.received });

/**
 * Keeps the share link current: the page address itself on a calculator's own page
 * (history.replaceState, so Back still leaves the page), the "open in the full calculator" link elsewhere.
 */
const publishTimers = new WeakMap<Element, number>();

export function publishState(root: HTMLElement, params: URLSearchParams, { now = false } = {}): void {
  // Browsers throttle history.replaceState (and it costs milliseconds): write once typing pauses.
  window.clearTimeout(publishTimers.get(root));
  if (now) return writeState(root, params.toString());
  publishTimers.set(
    root,
    window.setTimeout(() => writeState(root, params.toString()), 150),
  );
}

function writeState(root: HTMLElement, query: string): void {
  if (root.hasAttribute('data-sync-url')) {
    history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
    // The language switch keeps the figures: same assumptions, other language's formatting.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('header a[hreflang]')) {
      link.dataset.path ??= link.pathname;
      link.href = `${link.dataset.path}?${query}`;
    }
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-share]')) {
    link.href = `${link.dataset.share ?? ''}?${query}`;
  }
}

/** The state a calculator starts from: the page address on its own page, its preset elsewhere. */
/** Whether the state must be written back on load: a share link was opened (normalise it, carry it across languages) or corrected. */
export const publishOnLoad = (root: HTMLElement, problems: number): boolean =>
  problems > 0 || (root.hasAttribute('data-sync-url') && location.search !== '');

export const initialQuery = (root: HTMLElement): URLSearchParams =>
  new URLSearchParams(root.hasAttribute('data-sync-url') ? location.search : (root.dataset.query ?? ''));

const timers = new WeakMap<Element, number>();

/** Polite announcement of the new results, once typing pauses (a screen reader should not read every keystroke). */
export function announce(root: Element, text: string): void {
  const region = root.querySelector('[data-announce]');
  if (!region) return;
  window.clearTimeout(timers.get(region));
  timers.set(
    region,
    window.setTimeout(() => {
      region.textContent = text;
    }, 600),
  );
}

/** Print button and today's date in the print summary. */
export function wirePrint(root: Element): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  const date = new Intl.DateTimeFormat(pageLocale(), { dateStyle: 'long' }).format(new Date());
  for (const element of root.querySelectorAll<HTMLElement>('[data-print-date]')) {
    element.textContent = element.dataset.template?.replace('{date}', date) ?? date;
  }
}
