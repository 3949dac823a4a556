/**
 * Tornado chart data: for each line, the NPV with that line at its low and at its high estimate
 * and every other line at its likely estimate, largest swing first. Shows which assumptions the
 * result depends on most.
 */
import { defined, validate, type Validated } from './outcome';
import type { CashFlowSide } from './risk-adjustment';
import {
  linePresentValues,
  uncertainImpactInputSchema,
  type UncertainImpactInput,
  type UncertainLineItem,
} from './uncertain-impact-input';

export interface TornadoBar {
  readonly side: CashFlowSide;
  /** Position of the line within its side (costs or benefits). */
  readonly index: number;
  readonly label: string;
  readonly npvAtLow: number;
  readonly npvAtHigh: number;
  /** |npvAtHigh − npvAtLow|. */
  readonly swing: number;
}

export interface Tornado {
  /** NPV with every line at its likely estimate. */
  readonly baseNpv: number;
  readonly bars: readonly TornadoBar[];
}

export function tornado(input: UncertainImpactInput): Validated<Tornado> {
  const checked = validate(uncertainImpactInputSchema, input);
  if (!checked.ok) return checked;
  const { ratePercent, years, costs, benefits } = input;
  const costPvs = linePresentValues(costs, years, ratePercent);
  const benefitPvs = linePresentValues(benefits, years, ratePercent);
  const likelyTotal = (lines: readonly UncertainLineItem[], pvs: readonly number[]) =>
    lines.reduce((total, line, i) => total + line.likelyFactor * (pvs[i] ?? 0), 0);
  const baseNpv = likelyTotal(benefits, benefitPvs) - likelyTotal(costs, costPvs);

  // NPV is linear in each line's factor: moving one line from likely to f shifts it by (f − likely) × PV.
  const bar = (side: CashFlowSide, line: UncertainLineItem, index: number, pv: number): TornadoBar => {
    const sign = side === 'benefit' ? 1 : -1;
    const npvAtLow = baseNpv + sign * (line.lowFactor - line.likelyFactor) * pv;
    const npvAtHigh = baseNpv + sign * (line.highFactor - line.likelyFactor) * pv;
    return { side, index, label: line.label, npvAtLow, npvAtHigh, swing: Math.abs(npvAtHigh - npvAtLow) };
  };
  const bars = [
    ...costs.map((line, i) => bar('cost', line, i, costPvs[i] ?? 0)),
    ...benefits.map((line, i) => bar('benefit', line, i, benefitPvs[i] ?? 0)),
  ].sort((a, b) => b.swing - a.swing);
  return defined({ baseNpv, bars });
}
