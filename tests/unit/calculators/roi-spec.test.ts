/**
 * One table for the economic-impact calculator's parameters (roi-spec.ts): a number the share link
 * accepts is one the page's fields accept, and the other way round, at the bounds too; a link
 * read and written again is the same link; and the page documents what the table says.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parameterRows } from '../../../src/components/calculators/parameter-docs';
import { fieldValue } from '../../../src/lib/calculators/field-value';
import { serializeRoiPageQuery } from '../../../src/lib/calculators/roi-model';
import { parseRoiPageQuery } from '../../../src/lib/calculators/roi-example';
import { ROI_CELL_SPECS, ROI_SCALAR_FIELDS, ROI_SPECS, type RoiScalarField } from '../../../src/lib/calculators/roi-spec';
import type { NumberBounds } from '../../../src/lib/calculators/scalar-query';
import { economicImpactInputSchema } from '../../../src/lib/finance/economic-impact-input';
import { LOCALE_TAG, translator, type Lang } from '../../../src/lib/i18n';

const LANGS: readonly Lang[] = ['fr', 'en'];

/** What a person types for a number, digit for digit, in the page's notation (no exponent). */
const typedText = (value: number, lang: Lang) => (lang === 'fr' ? String(value).replace('.', ',') : String(value));

/** The field's value for that text, or null when it refuses it. */
function fieldAccepts(spec: NumberBounds, value: number, lang: Lang): number | null {
  const read = fieldValue(typedText(value, lang), spec, LOCALE_TAG[lang], translator(lang));
  return read.ok ? read.value : null;
}

/** Numbers at, just inside and just outside each bound, and anything in between (no exponent notation, so it can be typed). */
function candidates(spec: NumberBounds): fc.Arbitrary<number> {
  const near = (bound: number) => [bound, bound - 1, bound + 1, bound - 0.005, bound + 0.005, bound - 1e-6, bound + 1e-6];
  const span = spec.max - spec.min;
  return fc
    .oneof(
      fc.constantFrom(...near(spec.min), ...near(spec.max), 0, -0, 0.5, 2.5, -1),
      fc.double({ min: spec.min - span / 10, max: spec.max + span / 10, noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: Math.ceil(spec.min) - 2, max: Math.floor(spec.max) + 2 }),
    )
    .filter((value) => !/e/i.test(String(value)));
}

const scalarLink = (field: RoiScalarField, value: number) => new URLSearchParams({ [field]: String(value) });

function linkScalar(field: RoiScalarField, value: number, lang: Lang): number | null {
  const { state, problems } = parseRoiPageQuery(scalarLink(field, value), lang);
  if (problems.length > 0) return null;
  const read = {
    rate: state.input.ratePercent,
    years: state.input.years,
    riskCost: state.input.riskCostPercent,
    riskBenefit: state.input.riskBenefitPercent,
    seed: state.seed,
  }[field];
  return read ?? null;
}

