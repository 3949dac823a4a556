/** A fixture shared by the Monte Carlo and tornado tests. */
import type { UncertainImpactInput } from '../../../src/lib/finance/uncertain-impact-input';

/** Ten lines, as in a typical board-level business case. */
export const TEN_LINES: UncertainImpactInput = {
  ratePercent: 10,
  years: 3,
  costs: [
    { label: 'Licences', values: [0, 120000, 120000, 120000], lowFactor: 0.95, likelyFactor: 1, highFactor: 1.1 },
    { label: 'Implementation', values: [80000, 20000], lowFactor: 0.9, likelyFactor: 1, highFactor: 1.6 },
    { label: 'Training', values: [15000, 5000, 5000, 5000], lowFactor: 0.8, likelyFactor: 1, highFactor: 1.5 },
    { label: 'Social team time', values: [0, 90000, 95000, 100000], lowFactor: 0.9, likelyFactor: 1, highFactor: 1.3 },
    { label: 'Agency', values: [0, 40000, 40000, 40000], lowFactor: 1, likelyFactor: 1, highFactor: 1 },
  ],
  benefits: [
    { label: 'Care deflection', values: [0, 150000, 220000, 260000], lowFactor: 0.5, likelyFactor: 1, highFactor: 1.2 },
    {
      label: 'Sales productivity',
      values: [0, 100000, 180000, 200000],
      lowFactor: 0.3,
      likelyFactor: 0.9,
      highFactor: 1.3,
    },
    { label: 'Recruiting savings', values: [0, 30000, 30000, 30000], lowFactor: 0.6, likelyFactor: 1, highFactor: 1.1 },
    { label: 'Paid media avoided', values: [0, 50000, 60000, 70000], lowFactor: 0.7, likelyFactor: 1, highFactor: 1.4 },
    { label: 'Research insights', values: [0, 10000, 10000, 10000], lowFactor: 0, likelyFactor: 0.5, highFactor: 1 },
  ],
};
