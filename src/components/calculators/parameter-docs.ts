/** The share-link parameters each calculator documents on its page, and the results it publishes. */
import type { CalculatorId } from '../../data/calculators';
import { CARE_SPECS } from '../../lib/calculators/care-query';
import { CURRENCIES } from '../../lib/calculators/currency';
import { FAN_SPECS } from '../../lib/calculators/fan-value';
import { LIFT_SPECS } from '../../lib/calculators/lift-test';
import { READ_ROWS } from '../../lib/calculators/lift-test-view';
import { DEFAULT_OBJECTIVES, OBJECTIVE_IDS } from '../../lib/calculators/kpi-planner';
import type { NumberBounds, ScalarSpecs } from '../../lib/calculators/scalar-query';
import type { CalcTranslate } from '../../lib/calculators/view';
import { DEFAULT_BENEFIT_RANGE, DEFAULT_COST_RANGE, SCENARIOS, type Range } from '../../lib/calculators/roi-model';
import { ROI_CELL_SPECS, ROI_LINE_LIMITS, ROI_SPECS, type RoiScalarField } from '../../lib/calculators/roi-spec';

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

/** Bounds as a link writes numbers (dot decimal, String(number)). */
function accepted(spec: NumberBounds, t: CalcTranslate): string {
  const bounds = { min: String(spec.min), max: String(spec.max) };
  return spec.integer ? t('calc.parameters.wholeNumber', bounds) : t('calc.parameters.range', bounds);
}

function scalarRows<F extends string>(specs: ScalarSpecs<F>, label: (field: F) => string, t: CalcTranslate): ParameterRow[] {
  return (Object.keys(specs) as F[]).map((field) => ({
    name: field,
    meaning: label(field),
    accepted: accepted(specs[field], t),
    defaultValue: String(specs[field].defaultValue),
  }));
}

function roiRows(t: CalcTranslate): ParameterRow[] {
  const scalar = (field: RoiScalarField): ParameterRow => {
    const spec = ROI_SPECS[field];
    return { name: field, meaning: t(`roi.${field}`), accepted: accepted(spec, t), defaultValue: spec.defaultValue === null ? t('roi.param.none') : String(spec.defaultValue) };
  };
  const lines = t('roi.param.lines', ROI_LINE_LIMITS);
  const factors = t('roi.param.factors', { max: String(ROI_CELL_SPECS.factor.max) });
  const range = (r: Range) => `${r.low},${r.likely},${r.high}`;
  return [
    scalar('rate'),
    scalar('years'),
    { name: 'cost', meaning: t('roi.param.cost'), accepted: lines, defaultValue: t('roi.param.default.lines') },
    { name: 'benefit', meaning: t('roi.param.benefit'), accepted: lines, defaultValue: t('roi.param.default.lines') },
    scalar('riskCost'),
    scalar('riskBenefit'),
    { name: 'costRange', meaning: t('roi.param.costRange'), accepted: factors, defaultValue: range(DEFAULT_COST_RANGE) },
    { name: 'benefitRange', meaning: t('roi.param.benefitRange'), accepted: factors, defaultValue: range(DEFAULT_BENEFIT_RANGE) },
    { name: 'dist', meaning: t('roi.dist'), accepted: 'triangular, pert', defaultValue: 'pert' },
    scalar('seed'),
    currencyRow(t),
  ];
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
      return roiRows(t);
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
