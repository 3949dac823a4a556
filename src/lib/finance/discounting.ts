/**
 * Discounted cash flows, Forrester TEI convention: `flows[0]` is the initial amount at time 0
 * (not discounted) and `flows[n]` is an end-of-year amount, divided by (1 + r)^n.
 * Rates are in percent (10 means 10 %).
 */
import { assertRatePercent } from './rate';

export function presentValue(flows: readonly number[], ratePercent: number): number {
  assertRatePercent(ratePercent);
  const growth = 1 + ratePercent / 100;
  let total = 0;
  let discountFactor = 1;
  for (const flow of flows) {
    total += flow / discountFactor;
    discountFactor *= growth;
  }
  return total;
}

/** Net present value: PV of the benefits minus PV of the costs (both lists in TEI convention). */
export function npv(costs: readonly number[], benefits: readonly number[], ratePercent: number): number {
  return presentValue(benefits, ratePercent) - presentValue(costs, ratePercent);
}

/**
 * Excel's NPV(rate; value1; …): the FIRST value is already discounted by one period, so
 * `excelNpv(10, [-10000, 3000, 4200, 6800])` is Excel's NPV(10%; -10000; 3000; 4200; 6800) = 1,188.44.
 * Kept separate so that figures checked against a spreadsheet can be reproduced exactly.
 */
export function excelNpv(ratePercent: number, values: readonly number[]): number {
  return presentValue([0, ...values], ratePercent);
}