describe('a share link and the page’s fields accept the same numbers', () => {
  for (const field of ROI_SCALAR_FIELDS) {
    it(`${field}: every value the field accepts, the link accepts, and the other way round`, () => {
      fc.assert(
        fc.property(candidates(ROI_SPECS[field]), fc.constantFrom(...LANGS), (value, lang) => {
          const typed = fieldAccepts(ROI_SPECS[field], value, lang);
          const linked = linkScalar(field, value, lang);
          expect(linked, `${field}=${value}: link ${linked}, field ${typed}`).toBe(typed);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('the bounds where they used to differ: a rate of −99.99 % is accepted by both, −99.995 % by neither', () => {
    for (const lang of LANGS) {
      expect(fieldAccepts(ROI_SPECS.rate, -99.99, lang)).toBe(-99.99);
      expect(linkScalar('rate', -99.99, lang)).toBe(-99.99);
      expect(fieldAccepts(ROI_SPECS.rate, -99.995, lang)).toBeNull();
      expect(linkScalar('rate', -99.995, lang)).toBeNull();
    }
  });

  it('amounts: a cost line’s value, in a link and typed into its cell', () => {
    fc.assert(
      fc.property(candidates(ROI_CELL_SPECS.amount), fc.constantFrom(...LANGS), (value, lang) => {
        const { state, problems } = parseRoiPageQuery(new URLSearchParams({ cost: `A:${value}` }), lang);
        const linked = problems.length === 0 ? (state.input.costs[0]?.values[0] ?? null) : null;
        expect(linked).toBe(fieldAccepts(ROI_CELL_SPECS.amount, value, lang));
      }),
      { numRuns: 300 },
    );
  });

  it('multipliers: a line’s range, in a link and typed into its cells', () => {
    fc.assert(
      fc.property(candidates(ROI_CELL_SPECS.factor), fc.constantFrom(...LANGS), (value, lang) => {
        const { state, problems } = parseRoiPageQuery(new URLSearchParams({ cost: 'A:1', costRange: `${value},${value},${value}` }), lang);
        const linked = problems.length === 0 ? (state.costRanges[0]?.low ?? null) : null;
        expect(linked).toBe(fieldAccepts(ROI_CELL_SPECS.factor, value, lang));
      }),
      { numRuns: 300 },
    );
  });
});

// ── Link → state → link ─────────────────────────────────────────────────────────────────────
const number = fc.oneof(fc.double({ noNaN: true }).map(String), fc.integer({ min: -200, max: 2000 }).map(String), fc.constantFrom('', 'abc', '1e3', '-0'));
const line = fc.oneof(
  fc.tuple(fc.string({ maxLength: 12 }), fc.array(number, { maxLength: 7 })).map(([label, values]) => `${label}:${values.join(',')}`),
  fc.string({ maxLength: 12 }),
  fc.constant(''),
);
const link = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom('rate', 'years', 'riskCost', 'riskBenefit', 'seed'), number),
      fc.tuple(fc.constantFrom('cost', 'benefit'), line),
      fc.tuple(fc.constantFrom('costRange', 'benefitRange'), fc.tuple(number, number, number).map((n) => n.join(','))),
      fc.tuple(fc.constantFrom('dist'), fc.constantFrom('pert', 'triangular', 'normal', '')),
      fc.tuple(fc.constantFrom('currency'), fc.constantFrom('EUR', 'USD', 'GBP', 'XYZ', '')),
    ),
    { maxLength: 14 },
  )
  .map((pairs) => new URLSearchParams(pairs));

describe('a share link read and written again', () => {
  it('property: link → state → link gives back the same state, with nothing to report, and the same text', () => {
    fc.assert(
      fc.property(link, fc.constantFrom(...LANGS), (params, lang) => {
        const { state } = parseRoiPageQuery(params, lang);
        expect(economicImpactInputSchema.safeParse(state.input).success).toBe(true);
        const written = serializeRoiPageQuery(state);
        const reread = parseRoiPageQuery(written, lang);
        expect(reread.problems).toEqual([]);
        expect(reread.state).toEqual(state);
        expect(serializeRoiPageQuery(reread.state).toString()).toBe(written.toString());
      }),
      { numRuns: 300 },
    );
  });

  it('a link whose lines were all refused, or a side emptied in the editor, keeps that side empty (not the worked example’s lines)', () => {
    const { state, problems } = parseRoiPageQuery(new URLSearchParams('cost=no-colon&benefit=B:0,100'), 'en');
    expect(problems).toHaveLength(1);
    expect(state.input.costs).toEqual([]);
    const written = serializeRoiPageQuery(state);
    expect(written.getAll('cost')).toEqual(['']);
    expect(parseRoiPageQuery(written, 'en')).toEqual({ state, problems: [] });
  });
});

describe('the page documents the table', () => {
  for (const lang of LANGS) {
    it(`${lang}: each scalar parameter's row gives its bounds and default from ROI_SPECS`, () => {
      const t = translator(lang);
      const rows = new Map(parameterRows('roi', t).map((row) => [row.name, row]));
      for (const field of ROI_SCALAR_FIELDS) {
        const spec = ROI_SPECS[field];
        const row = rows.get(field);
        expect(row?.accepted).toContain(String(spec.min));
        expect(row?.accepted).toContain(String(spec.max));
        expect(row?.defaultValue).toBe(spec.defaultValue === null ? t('roi.param.none') : String(spec.defaultValue));
      }
      expect(rows.get('costRange')?.accepted).toContain(String(ROI_CELL_SPECS.factor.max));
      expect(rows.get('costRange')?.defaultValue).toBe('0.9,1,1.3');
    });
  }
});
