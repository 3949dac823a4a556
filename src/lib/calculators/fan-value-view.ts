import { fanValueChain, type FanValueState } from './fan-value';
import { formatMoney, formatNumber } from './format';
import { SCALAR_ELEMENT_KEYS } from './scalar-contract';
import type { CalcKey, CalculatorMessages, KeysTranslate, ResultView } from './view';

/** The strings fanValueView writes, at build time and in the browser (step labels are written by the server only). */
const FAN_VIEW_KEYS = ['fan.noFans', 'fan.summary'] as const satisfies readonly CalcKey[];

/** What FanValueCalculator.astro hands to <fan-value-calculator>. */
export const FAN_VALUE_MESSAGES = { name: 'calc-fan-value', keys: [...SCALAR_ELEMENT_KEYS, ...FAN_VIEW_KEYS] } as const satisfies CalculatorMessages<CalcKey>;

export interface FanStepView {
  readonly name: string;
  readonly label: CalcKey;
  readonly formula: CalcKey;
  readonly value: number;
  readonly text: string;
}

export interface FanValueView {
  readonly steps: readonly FanStepView[];
  readonly results: readonly ResultView[];
  readonly summary: string;
}

export function fanValueView(state: FanValueState, locale: string, t: KeysTranslate<(typeof FAN_VIEW_KEYS)[number]>): FanValueView {
  const chain = fanValueChain(state.fields);
  const count = (value: number) => formatNumber(value, locale, value < 10 ? 3 : value < 1000 ? 1 : 0);
  const money = (value: number, digits = 2) => formatMoney(value, locale, state.currency, digits);
  const step = (name: string, key: 'reached' | 'interactions' | 'visits' | 'sales', value: number): FanStepView => ({
    name,
    label: `fan.step.${key}`,
    formula: `fan.step.${key}.formula`,
    value,
    text: count(value),
  });
  const steps: FanStepView[] = [
    step('reached-per-year', 'reached', chain.reachedPerYear),
    step('interactions-per-year', 'interactions', chain.interactionsPerYear),
    step('visits-per-year', 'visits', chain.visitsPerYear),
    step('sales-per-year', 'sales', chain.salesPerYear),
    { name: 'margin-per-year', label: 'fan.step.margin', formula: 'fan.step.margin.formula', value: chain.marginPerYear, text: money(chain.marginPerYear) },
  ];
  // A fan is typically worth fractions of a cent: four decimals keep it from reading as zero.
  const perFan = chain.valuePerFan.ok ? money(chain.valuePerFan.value, 4) : t('fan.noFans');
  const results: ResultView[] = [
    { name: 'value-per-year', value: chain.marginPerYear, text: money(chain.marginPerYear) },
    { name: 'value-per-fan', value: chain.valuePerFan.ok ? chain.valuePerFan.value : null, text: perFan },
  ];
  return { steps, results, summary: t('fan.summary', { margin: money(chain.marginPerYear), perFan }) };
}
