import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../../../src/lib/quiz/parse-number';

describe('parseLocaleNumber', () => {
  it.each([
    ['32,5', 32.5],
    ['32.5', 32.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234\u202f567,25', 1234567.25],
    ['  -0,5 ', -0.5],
    ['\u22123', -3],
    [',5', 0.5],
    ['328,7', 328.7],
    ['1234', 1234],
    ['-0', 0],
  ])('fr reads %j as %d', (input, expected) => {
    expect(parseLocaleNumber(input, 'fr')).toBe(expected);
  });

  it.each([
    ['32.5', 32.5],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['+7', 7],
    ['.25', 0.25],
  ])('en reads %j as %d', (input, expected) => {
    expect(parseLocaleNumber(input, 'en')).toBe(expected);
  });

  it.each(['', ' ', '-', ',', 'abc', '32,5%', '1 23,5', '12  345', '1e5', '0x10', 'Infinity', 'NaN', '1,2,3', '3,', '1.2.3'])(
    'fr refuses %j',
    (input) => {
      expect(parseLocaleNumber(input, 'fr')).toBeNull();
    },
  );

  it.each(['32,5', '1 234.5', '1,23', '1,234,5', '1.234,5', '', '--1'])('en refuses %j', (input) => {
    expect(parseLocaleNumber(input, 'en')).toBeNull();
  });

  it('never returns NaN and never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('fr' as const, 'en' as const), (input, locale) => {
        const value = parseLocaleNumber(input, locale);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
    );
  });

  it('reads back what each locale formats', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const value = Math.round(n * 100) / 100 + 0; // + 0: no -0
        expect(parseLocaleNumber(value.toLocaleString('fr-FR'), 'fr')).toBe(value);
        expect(parseLocaleNumber(value.toLocaleString('en-US'), 'en')).toBe(value);
      }),
    );
  });
});
