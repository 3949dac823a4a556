import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveSeed, seededRandom, shuffle } from '../../../src/lib/quiz/shuffle';

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

describe('shuffle', () => {
  it('returns a permutation of the input and leaves the input untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const before = [...items];
        const result = shuffle(items, seed);
        expect(items).toEqual(before);
        expect(sorted(result)).toEqual(sorted(items));
      }),
    );
  });

  it('is deterministic per seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.double(), (items, seed) => {
        expect(shuffle(items, seed)).toEqual(shuffle(items, seed));
      }),
    );
  });

  it('gives different orders for different seeds (not a fixed permutation)', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => shuffle(items, seed).join(',')));
    expect(orders.size).toBeGreaterThan(15);
  });

  it('places every item everywhere with roughly equal frequency', () => {
    const counts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) counts[shuffle([0, 1, 2, 3], seed).indexOf(0)]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });
});

describe('seededRandom and deriveSeed', () => {
  it('stays in [0, 1) for any seed, NaN included', () => {
    fc.assert(
      fc.property(fc.double(), (seed) => {
        const random = seededRandom(seed);
        for (let i = 0; i < 5; i++) {
          const x = random();
          expect(x >= 0 && x < 1).toBe(true);
        }
      }),
    );
  });

  it('derives distinct, stable seeds per text', () => {
    expect(deriveSeed(7, 'q1')).toBe(deriveSeed(7, 'q1'));
    expect(deriveSeed(7, 'q1')).not.toBe(deriveSeed(7, 'q2'));
    expect(deriveSeed(7, 'q1')).not.toBe(deriveSeed(8, 'q1'));
  });
});
