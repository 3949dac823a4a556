/**
 * What is a fan worth? The chain from a fan count to margin, one step at a time, per year:
 *   people reached   = fans × organic reach × posts per year
 *   interactions     = people reached × engagement rate
 *   visits           = interactions × click share
 *   sales            = visits × conversion rate
 *   margin           = sales × margin per sale
 *   value of one fan = margin ÷ fans (not defined without fans)
 * Rates are percentages. Every step is kept so the page can show where the value evaporates.
 */
import { defined, notDefined, type Outcome } from '../finance/outcome';
import { parseCurrency, type Currency } from './currency';
import { defaultsOf, parseScalarQuery, serializeScalarQuery, type QueryProblem, type ScalarSpecs } from './scalar-query';

export const FAN_FIELDS = ['fans', 'reach', 'posts', 'engagement', 'click', 'conversion', 'margin'] as const;
export type FanField = (typeof FAN_FIELDS)[number];

export const FAN_SPECS: ScalarSpecs<FanField> = {
  fans: { min: 0, max: 1e10, defaultValue: 10000, integer: true },
  reach: { min: 0, max: 100, defaultValue: 5 },
  /** Posts per month. */
  posts: { min: 0, max: 1000, defaultValue: 20 },
  engagement: { min: 0, max: 100, defaultValue: 0.06 },
  click: { min: 0, max: 100, defaultValue: 10 },
  conversion: { min: 0, max: 100, defaultValue: 2 },
  margin: { min: 0, max: 1e9, defaultValue: 40 },
};

/** The two published engagement rates the page shows side by side (percent, year, source). */
export const ENGAGEMENT_BENCHMARKS = [
  { id: 'gourvennec', percent: 0.002, year: 2016 },
  { id: 'rivaliq', percent: 0.06, year: 2023 },
] as const;

export interface FanValueState {
  readonly fields: Record<FanField, number>;
  readonly currency: Currency;
}

export const FAN_DEFAULTS: FanValueState = { fields: defaultsOf(FAN_SPECS), currency: 'EUR' };

export interface FanValueChain {
  readonly reachedPerYear: number;
  readonly interactionsPerYear: number;
  readonly visitsPerYear: number;
  readonly salesPerYear: number;
  readonly marginPerYear: number;
  readonly valuePerFan: Outcome<number, 'no-fans'>;
}

export function fanValueChain(fields: Readonly<Record<FanField, number>>): FanValueChain {
  const reachedPerYear = fields.fans * (fields.reach / 100) * fields.posts * 12;
  const interactionsPerYear = reachedPerYear * (fields.engagement / 100);
  const visitsPerYear = interactionsPerYear * (fields.click / 100);
  const salesPerYear = visitsPerYear * (fields.conversion / 100);
  const marginPerYear = salesPerYear * fields.margin;
  return {
    reachedPerYear,
    interactionsPerYear,
    visitsPerYear,
    salesPerYear,
    marginPerYear,
    valuePerFan: fields.fans > 0 ? defined(marginPerYear / fields.fans) : notDefined('no-fans'),
  };
}

export function parseFanValueQuery(params: URLSearchParams): { state: FanValueState; problems: QueryProblem<FanField | 'currency'>[] } {
  const { state, problems } = parseScalarQuery(params, FAN_SPECS);
  const { currency, problem } = parseCurrency(params);
  return { state: { fields: state, currency }, problems: problem ? [...problems, problem] : problems };
}

export function serializeFanValueQuery(state: FanValueState): URLSearchParams {
  const params = serializeScalarQuery(state.fields, FAN_SPECS);
  params.set('currency', state.currency);
  return params;
}
