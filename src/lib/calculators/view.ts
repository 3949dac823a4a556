/**
 * What a calculator shows, computed the same way at build time (worked example in the HTML) and
 * in the browser: each headline figure with its raw value and its text in the page's language.
 */
import type calculatorsFr from '../i18n/fr/calculators.json';

export type CalcKey = keyof typeof calculatorsFr;
/** A translator: `translator(lang)` on the server, `readMessages(name)` in the browser. */
export type CalcTranslate = (key: CalcKey, vars?: Readonly<Record<string, string | number>>) => string;
/** A translator that knows only the keys `K`: a view typed with it can write no string its page did not hand over. */
export type KeysTranslate<K extends CalcKey> = (key: K, vars?: Readonly<Record<string, string | number>>) => string;

/**
 * What a calculator's Astro component and its element agree on: the name of the <ClientMessages>
 * block and the keys in it. Both sides import the one constant.
 */
export interface CalculatorMessages<K extends CalcKey> {
  readonly name: string;
  readonly keys: readonly K[];
}

export interface ResultView {
  /** The data-result name. */
  readonly name: string;
  /** Raw, unrounded; null when the figure is not defined (then `text` says why). */
  readonly value: number | null;
  readonly text: string;
}

/**
 * Figures whose negative value is a loss (a net present value, a return, a margin, a saving): beside
 * the minus sign, ResultFigure names it in words for screen readers. Others (a lift, a count) are not.
 */
export const negativeIsLoss = (name: string): boolean => /(^|-)(npv|roi|margin|savings)(-|$)/.test(name);
