/**
 * Issue 15 §1: whatever the economic-impact page accepts, from a share link or typed into its
 * fields, it renders: every figure is its own finite number or a stated reason in the page's
 * language, never a throw (which left the worked example's figures on screen), NaN or Infinity.
 * The states go through the code the element runs: parseRoiPageQuery for a link; fieldValue with
 * ROI_SPECS and ROI_CELL_SPECS, isValidRange and roiStateFromFields for typed fields; then roiView,
 * monteCarloView and linesTable.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldValue } from '../../../src/lib/calculators/field-value';
import { formatInput, formatNumber } from '../../../src/lib/calculators/format';
import { monteCarloView } from '../../../src/lib/calculators/roi-monte-carlo-view';
import {
  isValidRange,
  roiStateFromFields,
  type EditedLine,
  type RoiState,
} from '../../../src/lib/calculators/roi-model';
import { parseRoiPageQuery } from '../../../src/lib/calculators/roi-example';
import { ROI_CELL_SPECS, ROI_SPECS } from '../../../src/lib/calculators/roi-spec';
import type { NumberBounds } from '../../../src/lib/calculators/scalar-query';
import { linesTable, roiView } from '../../../src/lib/calculators/roi-view';
import type { ChartShape } from '../../../src/lib/calculators/charts';
import type { ResultView } from '../../../src/lib/calculators/view';
import { economicImpact } from '../../../src/lib/finance/economic-impact';
import { MAX_ABS_AMOUNT } from '../../../src/lib/finance/economic-impact-input';
import { LOCALE_TAG, translator, type Lang } from '../../../src/lib/i18n';

const LANGS: readonly Lang[] = ['fr', 'en'];
const BAD_TEXT = /NaN|Infinity|∞|undefined|\{\w+\}/;

/** The reasons a figure may give instead of a value, in the page's language. */
function reasons(lang: Lang): Set<string> {
  const t = translator(lang);
  return new Set([
    t('roi.roi.zero-cost'),
    t('roi.roi.negative-cost'),
    t('roi.irr.no-sign-change'),
    t('roi.irr.multiple-sign-changes'),
    t('roi.irr.no-root'),
    t('roi.payback.never'),
    t('roi.figure.too-large'),
    t('roi.scenario.amounts-too-large', { max: formatNumber(MAX_ABS_AMOUNT, LOCALE_TAG[lang], 0) }),
  ]);
}
const REASONS: Record<Lang, Set<string>> = { fr: reasons('fr'), en: reasons('en') };

function expectFigure(result: ResultView, lang: Lang): void {
  if (result.value === null) {
    expect(REASONS[lang], `${result.name}: "${result.text}"`).toContain(result.text);
  } else {
    expect(Number.isFinite(result.value), `${result.name} = ${result.value}`).toBe(true);
    expect(result.text, result.name).not.toMatch(BAD_TEXT);
  }
}

function expectChart(chart: ChartShape): void {
  const numbers = [
    chart.width,
    chart.height,
    ...chart.rects.flatMap((r) => [r.x, r.y, r.width, r.height]),
    ...chart.lines.flatMap((l) => l.points.flat()),
    ...chart.labels.flatMap((l) => [l.x, l.y]),
  ];
  expect(numbers.every(Number.isFinite)).toBe(true);
  for (const label of chart.labels) expect(label.text).not.toMatch(BAD_TEXT);
}

