/**
 * Share link of the customer-care calculator:
 *   contacts=3000&deflection=40&phoneCost=6&socialCost=2.5&programmeCost=3000&currency=EUR
 * `contacts`: social contacts resolved per month; `deflection`: percent of them that would
 * otherwise have called; `phoneCost`, `socialCost`: cost of one contact; `programmeCost`: per month.
 */
import type { CareDeflectionInput } from '../finance/care-deflection';
import { parseCurrency, type Currency } from './currency';
import { defaultsOf, parseScalarQuery, serializeScalarQuery, type QueryProblem, type ScalarSpecs } from './scalar-query';

export const CARE_FIELDS = ['contacts', 'deflection', 'phoneCost', 'socialCost', 'programmeCost'] as const;
export type CareField = (typeof CARE_FIELDS)[number];

const MAX_AMOUNT = 1e12;

export const CARE_SPECS: ScalarSpecs<CareField> = {
  contacts: { min: 0, max: 1e9, defaultValue: 3000 },
  deflection: { min: 0, max: 100, defaultValue: 40 },
  phoneCost: { min: 0, max: 1e6, defaultValue: 6 },
  socialCost: { min: 0, max: 1e6, defaultValue: 2.5 },
  programmeCost: { min: 0, max: MAX_AMOUNT, defaultValue: 3000 },
};

export interface CareState {
  readonly fields: Record<CareField, number>;
  readonly currency: Currency;
}

export const CARE_DEFAULTS: CareState = { fields: defaultsOf(CARE_SPECS), currency: 'EUR' };

export function parseCareQuery(params: URLSearchParams): { state: CareState; problems: QueryProblem<CareField | 'currency'>[] } {
  const { state, problems } = parseScalarQuery(params, CARE_SPECS);
  const { currency, problem } = parseCurrency(params);
  return { state: { fields: state, currency }, problems: problem ? [...problems, problem] : problems };
}

export function serializeCareQuery(state: CareState): URLSearchParams {
  const params = serializeScalarQuery(state.fields, CARE_SPECS);
  params.set('currency', state.currency);
  return params;
}

export const careInput = (fields: Readonly<Record<CareField, number>>): CareDeflectionInput => ({
  contacts: fields.contacts,
  deflectionPercent: fields.deflection,
  phoneCost: fields.phoneCost,
  socialCost: fields.socialCost,
  programmeCost: fields.programmeCost,
});
