/**
 * The incrementality (lift) test planner: hold out a share of the audience from a campaign, then
 * compare the conversion rates of the held-out (control) and exposed groups.
 *
 * Plan: baseline rate, the smallest relative lift worth detecting, significance level, power, the
 * share held out and the weekly audience → people per group, in all, and weeks of test.
 * Read: people and conversions in each group → lift with its interval and p-value; with the margin
 * per conversion and the campaign's cost, the incremental margin and ROI with their intervals.
 * Incremental conversions are the exposed group's conversions beyond its own size × the control rate:
 * (p₂ − p₁) × n₂; their interval is the difference's interval × n₂.
 *
 * Share link: every field below by name (percentages in percent, dot decimal) plus `currency`.
 * `FIELD_SPECS` is the one source of bounds and defaults for the link, the fields and the docs table.
 * Checks across fields (a rate of 0 or 100 %, more conversions than people, a lift no sample can
 * detect) are issues tied to a field, so the page says what is wrong where it is wrong.
 */
import { defined, notDefined, type Outcome } from '../finance/outcome';
import { compareGroups, requiredTotal, testPower, type Comparison, type Interval } from '../stats/two-proportions';
import { parseCurrency, type Currency } from './currency';
import { defaultsOf, parseScalarQuery, serializeScalarQuery, type QueryProblem, type ScalarSpecs } from './scalar-query';

export const PLAN_FIELDS = ['baseline', 'lift', 'alpha', 'power', 'holdout', 'audience'] as const;
export const READ_FIELDS = ['controlPeople', 'controlConversions', 'exposedPeople', 'exposedConversions', 'margin', 'cost'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];
export type ReadField = (typeof READ_FIELDS)[number];
export type LiftField = PlanField | ReadField;

const PEOPLE = { min: 0, max: 1e10, integer: true } as const;

export const LIFT_SPECS: ScalarSpecs<LiftField> = {
  /** Conversion rate without the campaign, percent. */
  baseline: { min: 0, max: 100, defaultValue: 2 },
  /** Smallest relative lift worth detecting, percent of the baseline. */
  lift: { min: 0, max: 1000, defaultValue: 10 },
  /** Two-sided significance level, percent. */
  alpha: { min: 0.1, max: 20, defaultValue: 5 },
  power: { min: 50, max: 99.9, defaultValue: 80 },
  /** Share of the audience held out, percent. */
  holdout: { min: 1, max: 99, defaultValue: 10 },
  /** New people entering the test each week. */
  audience: { min: 1, max: 1e10, defaultValue: 100000, integer: true },
  controlPeople: { ...PEOPLE, defaultValue: 46000 },
  controlConversions: { ...PEOPLE, defaultValue: 920 },
  exposedPeople: { ...PEOPLE, defaultValue: 414000 },
  exposedConversions: { ...PEOPLE, defaultValue: 9315 },
  /** Margin earned on one conversion. */
  margin: { min: 0, max: 1e9, defaultValue: 40 },
  /** What the campaign cost (media, production, team). */
  cost: { min: 0, max: 1e12, defaultValue: 25000 },
};

/** Below a cent, a campaign cost is taken as none: ROI is then not defined (rather than astronomically large). */
export const MIN_COST = 0.01;

/** Beyond this many people (more than live on Earth) a lift is one no sample can detect. */
export const MAX_PEOPLE = 1e10;

export interface LiftState {
  readonly fields: Record<LiftField, number>;
  readonly currency: Currency;
}

export const LIFT_DEFAULTS: LiftState = { fields: defaultsOf(LIFT_SPECS), currency: 'EUR' };

export function parseLiftQuery(params: URLSearchParams): { state: LiftState; problems: QueryProblem<LiftField | 'currency'>[] } {
  const { state, problems } = parseScalarQuery(params, LIFT_SPECS);
  const { currency, problem } = parseCurrency(params);
  return { state: { fields: state, currency }, problems: problem ? [...problems, problem] : problems };
}

export function serializeLiftQuery(state: LiftState): URLSearchParams {
  const params = serializeScalarQuery(state.fields, LIFT_SPECS);
  params.set('currency', state.currency);
  return params;
}

/** What is wrong with a field given the others; `code` names the message (`lift.issue.<code>`). */
export type LiftIssue =
  | { readonly field: 'baseline'; readonly code: 'baseline-zero' | 'baseline-full' }
  | { readonly field: 'lift'; readonly code: 'lift-zero' | 'lift-too-small' }
  | { readonly field: 'lift'; readonly code: 'lift-too-high'; readonly maxLift: number }
  | { readonly field: 'controlPeople' | 'exposedPeople'; readonly code: 'no-people' }
  | { readonly field: 'controlConversions' | 'exposedConversions'; readonly code: 'more-conversions-than-people' };

type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly LiftIssue[] };

type Fields = Readonly<Record<LiftField, number>>;

export interface Plan {
  readonly controlPeople: number;
  readonly exposedPeople: number;
  readonly totalPeople: number;
  /** Total ÷ weekly audience, not rounded. */
  readonly weeks: number;
}

