import { describe, it, expect } from 'vitest';
import { roi } from '../../../src/lib/finance/roi';

describe('roi', () => {
  it('is (PV benefits − PV costs) / PV costs in percent', () => {
    expect(roi(100, 250)).toEqual({ ok: true, value: 150 });
    expect(roi(100, 0)).toEqual({ ok: true, value: -100 });
    expect(roi(100, 100)).toEqual({ ok: true, value: 0 });
  });

  it('is not defined without a positive cost, whatever the benefits', () => {
    expect(roi(0, 1000)).toEqual({ ok: false, reason: 'zero-cost' });
    expect(roi(0, 0)).toEqual({ ok: false, reason: 'zero-cost' });
    expect(roi(-50, 1000)).toEqual({ ok: false, reason: 'negative-cost' });
  });
});
