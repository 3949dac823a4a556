/**
 * The economic-impact page's whole state: the public share link (`rate`, `years`, `cost`,
 * `benefit`, `riskCost`, `riskBenefit`, parsed by roi-query) plus what the page adds:
 * - `costRange`, `benefitRange`: repeatable, one per line in the same order, `low,likely,high`
 *   multipliers of the line as entered (e.g. `0.9,1,1.3`); a missing one takes the side's default;
 * - `dist`: `triangular` or `pert`, the Monte Carlo draws; `seed`: its generator's seed;
 * - `currency`: EUR, USD or GBP.
 * Three scenarios come from the ranges: conservative (costs high, benefits low), expected
 * (likely) and optimistic (costs low, benefits high).
 */
import { economicImpact, type EconomicImpact } from '../finance/economic-impact';
import { MAX_ABS_AMOUNT, type EconomicImpactInput, type LineItem } from '../finance/economic-impact-input';
import { notDefined, type Validated } from '../finance/outcome';
import type { UncertainImpactInput, UncertainLineItem } from '../finance/uncertain-impact-input';
import type { Distribution } from '../finance/samplers';
import { isCurrency, parseCurrency, type Currency } from './currency';
import { DECIMAL, shorten } from '../share-link/text';
import { parseRoiQuery, ROI_QUERY_DEFAULTS, serializeRoiQuery, type RoiQueryProblem } from './roi-query';
import { ROI_CELL_SPECS, ROI_SPECS } from './roi-spec';
import { acceptsValue, readScalar, type QueryProblem } from './scalar-query';

export interface Range {
  readonly low: number;
  readonly likely: number;
  readonly high: number;
}

export interface RoiState {
  readonly input: EconomicImpactInput;
  /** One per line of input.costs / input.benefits, same order. */
  readonly costRanges: readonly Range[];
  readonly benefitRanges: readonly Range[];
  readonly distribution: Distribution;
  readonly seed: number;
  readonly currency: Currency;
}

export const DEFAULT_COST_RANGE: Range = { low: 0.9, likely: 1, high: 1.3 };
export const DEFAULT_BENEFIT_RANGE: Range = { low: 0.6, likely: 1, high: 1.2 };
export const DEFAULT_SEED = ROI_SPECS.seed.defaultValue;
export const MONTE_CARLO_DRAWS = 10_000;

type RangeField = 'costRange' | 'benefitRange';
export type RoiPageProblem = RoiQueryProblem | QueryProblem<RangeField | 'dist' | 'seed' | 'currency'>;

/**
 * The state a link's missing parameters fall back to when nothing else is given: no lines, the
 * spec's defaults. The page's worked example (roi-example.ts) is the fallback the server uses;
 * the browser reads it back from the built markup, so its texts ship once, in the HTML.
 */
export const BLANK_ROI_STATE: RoiState = {
  input: ROI_QUERY_DEFAULTS,
  costRanges: [],
  benefitRanges: [],
  distribution: 'pert',
  seed: DEFAULT_SEED,
  currency: 'EUR',
};

const RANGE = /^\s*([0-9.eE+-]+)\s*,\s*([0-9.eE+-]+)\s*,\s*([0-9.eE+-]+)\s*$/;

export const isValidRange = ({ low, likely, high }: Range): boolean =>
  [low, likely, high].every((f) => acceptsValue(ROI_CELL_SPECS.factor, f)) && low <= likely && likely <= high;

function parseRange(raw: string): Range | null {
  const match = RANGE.exec(raw);
  if (!match || !match.slice(1).every((text) => DECIMAL.test(text))) return null;
  // −0 as 0, like amounts: String(-0) writes "0", so a link read and written again keeps its meaning.
  const range = { low: Number(match[1]) + 0, likely: Number(match[2]) + 0, high: Number(match[3]) + 0 };
  return isValidRange(range) ? range : null;
}

/** A link read over `defaults`: each parameter it leaves out, or that is refused, keeps the default's value. */
export function parseRoiQueryOver(params: URLSearchParams, defaults: RoiState): { state: RoiState; problems: RoiPageProblem[] } {
  const parsed = parseRoiQuery(params, defaults.input);
  const problems: RoiPageProblem[] = [...parsed.problems];
  const ranges = (field: RangeField, lines: readonly LineItem[], linesFromLink: boolean, fallback: Range, preset: readonly Range[]) => {
    const raws = params.getAll(field);
    return lines.map((_, index) => {
      const raw = raws[index];
      if (raw === undefined || raw.trim() === '') return linesFromLink ? fallback : (preset[index] ?? fallback);
      const range = parseRange(raw);
      if (range) return range;
      problems.push({ field, received: shorten(raw) });
      return fallback;
    });
  };
  const costRanges = ranges('costRange', parsed.state.costs, params.has('cost'), DEFAULT_COST_RANGE, defaults.costRanges);
  const benefitRanges = ranges('benefitRange', parsed.state.benefits, params.has('benefit'), DEFAULT_BENEFIT_RANGE, defaults.benefitRanges);

  let distribution = defaults.distribution;
  const dist = params.get('dist')?.trim() ?? '';
  if (dist === 'triangular' || dist === 'pert') distribution = dist;
  else if (dist !== '') problems.push({ field: 'dist', received: shorten(dist) });

  const seed = readScalar(ROI_SPECS.seed, params.get('seed'));
  if (seed === null) problems.push({ field: 'seed', received: shorten(params.get('seed')?.trim() ?? '') });

  const { currency, problem } = parseCurrency(params);
  if (problem) problems.push(problem);
  return { state: { input: parsed.state, costRanges, benefitRanges, distribution, seed: seed ?? defaults.seed, currency }, problems };
}

