import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createRandom } from '../../../src/lib/finance/random';
import { pert, samplerFor, SAMPLERS, triangular } from '../../../src/lib/finance/samplers';
import { expectClose } from './tolerance';

const threePoint = fc
  .tuple(...Array.from({ length: 3 }, () => fc.double({ min: -1e6, max: 1e6, noNaN: true })))
  .map((values) => values.sort((a, b) => a - b) as [number, number, number]);
const seed = fc.integer({ min: 0, max: 0xffffffff });

const meanOf = (draw: () => number, count: number) => {
  let total = 0;
  for (let i = 0; i < count; i++) total += draw();
  return total / count;
};

describe('createRandom', () => {
  it('gives the same sequence for the same seed, in [0, 1)', () => {
    fc.assert(
      fc.property(seed, (value) => {
        const first = createRandom(value);
        const second = createRandom(value);
        for (let i = 0; i < 20; i++) {
          const draw = first();
          expect(second()).toBe(draw);
          expect(draw).toBeGreaterThanOrEqual(0);
          expect(draw).toBeLessThan(1);
        }
      }),
    );
  });

  it('is roughly uniform', () => {
    expectClose(meanOf(createRandom(42), 100_000), 0.5, 1, 0.01);
  });

  it('rejects seeds that are not 32-bit unsigned integers', () => {
    for (const bad of [-1, 1.5, 2 ** 32, Number.NaN]) expect(() => createRandom(bad)).toThrow(RangeError);
  });
});

describe.each(Object.entries(SAMPLERS))('%s sampler', (_, sample) => {
  it('stays within [low, high]', () => {
    fc.assert(
      fc.property(threePoint, seed, ([low, likely, high], value) => {
        const random = createRandom(value);
        for (let i = 0; i < 50; i++) {
          const draw = sample(random, low, likely, high);
          expect(draw).toBeGreaterThanOrEqual(low);
          expect(draw).toBeLessThanOrEqual(high);
        }
      }),
    );
  });

  it('returns the only possible value when low = high', () => {
    expect(sample(createRandom(1), 7, 7, 7)).toBe(7);
  });

  it('rejects estimates out of order or not finite', () => {
    const random = createRandom(1);
    expect(() => sample(random, 2, 1, 3)).toThrow(RangeError);
    expect(() => sample(random, 1, 4, 3)).toThrow(RangeError);
    expect(() => sample(random, Number.NaN, 1, 3)).toThrow(RangeError);
    expect(() => sample(random, 1, 2, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('distribution means (100,000 draws)', () => {
  it('triangular: (low + likely + high) / 3', () => {
    const random = createRandom(7);
    expectClose(
      meanOf(() => triangular(random, 0, 20, 100), 100_000),
      40,
      100,
      0.005,
    );
  });

  it('PERT: (low + 4 × likely + high) / 6, and a narrower spread than the triangular', () => {
    const random = createRandom(7);
    expectClose(
      meanOf(() => pert(random, 0, 20, 100), 100_000),
      30,
      100,
      0.005,
    );
    const varianceOf = (draw: () => number) => {
      const draws = Array.from({ length: 100_000 }, draw);
      const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
      return draws.reduce((total, value) => total + (value - mean) ** 2, 0) / draws.length;
    };
    // PERT variance (μ − a)(b − μ)/7 = 30 × 70 / 7 = 300; triangular 466.7 here.
    expectClose(
      varianceOf(() => pert(random, 0, 20, 100)),
      300,
      300,
      0.03,
    );
    expectClose(
      varianceOf(() => triangular(random, 0, 20, 100)),
      1400 / 3,
      1400 / 3,
      0.03,
    );
  });
});

describe('samplerFor', () => {
  const estimate = fc
    .tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }))
    .map((values) => values.sort((a, b) => a - b) as [number, number, number]);

  it.each(['triangular', 'pert'] as const)('%s: draws exactly what SAMPLERS draws from the same sequence', (distribution) => {
    fc.assert(
      fc.property(estimate, fc.integer({ min: 0, max: 0xffffffff }), ([low, likely, high], seed) => {
        const prepared = samplerFor(distribution, low, likely, high);
        const a = createRandom(seed);
        const b = createRandom(seed);
        for (let i = 0; i < 20; i++) expect(prepared(a)).toBe(SAMPLERS[distribution](b, low, likely, high));
      }),
    );
  });

  it('rejects estimates out of order', () => {
    expect(() => samplerFor('pert', 2, 1, 3)).toThrow(RangeError);
  });
});