/** Renders a state as the element does, and checks every figure it would show. */
function expectRenders(state: RoiState, lang: Lang): ReturnType<typeof roiView> {
  const locale = LOCALE_TAG[lang];
  const t = translator(lang);
  const view = roiView(state, locale, t);
  const monteCarlo = monteCarloView(state, locale);
  const table = linesTable(state, locale, t);
  for (const result of [...view.headline, ...(view.riskAdjusted ?? []), ...view.scenarios.flatMap((row) => row.cells), ...monteCarlo]) {
    expectFigure(result, lang);
  }
  for (const cell of [...view.cashFlow.rows, ...view.tornado.rows].flatMap((row) => row.cells)) {
    expect(Number.isFinite(cell.value)).toBe(true);
    expect(cell.text).not.toMatch(BAD_TEXT);
  }
  expectChart(view.cashFlow.chart);
  expectChart(view.tornado.chart);
  expect(view.summary).not.toMatch(BAD_TEXT);
  for (const cell of table.sections.flatMap((s) => s.rows.flat())) expect(cell).not.toMatch(BAD_TEXT);
  // Its own figures: the headline is the state's expected case, and so is the scenarios' middle column.
  const own = economicImpact(state.input);
  if (!own.ok) throw new Error('the page rendered a state the calculator does not accept');
  expect(view.headline[0]?.value).toBe(Number.isFinite(own.value.pvCosts) ? own.value.pvCosts : null);
  expect(view.scenarios.map((row) => row.cells[1]?.value)).toEqual(view.headline.slice(0, 5).map((r) => r.value));
  return view;
}

// ── Amounts, rates, factors and risks at and near their limits ──────────────────────────────
const EXTREME_AMOUNTS = [MAX_ABS_AMOUNT, -MAX_ABS_AMOUNT, 9e14, -9e14, 999_999_999_999_999.9, 7.7e14, 1e13, 5e-324, -5e-324, 1e-300, 0];
const amount = fc.oneof(
  { arbitrary: fc.constantFrom(...EXTREME_AMOUNTS), weight: 3 },
  { arbitrary: fc.double({ min: -MAX_ABS_AMOUNT, max: MAX_ABS_AMOUNT, noNaN: true }), weight: 2 },
  { arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }), weight: 2 },
);
const rate = fc.oneof(
  fc.constantFrom(-99.99999999999999, -99.9999, -99.99, -50, 0, 10, 999.99, 1000),
  fc.double({ min: -100, max: 1000, minExcluded: true, noNaN: true }),
);
const factor = fc.oneof(fc.constantFrom(0, 1e-300, 0.6, 1, 1.3, 99.99, 100), fc.double({ min: 0, max: 100, noNaN: true }));
const factors = fc
  .tuple(factor, factor, factor)
  .map((values) => values.map((v) => v + 0).sort((a, b) => a - b) as [number, number, number]);
const risk = fc.oneof(fc.constantFrom(0, 100, 99.999), fc.double({ min: 0, max: 100, noNaN: true }));
// Labels are the reader's text, shown as typed: keep out of them what the checks look for in figures.
const label = fc.string({ maxLength: 90 }).filter((text) => !BAD_TEXT.test(text));

// ── Share links ────────────────────────────────────────────────────────────────────────────
const lineText = fc.oneof(
  { arbitrary: fc.tuple(label, fc.array(amount, { maxLength: 6 })).map(([l, values]) => `${l}:${values.map(String).join(',')}`), weight: 9 },
  // Refused lines (too many values, not numbers, beyond the limit) are dropped on their own.
  { arbitrary: fc.oneof(label, fc.constant('X:1e16'), fc.constant('X:1,2,3,4,5,6,7')), weight: 1 },
);
const optionalText = (arbitrary: fc.Arbitrary<string>) => fc.option(fc.oneof({ arbitrary, weight: 9 }, { arbitrary: fc.string({ maxLength: 8 }), weight: 1 }), { nil: undefined });

const shareLink = fc
  .record({
    rate: optionalText(rate.map(String)),
    years: optionalText(fc.integer({ min: 0, max: 6 }).map(String)),
    costs: fc.array(lineText, { maxLength: 21 }),
    benefits: fc.array(lineText, { maxLength: 21 }),
    costRanges: fc.array(factors.map((f) => f.join(',')), { maxLength: 8 }),
    benefitRanges: fc.array(factors.map((f) => f.join(',')), { maxLength: 8 }),
    riskCost: optionalText(risk.map(String)),
    riskBenefit: optionalText(risk.map(String)),
    dist: optionalText(fc.constantFrom('pert', 'triangular')),
    seed: optionalText(fc.integer({ min: 0, max: 0xffffffff }).map(String)),
    currency: optionalText(fc.constantFrom('EUR', 'USD', 'GBP')),
  })
  .map((link) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(link)) {
      if (value === undefined) continue;
      const key = { costs: 'cost', benefits: 'benefit', costRanges: 'costRange', benefitRanges: 'benefitRange' }[name] ?? name;
      for (const one of Array.isArray(value) ? value : [value]) params.append(key, one);
    }
    return params.toString();
  });

