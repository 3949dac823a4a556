/**
 * How calculators write figures, the same at build time and in the browser (so the worked example
 * rendered in the HTML reads exactly as the script would write it): Intl with the page's locale,
 * `1 234,56 €` in French, `€1,234.56` in English.
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

// −0 would print as "-0 €".
const clean = (value: number) => value + 0;

/** Money with cents (`fractionDigits` 2) or in whole units (0). */
export const formatMoney = (value: number, locale: string, currency: Currency, fractionDigits = 2): string =>
  formatter(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(clean(value));

/** A percentage given in percent (12.5 → « 12,5 % »). */
export const formatPercent = (percent: number, locale: string, fractionDigits = 1): string =>
  formatter(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(
    clean(percent) / 100,
  );

export const formatNumber = (value: number, locale: string, maximumFractionDigits = 2): string =>
  formatter(locale, { maximumFractionDigits }).format(clean(value));

/** A number for an input field: no grouping, so what is shown can be typed back. */
export const formatInput = (value: number, locale: string): string =>
  formatter(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(clean(value));
