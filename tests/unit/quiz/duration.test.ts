import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/lib/quiz/duration';

describe('formatDuration', () => {
  it('reads like a clock', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(75_000)).toBe('1:15');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(59_600)).toBe('1:00');
  });
  it('never shows NaN or a negative time', () => {
    for (const bad of [Number.NaN, -5, Number.POSITIVE_INFINITY]) expect(formatDuration(bad)).toBe('0:00');
    fc.assert(fc.property(fc.double(), (ms) => /^\d+(:\d\d){1,2}$/.test(formatDuration(ms))));
  });
});