describe('every share link the page accepts renders', () => {
  for (const lang of LANGS) {
    it(`${lang}: the issue's link shows its own figures, and a reason for the conservative scenario`, () => {
      const { state, problems } = parseRoiPageQuery(new URLSearchParams('cost=A:9e14&benefit=B:0,1'), lang);
      expect(problems).toEqual([]);
      const view = expectRenders(state, lang);
      expect(view.headline[0]).toMatchObject({ name: 'pv-costs', value: 9e14 });
      const column = (index: number) => view.scenarios.map((row) => row.cells[index]!);
      const reason = lang === 'fr' ? /^Non calculable\u00a0: avec les multiplicateurs/ : /^Cannot compute: with this scenario’s multipliers/;
      for (const cell of column(0)) expect(cell).toMatchObject({ value: null, text: expect.stringMatching(reason) });
      expect(column(1)[0]?.value).toBe(9e14);
      expect(column(2)[0]?.value).toBeCloseTo(9e14 * 0.9, -2);
    });
  }

  it('an ROI or IRR too large to represent is said in words (a cost of 5e-324 against real benefits)', () => {
    const { state } = parseRoiPageQuery(new URLSearchParams('rate=-99.99&cost=A:5e-324&benefit=B:0,1000000'), 'en');
    const view = expectRenders(state, 'en');
    expect(view.headline.find((r) => r.name === 'roi')).toMatchObject({ value: null, text: translator('en')('roi.figure.too-large') });
  });

  it('property: any link, huge amounts, extreme rates, factors and risks included', () => {
    fc.assert(
      fc.property(shareLink, fc.constantFrom(...LANGS), (query, lang) => {
        const { state } = parseRoiPageQuery(new URLSearchParams(query), lang);
        expectRenders(state, lang);
      }),
      { numRuns: 150 },
    );
  });
});

// ── Typed fields ────────────────────────────────────────────────────────────────────────────
/**
 * What a person may type and the fields accept: the page's own notation (as the fields show
 * values), grouped digits, and for amounts long digit strings (down to 5e-324). Refused entries
 * only show a message by their field; the property is about the accepted ones.
 */
const typed = (value: fc.Arbitrary<number>, lang: Lang, digitStrings = false) => {
  const locale = LOCALE_TAG[lang];
  const decimal = lang === 'fr' ? ',' : '.';
  const notations = [
    { arbitrary: value.map((v) => formatInput(v, locale)), weight: 6 },
    { arbitrary: value.map((v) => formatNumber(v, locale, 2)), weight: 2 },
  ];
  if (!digitStrings) return fc.oneof(...notations);
  return fc.oneof(
    ...notations,
    {
      arbitrary: fc
        .tuple(fc.constantFrom('', '-'), fc.stringMatching(/^[0-9]{1,15}$/), fc.integer({ min: 0, max: 330 }), fc.stringMatching(/^[1-9]{0,3}$/))
        .map(([sign, whole, zeros, digits]) => `${sign}${whole}${digits === '' ? '' : `${decimal}${'0'.repeat(zeros)}${digits}`}`),
      weight: 2,
    },
    { arbitrary: fc.constantFrom('1000000000000000', '-1000000000000000', '900000000000000', `0${decimal}${'0'.repeat(323)}5`), weight: 1 },
  );
};
const typedRate = fc.oneof(fc.constantFrom(-99.99, -99.9, 0, 1000), fc.double({ min: -99.99, max: 1000, noNaN: true }));

interface TypedLine {
  readonly label: string;
  readonly values: readonly string[];
  readonly factors: readonly [string, string, string];
}

const typedLine = (lang: Lang): fc.Arbitrary<TypedLine> =>
  fc.record({
    label,
    values: fc.array(typed(amount, lang, true), { minLength: 6, maxLength: 6 }),
    factors: factors.map((f) => f.map((v) => formatInput(v, LOCALE_TAG[lang])) as unknown as [string, string, string]),
  });

