/**
 * Three-point estimates (low ≤ likely ≤ high) turned into random draws.
 * - triangular: by inverting its distribution function;
 * - PERT (beta-PERT, λ = 4): low + (high − low) × Beta(α, β) with α = 1 + 4·(likely − low)/(high − low)
 *   and β = 1 + 4·(high − likely)/(high − low); the beta draw is X/(X+Y) of two gamma draws,
 *   sampled with Marsaglia–Tsang (valid as is since α, β ≥ 1).
 */
import type { Random } from './random';

export type Distribution = 'triangular' | 'pert';

function assertThreePoint(low: number, likely: number, high: number): void {
  if (![low, likely, high].every(Number.isFinite) || !(low <= likely && likely <= high)) {
    throw new RangeError(`expected finite low ≤ likely ≤ high, got ${low}, ${likely}, ${high}`);
  }
}

export function triangular(random: Random, low: number, likely: number, high: number): number {
  assertThreePoint(low, likely, high);
  const width = high - low;
  if (width === 0) return low;
  const u = random();
  const draw =
    u < (likely - low) / width
      ? low + Math.sqrt(u * width * (likely - low))
      : high - Math.sqrt((1 - u) * width * (high - likely));
  return clamp(draw, low, high);
}

export function pert(random: Random, low: number, likely: number, high: number): number {
  assertThreePoint(low, likely, high);
  const width = high - low;
  if (width === 0) return low;
  const x = gamma(random, 1 + (4 * (likely - low)) / width);
  const y = gamma(random, 1 + (4 * (high - likely)) / width);
  return clamp(low + width * (x / (x + y)), low, high);
}

export const SAMPLERS: Record<Distribution, typeof triangular> = { triangular, pert };

/**
 * A sampler for one three-point estimate, checked once and with its constants worked out once:
 * the same draws as SAMPLERS[distribution] for the same random sequence, without the per-draw
 * checks and allocations (a Monte Carlo calls it hundreds of thousands of times).
 */
export function samplerFor(distribution: Distribution, low: number, likely: number, high: number): (random: Random) => number {
  assertThreePoint(low, likely, high);
  const width = high - low;
  if (width === 0) return () => low;
  if (distribution === 'triangular') {
    const split = (likely - low) / width;
    const lowSide = likely - low;
    const highSide = high - likely;
    // Same operation order as triangular(), so the draws are bit-for-bit identical.
    return (random) => {
      const u = random();
      return clamp(u < split ? low + Math.sqrt(u * width * lowSide) : high - Math.sqrt((1 - u) * width * highSide), low, high);
    };
  }
  const alpha = gammaSampler(1 + (4 * (likely - low)) / width);
  const beta = gammaSampler(1 + (4 * (high - likely)) / width);
  return (random) => {
    const x = alpha(random);
    const y = beta(random);
    return clamp(low + width * (x / (x + y)), low, high);
  };
}

// low + width × fraction can land one rounding step outside [low, high].
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Marsaglia & Tsang (2000), "A simple method for generating gamma variables", for shape ≥ 1. */
function gamma(random: Random, shape: number): number {
  return gammaSampler(shape)(random);
}

function gammaSampler(shape: number): (random: Random) => number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  return (random) => {
    for (;;) {
      const z = standardNormal(random);
      const w = 1 + c * z;
      const v = w * w * w;
      if (v <= 0) continue;
      const u = 1 - random(); // in (0, 1], so its logarithm is finite
      const z2 = z * z;
      if (u < 1 - 0.0331 * z2 * z2 || Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) return d * v;
    }
  };
}

/** Box–Muller. */
function standardNormal(random: Random): number {
  const radius = Math.sqrt(-2 * Math.log(1 - random()));
  return radius * Math.cos(2 * Math.PI * random());
}
