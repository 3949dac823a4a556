import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInput, formatMoney, formatNumber, formatPercent } from '../../../src/lib/calculators/format';
import { negativeIsLoss } from '../../../src/lib/calculators/view';
import { parseLocaleNumber } from '../../../src/lib/finance/locale-number';

const MINUS = '\u2212';
const LOCALES = [
  ['fr-FR', 'fr'],
  ['en-GB', 'en'],
] as const;
const amount = fc.double({ min: -1e12, max: 1e12, noNaN: true });

describe('figures set like a financial brief', () => {
  it('writes a negative amount with a true minus and a positive one without a sign', () => {
    expect(formatMoney(-1234.5, 'fr-FR', 'EUR')).toBe(`${MINUS}1\u202f234,50\u00a0€`);
    expect(formatMoney(-1234.5, 'en-GB', 'GBP', 0)).toBe(`${MINUS}£1,235`);
    expect(formatPercent(-12.5, 'fr-FR')).toBe(`${MINUS}12,5\u00a0%`);
    expect(formatNumber(-3.25, 'en-GB')).toBe(`${MINUS}3.25`);
    expect(formatNumber(3.25, 'en-GB')).toBe('3.25');
  });

  it('never writes a hyphen, and a sign only on what stays negative once rounded', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(...LOCALES), (value, [locale]) => {
        const texts = [formatMoney(value, locale, 'EUR', 0), formatMoney(value, locale, 'USD'), formatPercent(value, locale), formatNumber(value, locale, 0)];
        for (const text of texts) {
          expect(text).not.toContain('-');
          expect(text.includes(MINUS)).toBe(text.replace(/[^1-9]/g, '') !== '' && value < 0);
        }
      }),
    );
  });

  it('writes numbers the site’s own parser reads back (a copied figure can be typed into a field)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(...LOCALES), (value, [locale, lang]) => {
        const read = parseLocaleNumber(formatNumber(value, locale, 0), lang);
        expect(read.ok && read.value).toBe(value);
      }),
    );
  });

  it('keeps the hyphen-minus in input fields, which every keyboard can type', () => {
    expect(formatInput(-12.5, 'fr-FR')).toBe('-12,5');
    expect(formatInput(-0, 'en-GB')).toBe('0');
  });

  it('names a negative value a loss only for figures where it is one', () => {
    for (const name of ['npv', 'risk-npv', 'scenario-low-npv', 'mc-npv-p10', 'roi', 'risk-roi', 'roi-low', 'incremental-margin', 'incremental-margin-high', 'monthly-savings']) {
      expect(negativeIsLoss(name), name).toBe(true);
    }
    for (const name of ['absolute-lift', 'relative-lift-low', 'incremental-conversions', 'p-value', 'irr', 'payback', 'weeks', 'break-even-contacts', 'pv-costs']) {
      expect(negativeIsLoss(name), name).toBe(false);
    }
  });
});
