/**
 * Customer lifetime value with retention and discounting (infinite horizon, margin received at
 * the end of each period while the customer stays):
 *   CLV = margin × retention / (1 + discount − retention)
 * Rates are fractions here (0.8 = 80 % retained per period). The series only converges when
 * 0 ≤ retention < 1 + discount; outside that the value is reported as not defined.
 */
import { defined, notDefined, type Outcome } from './outcome';

export type ClvOutcome = Outcome<number, 'not-finite' | 'retention-out-of-range'>;

export function clv(marginPerPeriod: number, retentionRate: number, discountRate: number): ClvOutcome {
  if (![marginPerPeriod, retentionRate, discountRate].every(Number.isFinite)) return notDefined('not-finite');
  if (!(retentionRate >= 0 && retentionRate < 1 + discountRate)) return notDefined('retention-out-of-range');
  return defined((marginPerPeriod * retentionRate) / (1 + discountRate - retentionRate));
}
