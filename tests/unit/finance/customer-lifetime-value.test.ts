import { describe, it, expect } from 'vitest';
import { clv } from '../../../src/lib/finance/customer-lifetime-value';
import { expectClose } from './tolerance';

describe('clv', () => {
  it('is margin × retention / (1 + discount − retention)', () => {
    const result = clv(100, 0.8, 0.1);
    expect(result.ok).toBe(true);
    if (result.ok) expectClose(result.value, 80 / 0.3);
    expect(clv(100, 0, 0.1)).toEqual({ ok: true, value: 0 });
  });

  it('accepts a negative discount rate while retention stays below 1 + discount', () => {
    expect(clv(100, 0.5, -0.25)).toEqual({ ok: true, value: 200 });
  });

  it('is not defined where the series diverges', () => {
    expect(clv(100, 1.1, 0.1)).toEqual({ ok: false, reason: 'retention-out-of-range' });
    expect(clv(100, 1.2, 0.1)).toEqual({ ok: false, reason: 'retention-out-of-range' });
    expect(clv(100, -0.1, 0.1)).toEqual({ ok: false, reason: 'retention-out-of-range' });
    expect(clv(100, 0.5, -1)).toEqual({ ok: false, reason: 'retention-out-of-range' });
  });

  it('is not defined for non-finite inputs', () => {
    expect(clv(Number.NaN, 0.5, 0.1)).toEqual({ ok: false, reason: 'not-finite' });
    expect(clv(100, Number.POSITIVE_INFINITY, 0.1)).toEqual({ ok: false, reason: 'not-finite' });
    expect(clv(100, 0.5, Number.NaN)).toEqual({ ok: false, reason: 'not-finite' });
  });
});
