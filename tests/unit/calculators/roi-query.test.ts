import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  economicImpactInputSchema,
  MAX_LABEL_LENGTH,
  type EconomicImpactInput,
} from '../../../src/lib/finance/economic-impact-input';
import { parseRoiQuery, ROI_QUERY_DEFAULTS, serializeRoiQuery } from '../../../src/lib/calculators/roi-query';
import { ROI_SPECS } from '../../../src/lib/calculators/roi-spec';
import { anyAmount, economicImpactInput } from '../finance/arbitraries';

const parse = (query: string, defaults?: EconomicImpactInput) => parseRoiQuery(new URLSearchParams(query), defaults);

describe('parseRoiQuery', () => {
  it('uses the defaults (rate 10 %, 3 years, no lines) for an empty query', () => {
    expect(parse('')).toEqual({ state: { ratePercent: 10, years: 3, costs: [], benefits: [] }, problems: [] });
  });

  it('reads every parameter of the share link', () => {
    const { state, problems } = parse(
      'rate=8.5&years=5&cost=Licences:53150,666715&cost=Training:0,1000.5&benefit=Sales%20time:0,1606511&riskCost=10&riskBenefit=15',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      ratePercent: 8.5,
      years: 5,
      costs: [
        { label: 'Licences', values: [53150, 666715] },
        { label: 'Training', values: [0, 1000.5] },
      ],
      benefits: [{ label: 'Sales time', values: [0, 1606511] }],
      riskCostPercent: 10,
      riskBenefitPercent: 15,
    });
  });

  it('ends the label at the last colon, so labels may contain colons and commas', () => {
    const { state } = parse(`cost=${encodeURIComponent('Phase 1: set-up, licences:100,200')}`);
    expect(state.costs).toEqual([{ label: 'Phase 1: set-up, licences', values: [100, 200] }]);
  });

  it('accepts a line without values (all 0) and negative values', () => {
    expect(parse('cost=Nothing%20yet:&benefit=Refund:-5,1e3').state).toMatchObject({
      costs: [{ label: 'Nothing yet', values: [] }],
      benefits: [{ label: 'Refund', values: [-5, 1000] }],
    });
  });

  it('falls back to the default for a bad parameter only, and reports it', () => {
    const { state, problems } = parse('rate=abc&years=7&riskCost=150&riskBenefit=20&cost=A:1', {
      ...ROI_QUERY_DEFAULTS,
      riskCostPercent: 5,
    });
    expect(state).toEqual({
      ratePercent: 10,
      years: 3,
      costs: [{ label: 'A', values: [1] }],
      benefits: [],
      riskCostPercent: 5,
      riskBenefitPercent: 20,
    });
    expect(problems).toEqual([
      { field: 'rate', key: 'roi.problem.rate', received: 'abc' },
      { field: 'years', key: 'roi.problem.years', received: '7' },
      { field: 'riskCost', key: 'roi.problem.riskCost', received: '150' },
    ]);
  });

  it.each([
    ['rate', '-100'],
    ['rate', '-99.995'],
    ['rate', 'Infinity'],
    ['rate', 'NaN'],
    ['rate', '10%'],
    ['rate', '1e400'],
    ['years', '0'],
    ['years', '2.5'],
    ['riskBenefit', '-1'],
  ])('rejects %s=%s', (field, value) => {
    const { state, problems } = parse(`${field}=${encodeURIComponent(value)}`);
    expect(problems).toHaveLength(1);
    expect(state).toEqual(ROI_QUERY_DEFAULTS);
  });

  it('treats an empty parameter as absent', () => {
    expect(parse('rate=&years=&riskCost=')).toEqual({ state: ROI_QUERY_DEFAULTS, problems: [] });
  });

  it('drops a malformed line on its own and keeps the others', () => {
    const { state, problems } = parse(
      'benefit=Good:1,2&benefit=no-colon&benefit=Bad:1,,2&benefit=Big:1e16&benefit=Long:1,2,3,4,5,6,7&benefit=Also%20good:3',
    );
    expect(state.benefits).toEqual([
      { label: 'Good', values: [1, 2] },
      { label: 'Also good', values: [3] },
    ]);
    expect(problems.map((problem) => [problem.field, problem.key, problem.line])).toEqual([
      ['benefit', 'roi.problem.line', 2],
      ['benefit', 'roi.problem.line', 3],
      ['benefit', 'roi.problem.line', 4],
      ['benefit', 'roi.problem.line', 5],
    ]);
  });

  it('keeps the first 20 lines of a side and reports the rest', () => {
    const query = Array.from({ length: 25 }, (_, i) => `cost=L${i}:${i}`).join('&');
    const { state, problems } = parse(query);
    expect(state.costs).toHaveLength(20);
    expect(problems).toEqual([{ field: 'cost', key: 'roi.problem.tooManyLines', received: '25' }]);
  });

  it('keeps labels as plain text: markup stays literal, control characters go, length is capped', () => {
    const markup = '<img src=x onerror=alert(1)>';
    expect(parse(`cost=${encodeURIComponent(`${markup}:1`)}`).state.costs[0]?.label).toBe(markup);
    expect(parse(`cost=${encodeURIComponent('  Line\u0000\nbreak\t :1')}`).state.costs[0]?.label).toBe('Line break');
    const long = parse(`cost=${encodeURIComponent(`${'é'.repeat(200)}:1`)}`).state.costs[0]?.label ?? '';
    expect(Array.from(long)).toHaveLength(MAX_LABEL_LENGTH);
  });

  it('never throws and always yields a valid calculator state, whatever the query', () => {
    const queryText = fc.oneof(
      fc.string(),
      fc
        .array(
          fc.tuple(
            fc.constantFrom('rate', 'years', 'cost', 'benefit', 'riskCost', 'riskBenefit', 'other'),
            fc.string({ unit: 'binary' }),
          ),
        )
        .map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(queryText, (text) => {
        const { state } = parse(text);
        expect(economicImpactInputSchema.safeParse(state).success).toBe(true);
      }),
    );
    // Long binary strings: a few seconds idle, 40 s seen on a busy machine; the config's 60 s applies.
  });
});

describe('serializeRoiQuery', () => {
  it('writes the share-link parameters', () => {
    const query = serializeRoiQuery({
      ratePercent: 10,
      years: 3,
      costs: [{ label: 'Licences & set-up', values: [100, 200.5] }],
      benefits: [],
      riskBenefitPercent: 15,
    }).toString();
    // No benefit line: an empty `benefit=`, so that defaults with lines are not read in its place.
    expect(query).toBe('rate=10&years=3&cost=Licences+%26+set-up%3A100%2C200.5&benefit=&riskBenefit=15');
  });

  it('is the inverse of parseRoiQuery (round trip through the query text)', () => {
    // Any rate the link accepts, any double an amount may be.
    const rate = fc.double({ min: ROI_SPECS.rate.min, max: ROI_SPECS.rate.max, noNaN: true }).map((value) => value + 0);
    const state = economicImpactInput(anyAmount, rate);
    fc.assert(
      fc.property(state, (original) => {
        const text = serializeRoiQuery(original).toString();
        expect(parse(text)).toStrictEqual({ state: original, problems: [] });
      }),
    );
  });
});
