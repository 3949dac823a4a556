/**
 * The economic-impact calculator's input, its limits and its validation schema.
 *
 * A line item holds values v0…vN: v0 is the initial amount (time 0, not discounted) and vN the
 * amount at the end of year N. Values missing at the end of a line count as 0; values beyond the
 * horizon (`years`) are kept but ignored, so shortening the horizon and lengthening it again
 * loses nothing the user typed.
 */
import * as z from 'zod/mini';

export const MIN_YEARS = 1;
export const MAX_YEARS = 5;
/** v0 plus one value per year of the longest horizon. */
export const MAX_VALUES_PER_LINE = MAX_YEARS + 1;
export const MAX_LINES_PER_SIDE = 20;
export const MAX_LABEL_LENGTH = 80;
/** Far beyond any business case; keeps every sum and present value finite. */
export const MAX_ABS_AMOUNT = 1e15;
/** Exclusive: at −100 % discounting divides by zero. */
export const MIN_RATE_PERCENT = -100;
export const MAX_RATE_PERCENT = 1000;

export interface LineItem {
  readonly label: string;
  readonly values: readonly number[];
}

export interface EconomicImpactInput {
  readonly ratePercent: number;
  readonly years: number;
  readonly costs: readonly LineItem[];
  readonly benefits: readonly LineItem[];
  /** Costs × (1 + r), in percent 0–100. */
  readonly riskCostPercent?: number;
  /** Benefits × (1 − r), in percent 0–100. */
  readonly riskBenefitPercent?: number;
}

/**
 * Labels are plain text: control characters and runs of white space become one space, the
 * ends are trimmed and the length is capped (in code points, so no emoji is cut in half).
 * Nothing here makes a label safe as HTML: it must be rendered as text.
 */
export function normalizeLabel(raw: string): string {
  const collapsed = raw.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return Array.from(collapsed).slice(0, MAX_LABEL_LENGTH).join('').trimEnd();
}

// zod/mini rather than astro/zod: these schemas run in the browser too, where every kilobyte counts.
export const amountSchema = z.number().check(z.gte(-MAX_ABS_AMOUNT), z.lte(MAX_ABS_AMOUNT));
export const ratePercentSchema = z.number().check(z.gt(MIN_RATE_PERCENT), z.lte(MAX_RATE_PERCENT));
export const yearsSchema = z.int().check(z.gte(MIN_YEARS), z.lte(MAX_YEARS));
export const riskPercentSchema = z.number().check(z.gte(0), z.lte(100));

export const lineItemSchema = z.object({
  label: z
    .string()
    .check(
      z.refine(
        (label) => Array.from(label).length <= MAX_LABEL_LENGTH,
        `label longer than ${MAX_LABEL_LENGTH} characters`,
      ),
    ),
  values: z.array(amountSchema).check(z.maxLength(MAX_VALUES_PER_LINE)),
});

export const economicImpactInputSchema = z.object({
  ratePercent: ratePercentSchema,
  years: yearsSchema,
  costs: z.array(lineItemSchema).check(z.maxLength(MAX_LINES_PER_SIDE)),
  benefits: z.array(lineItemSchema).check(z.maxLength(MAX_LINES_PER_SIDE)),
  riskCostPercent: z.optional(riskPercentSchema),
  riskBenefitPercent: z.optional(riskPercentSchema),
});

/** A line's values over the horizon: exactly years + 1 of them, missing ones as 0. */
export function valuesOverHorizon(values: readonly number[], years: number): number[] {
  return Array.from({ length: years + 1 }, (_, n) => values[n] ?? 0);
}

/** Per-period totals of several lines over the horizon. */
export function totalsOverHorizon(lines: readonly LineItem[], years: number): number[] {
  const totals = valuesOverHorizon([], years);
  for (const line of lines) {
    valuesOverHorizon(line.values, years).forEach((value, n) => {
      totals[n] = (totals[n] ?? 0) + value;
    });
  }
  return totals;
}
