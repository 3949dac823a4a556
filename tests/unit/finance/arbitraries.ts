/** fast-check generators shared by the finance tests. */
import fc from 'fast-check';
import type { EconomicImpactInput, LineItem } from '../../../src/lib/finance/economic-impact-input';
import { normalizeLabel } from '../../../src/lib/finance/economic-impact-input';

// `+ 0` turns −0 into 0, which a query string cannot tell apart anyway.
const double = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((value) => value + 0);
const cents = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((value) => value / 100);

/** Money amounts, to the cent. */
export const amount = cents(-1e9, 1e9);
export const nonNegativeAmount = cents(0, 1e9);
/** Any double an amount field accepts, to check that text round trips are exact. */
export const anyAmount = double(-1e15, 1e15);
/** Rates in percent, above −100 % (where discounting is defined). */
export const ratePercent = double(-99, 200);
export const riskPercent = double(0, 100);

export const flows = (arbitrary = amount) => fc.array(arbitrary, { minLength: 0, maxLength: 8 });

export const label = fc.string({ maxLength: 100, unit: 'grapheme' }).map(normalizeLabel);

export const lineItem = (value = amount): fc.Arbitrary<LineItem> =>
  fc.record({ label, values: fc.array(value, { maxLength: 6 }) }, { noNullPrototype: true });

export const economicImpactInput = (value = amount, rate = ratePercent): fc.Arbitrary<EconomicImpactInput> =>
  fc.record(
    {
      ratePercent: rate,
      years: fc.integer({ min: 1, max: 5 }),
      costs: fc.array(lineItem(value), { maxLength: 20 }),
      benefits: fc.array(lineItem(value), { maxLength: 20 }),
      riskCostPercent: riskPercent,
      riskBenefitPercent: riskPercent,
    },
    { requiredKeys: ['ratePercent', 'years', 'costs', 'benefits'], noNullPrototype: true },
  );
