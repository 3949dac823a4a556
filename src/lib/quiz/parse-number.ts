/**
 * Reading a number typed by a learner, in the page's language.
 * - fr: decimal comma ("32,5"); thousands grouped by a space, no-break space (U+00A0) or
 *   narrow no-break space (U+202F) ("1 234,5"); a decimal point is also accepted ("32.5").
 * - en: decimal point ("32.5"); thousands grouped by commas ("1,234.5").
 * Groups must be of three digits, so an English "32,5" is refused instead of being read as 325.
 * A leading + or − (hyphen or U+2212) is allowed. Anything else gives null, never NaN.
 */
export type NumberLocale = 'fr' | 'en';

const PATTERNS: Record<NumberLocale, { pattern: RegExp; group: RegExp; decimal: RegExp }> = {
  fr: {
    pattern: /^[+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)?(?:[,.]\d+)?$/,
    group: /[ \u00a0\u202f]/g,
    decimal: /,/,
  },
  en: {
    pattern: /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/,
    group: /,/g,
    decimal: /\./,
  },
};

/** The number in `input` read the `locale` way, or null when it is not a well-formed number. */
export function parseLocaleNumber(input: string, locale: NumberLocale): number | null {
  const { pattern, group, decimal } = PATTERNS[locale];
  const text = input.trim().replace(/\u2212/g, '-');
  if (!/\d/.test(text) || !pattern.test(text)) return null;
  const value = Number(text.replace(group, '').replace(decimal, '.'));
  // `+ 0` turns "-0" into 0.
  return Number.isFinite(value) ? value + 0 : null;
}
