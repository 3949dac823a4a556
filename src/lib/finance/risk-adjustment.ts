/**
 * Forrester-style risk adjustment: costs are raised by r % (costs × (1 + r)) and benefits
 * lowered by r % (benefits × (1 − r)), r between 0 and 100.
 */
export type CashFlowSide = 'cost' | 'benefit';

export function riskAdjust(values: readonly number[], side: CashFlowSide, riskPercent: number): number[] {
  if (!(riskPercent >= 0 && riskPercent <= 100)) {
    throw new RangeError(`risk adjustment must be a percentage between 0 and 100, got ${riskPercent}`);
  }
  const factor = side === 'cost' ? 1 + riskPercent / 100 : 1 - riskPercent / 100;
  return values.map((value) => value * factor);
}
