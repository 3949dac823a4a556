import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CARE_DEFAULTS, CARE_SPECS, parseCareQuery, serializeCareQuery, type CareState } from '../../../src/lib/calculators/care-query';
import { CURRENCIES } from '../../../src/lib/calculators/currency';

const parse = (query: string) => parseCareQuery(new URLSearchParams(query));

const careState: fc.Arbitrary<CareState> = fc.record({
  fields: fc.record({
    contacts: fc.double({ min: 0, max: CARE_SPECS.contacts.max, noNaN: true }),
    deflection: fc.double({ min: 0, max: 100, noNaN: true }),
    phoneCost: fc.double({ min: 0, max: CARE_SPECS.phoneCost.max, noNaN: true }),
    socialCost: fc.double({ min: 0, max: CARE_SPECS.socialCost.max, noNaN: true }),
    programmeCost: fc.double({ min: 0, max: CARE_SPECS.programmeCost.max, noNaN: true }),
  }),
  currency: fc.constantFrom(...CURRENCIES),
});

describe('care share link', () => {
  it('reads the documented parameters', () => {
    expect(parse('contacts=1200&deflection=40&phoneCost=6.5&socialCost=4.1&programmeCost=2000&currency=GBP')).toEqual({
      state: { fields: { contacts: 1200, deflection: 40, phoneCost: 6.5, socialCost: 4.1, programmeCost: 2000 }, currency: 'GBP' },
      problems: [],
    });
  });

  it('falls back to the default for a bad field only, and reports it', () => {
    const { state, problems } = parse('contacts=abc&deflection=140&phoneCost=7&currency=JPY');
    expect(state.fields).toEqual({ ...CARE_DEFAULTS.fields, phoneCost: 7 });
    expect(state.currency).toBe('EUR');
    expect(problems.map((p) => p.field)).toEqual(['contacts', 'deflection', 'currency']);
    expect(problems[1]).toEqual({ field: 'deflection', received: '140' });
  });

  it('rejects Infinity, NaN and locale-formatted numbers in a link', () => {
    for (const bad of ['Infinity', 'NaN', '1,5', '1 000', '-1']) {
      expect(parse(`contacts=${encodeURIComponent(bad)}`).problems, bad).toHaveLength(1);
    }
  });

  it('round-trips: serialize then parse gives the same state and no problem', () => {
    fc.assert(
      fc.property(careState, (state) => {
        const fields = Object.fromEntries(Object.entries(state.fields).map(([k, v]) => [k, v + 0]));
        const normalized = { ...state, fields } as CareState;
        expect(parseCareQuery(new URLSearchParams(serializeCareQuery(normalized).toString()))).toEqual({
          state: normalized,
          problems: [],
        });
      }),
    );
  });
});