/** The rates the plan compares, once the baseline and lift make sense. */
function plannedRates(fields: Fields): Checked<{ controlRate: number; exposedRate: number }> {
  const controlRate = fields.baseline / 100;
  if (controlRate === 0) return { ok: false, issues: [{ field: 'baseline', code: 'baseline-zero' }] };
  if (controlRate === 1) return { ok: false, issues: [{ field: 'baseline', code: 'baseline-full' }] };
  if (fields.lift === 0) return { ok: false, issues: [{ field: 'lift', code: 'lift-zero' }] };
  const exposedRate = controlRate * (1 + fields.lift / 100);
  // The exposed rate must stay below 100 %: a lift below (1/p₁ − 1).
  if (exposedRate >= 1) return { ok: false, issues: [{ field: 'lift', code: 'lift-too-high', maxLift: (1 / controlRate - 1) * 100 }] };
  // A lift so small that it vanishes in rounding (a baseline of 1e-300 %) is one no sample can detect.
  if (exposedRate === controlRate) return { ok: false, issues: [{ field: 'lift', code: 'lift-too-small' }] };
  return defined({ controlRate, exposedRate });
}

export function planTest(fields: Fields): Checked<Plan> {
  const rates = plannedRates(fields);
  if (!rates.ok) return rates;
  const share = fields.holdout / 100;
  const total = requiredTotal({ ...rates.value, alpha: fields.alpha / 100, controlShare: share }, fields.power / 100);
  if (!(total <= MAX_PEOPLE)) return { ok: false, issues: [{ field: 'lift', code: 'lift-too-small' }] };
  const controlPeople = Math.ceil(share * total);
  const exposedPeople = Math.ceil((1 - share) * total);
  const totalPeople = controlPeople + exposedPeople;
  return defined({ controlPeople, exposedPeople, totalPeople, weeks: totalPeople / fields.audience });
}

export interface Reading extends Comparison {
  readonly incrementalConversions: number;
  readonly incrementalConversionsInterval: Outcome<Interval, 'no-variation'>;
  readonly incrementalMargin: number;
  readonly incrementalMarginInterval: Outcome<Interval, 'no-variation'>;
  /** Percent: (incremental margin − cost) ÷ cost. */
  readonly roi: Outcome<number, 'no-cost'>;
  readonly roiInterval: Outcome<Interval, 'no-cost' | 'no-variation'>;
  /** Percent: the power these group sizes had to detect the planned lift; 'plan' when the plan's rates are not valid. */
  readonly powerForPlannedLift: Outcome<number, 'plan'>;
}

function readIssues(fields: Fields): LiftIssue[] {
  const issues: LiftIssue[] = [];
  for (const group of ['control', 'exposed'] as const) {
    const people = fields[`${group}People`];
    if (people === 0) issues.push({ field: `${group}People`, code: 'no-people' });
    else if (fields[`${group}Conversions`] > people) issues.push({ field: `${group}Conversions`, code: 'more-conversions-than-people' });
  }
  return issues;
}

export function readTest(fields: Fields): Checked<Reading> {
  const issues = readIssues(fields);
  if (issues.length > 0) return { ok: false, issues };
  const alpha = fields.alpha / 100;
  const comparison = compareGroups({
    controlConversions: fields.controlConversions,
    controlSize: fields.controlPeople,
    exposedConversions: fields.exposedConversions,
    exposedSize: fields.exposedPeople,
    alpha,
  });
  const scale = (interval: Outcome<Interval, 'no-variation'>, factor: number): Outcome<Interval, 'no-variation'> =>
    interval.ok ? defined([interval.value[0] * factor, interval.value[1] * factor] as const) : interval;
  const incrementalConversions = comparison.difference * fields.exposedPeople;
  const incrementalConversionsInterval = scale(comparison.differenceInterval, fields.exposedPeople);
  const incrementalMargin = incrementalConversions * fields.margin;
  const incrementalMarginInterval = scale(incrementalConversionsInterval, fields.margin);
  const roiOf = (margin: number) => ((margin - fields.cost) / fields.cost) * 100;
  const rates = plannedRates(fields);
  return defined({
    ...comparison,
    incrementalConversions,
    incrementalConversionsInterval,
    incrementalMargin,
    incrementalMarginInterval,
    roi: fields.cost >= MIN_COST ? defined(roiOf(incrementalMargin)) : notDefined('no-cost'),
    roiInterval:
      fields.cost < MIN_COST
        ? notDefined('no-cost')
        : incrementalMarginInterval.ok
          ? defined([roiOf(incrementalMarginInterval.value[0]), roiOf(incrementalMarginInterval.value[1])] as const)
          : incrementalMarginInterval,
    powerForPlannedLift: rates.ok
      ? defined(testPower({ ...rates.value, alpha }, fields.controlPeople, fields.exposedPeople) * 100)
      : notDefined('plan'),
  });
}
