/**
 * Monte Carlo simulation of the economic impact: every line's multiplier is drawn from its
 * three-point estimate, `draws` times, with a seeded generator so the same seed gives the same
 * figures. Reports the 10th, 50th and 90th percentiles of the NPV and how often the ROI is negative.
 */
import * as z from 'zod/mini';
import { validate, defined, type Validated } from './outcome';
import { createRandom } from './random';
import { samplerFor, type Distribution } from './samplers';
import { linePresentValues, uncertainImpactInputSchema, type UncertainImpactInput } from './uncertain-impact-input';

export const MAX_DRAWS = 1_000_000;

export interface MonteCarloOptions {
  readonly draws: number;
  readonly seed: number;
  readonly distribution: Distribution;
}

export interface MonteCarloResult {
  readonly npv: { readonly p10: number; readonly p50: number; readonly p90: number };
  /** Share of draws, 0–1, whose ROI is defined and below zero. */
  readonly probabilityRoiBelowZero: number;
}

const monteCarloOptionsSchema = z.object({
  draws: z.int().check(z.gte(1), z.lte(MAX_DRAWS)),
  seed: z.int().check(z.gte(0), z.lte(0xffffffff)),
  distribution: z.enum(['triangular', 'pert']),
});

export function monteCarlo(input: UncertainImpactInput, options: MonteCarloOptions): Validated<MonteCarloResult> {
  const checkedInput = validate(uncertainImpactInputSchema, input);
  if (!checkedInput.ok) return checkedInput;
  const checkedOptions = validate(monteCarloOptionsSchema, options);
  if (!checkedOptions.ok) return checkedOptions;

  const { ratePercent, years, costs, benefits } = input;
  const costPvs = linePresentValues(costs, years, ratePercent);
  const benefitPvs = linePresentValues(benefits, years, ratePercent);
  const random = createRandom(options.seed);
  // One prepared sampler and one present value per line, in draw order: costs first, then benefits.
  const lines = [...costs, ...benefits];
  const samplers = lines.map((line) => samplerFor(options.distribution, line.lowFactor, line.likelyFactor, line.highFactor));
  const presentValues = Float64Array.from([...costPvs, ...benefitPvs]);
  const costCount = costs.length;
  const npvs = new Float64Array(options.draws);
  let roiBelowZero = 0;
  for (let draw = 0; draw < options.draws; draw++) {
    let pvCosts = 0;
    let pvBenefits = 0;
    for (let i = 0; i < samplers.length; i++) {
      const value = samplers[i]!(random) * presentValues[i]!;
      if (i < costCount) pvCosts += value;
      else pvBenefits += value;
    }
    npvs[draw] = pvBenefits - pvCosts;
    // ROI is defined only for a positive cost (see roi.ts); then it is negative exactly when the NPV is.
    if (pvCosts > 0 && pvBenefits < pvCosts) roiBelowZero++;
  }
  npvs.sort();
  return defined({
    npv: { p10: percentile(npvs, 0.1), p50: percentile(npvs, 0.5), p90: percentile(npvs, 0.9) },
    probabilityRoiBelowZero: roiBelowZero / options.draws,
  });
}

/** Percentile of sorted values with linear interpolation between ranks (Excel's PERCENTILE.INC). */
function percentile(sorted: Float64Array, fraction: number): number {
  const rank = (sorted.length - 1) * fraction;
  const below = Math.floor(rank);
  const lower = sorted[below] ?? 0;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (rank - below) * (upper - lower);
}
