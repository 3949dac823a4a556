import { defined, notDefined, type Outcome } from './outcome';

/** ROI is not defined without a positive cost to divide by (a negative total cost would flip its sign). */
export type RoiOutcome = Outcome<number, 'zero-cost' | 'negative-cost'>;

/** Return on investment in percent: (PV benefits − PV costs) / PV costs × 100. */
export function roi(pvCosts: number, pvBenefits: number): RoiOutcome {
  if (pvCosts === 0) return notDefined('zero-cost');
  if (pvCosts < 0) return notDefined('negative-cost');
  return defined(((pvBenefits - pvCosts) / pvCosts) * 100);
}
