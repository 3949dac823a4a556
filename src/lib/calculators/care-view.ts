import { careDeflection } from '../finance/care-deflection';
import { careInput, type CareState } from './care-query';
import { formatMoney, formatNumber } from './format';
import { SCALAR_ELEMENT_KEYS } from './scalar-contract';
import type { CalcKey, CalculatorMessages, KeysTranslate, ResultView } from './view';

/** The strings careView writes, at build time and in the browser. */
const CARE_VIEW_KEYS = ['care.breakEven.value', 'care.breakEven.never', 'care.summary'] as const satisfies readonly CalcKey[];

/** What CareCalculator.astro hands to <care-calculator>. */
export const CARE_MESSAGES = { name: 'calc-care', keys: [...SCALAR_ELEMENT_KEYS, ...CARE_VIEW_KEYS] } as const satisfies CalculatorMessages<CalcKey>;

export interface CareView {
  readonly results: readonly ResultView[];
  readonly summary: string;
}

/** Results of the care calculator; the state comes from parseCareQuery or valid fields, so it is always accepted. */
export function careView(state: CareState, locale: string, t: KeysTranslate<(typeof CARE_VIEW_KEYS)[number]>): CareView {
  const outcome = careDeflection(careInput(state.fields));
  if (!outcome.ok) throw new RangeError(`care calculator given an invalid state: ${JSON.stringify(outcome.issues)}`);
  const { monthlySavings, yearlySavings, breakEvenContacts } = outcome.value;
  const money = (value: number) => formatMoney(value, locale, state.currency);
  const breakEven = breakEvenContacts.ok
    ? t('care.breakEven.value', { count: formatNumber(Math.ceil(breakEvenContacts.value), locale, 0) })
    : t('care.breakEven.never');
  const results: ResultView[] = [
    { name: 'monthly-savings', value: monthlySavings, text: money(monthlySavings) },
    { name: 'yearly-savings', value: yearlySavings, text: money(yearlySavings) },
    { name: 'break-even-contacts', value: breakEvenContacts.ok ? breakEvenContacts.value : null, text: breakEven },
  ];
  return {
    results,
    summary: t('care.summary', { monthly: money(monthlySavings), yearly: money(yearlySavings), breakEven }),
  };
}
