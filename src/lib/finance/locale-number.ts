/**
 * Numbers typed by a learner, in the notation of the page's language: French "1 234,56", English
 * "1,234.56", or any other language's, as Intl writes it.
 *
 * Where a language groups digits with a space (French: the narrow no-break space U+202F that
 * Intl.NumberFormat('fr') writes), any of a space, U+00A0 or U+202F is read. A decimal point is
 * accepted besides a decimal comma unless the point groups digits (German "1.234,5"), since many
 * people type one. Groups must be well formed (three digits each): "1,5" in English is rejected
 * rather than guessed to be 15 or 1.5. Signs: '+', '-' and the minus sign U+2212.
 */
import { defined, notDefined, type Outcome } from './outcome';

/** A BCP 47 tag: `fr`, `fr-FR`, `en-GB`, `es-ES`. */
export type NumberLocale = string;
export type LocaleNumberOutcome = Outcome<number, 'empty' | 'malformed' | 'out-of-range'>;

const SPACES = ' \u00A0\u202F';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<NumberLocale, RegExp>();

/** Sign, integer part (grouped or not, possibly empty as in ",5"), optional fraction; from Intl's own notation. */
function pattern(locale: NumberLocale): RegExp {
  const cached = patterns.get(locale);
  if (cached) return cached;
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const groups = SPACES.includes(group) ? `[${SPACES}]` : escape(group);
  const decimals = decimal === '.' || group === '.' ? escape(decimal) : `[${escape(decimal)}.]`;
  const made = new RegExp(`^([-+\\u2212]?)(\\d{1,3}(?:${groups}\\d{3})+|\\d*)(?:${decimals}(\\d+))?$`, 'u');
  patterns.set(locale, made);
  return made;
}

export function parseLocaleNumber(text: string, locale: NumberLocale): LocaleNumberOutcome {
  const trimmed = text.trim();
  if (trimmed === '') return notDefined('empty');
  const match = pattern(locale).exec(trimmed);
  if (!match) return notDefined('malformed');
  const [, sign = '', integerPart = '', fraction] = match;
  if (integerPart === '' && fraction === undefined) return notDefined('malformed');
  const digits = integerPart.replace(/\D/g, '') || '0';
  const value = Number(`${sign === '' || sign === '+' ? '' : '-'}${digits}.${fraction ?? '0'}`);
  // A few hundred digits overflow to Infinity.
  return Number.isFinite(value) ? defined(value) : notDefined('out-of-range');
}
