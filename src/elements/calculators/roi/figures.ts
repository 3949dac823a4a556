/** Writes a view into the page: headline, risk-adjusted and scenario figures, charts, the print summary's assumptions. */
import { formatNumber } from '../../../lib/calculators/format';
import { ROI_HOOKS, type RoiMessageKey } from '../../../lib/calculators/roi-contract';
import type { RoiState } from '../../../lib/calculators/roi-model';
import type { RoiView } from '../../../lib/calculators/roi-view';
import type { Translate } from '../../messages';
import { showResults, showTexts } from '../fields';
import { drawChart } from '../svg';
import { part } from './markup';

export function showFigures(root: HTMLElement, view: RoiView, state: RoiState, locale: string, t: Translate<RoiMessageKey>): void {
  showResults(root, [...view.headline, ...(view.riskAdjusted ?? []), ...view.scenarios.flatMap((row) => row.cells)]);
  part(root, ROI_HOOKS.risk).hidden = view.riskAdjusted === null;
  drawChart(part<SVGSVGElement>(root, ROI_HOOKS.cashflowChart), view.cashFlow.chart);
  drawChart(part<SVGSVGElement>(root, ROI_HOOKS.tornadoChart), view.tornado.chart);
  const number = (value: number | undefined) => (value === undefined ? '—' : formatNumber(value, locale, 4));
  showTexts(root, {
    'assumption-rate': number(state.input.ratePercent),
    'assumption-years': String(state.input.years),
    'assumption-riskCost': number(state.input.riskCostPercent),
    'assumption-riskBenefit': number(state.input.riskBenefitPercent),
    'assumption-dist': t(`roi.dist.${state.distribution}`),
    'assumption-seed': String(state.seed),
    'assumption-currency': state.currency,
  });
}
