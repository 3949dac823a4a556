import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { economicImpact, type EconomicImpact } from '../../../src/lib/finance/economic-impact';
import type { EconomicImpactInput } from '../../../src/lib/finance/economic-impact-input';
import { economicImpactInput, nonNegativeAmount } from './arbitraries';
import { expectClose } from './tolerance';

const figuresOf = (input: EconomicImpactInput): EconomicImpact => {
  const result = economicImpact(input);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues)}`);
  return result.value;
};

// DESIGN.md's worked check: Forrester's SalesLoft TEI study, discount rate 10 %.
const SALESLOFT: EconomicImpactInput = {
  ratePercent: 10,
  years: 3,
  costs: [{ label: 'Total costs', values: [53150, 666715, 636772, 647783] }],
  benefits: [{ label: 'Total benefits', values: [0, 1606511, 3061331, 4229760] }],
};

describe('economicImpact', () => {
  it("reproduces DESIGN's worked check (SalesLoft TEI): PV costs 1,672,201, PV benefits 7,168,371, NPV 5,496,170, ROI 328.7 %", () => {
    const figures = figuresOf(SALESLOFT);
    expect(Math.round(figures.pvCosts)).toBe(1_672_201);
    expect(Math.round(figures.pvBenefits)).toBe(7_168_371);
    expect(Math.round(figures.npv)).toBe(5_496_170);
    expect(figures.roi.ok && figures.roi.value.toFixed(1)).toBe('328.7');
    // cumulative net: −53,150 at time 0, then +939,796 in year 1 → 53,150 / 939,796 of a year
    expectClose(figures.paybackMonths ?? Number.NaN, (12 * 53150) / (1606511 - 666715));
    expect(figures.riskAdjusted).toBeUndefined();
  });

  it('gives the same totals whether amounts are split into several lines or not', () => {
    const split = figuresOf({
      ...SALESLOFT,
      costs: [
        { label: 'Licences', values: [0, 600000, 600000, 600000] },
        { label: 'Implementation: internal', values: [53150, 66715, 36772, 47783] },
      ],
    });
    expectClose(split.pvCosts, figuresOf(SALESLOFT).pvCosts);
    expect(split.costFlows).toEqual([53150, 666715, 636772, 647783]);
  });

  it('adds risk-adjusted figures only when a risk parameter is set', () => {
    const both = figuresOf({ ...SALESLOFT, riskCostPercent: 10, riskBenefitPercent: 20 });
    expectClose(both.riskAdjusted?.pvCosts ?? Number.NaN, 1.1 * both.pvCosts);
    expectClose(both.riskAdjusted?.pvBenefits ?? Number.NaN, 0.8 * both.pvBenefits);
    const costOnly = figuresOf({ ...SALESLOFT, riskCostPercent: 10 });
    expectClose(costOnly.riskAdjusted?.pvBenefits ?? Number.NaN, costOnly.pvBenefits);
  });

  it('counts missing values as 0 and ignores values beyond the horizon', () => {
    const figures = figuresOf({
      ratePercent: 0,
      years: 2,
      costs: [{ label: 'short', values: [100] }],
      benefits: [{ label: 'long', values: [0, 50, 50, 1000, 1000] }],
    });
    expect(figures.costFlows).toEqual([100, 0, 0]);
    expect(figures.benefitFlows).toEqual([0, 50, 50]);
    expect(figures.npv).toBe(0);
    expect(figures.paybackMonths).toBe(24);
  });

  it('handles empty lines: everything is 0 and the ROI is not defined', () => {
    const figures = figuresOf({ ratePercent: 10, years: 3, costs: [], benefits: [{ label: '', values: [] }] });
    expect(figures).toMatchObject({ pvCosts: 0, pvBenefits: 0, npv: 0, paybackMonths: 0 });
    expect(figures.roi).toEqual({ ok: false, reason: 'zero-cost' });
  });

  it('reports a payback that is never reached as null', () => {
    const figures = figuresOf({ ...SALESLOFT, benefits: [{ label: 'small', values: [0, 1000, 1000, 1000] }] });
    expect(figures.paybackMonths).toBeNull();
    expect(figures.roi.ok && figures.roi.value).toBeLessThan(0);
  });

  it('accepts negative rates above −100 %', () => {
    const figures = figuresOf({ ...SALESLOFT, ratePercent: -50 });
    expectClose(figures.pvCosts, 53150 + 666715 * 2 + 636772 * 4 + 647783 * 8);
  });

  it.each([
    ['rate at −100 %', { ratePercent: -100 }, 'ratePercent'],
    ['rate below −100 %', { ratePercent: -150 }, 'ratePercent'],
    ['rate not finite', { ratePercent: Number.NaN }, 'ratePercent'],
    ['0 years', { years: 0 }, 'years'],
    ['6 years', { years: 6 }, 'years'],
    ['fractional years', { years: 2.5 }, 'years'],
    ['risk above 100 %', { riskCostPercent: 120 }, 'riskCostPercent'],
    ['negative risk', { riskBenefitPercent: -5 }, 'riskBenefitPercent'],
    ['an infinite amount', { costs: [{ label: 'x', values: [Number.POSITIVE_INFINITY] }] }, 'costs.0.values.0'],
    ['too many values', { benefits: [{ label: 'x', values: [1, 2, 3, 4, 5, 6, 7] }] }, 'benefits.0.values'],
  ])('rejects %s', (_, change, path) => {
    const result = economicImpact({ ...SALESLOFT, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain(path);
  });

  it('is consistent: NPV = PV benefits − PV costs, ROI = NPV / PV costs', () => {
    fc.assert(
      fc.property(economicImpactInput(), (input) => {
        const figures = figuresOf(input);
        expect(figures.npv).toBe(figures.pvBenefits - figures.pvCosts);
        if (figures.roi.ok) expectClose(figures.roi.value, (100 * figures.npv) / figures.pvCosts);
        else expect(figures.pvCosts).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('keeps the ROI when every amount is scaled by k > 0', () => {
    const scale = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(economicImpactInput(nonNegativeAmount), scale, (input, k) => {
        const scaleLines = (lines: EconomicImpactInput['costs']) =>
          lines.map((line) => ({ ...line, values: line.values.map((value) => value * k) }));
        const original = figuresOf(input).roi;
        const scaled = figuresOf({
          ...input,
          costs: scaleLines(input.costs),
          benefits: scaleLines(input.benefits),
        }).roi;
        expect(scaled.ok).toBe(original.ok);
        if (original.ok && scaled.ok)
          expectClose(scaled.value, original.value, Math.max(Math.abs(original.value), 100));
      }),
    );
  });
});
