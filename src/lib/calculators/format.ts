/**
 * How calculators write figures, the same at build time and in the browser (so the worked example
 * rendered in the HTML reads exactly as the script would write it): Intl with the page's locale,
 * `1 234,56 €` in French, `€1,234.56` in English. Figures read as in a financial brief: a negative
 * value carries a true minus sign (U+2212, `−1 234 €`: as wide as a digit's plus, and read "minus" by
 * screen readers, where Intl's hyphen is short and sometimes read "dash"); a value that rounds to
 * zero is written without a sign.
 */
import type { Currency } from './currency';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

const MINUS = '\u2212';

// −0 would print as "-0 €".
const clean = (value: number) => value + 0;

/** Formats with a true minus; `signDisplay: 'negative'` also keeps −0.3 rounded to "0 €" from reading "-0 €". */
function signed(locale: string, options: Intl.NumberFormatOptions, value: number): string {
  return formatter(locale, { ...options, signDisplay: 'negative' })
    .formatToParts(value)
    .map((part) => (part.type === 'minusSign' ? MINUS : part.value))
    .join('');
}

/** Whether a figure written here shows a minus: a loss of 0.30 € rounds to "0 €", which is no loss to a reader. */
export const showsMinus = (text: string): boolean => text.includes(MINUS);

/** Money with cents (`fractionDigits` 2) or in whole units (0). */
export const formatMoney = (value: number, locale: string, currency: Currency, fractionDigits = 2): string =>
  signed(locale, { style: 'currency', currency, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }, value);

/** A percentage given in percent (12.5 → « 12,5 % »). */
export const formatPercent = (percent: number, locale: string, fractionDigits = 1): string =>
  signed(locale, { style: 'percent', maximumFractionDigits: fractionDigits }, percent / 100);

export const formatNumber = (value: number, locale: string, maximumFractionDigits = 2): string =>
  signed(locale, { maximumFractionDigits }, value);

/** A number for an input field: no grouping and a plain hyphen-minus, so what is shown can be typed back on any keyboard. */
export const formatInput = (value: number, locale: string): string =>
  formatter(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(clean(value));
