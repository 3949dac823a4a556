import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { presentValue } from '../../../src/lib/finance/discounting';
import { irr } from '../../../src/lib/finance/irr';
import { amount, nonNegativeAmount } from './arbitraries';
import { expectClose } from './tolerance';

const irrValue = (flows: number[]) => {
  const result = irr(flows);
  if (!result.ok) throw new Error(`IRR not defined: ${result.reason}`);
  return result.value;
};

const discountedMagnitude = (flows: readonly number[], ratePercent: number) =>
  flows.reduce((total, flow, n) => total + Math.abs(flow) / (1 + ratePercent / 100) ** n, 0);

/**
 * NPV at the returned IRR ≈ 0. Near −100 % the growth factor g = 1 + IRR/100 is a small difference
 * of two numbers, only known to ≈ ε/g relatively, and raising it to the n-th power multiplies that
 * by n: the tolerance follows that conditioning, not the solver's own precision.
 */
function expectNpvNearZero(flows: readonly number[], ratePercent: number) {
  const growth = 1 + ratePercent / 100;
  const tolerance = 1e-9 + (16 * flows.length * Number.EPSILON) / growth;
  expectClose(presentValue(flows, ratePercent), 0, discountedMagnitude(flows, ratePercent), tolerance);
}

describe('irr', () => {
  it('finds simple rates, positive and negative', () => {
    expectClose(irrValue([-100, 110]), 10);
    expectClose(irrValue([-100, 0, 121]), 10);
    expectClose(irrValue([-100, 50]), -50);
    expectClose(irrValue([100, -110]), 10);
  });

  it("reproduces Microsoft's IRR example (−70000, 12000, 15000, 18000, 21000, 26000 → 8.66 %)", () => {
    expect(irrValue([-70000, 12000, 15000, 18000, 21000, 26000]).toFixed(2)).toBe('8.66');
    expect(irrValue([-70000, 12000, 15000, 18000, 21000]).toFixed(2)).toBe('-2.12');
  });

  it('ignores leading zeros (a project that starts a year later has the same IRR)', () => {
    expectClose(irrValue([0, 0, -100, 110]), 10);
  });

  it('is not defined without a sign change', () => {
    expect(irr([100, 200])).toEqual({ ok: false, reason: 'no-sign-change' });
    expect(irr([-100, 0, -5])).toEqual({ ok: false, reason: 'no-sign-change' });
    expect(irr([0, 0])).toEqual({ ok: false, reason: 'no-sign-change' });
    expect(irr([])).toEqual({ ok: false, reason: 'no-sign-change' });
  });

  it('is not defined when the flows change sign more than once (several IRRs may exist)', () => {
    // −100 + 230/(1+r) − 132/(1+r)² is zero at both 10 % and 20 %.
    expect(irr([-100, 230, -132])).toEqual({ ok: false, reason: 'multiple-sign-changes' });
    expect(irr([-100, 50, -10, 80])).toEqual({ ok: false, reason: 'multiple-sign-changes' });
  });

  it('is not defined when the only root is indistinguishable from −100 %', () => {
    expect(irr([-1e9, 1e-9])).toEqual({ ok: false, reason: 'no-root' });
  });

  it('rejects non-finite flows', () => {
    expect(() => irr([-100, Number.NaN])).toThrow(RangeError);
  });

  it('when defined, gives an NPV of ≈ 0', () => {
    const investment = fc.tuple(
      amount.filter((value) => value !== 0),
      fc.array(nonNegativeAmount, { minLength: 1, maxLength: 6 }),
    );
    fc.assert(
      fc.property(investment, ([initial, later]) => {
        const flows = [-Math.abs(initial), ...later];
        const result = irr(flows);
        if (!result.ok) {
          // One sign change at most; no change at all when every later flow is 0.
          expect(result.reason === 'no-sign-change' || result.reason === 'no-root').toBe(true);
          return;
        }
        expect(result.value).toBeGreaterThan(-100);
        expectNpvNearZero(flows, result.value);
      }),
    );
  });

  it('for any flows, is either not defined or a root of the NPV', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 8 }), (flows) => {
        const result = irr(flows);
        if (result.ok) expectNpvNearZero(flows, result.value);
      }),
    );
  });
});
