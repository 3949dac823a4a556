/** What the economic-impact page shows, computed identically at build time and in the browser. */
import type { ImpactFigures } from '../finance/economic-impact';
import { MAX_ABS_AMOUNT, valuesOverHorizon } from '../finance/economic-impact-input';
import { irr } from '../finance/irr';
import { tornado } from '../finance/tornado';
import { cashFlowChart, tornadoChart, type ChartShape } from './charts';
import { formatMoney, formatNumber, formatPercent } from './format';
import { scenarioImpacts, SCENARIOS, uncertainInput, type RoiState, type Scenario } from './roi-model';
import { unwrap } from './unwrap';
import type { RoiViewTranslate } from './roi-contract';
import type { CalcKey, ResultView } from './view';

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

/**
 * A figure, or why there is none. Accepted amounts keep every sum finite, but a ratio over a
 * nearly-zero denominator (ROI over a cost of 1e-300, an IRR whose root is almost 0) can overflow:
 * then the figure says so rather than show ∞.
 */
function figure(name: string, value: number, text: (value: number) => string, t: RoiViewTranslate): ResultView {
  return Number.isFinite(value) ? { name, value, text: text(value) } : { name, value: null, text: t('roi.figure.too-large') };
}

function figureViews(figures: ImpactFigures, prefix: string, money: (v: number) => string, locale: string, t: RoiViewTranslate): ResultView[] {
  const payback = figures.paybackMonths;
  return [
    figure(`${prefix}pv-costs`, figures.pvCosts, money, t),
    figure(`${prefix}pv-benefits`, figures.pvBenefits, money, t),
    figure(`${prefix}npv`, figures.npv, money, t),
    figures.roi.ok
      ? figure(`${prefix}roi`, figures.roi.value, (v) => formatPercent(v, locale, 1), t)
      : { name: `${prefix}roi`, value: null, text: t(`roi.roi.${figures.roi.reason}`) },
    payback === null
      ? { name: `${prefix}payback`, value: null, text: t('roi.payback.never') }
      : figure(`${prefix}payback`, payback, (v) => t('roi.payback.months', { months: formatNumber(v, locale, 1) }), t),
  ];
}

const FIGURE_NAMES = ['pv-costs', 'pv-benefits', 'npv', 'roi', 'payback'] as const;

export function roiView(state: RoiState, locale: string, t: RoiViewTranslate): RoiView {
  const money = (value: number) => formatMoney(value, locale, state.currency, 0);
  const impacts = scenarioImpacts(state);
  // The expected scenario is the state itself, which the link parser or the fields accepted.
  const expected = unwrap(impacts.expected);
  const netFlows = expected.benefitFlows.map((benefit, n) => benefit - (expected.costFlows[n] ?? 0));
  const rate = irr(netFlows);
  const headline = [
    ...figureViews(expected, '', money, locale, t),
    rate.ok
      ? figure('irr', rate.value, (v) => formatPercent(v, locale, 1), t)
      : { name: 'irr', value: null, text: t(`roi.irr.${rate.reason}`) },
  ];

  const tooLarge = t('roi.scenario.amounts-too-large', { max: formatNumber(MAX_ABS_AMOUNT, locale, 0) });
  const scenarioViews = (s: Scenario): ResultView[] => {
    const impact = impacts[s];
    const prefix = `scenario-${s}-`;
    if (!impact.ok && impact.reason === 'amounts-too-large') {
      return FIGURE_NAMES.map((name) => ({ name: `${prefix}${name}`, value: null, text: tooLarge }));
    }
    return figureViews(unwrap(impact), prefix, money, locale, t);
  };
  const scenarioFigures = SCENARIOS.map(scenarioViews);
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
export function linesTable(state: RoiState, locale: string, t: RoiViewTranslate): LinesTableModel {
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
