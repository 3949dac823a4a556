/**
 * The Monte Carlo part of the economic-impact page, in its own module so the browser can load it
 * after the rest (it pulls in the samplers).
 */
import { monteCarlo } from '../finance/monte-carlo';
import { formatMoney, formatPercent } from './format';
import { MONTE_CARLO_DRAWS, uncertainInput, type RoiState } from './roi-model';
import { unwrap } from './unwrap';
import type { ResultView } from './view';

/** P10/P50/P90 of the NPV and the probability of a negative ROI, from a seeded run of 10,000 draws. */
export function monteCarloView(state: RoiState, locale: string): ResultView[] {
  const result = unwrap(monteCarlo(uncertainInput(state), { draws: MONTE_CARLO_DRAWS, seed: state.seed, distribution: state.distribution }));
  const money = (value: number) => formatMoney(value, locale, state.currency, 0);
  const probability = result.probabilityRoiBelowZero * 100;
  return [
    { name: 'mc-npv-p10', value: result.npv.p10, text: money(result.npv.p10) },
    { name: 'mc-npv-p50', value: result.npv.p50, text: money(result.npv.p50) },
    { name: 'mc-npv-p90', value: result.npv.p90, text: money(result.npv.p90) },
    { name: 'mc-roi-negative', value: probability, text: formatPercent(probability, locale, 1) },
  ];
}
