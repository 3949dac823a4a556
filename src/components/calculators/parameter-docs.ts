/** The share-link parameters each calculator documents on its page, and the results it publishes. */
import type { CalculatorId } from '../../data/calculators';
import { CARE_SPECS } from '../../lib/calculators/care-query';
import { CURRENCIES } from '../../lib/calculators/currency';
import { FAN_SPECS } from '../../lib/calculators/fan-value';
import { LIFT_SPECS } from '../../lib/calculators/lift-test';
import { READ_ROWS } from '../../lib/calculators/lift-test-view';
import { DEFAULT_OBJECTIVES, OBJECTIVE_IDS } from '../../lib/calculators/kpi-planner';
import type { ScalarSpecs } from '../../lib/calculators/scalar-query';
import type { CalcTranslate } from '../../lib/calculators/view';
import { MAX_RATE_PERCENT, MAX_YEARS, MIN_RATE_PERCENT, MIN_YEARS } from '../../lib/finance/economic-impact-input';
import { DEFAULT_SEED, SCENARIOS } from '../../lib/calculators/roi-model';

export interface ParameterRow {
  readonly name: string;
  readonly meaning: string;
  readonly accepted: string;
  readonly defaultValue: string;
}

const currencyRow = (t: CalcTranslate): ParameterRow => ({
  name: 'currency',
  meaning: t('calc.parameters.currency'),
  accepted: CURRENCIES.join(', '),
  defaultValue: 'EUR',
});

function scalarRows<F extends string>(specs: ScalarSpecs<F>, label: (field: F) => string, t: CalcTranslate): ParameterRow[] {
  return (Object.keys(specs) as F[]).map((field) => {
    const spec = specs[field];
    const bounds = { min: String(spec.min), max: String(spec.max) };
    return {
      name: field,
      meaning: label(field),
      accepted: spec.integer ? t('calc.parameters.wholeNumber', bounds) : t('calc.parameters.range', bounds),
      defaultValue: String(spec.defaultValue),
    };
  });
}

export function parameterRows(id: CalculatorId, t: CalcTranslate): ParameterRow[] {
  switch (id) {
    case 'care':
      return [...scalarRows(CARE_SPECS, (field) => t(`care.${field}`), t), currencyRow(t)];
    case 'fan-value':
      return [...scalarRows(FAN_SPECS, (field) => t(`fan.${field}`), t), currencyRow(t)];
    case 'lift-test':
      return [...scalarRows(LIFT_SPECS, (field) => t(`lift.${field}`), t), currencyRow(t)];
    case 'kpi-planner':
      return [{ name: 'objectives', meaning: t('kpi.param.objectives'), accepted: OBJECTIVE_IDS.join(', '), defaultValue: DEFAULT_OBJECTIVES.join(',') }];
    case 'roi':
      return [
        { name: 'rate', meaning: t('roi.rate'), accepted: `> ${MIN_RATE_PERCENT}, ≤ ${MAX_RATE_PERCENT}`, defaultValue: '10' },
        { name: 'years', meaning: t('roi.years'), accepted: t('calc.parameters.wholeNumber', { min: MIN_YEARS, max: MAX_YEARS }), defaultValue: '3' },
        { name: 'cost', meaning: t('roi.param.cost'), accepted: t('roi.param.lines'), defaultValue: t('roi.param.default.lines') },
        { name: 'benefit', meaning: t('roi.param.benefit'), accepted: t('roi.param.lines'), defaultValue: t('roi.param.default.lines') },
        { name: 'riskCost', meaning: t('roi.riskCost'), accepted: t('calc.parameters.range', { min: 0, max: 100 }), defaultValue: t('roi.param.none') },
        { name: 'riskBenefit', meaning: t('roi.riskBenefit'), accepted: t('calc.parameters.range', { min: 0, max: 100 }), defaultValue: t('roi.param.none') },
        { name: 'costRange', meaning: t('roi.param.costRange'), accepted: t('roi.param.factors'), defaultValue: t('roi.param.default.costRange') },
        { name: 'benefitRange', meaning: t('roi.param.benefitRange'), accepted: t('roi.param.factors'), defaultValue: t('roi.param.default.benefitRange') },
        { name: 'dist', meaning: t('roi.dist'), accepted: 'triangular, pert', defaultValue: 'pert' },
        { name: 'seed', meaning: t('roi.seed'), accepted: t('calc.parameters.wholeNumber', { min: 0, max: 4294967295 }), defaultValue: String(DEFAULT_SEED) },
        currencyRow(t),
      ];
  }
}

const FIGURES = ['pv-costs', 'pv-benefits', 'npv', 'roi', 'payback'];

export const RESULT_NAMES: Readonly<Record<CalculatorId, readonly string[]>> = {
  roi: [
    ...FIGURES,
    'irr',
    ...FIGURES.map((name) => `risk-${name}`),
    ...SCENARIOS.flatMap((scenario) => FIGURES.map((name) => `scenario-${scenario}-${name}`)),
    'mc-npv-p10',
    'mc-npv-p50',
    'mc-npv-p90',
    'mc-roi-negative',
  ],
  care: ['monthly-savings', 'yearly-savings', 'break-even-contacts'],
  'fan-value': ['reached-per-year', 'interactions-per-year', 'visits-per-year', 'sales-per-year', 'margin-per-year', 'value-per-year', 'value-per-fan'],
  'kpi-planner': ['objectives-count'],
  'lift-test': [
    'control-people',
    'exposed-people',
    'total-people',
    'weeks',
    'control-rate',
    'exposed-rate',
    ...READ_ROWS.flatMap((row) => [row.name, `${row.name}-low`, `${row.name}-high`]),
    'p-value',
    'power-planned-lift',
  ],
};

export const METHOD_KEYS = {
  roi: ['roi.method.1', 'roi.method.2', 'roi.method.3', 'roi.method.4'],
  care: ['care.method.1', 'care.method.2', 'care.method.3'],
  'fan-value': ['fan.method.1', 'fan.method.2'],
  'kpi-planner': ['kpi.method.1', 'kpi.method.2'],
  'lift-test': ['lift.method.1', 'lift.method.2', 'lift.method.3', 'lift.method.4', 'lift.method.5'],
} as const satisfies Record<CalculatorId, readonly string[]>;
