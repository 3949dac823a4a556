import { describe, it, expect } from 'vitest';
import { careDeflection, type CareDeflectionInput } from '../../../src/lib/finance/care-deflection';
import { expectClose } from './tolerance';

const BASE: CareDeflectionInput = {
  contacts: 10000,
  deflectionPercent: 10,
  phoneCost: 6,
  socialCost: 2,
  programmeCost: 2000,
};

const figuresOf = (input: CareDeflectionInput) => {
  const result = careDeflection(input);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues)}`);
  return result.value;
};

describe('careDeflection', () => {
  it('computes monthly and yearly savings and the break-even volume', () => {
    const figures = figuresOf(BASE);
    // 10,000 contacts × 10 % × (6 − 2) − 2,000
    expectClose(figures.monthlySavings, 2000);
    expectClose(figures.yearlySavings, 24000);
    // 2,000 / (10 % × 4)
    expect(figures.breakEvenContacts.ok).toBe(true);
    if (figures.breakEvenContacts.ok) expectClose(figures.breakEvenContacts.value, 5000);
  });

  it('loses the programme cost when nothing is deflected, and never breaks even', () => {
    const figures = figuresOf({ ...BASE, deflectionPercent: 0 });
    expect(figures.monthlySavings).toBe(-2000);
    expect(figures.breakEvenContacts).toEqual({ ok: false, reason: 'never' });
  });

  it('never breaks even when a social contact costs as much as a phone call or more', () => {
    expect(figuresOf({ ...BASE, socialCost: 6 }).breakEvenContacts).toEqual({ ok: false, reason: 'never' });
    expect(figuresOf({ ...BASE, socialCost: 8 }).breakEvenContacts).toEqual({ ok: false, reason: 'never' });
  });

  it('rejects impossible inputs', () => {
    for (const change of [
      { contacts: -1 },
      { deflectionPercent: 101 },
      { phoneCost: Number.NaN },
      { programmeCost: -5 },
    ]) {
      expect(careDeflection({ ...BASE, ...change })).toMatchObject({ ok: false, reason: 'invalid-input' });
    }
  });
});
