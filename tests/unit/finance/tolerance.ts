import { expect } from 'vitest';

/**
 * Asserts |actual − expected| ≤ relative × scale. The scale defaults to |expected|; pass the sum of
 * the magnitudes involved when the expected value comes from cancelling terms (it may be near 0).
 */
export function expectClose(actual: number, expected: number, scale = Math.abs(expected), relative = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(scale, Number.MIN_VALUE));
}
