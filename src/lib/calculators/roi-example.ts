/** The economic-impact page's worked example, and its links read over it (the build's side of roi-model). */
import type { LineItem } from '../finance/economic-impact-input';
import type { Lang } from '../content/translations';
import { DEFAULT_BENEFIT_RANGE, DEFAULT_COST_RANGE, DEFAULT_SEED, parseRoiQueryOver, type RoiPageProblem, type RoiState } from './roi-model';
import { ROI_SPECS } from './roi-spec';

/** A line of the example: its figures once, its label in each shipped language. */
interface ExampleLine {
  readonly label: Readonly<Record<Lang, string>>;
  readonly values: readonly number[];
}

/** An illustrative programme (no real company): the page's worked example. */
const EXAMPLE: { readonly costs: readonly ExampleLine[]; readonly benefits: readonly ExampleLine[] } = {
  costs: [
    { label: { fr: 'Équipe (salaires chargés)', en: 'People (loaded salaries)' }, values: [0, 60000, 62000, 64000] },
    { label: { fr: 'Outils d’écoute et de publication', en: 'Listening and publishing tools' }, values: [5000, 12000, 12000, 12000] },
    { label: { fr: 'Médias payants', en: 'Paid media' }, values: [0, 20000, 20000, 20000] },
    { label: { fr: 'Contenus et agence', en: 'Content and agency' }, values: [10000, 15000, 15000, 15000] },
    { label: { fr: 'Formation', en: 'Training' }, values: [8000, 3000, 3000, 3000] },
  ],
  benefits: [
    { label: { fr: 'Marge incrémentale des ventes sociales', en: 'Incremental margin from social sales' }, values: [0, 40000, 70000, 95000] },
    { label: { fr: 'Économies du service client', en: 'Customer-care savings' }, values: [0, 30000, 45000, 50000] },
    { label: { fr: 'Moins de retours produits', en: 'Fewer product returns' }, values: [0, 5000, 8000, 10000] },
    { label: { fr: 'Économies de recrutement', en: 'Recruitment savings' }, values: [0, 6000, 8000, 8000] },
  ],
};

// A language without labels of its own (a test build's extra language) gets the French ones.
const linesIn = (lines: readonly ExampleLine[], lang: Lang): LineItem[] => lines.map(({ label, values }) => ({ label: label[lang] ?? label.fr, values: [...values] }));

export function roiDefaults(lang: Lang): RoiState {
  const costs = linesIn(EXAMPLE.costs, lang);
  const benefits = linesIn(EXAMPLE.benefits, lang);
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
