import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { excelNpv, npv, presentValue } from '../../../src/lib/finance/discounting';
import { amount, flows, ratePercent } from './arbitraries';
import { expectClose } from './tolerance';

const magnitude = (values: readonly number[], rate: number) =>
  values.reduce((total, value, n) => total + Math.abs(value) / (1 + rate / 100) ** n, 0);

describe('presentValue (TEI convention)', () => {
  it('leaves the time-0 amount undiscounted and discounts year N by (1 + r)^N', () => {
    expect(presentValue([100], 10)).toBe(100);
    expectClose(presentValue([0, 110], 10), 100);
    expectClose(presentValue([50, 0, 121], 10), 150);
    expect(presentValue([], 10)).toBe(0);
  });

  it('accepts negative rates above −100 %', () => {
    expectClose(presentValue([0, 50], -50), 100);
    expectClose(presentValue([0, 1], -99.9), 1000);
  });

  it('rejects rates at or below −100 % and non-finite rates', () => {
    expect(() => presentValue([1, 1], -100)).toThrow(RangeError);
    expect(() => presentValue([1, 1], -150)).toThrow(RangeError);
    expect(() => presentValue([1], Number.NaN)).toThrow(RangeError);
    expect(() => presentValue([1], Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('at rate 0 equals the plain sum', () => {
    fc.assert(
      fc.property(flows(), (values) => {
        const sum = values.reduce((total, value) => total + value, 0);
        expectClose(presentValue(values, 0), sum, magnitude(values, 0));
      }),
    );
  });
});

describe('npv', () => {
  it('is PV of benefits minus PV of costs', () => {
    expectClose(npv([100, 110], [0, 242, 121], 10), 220 + 100 - (100 + 100));
  });

  it('is linear in the flows: npv(a·x + b·y) ≈ a·npv(x) + b·npv(y)', () => {
    const pair = fc.record({
      costs: fc.array(amount, { minLength: 4, maxLength: 4 }),
      benefits: fc.array(amount, { minLength: 4, maxLength: 4 }),
    });
    const coefficient = fc.double({ min: -1e3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(pair, pair, coefficient, coefficient, ratePercent, (x, y, a, b, rate) => {
        const combine = (u: number[], v: number[]) => u.map((value, n) => a * value + b * (v[n] ?? 0));
        const combined = npv(combine(x.costs, y.costs), combine(x.benefits, y.benefits), rate);
        const scale =
          Math.abs(a) * (magnitude(x.costs, rate) + magnitude(x.benefits, rate)) +
          Math.abs(b) * (magnitude(y.costs, rate) + magnitude(y.benefits, rate));
        expectClose(combined, a * npv(x.costs, x.benefits, rate) + b * npv(y.costs, y.benefits, rate), scale);
      }),
    );
  });
});

describe('excelNpv (Excel convention: the first value is discounted one period)', () => {
  it("reproduces Microsoft's example NPV(10%; −10000; 3000; 4200; 6800) = 1,188.44", () => {
    expect(excelNpv(10, [-10000, 3000, 4200, 6800]).toFixed(2)).toBe('1188.44');
  });

  it("reproduces Microsoft's example NPV(8%; 8000; 9200; 10000; 12000; 14500) − 40000 = 1,922.06", () => {
    expect((excelNpv(8, [8000, 9200, 10000, 12000, 14500]) - 40000).toFixed(2)).toBe('1922.06');
  });

  it('is the TEI present value discounted one more period', () => {
    fc.assert(
      fc.property(flows(), ratePercent, (values, rate) => {
        expectClose(excelNpv(rate, values), presentValue(values, rate) / (1 + rate / 100), magnitude(values, rate));
      }),
    );
  });
});
