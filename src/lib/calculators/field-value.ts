/**
 * A number typed into a calculator's field, checked against its spec: the value, or the message
 * the field shows (in the page's language). Pure, so the browser and the tests share it.
 */
import { parseLocaleNumber } from '../finance/locale-number';
import { formatNumber } from './format';
import { acceptsValue, type NumberBounds } from './scalar-query';
import type { CalcKey } from './view';

/** The messages a field may show. */
export const FIELD_MESSAGE_KEYS = ['calc.error.empty', 'calc.error.malformed', 'calc.error.integer', 'calc.error.range'] as const satisfies readonly CalcKey[];
export type FieldTranslate = (key: (typeof FIELD_MESSAGE_KEYS)[number], vars?: Readonly<Record<string, string | number>>) => string;

export type FieldValue = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** `locale` is the page's BCP 47 tag (`fr-FR`, `en-GB`): it decides both the notation read and the one in messages. */
export function fieldValue(text: string, spec: NumberBounds, locale: string, t: FieldTranslate): FieldValue {
  const parsed = parseLocaleNumber(text, locale);
  if (!parsed.ok) {
    return {
      ok: false,
      message: parsed.reason === 'empty' ? t('calc.error.empty') : t('calc.error.malformed', { example: formatNumber(1234.5, locale) }),
    };
  }
  if (spec.integer && !Number.isInteger(parsed.value)) return { ok: false, message: t('calc.error.integer') };
  if (!acceptsValue(spec, parsed.value)) {
    return { ok: false, message: t('calc.error.range', { min: formatNumber(spec.min, locale, 4), max: formatNumber(spec.max, locale, 4) }) };
  }
  return { ok: true, value: parsed.value + 0 };
}
