/**
 * Economic-impact input with a three-point estimate per line, for the Monte Carlo simulation
 * and the tornado chart. Each line keeps its values as entered and gains three multipliers
 * applied to all of them: `lowFactor` 0.8, `likelyFactor` 1, `highFactor` 1.3 means "as entered
 * at best guess, possibly 20 % lower or 30 % higher". One draw per line scales every year of it
 * (a line's years move together, which is how such estimates are usually wrong).
 * The flat risk adjustment has no place here: the ranges replace it.
 */
import * as z from 'zod/mini';
import { presentValue } from './discounting';
import {
  lineItemSchema,
  MAX_LINES_PER_SIDE,
  ratePercentSchema,
  valuesOverHorizon,
  yearsSchema,
  type LineItem,
} from './economic-impact-input';

export const MAX_FACTOR = 100;

export interface UncertainLineItem extends LineItem {
  readonly lowFactor: number;
  readonly likelyFactor: number;
  readonly highFactor: number;
}

export interface UncertainImpactInput {
  readonly ratePercent: number;
  readonly years: number;
  readonly costs: readonly UncertainLineItem[];
  readonly benefits: readonly UncertainLineItem[];
}

const factorSchema = z.number().check(z.gte(0), z.lte(MAX_FACTOR));

const uncertainLineItemSchema = z
  .extend(lineItemSchema, { lowFactor: factorSchema, likelyFactor: factorSchema, highFactor: factorSchema })
  .check(
    z.refine((line) => line.lowFactor <= line.likelyFactor && line.likelyFactor <= line.highFactor, {
      message: 'expected lowFactor ≤ likelyFactor ≤ highFactor',
    }),
  );

export const uncertainImpactInputSchema = z.object({
  ratePercent: ratePercentSchema,
  years: yearsSchema,
  costs: z.array(uncertainLineItemSchema).check(z.maxLength(MAX_LINES_PER_SIDE)),
  benefits: z.array(uncertainLineItemSchema).check(z.maxLength(MAX_LINES_PER_SIDE)),
});

/** Present value of each line as entered. PV is linear, so a line scaled by f has PV f × this. */
export function linePresentValues(lines: readonly LineItem[], years: number, ratePercent: number): number[] {
  return lines.map((line) => presentValue(valuesOverHorizon(line.values, years), ratePercent));
}
