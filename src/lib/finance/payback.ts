/**
 * Undiscounted payback period in months, counted from time 0.
 *
 * The net cash flow of period n is benefits[n] − costs[n] (a missing value counts as 0); the
 * payback is the moment the cumulative net becomes non-negative FOR GOOD within the horizon,
 * so a later year of heavy costs that sends it back below zero postpones it. Inside that year
 * the net is assumed to arrive evenly, hence the linear interpolation.
 *
 * Returns 0 when the cumulative net is never negative, null when it is still negative at the
 * end of the horizon (payback not reached).
 */
export function paybackMonths(costs: readonly number[], benefits: readonly number[]): number | null {
  const periods = Math.max(costs.length, benefits.length);
  const cumulative: number[] = [];
  let running = 0;
  for (let n = 0; n < periods; n++) {
    running += (benefits[n] ?? 0) - (costs[n] ?? 0);
    cumulative.push(running);
  }
  const lastNegative = cumulative.findLastIndex((value) => value < 0);
  if (lastNegative === -1) return 0;
  if (lastNegative === periods - 1) return null;
  const shortfall = -(cumulative[lastNegative] ?? 0);
  const nextYearNet = (cumulative[lastNegative + 1] ?? 0) + shortfall;
  return 12 * (lastNegative + shortfall / nextYearNet);
}
