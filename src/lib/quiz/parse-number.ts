/**
 * Reading a number typed by a learner, in the page's language: the same rules as the
 * calculators (finance/locale-number.ts), with the reason dropped since a quiz only needs
 * "a number or not". Never NaN.
 */
import { parseLocaleNumber as parseWithReason, type NumberLocale } from '../finance/locale-number';

export type { NumberLocale };

/** The number in `input` read the `locale` way, or null when it is not a well-formed number. */
export function parseLocaleNumber(input: string, locale: NumberLocale): number | null {
  const result = parseWithReason(input, locale);
  // `+ 0` turns "-0" into 0.
  return result.ok ? result.value + 0 : null;
}
