import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseLocaleNumber, type NumberLocale } from '../../../src/lib/finance/locale-number';
import { expectClose } from './tolerance';

describe('parseLocaleNumber', () => {
  it.each([
    ['1 234,56', 1234.56],
    ['1\u00A0234,56', 1234.56],
    ['1\u202F234\u202F567,5', 1234567.5],
    ['1234,56', 1234.56],
    ['1234.56', 1234.56],
    ['1 234.5', 1234.5],
    ['  -12,5 ', -12.5],
    ['\u22123', -3],
    ['+7', 7],
    [',5', 0.5],
    ['0', 0],
  ])('reads French %j as %d', (text, expected) => {
    expect(parseLocaleNumber(text, 'fr')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1,234.56', 1234.56],
    ['1,234,567', 1234567],
    ['1234.5', 1234.5],
    ['-0.25', -0.25],
    ['.5', 0.5],
  ])('reads English %j as %d', (text, expected) => {
    expect(parseLocaleNumber(text, 'en')).toEqual({ ok: true, value: expected });
  });

  it('reads the notation of any other language as Intl writes it, a point grouping digits where it does', () => {
    expect(parseLocaleNumber('1.234,5', 'de-DE')).toEqual({ ok: true, value: 1234.5 });
    expect(parseLocaleNumber('12,25', 'es-ES')).toEqual({ ok: true, value: 12.25 });
    expect(parseLocaleNumber('1.5', 'de-DE')).toEqual({ ok: false, reason: 'malformed' });
  });

  it.each<[string, NumberLocale, string]>([
    ['', 'fr', 'empty'],
    ['   ', 'en', 'empty'],
    ['abc', 'fr', 'malformed'],
    ['12abc', 'en', 'malformed'],
    ['Infinity', 'en', 'malformed'],
    ['NaN', 'fr', 'malformed'],
    ['1e5', 'en', 'malformed'],
    ['1,2,3', 'fr', 'malformed'],
    ['1.234,56', 'fr', 'malformed'],
    ['1,234.56', 'fr', 'malformed'],
    ['1.2.3', 'en', 'malformed'],
    ['1,23', 'en', 'malformed'],
    ['12 34', 'fr', 'malformed'],
    ['1 234', 'en', 'malformed'],
    ['5.', 'en', 'malformed'],
    ['-', 'fr', 'malformed'],
    ['--1', 'en', 'malformed'],
    ['1'.repeat(400), 'en', 'out-of-range'],
  ])('rejects %j in %s as %s', (text, locale, reason) => {
    expect(parseLocaleNumber(text, locale)).toEqual({ ok: false, reason });
  });

  it('reads back what Intl.NumberFormat writes, within the rounding of its digits', () => {
    const locale = fc.constantFrom<NumberLocale>('fr', 'en', 'fr-FR', 'en-GB', 'es-ES', 'de-DE');
    const fractionDigits = fc.integer({ min: 0, max: 6 });
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, locale, fractionDigits, (value, lang, digits) => {
        const text = new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
        const parsed = parseLocaleNumber(text, lang);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        // Half a unit of the last digit shown, plus the precision of the double itself.
        const rounding = 0.5 * 10 ** -digits;
        expectClose(parsed.value, value, 1, rounding + 4 * Number.EPSILON * Math.abs(value));
      }),
    );
  });
});
