/**
 * The economic-impact calculator's parameters, in one table: the share link reads them
 * (roi-query, roi-model), the page's fields validate against them (min, max, whole numbers and
 * their messages) and the calculator page documents them (parameter-docs). A link and a field
 * accept exactly the same numbers.
 *
 * These bounds sit inside what the finance code computes with (economic-impact-input,
 * uncertain-impact-input): every state they accept is a valid input there.
 */
import { MAX_ABS_AMOUNT, MAX_LINES_PER_SIDE, MAX_RATE_PERCENT, MAX_VALUES_PER_LINE, MAX_YEARS, MIN_YEARS } from '../finance/economic-impact-input';
import { MAX_FACTOR } from '../finance/uncertain-impact-input';
import type { NumberBounds } from './scalar-query';

export const ROI_SCALAR_FIELDS = ['rate', 'years', 'riskCost', 'riskBenefit', 'seed'] as const;
export type RoiScalarField = (typeof ROI_SCALAR_FIELDS)[number];

export interface RoiScalarSpec extends NumberBounds {
  /** null: the parameter is optional, and absent (an empty field) means none. */
  readonly defaultValue: number | null;
}

export const ROI_SPECS = {
  // Discounting divides by (1 + rate) and −100 % is its pole: the last accepted rate keeps a
  // margin that can be written and typed (−99.99), in the link as in the field.
  rate: { min: -99.99, max: MAX_RATE_PERCENT, defaultValue: 10 },
  years: { min: MIN_YEARS, max: MAX_YEARS, defaultValue: 3, integer: true },
  riskCost: { min: 0, max: 100, defaultValue: null },
  riskBenefit: { min: 0, max: 100, defaultValue: null },
  /** The Monte Carlo generator's seed: a 32-bit unsigned integer. */
  seed: { min: 0, max: 0xffffffff, defaultValue: 42, integer: true },
} as const satisfies Record<RoiScalarField, RoiScalarSpec>;

/** The cells of a cost or benefit line: its amounts, and its low, likely and high multipliers. */
export const ROI_CELL_SPECS = {
  amount: { min: -MAX_ABS_AMOUNT, max: MAX_ABS_AMOUNT },
  factor: { min: 0, max: MAX_FACTOR },
} as const satisfies Record<string, NumberBounds>;

/** How many lines per side and values per line (v0 to vN) a link or the editor holds. */
export const ROI_LINE_LIMITS = { lines: MAX_LINES_PER_SIDE, values: MAX_VALUES_PER_LINE } as const;
