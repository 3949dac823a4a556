/**
 * Numbers typed by a learner, in French ("1 234,56") or English ("1,234.56") notation.
 *
 * French groups digits with a space, a no-break space (U+00A0) or a narrow no-break space
 * (U+202F, what Intl.NumberFormat('fr') writes) and uses a decimal comma; a decimal point is
 * also accepted, since many people type one. English groups with commas and uses a point.
 * Groups must be well formed (three digits each): "1,5" in English is rejected rather than
 * guessed to be 15 or 1.5. Signs: '+', '-' and the minus sign U+2212.
 */
import { defined, notDefined, type Outcome } from './outcome';

export type NumberLocale = 'fr' | 'en';
export type LocaleNumberOutcome = Outcome<number, 'empty' | 'malformed' | 'out-of-range'>;

// sign, integer part (grouped or not, possibly empty as in ",5"), optional fraction.
const PATTERNS: Record<NumberLocale, RegExp> = {
  fr: /^([-+\u2212]?)(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d*)(?:[,.](\d+))?$/u,
  en: /^([-+\u2212]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?$/u,
};

export function parseLocaleNumber(text: string, locale: NumberLocale): LocaleNumberOutcome {
  const trimmed = text.trim();
  if (trimmed === '') return notDefined('empty');
  const match = PATTERNS[locale].exec(trimmed);
  if (!match) return notDefined('malformed');
  const [, sign = '', integerPart = '', fraction] = match;
  if (integerPart === '' && fraction === undefined) return notDefined('malformed');
  const digits = integerPart.replace(/\D/g, '') || '0';
  const value = Number(`${sign === '' || sign === '+' ? '' : '-'}${digits}.${fraction ?? '0'}`);
  // A few hundred digits overflow to Infinity.
  return Number.isFinite(value) ? defined(value) : notDefined('out-of-range');
}