interface TypedFields {
  readonly rate: string;
  readonly years: string;
  readonly riskCost: string;
  readonly riskBenefit: string;
  readonly seed: string;
  readonly dist: string;
  readonly currency: string;
  readonly costs: readonly TypedLine[];
  readonly benefits: readonly TypedLine[];
}

const typedFields = (lang: Lang): fc.Arbitrary<TypedFields> =>
  fc.record({
    rate: typed(typedRate, lang),
    years: fc.integer({ min: 1, max: 5 }).map(String),
    riskCost: fc.oneof(fc.constant(''), typed(risk, lang)),
    riskBenefit: fc.oneof(fc.constant(''), typed(risk, lang)),
    seed: fc.integer({ min: 0, max: 0xffffffff }).map(String),
    dist: fc.constantFrom('pert', 'triangular'),
    currency: fc.constantFrom('EUR', 'USD', 'GBP'),
    costs: fc.array(typedLine(lang), { maxLength: 20 }),
    benefits: fc.array(typedLine(lang), { maxLength: 20 }),
  });

/** The element's recompute: each field through fieldValue and its spec; null when one is refused (the page then keeps its last figures). */
function typedState(fields: TypedFields, lang: Lang): RoiState | null {
  const locale = LOCALE_TAG[lang];
  const t = translator(lang);
  let refused = false;
  const read = (text: string, spec: NumberBounds) => {
    const result = fieldValue(text, spec, locale, t);
    if (result.ok) return result.value;
    expect(result.message).not.toMatch(BAD_TEXT);
    refused = true;
    return 0;
  };
  const optional = (text: string) => (text.trim() === '' ? undefined : read(text, ROI_SPECS.riskCost));
  const years = read(fields.years, ROI_SPECS.years);
  const lines = (typedLines: readonly TypedLine[]): EditedLine[] =>
    typedLines.map((line) => {
      const [low, likely, high] = line.factors.map((text) => read(text, ROI_CELL_SPECS.factor));
      const range = { low: low ?? 0, likely: likely ?? 0, high: high ?? 0 };
      if (!isValidRange(range)) refused = true;
      return { label: line.label, values: line.values.map((text) => read(text, ROI_CELL_SPECS.amount)), range };
    });
  const state = roiStateFromFields({
    ratePercent: read(fields.rate, ROI_SPECS.rate),
    years,
    riskCostPercent: optional(fields.riskCost),
    riskBenefitPercent: optional(fields.riskBenefit),
    seed: read(fields.seed, ROI_SPECS.seed),
    distribution: fields.dist,
    currency: fields.currency,
    costs: lines(fields.costs),
    benefits: lines(fields.benefits),
  });
  return refused ? null : state;
}

describe('every value the fields accept renders', () => {
  for (const lang of LANGS) {
    it(`${lang}: typing 900 000 000 000 000 as a cost gives a reason for the conservative scenario, not a throw`, () => {
      const state = typedState(
        {
          rate: '10',
          years: '3',
          riskCost: '',
          riskBenefit: '',
          seed: '42',
          dist: 'pert',
          currency: 'EUR',
          costs: [{ label: 'A', values: ['900000000000000', '0', '0', '0', '0', '0'], factors: ['0', '1', '100'] }],
          benefits: [{ label: 'B', values: ['0', '1', '0', '0', '0', '0'], factors: ['0', '1', '1'] }],
        },
        lang,
      );
      expect(state).not.toBeNull();
      const view = expectRenders(state!, lang);
      expect(view.scenarios.every((row) => row.cells[0]?.value === null)).toBe(true);
    });

    it(`${lang}: property: any accepted typed values, huge amounts, extreme rates, factors and risks included`, () => {
      let rendered = 0;
      fc.assert(
        fc.property(typedFields(lang), (fields) => {
          const state = typedState(fields, lang);
          if (state === null) return;
          rendered++;
          expectRenders(state, lang);
        }),
        { numRuns: 100 },
      );
      // Most generated entries are acceptable: the property is about them, not about refusals.
      expect(rendered).toBeGreaterThan(20);
    });
  }
});
