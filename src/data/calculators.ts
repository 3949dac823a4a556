/**
 * The calculators the site offers, in menu order. Titles and descriptions are UI strings
 * (`calculator.<id>.title`, `calculator.<id>.description`) so every list shows them in the page's language.
 */
import type { Audience, Source } from '../lib/content/schemas';

export const CALCULATOR_IDS = ['roi', 'care', 'fan-value', 'kpi-planner', 'lift-test'] as const;
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
  { id: 'lift-test', audience: ['executive', 'staff', 'trainer'], tags: ['incrementality', 'lift-test', 'measurement', 'roi'] },
];

export const isCalculatorId = (value: string): value is CalculatorId => (CALCULATOR_IDS as readonly string[]).includes(value);

type CalculatorSource = Pick<Source, 'author' | 'title' | 'publication' | 'year' | 'approximate'>;

const TEI: CalculatorSource = {
  author: 'Forrester Research',
  title: 'Total Economic Impact (TEI) methodology',
  publication: 'Forrester',
  year: 2019,
  approximate: true,
};
const BARCELONA: CalculatorSource = {
  author: 'AMEC',
  title: 'Barcelona Principles 3.0',
  publication: 'International Association for the Measurement and Evaluation of Communication',
  year: 2020,
  approximate: false,
};
const DOUANI: CalculatorSource = {
  author: 'Damien Douani (FaDa social agency)',
  title: 'Tendances et ROI des médias sociaux (interview)',
  publication: 'Blog interview',
  year: 2012,
  approximate: true,
};

/** What each calculator's method rests on, cited on its page (figures keep their year). */
export const CALCULATOR_SOURCES: Readonly<Record<CalculatorId, readonly CalculatorSource[]>> = {
  roi: [
    TEI,
    {
      author: 'Forrester Consulting',
      title: 'The Total Economic Impact of SalesLoft (worked check: PV costs, PV benefits, NPV, ROI)',
      publication: 'Forrester study commissioned by SalesLoft',
      year: 2019,
      approximate: true,
    },
    BARCELONA,
  ],
  care: [DOUANI, TEI, BARCELONA],
  'fan-value': [
    {
      author: 'Yann Gourvennec, interviewed by Hamza Chahid',
      title: 'Yann Gourvennec, les médias sociaux… la suite (0.002% engagement rate)',
      publication: 'Magazine High tech',
      year: 2016,
      approximate: false,
    },
    {
      author: 'Rival IQ',
      title: 'Social Media Industry Benchmark Report (Facebook median engagement rate per post, 0.06%)',
      publication: 'Rival IQ',
      year: 2023,
      approximate: false,
    },
    {
      author: 'Gregory Pouy',
      title: 'Pourquoi la majorité des actions dans les médias sociaux sont des échecs (BSI study of 563 marketers)',
      publication: 'Blog post',
      year: 2010,
      approximate: true,
    },
    BARCELONA,
  ],
  'kpi-planner': [DOUANI, BARCELONA],
  'lift-test': [
    {
      author: 'R Core Team',
      title: 'power.prop.test and prop.test (R stats package, power.R and prop.test.R): the design formula with equal groups and the reading',
      publication: 'The R Project for Statistical Computing',
      year: 2012,
      approximate: true,
    },
    {
      author: 'Fleiss, Tytun and Ury',
      title: 'A simple approximation for calculating sample sizes for comparing independent proportions (groups of unequal size)',
      publication: 'Biometrics 36, 343–346',
      year: 1980,
      approximate: false,
    },
    BARCELONA,
  ],
};
