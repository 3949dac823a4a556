/** Deterministic shuffling: the same seed always gives the same order, so a retry can reshuffle with a new seed. */

/** A seeded PRNG (mulberry32) returning floats in [0, 1); any number is accepted as a seed. */
export function seededRandom(seed: number): () => number {
  let state = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items` (Fisher–Yates driven by `seededRandom(seed)`); the input is left untouched. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** A 32-bit seed derived from a base seed and a text (e.g. a question id), so each question shuffles independently. */
export function deriveSeed(seed: number, text: string): number {
  let hash = 0x811c9dc5 ^ (Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
