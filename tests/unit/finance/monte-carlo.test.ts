import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { economicImpact } from '../../../src/lib/finance/economic-impact';
import { monteCarlo, type MonteCarloOptions, type MonteCarloResult } from '../../../src/lib/finance/monte-carlo';
import type { UncertainImpactInput } from '../../../src/lib/finance/uncertain-impact-input';
import { expectClose } from './tolerance';
import { TEN_LINES } from './uncertain-input';

const run = (input: UncertainImpactInput, options: MonteCarloOptions): MonteCarloResult => {
  const result = monteCarlo(input, options);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues)}`);
  return result.value;
};

const seed = fc.integer({ min: 0, max: 0xffffffff });
const distribution = fc.constantFrom('triangular' as const, 'pert' as const);

describe('monteCarlo', () => {
  it('is reproducible for a seed, and its percentiles are ordered', () => {
    fc.assert(
      fc.property(seed, distribution, (value, shape) => {
        const options = { draws: 500, seed: value, distribution: shape };
        const first = run(TEN_LINES, options);
        expect(run(TEN_LINES, options)).toEqual(first);
        expect(first.npv.p10).toBeLessThanOrEqual(first.npv.p50);
        expect(first.npv.p50).toBeLessThanOrEqual(first.npv.p90);
        expect(first.probabilityRoiBelowZero).toBeGreaterThanOrEqual(0);
        expect(first.probabilityRoiBelowZero).toBeLessThanOrEqual(1);
      }),
      { numRuns: 30 },
    );
  });

  it('changes with the seed', () => {
    const options = { draws: 1000, distribution: 'pert' } as const;
    expect(run(TEN_LINES, { ...options, seed: 1 }).npv.p50).not.toBe(run(TEN_LINES, { ...options, seed: 2 }).npv.p50);
  });

  it('gives the deterministic NPV at every percentile when no line is uncertain', () => {
    const certain = (lines: UncertainImpactInput['costs']) =>
      lines.map((line) => ({ ...line, lowFactor: 1, likelyFactor: 1, highFactor: 1 }));
    const input = { ...TEN_LINES, costs: certain(TEN_LINES.costs), benefits: certain(TEN_LINES.benefits) };
    const deterministic = economicImpact(input);
    if (!deterministic.ok) throw new Error('rejected');
    const { npv, probabilityRoiBelowZero } = run(input, { draws: 100, seed: 3, distribution: 'triangular' });
    for (const percentile of [npv.p10, npv.p50, npv.p90]) expectClose(percentile, deterministic.value.npv);
    expect(probabilityRoiBelowZero).toBe(0);
  });

  it('finds the ROI negative in every draw when benefits can never cover costs', () => {
    const input: UncertainImpactInput = {
      ratePercent: 5,
      years: 1,
      costs: [{ label: 'cost', values: [1000], lowFactor: 0.9, likelyFactor: 1, highFactor: 1.2 }],
      benefits: [{ label: 'benefit', values: [0, 500], lowFactor: 0.5, likelyFactor: 1, highFactor: 1.5 }],
    };
    expect(run(input, { draws: 2000, seed: 9, distribution: 'pert' }).probabilityRoiBelowZero).toBe(1);
  });

  it('with symmetric triangular ranges, centres its median on the likely NPV', () => {
    const input: UncertainImpactInput = {
      ratePercent: 0,
      years: 1,
      costs: [],
      benefits: [{ label: 'benefit', values: [0, 1000], lowFactor: 0.5, likelyFactor: 1, highFactor: 1.5 }],
    };
    const { npv } = run(input, { draws: 20000, seed: 5, distribution: 'triangular' });
    expectClose(npv.p50, 1000, 1000, 0.01);
    // P10 of a triangle on [500, 1500] peaking at 1000: 500 + √(0.1 × 1000 × 500)
    expectClose(npv.p10, 500 + Math.sqrt(0.1 * 1000 * 500), 1000, 0.01);
  });

  it('rejects invalid input and options', () => {
    const badLine = { label: 'x', values: [1], lowFactor: 2, likelyFactor: 1, highFactor: 3 };
    expect(monteCarlo({ ...TEN_LINES, costs: [badLine] }, { draws: 10, seed: 1, distribution: 'pert' }).ok).toBe(false);
    expect(monteCarlo({ ...TEN_LINES, years: 9 }, { draws: 10, seed: 1, distribution: 'pert' }).ok).toBe(false);
    expect(monteCarlo(TEN_LINES, { draws: 0, seed: 1, distribution: 'pert' }).ok).toBe(false);
    expect(monteCarlo(TEN_LINES, { draws: 10, seed: -1, distribution: 'pert' }).ok).toBe(false);
  });
});
