import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_BENEFIT_RANGE,
  DEFAULT_COST_RANGE,
  scenarioImpacts,
  serializeRoiPageQuery,
  type RoiState,
} from '../../../src/lib/calculators/roi-model';
import { parseRoiPageQuery, roiDefaults } from '../../../src/lib/calculators/roi-example';
import { economicImpactInput } from '../finance/arbitraries';

const SALESLOFT =
  'rate=10&years=3&cost=Costs:53150,666715,636772,647783&benefit=Benefits:0,1606511,3061331,4229760';

const range = fc
  .tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }))
  .map((values) => values.map((v) => v + 0).sort((a, b) => a - b))
  .map(([low = 0, likely = 0, high = 0]) => ({ low, likely, high }));

describe('economic-impact page state', () => {
  it('uses the illustrative example when the link is empty', () => {
    expect(parseRoiPageQuery(new URLSearchParams(''), 'en')).toEqual({ state: roiDefaults('en'), problems: [] });
  });

  it('gives lines from a link the default ranges, and reads the SalesLoft worked check', () => {
    const { state, problems } = parseRoiPageQuery(new URLSearchParams(SALESLOFT), 'fr');
    expect(problems).toEqual([]);
    expect(state.costRanges).toEqual([DEFAULT_COST_RANGE]);
    expect(state.benefitRanges).toEqual([DEFAULT_BENEFIT_RANGE]);
    const expected = scenarioImpacts(state).expected;
    if (!expected.ok) throw new Error('rejected');
    expect(Math.round(expected.value.pvCosts)).toBe(1672201);
    expect(Math.round(expected.value.npv)).toBe(5496170);
  });

  it('reports a bad range, distribution, seed or currency and keeps the rest', () => {
    const { state, problems } = parseRoiPageQuery(
      new URLSearchParams(`${SALESLOFT}&costRange=1.2,1,0.8&benefitRange=0.5,1,1.5&dist=normal&seed=-3&currency=XYZ`),
      'en',
    );
    expect(problems.map((p) => p.field)).toEqual(['costRange', 'dist', 'seed', 'currency']);
    expect(state.costRanges).toEqual([DEFAULT_COST_RANGE]);
    expect(state.benefitRanges).toEqual([{ low: 0.5, likely: 1, high: 1.5 }]);
    expect(state.distribution).toBe('pert');
  });

  it('orders scenarios: conservative ≤ expected ≤ optimistic NPV', () => {
    const scenarios = scenarioImpacts(roiDefaults('fr'));
    const npv = (s: keyof typeof scenarios) => {
      const r = scenarios[s];
      if (!r.ok) throw new Error('rejected');
      return r.value.npv;
    };
    expect(npv('conservative')).toBeLessThan(npv('expected'));
    expect(npv('expected')).toBeLessThan(npv('optimistic'));
  });

  it('round-trips: serialize then parse gives the same state (lines on both sides)', () => {
    fc.assert(
      fc.property(
        // A link without cost or benefit lines reads as the worked example: not a round trip case.
        economicImpactInput().filter((input) => input.costs.length > 0 && input.benefits.length > 0),
        fc.constantFrom('triangular', 'pert' as const),
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.constantFrom('EUR', 'USD', 'GBP' as const),
        fc.array(range, { maxLength: 20 }),
        (input, distribution, seed, currency, ranges) => {
          const state: RoiState = {
            input,
            costRanges: input.costs.map((_, i) => ranges[i] ?? DEFAULT_COST_RANGE),
            benefitRanges: input.benefits.map((_, i) => ranges[i] ?? DEFAULT_BENEFIT_RANGE),
            distribution,
            seed,
            currency,
          };
          const reread = parseRoiPageQuery(new URLSearchParams(serializeRoiPageQuery(state).toString()), 'fr');
          expect(reread.problems).toEqual([]);
          expect(reread.state).toEqual(state);
        },
      ),
      { numRuns: 100 },
    );
  });
});
