/** The economic-impact page's worked example, and its links read over it (the build's side of roi-model). */
import type { LineItem } from '../finance/economic-impact-input';
import type { Lang } from '../content/translations';
import { DEFAULT_BENEFIT_RANGE, DEFAULT_COST_RANGE, DEFAULT_SEED, parseRoiQueryOver, type RoiPageProblem, type RoiState } from './roi-model';
import { ROI_SPECS } from './roi-spec';

/** An illustrative programme (no real company): the page's worked example in each language. */
const EXAMPLE_LINES: Record<Lang, { costs: LineItem[]; benefits: LineItem[] }> = {
  fr: {
    costs: [
      { label: 'Équipe (salaires chargés)', values: [0, 60000, 62000, 64000] },
      { label: 'Outils d’écoute et de publication', values: [5000, 12000, 12000, 12000] },
      { label: 'Médias payants', values: [0, 20000, 20000, 20000] },
      { label: 'Contenus et agence', values: [10000, 15000, 15000, 15000] },
      { label: 'Formation', values: [8000, 3000, 3000, 3000] },
    ],
    benefits: [
      { label: 'Marge incrémentale des ventes sociales', values: [0, 40000, 70000, 95000] },
      { label: 'Économies du service client', values: [0, 30000, 45000, 50000] },
      { label: 'Moins de retours produits', values: [0, 5000, 8000, 10000] },
      { label: 'Économies de recrutement', values: [0, 6000, 8000, 8000] },
    ],
  },
  en: {
    costs: [
      { label: 'People (loaded salaries)', values: [0, 60000, 62000, 64000] },
      { label: 'Listening and publishing tools', values: [5000, 12000, 12000, 12000] },
      { label: 'Paid media', values: [0, 20000, 20000, 20000] },
      { label: 'Content and agency', values: [10000, 15000, 15000, 15000] },
      { label: 'Training', values: [8000, 3000, 3000, 3000] },
    ],
    benefits: [
      { label: 'Incremental margin from social sales', values: [0, 40000, 70000, 95000] },
      { label: 'Customer-care savings', values: [0, 30000, 45000, 50000] },
      { label: 'Fewer product returns', values: [0, 5000, 8000, 10000] },
      { label: 'Recruitment savings', values: [0, 6000, 8000, 8000] },
    ],
  },
};

export function roiDefaults(lang: Lang): RoiState {
  // A language without example lines of its own (a test build's extra language) gets the French ones.
  const { costs, benefits } = EXAMPLE_LINES[lang] ?? EXAMPLE_LINES.fr;
  return {
    input: { ratePercent: ROI_SPECS.rate.defaultValue, years: ROI_SPECS.years.defaultValue, costs, benefits },
    costRanges: costs.map(() => DEFAULT_COST_RANGE),
    benefitRanges: benefits.map(() => DEFAULT_BENEFIT_RANGE),
    distribution: 'pert',
    seed: DEFAULT_SEED,
    currency: 'EUR',
  };
}

/** A link as the page reads it: over the worked example in the page's language. */
export const parseRoiPageQuery = (params: URLSearchParams, lang: Lang): { state: RoiState; problems: RoiPageProblem[] } =>
  parseRoiQueryOver(params, roiDefaults(lang));
