/**
 * Seeded pseudo-random numbers, so that a simulation shown to a board can be reproduced exactly.
 * mulberry32: 32-bit state, fast, good enough statistically for Monte Carlo of a few thousand
 * draws; not for cryptography.
 */

/** Returns numbers uniformly distributed in [0, 1). */
export type Random = () => number;

export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer between 0 and 2^32 - 1, got ${seed}`);
  }
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
