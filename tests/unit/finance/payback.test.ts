import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { paybackMonths } from '../../../src/lib/finance/payback';
import { flows } from './arbitraries';

const cumulativeNet = (costs: readonly number[], benefits: readonly number[], upTo: number) => {
  let total = 0;
  for (let n = 0; n <= upTo; n++) total += (benefits[n] ?? 0) - (costs[n] ?? 0);
  return total;
};

describe('paybackMonths (undiscounted, from time 0)', () => {
  it('interpolates linearly inside the year the cumulative net turns non-negative', () => {
    // cumulative: −100, −50, 0 → reached exactly at the end of year 2
    expect(paybackMonths([100], [0, 50, 50, 50])).toBe(24);
    // cumulative: −100, −40, +20 → 40 of year 2's 60 needed
    expect(paybackMonths([100], [0, 60, 60])).toBeCloseTo(12 + 8, 12);
    // cumulative: −120, +120 → a quarter of year 1
    expect(paybackMonths([120], [0, 240])).toBeCloseTo(6, 12);
  });

  it('waits until the cumulative net stays non-negative for good', () => {
    // cumulative: −100, +50, −150, +150 → back below zero in year 2, paid back mid year 3
    expect(paybackMonths([100, 0, 200], [0, 150, 0, 300])).toBeCloseTo(30, 12);
  });

  it('is 0 when the net is never negative, null when never reached', () => {
    expect(paybackMonths([0, 10], [5, 10])).toBe(0);
    expect(paybackMonths([], [])).toBe(0);
    expect(paybackMonths([100], [0, 30, 30, 30])).toBeNull();
    expect(paybackMonths([100], [])).toBeNull();
  });

  it('stays within the horizon, in the right year, and is null exactly when the final cumulative is negative', () => {
    fc.assert(
      fc.property(flows(), flows(), (costs, benefits) => {
        const periods = Math.max(costs.length, benefits.length);
        const months = paybackMonths(costs, benefits);
        const finalCumulative = cumulativeNet(costs, benefits, periods - 1);
        expect(months === null).toBe(finalCumulative < 0);
        if (months === null) return;
        expect(months).toBeGreaterThanOrEqual(0);
        expect(months).toBeLessThanOrEqual(12 * Math.max(periods - 1, 0));
        // From the end of the payback year on, the cumulative net is never negative again.
        for (let n = Math.ceil(months / 12); n < periods; n++) {
          expect(cumulativeNet(costs, benefits, n)).toBeGreaterThanOrEqual(0);
        }
        // Before it, the year that starts the payback year still ends below zero.
        if (months > 0) expect(cumulativeNet(costs, benefits, Math.ceil(months / 12) - 1)).toBeLessThan(0);
      }),
    );
  });
});
