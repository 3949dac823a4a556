/**
 * The calculators the site offers, in menu order. Titles and descriptions are UI strings
 * (`calculator.<id>.title`, `calculator.<id>.description`) so every list shows them in the page's language.
 */
import type { Audience } from '../lib/content/schemas';

export const CALCULATOR_IDS = ['roi', 'care', 'fan-value', 'kpi-planner'] as const;
export type CalculatorId = (typeof CALCULATOR_IDS)[number];

export interface CalculatorInfo {
  id: CalculatorId;
  audience: readonly Audience[];
  tags: readonly string[];
}

export const CALCULATORS: readonly CalculatorInfo[] = [
  { id: 'roi', audience: ['executive', 'trainer'], tags: ['roi', 'npv', 'measurement', 'finance'] },
  { id: 'care', audience: ['executive', 'staff'], tags: ['customer-care', 'savings', 'measurement'] },
  { id: 'fan-value', audience: ['executive', 'staff'], tags: ['fans', 'engagement', 'vanity-metrics'] },
  { id: 'kpi-planner', audience: ['executive', 'staff', 'trainer'], tags: ['kpi', 'objectives', 'dashboard'] },
];

export const isCalculatorId = (value: string): value is CalculatorId => (CALCULATOR_IDS as readonly string[]).includes(value);
