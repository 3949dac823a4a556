import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../../src/lib/stats/normal';

/** scipy.stats.norm.cdf and .ppf (SciPy 1.17), printed with repr: an implementation independent of ours. */
const CDF: readonly [number, number][] = [
  [-37, 5.7255712225239266e-300],
  [-20, 2.7536241186061556e-89],
  [-10, 7.61985302416047e-24],
  [-8, 6.22096057427174e-16],
  [-5, 2.866515718791933e-7],
  [-3.5, 0.00023262907903552502],
  [-3, 0.0013498980316300933],
  [-2.5, 0.006209665325776132],
  [-2.2, 0.013903447513498595],
  // Either side of the switch from the continued fraction to the series.
  [-2.0000001, 0.02275012654908309],
  [-2, 0.022750131948179195],
  [-1.9999999, 0.0227501373472764],
  [-1, 0.15865525393145707],
  [-0.5, 0.3085375387259869],
  [0, 0.5],
  [0.3, 0.6179114221889526],
  [1, 0.8413447460685429],
  [1.5, 0.9331927987311419],
  [2, 0.9772498680518208],
  [2.9, 0.998134186699616],
  [3, 0.9986501019683699],
  [3.1, 0.9990323967867817],
  [5, 0.9999997133484281],
];

const QUANTILE: readonly [number, number][] = [
  [1e-300, -37.0470962993612],
  [1e-20, -9.262340089798409],
  [1e-10, -6.361340902404056],
  [1e-5, -4.264890793922825],
  [0.001, -3.090232306167813],
  [0.02425, -1.972961051311885],
  [0.025, -1.9599639845400545],
  [0.05, -1.6448536269514729],
  [0.1, -1.2815515655446004],
  [0.2, -0.8416212335729142],
  [0.5, 0],
  [0.75, 0.6744897501960817],
  [0.9, 1.2815515655446004],
  [0.975, 1.959963984540054],
  [0.995, 2.5758293035489004],
  [1 - 1e-10, 6.361340889697422],
];

const relativeError = (actual: number, expected: number) => (expected === 0 ? Math.abs(actual) : Math.abs(actual / expected - 1));

describe('normal distribution', () => {
  it('Φ matches SciPy to 1e-13 relative, far tails included', () => {
    for (const [x, expected] of CDF) expect(relativeError(normalCdf(x), expected), `Φ(${x})`).toBeLessThan(1e-13);
  });

  it('Φ⁻¹ matches SciPy to 1e-13 relative', () => {
    for (const [p, expected] of QUANTILE) expect(relativeError(normalQuantile(p), expected), `Φ⁻¹(${p})`).toBeLessThan(1e-13);
  });

  it('Φ is 0 and 1 at the ends of the line, and Φ⁻¹ refuses what is not a probability', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(() => normalCdf(Number.NaN)).toThrow(RangeError);
    for (const p of [0, 1, -0.1, 1.1, Number.NaN]) expect(() => normalQuantile(p), String(p)).toThrow(RangeError);
  });

  it('properties: Φ is increasing and symmetric, Φ⁻¹ inverts it', () => {
    const x = fc.double({ min: -30, max: 30, noNaN: true });
    fc.assert(
      fc.property(x, x, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(normalCdf(low)).toBeLessThanOrEqual(normalCdf(high));
        expect(normalCdf(a) + normalCdf(-a)).toBeCloseTo(1, 14);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1 - 1e-15, noNaN: true }), (p) => {
        const z = normalQuantile(p);
        expect(Number.isFinite(z)).toBe(true);
        // Relative in the lower tail, absolute near 1 (where p itself has few significant bits left).
        const back = normalCdf(z);
        if (p < 0.5) expect(relativeError(back, p)).toBeLessThan(1e-12);
        else expect(Math.abs(back - p)).toBeLessThan(1e-15);
      }),
    );
  });
});
