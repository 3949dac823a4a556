import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { economicImpact } from '../../../src/lib/finance/economic-impact';
import { riskAdjust } from '../../../src/lib/finance/risk-adjustment';
import { economicImpactInput, nonNegativeAmount, riskPercent } from './arbitraries';
import { expectClose } from './tolerance';

describe('riskAdjust', () => {
  it('raises costs by r % and lowers benefits by r %', () => {
    riskAdjust([100, 200], 'cost', 10).forEach((value, n) => expectClose(value, [110, 220][n] ?? Number.NaN));
    riskAdjust([100, 200], 'benefit', 10).forEach((value, n) => expectClose(value, [90, 180][n] ?? Number.NaN));
    expect(riskAdjust([100], 'benefit', 100)).toEqual([0]);
    expect(riskAdjust([100], 'cost', 0)).toEqual([100]);
  });

  it('accepts only percentages between 0 and 100', () => {
    expect(() => riskAdjust([1], 'cost', -1)).toThrow(RangeError);
    expect(() => riskAdjust([1], 'benefit', 100.5)).toThrow(RangeError);
    expect(() => riskAdjust([1], 'cost', Number.NaN)).toThrow(RangeError);
  });

  it('is monotonic: more risk never improves the risk-adjusted NPV (non-negative amounts)', () => {
    fc.assert(
      fc.property(
        economicImpactInput(nonNegativeAmount),
        riskPercent,
        riskPercent,
        riskPercent,
        riskPercent,
        (input, a, b, c, d) => {
          const npvWith = (riskCostPercent: number, riskBenefitPercent: number) => {
            const result = economicImpact({ ...input, riskCostPercent, riskBenefitPercent });
            if (!result.ok || !result.value.riskAdjusted) throw new Error('expected risk-adjusted figures');
            return result.value.riskAdjusted;
          };
          const [lowCost, highCost] = [Math.min(a, b), Math.max(a, b)];
          const [lowBenefit, highBenefit] = [Math.min(c, d), Math.max(c, d)];
          const safer = npvWith(lowCost, lowBenefit);
          const riskier = npvWith(highCost, highBenefit);
          expect(riskier.pvCosts).toBeGreaterThanOrEqual(safer.pvCosts);
          expect(riskier.pvBenefits).toBeLessThanOrEqual(safer.pvBenefits);
          expect(riskier.npv).toBeLessThanOrEqual(safer.npv);
        },
      ),
    );
  });
});