export function serializeRoiPageQuery(state: RoiState): URLSearchParams {
  const params = serializeRoiQuery(state.input);
  const write = (range: Range) => `${range.low},${range.likely},${range.high}`;
  state.costRanges.forEach((range) => params.append('costRange', write(range)));
  state.benefitRanges.forEach((range) => params.append('benefitRange', write(range)));
  params.set('dist', state.distribution);
  params.set('seed', String(state.seed));
  params.set('currency', state.currency);
  return params;
}

const uncertain = (lines: readonly LineItem[], ranges: readonly Range[], fallback: Range): UncertainLineItem[] =>
  lines.map((line, i) => {
    const range = ranges[i] ?? fallback;
    return { ...line, lowFactor: range.low, likelyFactor: range.likely, highFactor: range.high };
  });

export function uncertainInput(state: RoiState): UncertainImpactInput {
  const { ratePercent, years, costs, benefits } = state.input;
  return {
    ratePercent,
    years,
    costs: uncertain(costs, state.costRanges, DEFAULT_COST_RANGE),
    benefits: uncertain(benefits, state.benefitRanges, DEFAULT_BENEFIT_RANGE),
  };
}

export const SCENARIOS = ['conservative', 'expected', 'optimistic'] as const;
export type Scenario = (typeof SCENARIOS)[number];

const scaled = (lines: readonly LineItem[], ranges: readonly Range[], fallback: Range, pick: keyof Range): LineItem[] =>
  lines.map((line, i) => {
    const factor = (ranges[i] ?? fallback)[pick];
    return { label: line.label, values: line.values.map((value) => value * factor) };
  });

/**
 * A scenario's figures; `amounts-too-large` when its multipliers (up to ×MAX_FACTOR) take an amount
 * of an accepted state beyond ±MAX_ABS_AMOUNT, where the calculator no longer computes.
 * `invalid-input` means the state itself was not accepted: a programming error.
 */
export type ScenarioImpact = Validated<EconomicImpact> | { readonly ok: false; readonly reason: 'amounts-too-large' };

/** The three scenarios' figures (risk adjustments, when set, apply to each). */
export function scenarioImpacts(state: RoiState): Record<Scenario, ScenarioImpact> {
  const run = (costPick: keyof Range, benefitPick: keyof Range): ScenarioImpact => {
    const costs = scaled(state.input.costs, state.costRanges, DEFAULT_COST_RANGE, costPick);
    const benefits = scaled(state.input.benefits, state.benefitRanges, DEFAULT_BENEFIT_RANGE, benefitPick);
    const tooLarge = [...costs, ...benefits].some((line) => line.values.some((value) => !(Math.abs(value) <= MAX_ABS_AMOUNT)));
    return tooLarge ? notDefined('amounts-too-large') : economicImpact({ ...state.input, costs, benefits });
  };
  return { conservative: run('high', 'low'), expected: economicImpact(state.input), optimistic: run('low', 'high') };
}

/** A line as the page's editor holds it. */
export interface EditedLine {
  readonly label: string;
  readonly values: readonly number[];
  readonly range: Range;
}

/** The values of the page's fields, each already accepted by its ROI_SPECS or ROI_CELL_SPECS entry (lines' ranges ordered). */
export interface EditedFields {
  readonly ratePercent: number;
  readonly years: number;
  readonly riskCostPercent: number | undefined;
  readonly riskBenefitPercent: number | undefined;
  readonly seed: number;
  readonly distribution: string | undefined;
  readonly currency: string;
  readonly costs: readonly EditedLine[];
  readonly benefits: readonly EditedLine[];
}

/** The page's state from its fields, as the browser recomputes it on every change. */
export function roiStateFromFields(fields: EditedFields): RoiState {
  const { riskCostPercent, riskBenefitPercent } = fields;
  return {
    input: {
      ratePercent: fields.ratePercent,
      years: fields.years,
      costs: fields.costs.map(({ label, values }) => ({ label, values: [...values] })),
      benefits: fields.benefits.map(({ label, values }) => ({ label, values: [...values] })),
      ...(riskCostPercent === undefined ? {} : { riskCostPercent }),
      ...(riskBenefitPercent === undefined ? {} : { riskBenefitPercent }),
    },
    costRanges: fields.costs.map((line) => line.range),
    benefitRanges: fields.benefits.map((line) => line.range),
    distribution: fields.distribution === 'triangular' ? 'triangular' : 'pert',
    seed: fields.seed,
    currency: isCurrency(fields.currency) ? fields.currency : 'EUR',
  };
}
