/** What the economic-impact page shows, computed identically at build time and in the browser. */
import type { EconomicImpact, ImpactFigures } from '../finance/economic-impact';
import { valuesOverHorizon } from '../finance/economic-impact-input';
import { irr } from '../finance/irr';
import { tornado } from '../finance/tornado';
import { cashFlowChart, tornadoChart, type ChartShape } from './charts';
import { formatMoney, formatNumber, formatPercent } from './format';
import { scenarioImpacts, SCENARIOS, uncertainInput, type RoiState, type Scenario } from './roi-model';
import { unwrap } from './unwrap';
import type { CalcKey, CalcTranslate, ResultView } from './view';

export interface TableCell {
  readonly value: number;
  readonly text: string;
}

export interface RoiView {
  readonly headline: readonly ResultView[];
  /** Present when a risk adjustment is set. */
  readonly riskAdjusted: readonly ResultView[] | null;
  readonly scenarios: readonly { readonly figure: CalcKey; readonly cells: readonly ResultView[] }[];
  readonly cashFlow: { readonly rows: readonly { readonly period: string; readonly cells: readonly TableCell[] }[]; readonly chart: ChartShape };
  readonly tornado: { readonly rows: readonly { readonly label: string; readonly cells: readonly TableCell[] }[]; readonly chart: ChartShape };
  readonly summary: string;
}

function figureViews(figures: ImpactFigures, prefix: string, money: (v: number) => string, locale: string, t: CalcTranslate): ResultView[] {
  const payback = figures.paybackMonths;
  return [
    { name: `${prefix}pv-costs`, value: figures.pvCosts, text: money(figures.pvCosts) },
    { name: `${prefix}pv-benefits`, value: figures.pvBenefits, text: money(figures.pvBenefits) },
    { name: `${prefix}npv`, value: figures.npv, text: money(figures.npv) },
    figures.roi.ok
      ? { name: `${prefix}roi`, value: figures.roi.value, text: formatPercent(figures.roi.value, locale, 1) }
      : { name: `${prefix}roi`, value: null, text: t(`roi.roi.${figures.roi.reason}`) },
    payback === null
      ? { name: `${prefix}payback`, value: null, text: t('roi.payback.never') }
      : { name: `${prefix}payback`, value: payback, text: t('roi.payback.months', { months: formatNumber(payback, locale, 1) }) },
  ];
}

export function roiView(state: RoiState, locale: string, t: CalcTranslate): RoiView {
  const money = (value: number) => formatMoney(value, locale, state.currency, 0);
  const impacts = scenarioImpacts(state);
  const scenarios = Object.fromEntries(SCENARIOS.map((s) => [s, unwrap(impacts[s])])) as Record<Scenario, EconomicImpact>;
  const expected = scenarios.expected;
  const netFlows = expected.benefitFlows.map((benefit, n) => benefit - (expected.costFlows[n] ?? 0));
  const rate = irr(netFlows);
  const headline = [
    ...figureViews(expected, '', money, locale, t),
    rate.ok
      ? { name: 'irr', value: rate.value, text: formatPercent(rate.value, locale, 1) }
      : { name: 'irr', value: null, text: t(`roi.irr.${rate.reason}`) },
  ];

  const scenarioFigures = SCENARIOS.map((s) => figureViews(scenarios[s], `scenario-${s}-`, money, locale, t));
  const figureKeys: CalcKey[] = ['roi.result.pvCosts', 'roi.result.pvBenefits', 'roi.result.npv', 'roi.result.roi', 'roi.result.payback'];

  const periods = Array.from({ length: state.input.years + 1 }, (_, n) => (n === 0 ? t('roi.period.0') : t('roi.period.n', { n })));
  let cumulative = 0;
  const cashRows = periods.map((period, n) => {
    const cost = expected.costFlows[n] ?? 0;
    const benefit = expected.benefitFlows[n] ?? 0;
    cumulative += benefit - cost;
    return { period, cells: [cost, benefit, benefit - cost, cumulative].map((value) => ({ value, text: money(value) })) };
  });

  const sensitivity = unwrap(tornado(uncertainInput(state)));
  const tornadoRows = sensitivity.bars.map((bar) => ({
    label: bar.label,
    cells: [bar.npvAtLow, bar.npvAtHigh, bar.swing].map((value) => ({ value, text: money(value) })),
  }));

  const roiText = headline[3]?.text ?? '';
  const paybackText = headline[4]?.text ?? '';
  return {
    headline,
    riskAdjusted: expected.riskAdjusted ? figureViews(expected.riskAdjusted, 'risk-', money, locale, t) : null,
    scenarios: figureKeys.map((figure, i) => ({ figure, cells: scenarioFigures.map((views) => views[i]!) })),
    cashFlow: {
      rows: cashRows,
      chart: cashFlowChart(
        valuesOverHorizon(expected.costFlows, state.input.years),
        valuesOverHorizon(expected.benefitFlows, state.input.years),
        periods,
        money,
      ),
    },
    tornado: {
      rows: tornadoRows,
      chart: tornadoChart(
        sensitivity.bars.map((bar) => ({ label: bar.label, low: bar.npvAtLow, high: bar.npvAtHigh })),
        sensitivity.baseNpv,
        money,
      ),
    },
    summary: t('roi.summary', { npv: headline[2]?.text ?? '', roi: roiText, payback: paybackText }),
  };
}

export interface LinesTableModel {
  readonly head: readonly string[];
  readonly sections: readonly { readonly title: string; readonly rows: readonly (readonly string[])[] }[];
}

/** The lines as a read-only table: what a printed page shows of the assumptions, and what shows without script. */
export function linesTable(state: RoiState, locale: string, t: CalcTranslate): LinesTableModel {
  const { years, costs, benefits } = state.input;
  const money = (value: number) => formatMoney(value, locale, state.currency, 0);
  const factor = (value: number) => formatNumber(value, locale, 4);
  const head = [
    t('roi.label'),
    ...Array.from({ length: years + 1 }, (_, n) => (n === 0 ? t('roi.period.0') : t('roi.period.n', { n }))),
    `${t('roi.low')} / ${t('roi.likely')} / ${t('roi.high')}`,
  ];
  const rows = (lines: RoiState['input']['costs'], ranges: RoiState['costRanges']) =>
    lines.map((line, i) => {
      const range = ranges[i];
      return [
        line.label || '—',
        ...valuesOverHorizon(line.values, years).map(money),
        range ? `${factor(range.low)} / ${factor(range.likely)} / ${factor(range.high)}` : '—',
      ];
    });
  return {
    head,
    sections: [
      { title: t('roi.costs'), rows: rows(costs, state.costRanges) },
      { title: t('roi.benefits'), rows: rows(benefits, state.benefitRanges) },
    ],
  };
}
