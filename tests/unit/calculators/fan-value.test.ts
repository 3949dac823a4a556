import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ENGAGEMENT_BENCHMARKS,
  FAN_DEFAULTS,
  FAN_SPECS,
  fanValueChain,
  parseFanValueQuery,
  serializeFanValueQuery,
  type FanField,
} from '../../../src/lib/calculators/fan-value';
import { expectClose } from '../finance/tolerance';

const fields = fc.record(
  Object.fromEntries(
    (Object.keys(FAN_SPECS) as FanField[]).map((field) => {
      const spec = FAN_SPECS[field];
      return [field, spec.integer ? fc.integer({ min: spec.min, max: Math.min(spec.max, 2 ** 31) }) : fc.double({ min: spec.min, max: spec.max, noNaN: true }).map((v) => v + 0)];
    }),
  ) as Record<FanField, fc.Arbitrary<number>>,
);

describe('fan value chain', () => {
  it('follows each step from fans to margin', () => {
    const chain = fanValueChain({ fans: 10000, reach: 5, posts: 20, engagement: 0.06, click: 10, conversion: 2, margin: 40 });
    expect(chain.reachedPerYear).toBeCloseTo(120000, 6);
    expect(chain.interactionsPerYear).toBeCloseTo(72, 9);
    expect(chain.visitsPerYear).toBeCloseTo(7.2, 9);
    expect(chain.salesPerYear).toBeCloseTo(0.144, 9);
    expect(chain.marginPerYear).toBeCloseTo(5.76, 9);
    expect(chain.valuePerFan).toEqual({ ok: true, value: expect.closeTo(0.000576, 12) });
  });

  it('has no value per fan without fans, said as a reason', () => {
    expect(fanValueChain({ ...FAN_DEFAULTS.fields, fans: 0 }).valuePerFan).toEqual({ ok: false, reason: 'no-fans' });
  });

  it('the 2016 rate is thirty times below the 2023 one, and so is the value', () => {
    const [old, recent] = ENGAGEMENT_BENCHMARKS;
    const at = (engagement: number) => fanValueChain({ ...FAN_DEFAULTS.fields, engagement }).marginPerYear;
    expect(at(recent.percent) / at(old.percent)).toBeCloseTo(30, 9);
  });

  it('is finite, non-negative and proportional to the margin per sale', () => {
    fc.assert(
      fc.property(fields, (f) => {
        const chain = fanValueChain(f);
        for (const value of [chain.reachedPerYear, chain.interactionsPerYear, chain.visitsPerYear, chain.salesPerYear, chain.marginPerYear]) {
          expect(Number.isFinite(value) && value >= 0).toBe(true);
        }
        const doubled = fanValueChain({ ...f, margin: f.margin * 2 }).marginPerYear;
        expectClose(doubled, 2 * chain.marginPerYear);
      }),
    );
  });
});

describe('fan value share link', () => {
  it('falls back per field and reports the bad one', () => {
    const { state, problems } = parseFanValueQuery(new URLSearchParams('fans=12.5&reach=30&engagement=-1'));
    expect(state.fields).toEqual({ ...FAN_DEFAULTS.fields, reach: 30 });
    expect(problems.map((p) => p.field)).toEqual(['fans', 'engagement']);
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(fields, fc.constantFrom('EUR', 'USD', 'GBP' as const), (f, currency) => {
        const state = { fields: f, currency };
        expect(parseFanValueQuery(new URLSearchParams(serializeFanValueQuery(state).toString()))).toEqual({ state, problems: [] });
      }),
    );
  });
});
