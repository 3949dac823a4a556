/**
 * Two conversion rates compared: a control group (held out, p₁) and an exposed group (p₂).
 * Normal approximation throughout, two-sided tests at level α.
 *
 * Design (Fleiss's formula, with the groups in any proportion): for n₁ = h·N held out and
 * n₂ = (1 − h)·N exposed, and the pooled rate p̄ = h·p₁ + (1 − h)·p₂,
 *   power = Φ((|p₂ − p₁| − z₁₋α/₂·σ₀) / σ₁),  σ₀ = √(p̄(1 − p̄)(1/n₁ + 1/n₂)),  σ₁ = √(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂)
 *   N = ((z₁₋α/₂·√(p̄(1 − p̄)(1/h + 1/(1 − h))) + z₁₋β·√(p₁(1 − p₁)/h + p₂(1 − p₂)/(1 − h))) / (p₂ − p₁))²
 * With equal groups (h = ½) this is exactly R's power.prop.test with its default strict = FALSE
 * (R solves the same power equation for n with uniroot, to a tolerance of about 1e-4). Rejections
 * in the opposite tail are not counted (R's strict = TRUE adds them): with equal groups they add
 * less than Φ(−2·z₁₋α/₂) to the power of the planned test, 4.4e-5 at α = 5 %.
 *
 * Reading (R's prop.test with correct = FALSE): the difference p₂ − p₁ with the Wald interval
 * p₂ − p₁ ± z₁₋α/₂·√(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂), clipped to [−1, 1]; the p-value of the pooled
 * z test (the 2 × 2 chi-square without continuity correction); and the relative lift p₂/p₁ − 1
 * with Katz's log interval, exp(ln(p₂/p₁) ± z₁₋α/₂·√(1/x₂ − 1/n₂ + 1/x₁ − 1/n₁)) − 1.
 */
import { defined, notDefined, type Outcome } from '../finance/outcome';
import { normalCdf, normalQuantile } from './normal';

export interface DesignInput {
  /** Conversion rate without the campaign (the control group's), 0 < p₁ < 1. */
  readonly controlRate: number;
  /** Conversion rate the campaign should reach, 0 < p₂ < 1, p₂ ≠ p₁. */
  readonly exposedRate: number;
  /** Two-sided significance level, 0 < α < 1. */
  readonly alpha: number;
  /** Share of the people held out, 0 < h < 1. */
  readonly controlShare: number;
}

const assertRate = (name: string, value: number) => {
  if (!(value > 0 && value < 1)) throw new RangeError(`${name} must be strictly between 0 and 1, got ${value}`);
};

function checkRates(design: Omit<DesignInput, 'controlShare'>): void {
  assertRate('controlRate', design.controlRate);
  assertRate('exposedRate', design.exposedRate);
  assertRate('alpha', design.alpha);
  if (design.controlRate === design.exposedRate) throw new RangeError('the two rates must differ');
}

/** People needed in all (held out and exposed together, not rounded) to reach `power` (0.5 ≤ power < 1). */
export function requiredTotal(design: DesignInput, power: number): number {
  checkRates(design);
  assertRate('controlShare', design.controlShare);
  if (!(power >= 0.5 && power < 1)) throw new RangeError(`power must be in [0.5, 1), got ${power}`);
  const { controlRate: p1, exposedRate: p2, alpha, controlShare: h } = design;
  const k = 1 - h;
  const pooled = h * p1 + k * p2;
  const nullSpread = Math.sqrt(pooled * (1 - pooled) * (1 / h + 1 / k));
  const altSpread = Math.sqrt((p1 * (1 - p1)) / h + (p2 * (1 - p2)) / k);
  const root = (normalQuantile(1 - alpha / 2) * nullSpread + normalQuantile(power) * altSpread) / (p2 - p1);
  return root * root;
}

/** Power of the two-sided test with these group sizes (both > 0). */
export function testPower(design: Omit<DesignInput, 'controlShare'>, controlSize: number, exposedSize: number): number {
  checkRates(design);
  if (!(controlSize > 0 && exposedSize > 0)) throw new RangeError('both groups need people');
  const { controlRate: p1, exposedRate: p2, alpha } = design;
  const pooled = (controlSize * p1 + exposedSize * p2) / (controlSize + exposedSize);
  const nullSe = Math.sqrt(pooled * (1 - pooled) * (1 / controlSize + 1 / exposedSize));
  const altSe = Math.sqrt((p1 * (1 - p1)) / controlSize + (p2 * (1 - p2)) / exposedSize);
  return normalCdf((Math.abs(p2 - p1) - normalQuantile(1 - alpha / 2) * nullSe) / altSe);
}

export interface ObservedGroups {
  readonly controlConversions: number;
  readonly controlSize: number;
  readonly exposedConversions: number;
  readonly exposedSize: number;
  /** Two-sided level: the intervals are at 1 − α. */
  readonly alpha: number;
}

export type Interval = readonly [low: number, high: number];

export interface Comparison {
  readonly controlRate: number;
  readonly exposedRate: number;
  /** p₂ − p₁. */
  readonly difference: number;
  /** 'no-variation': every person in both groups converted, or none did. */
  readonly differenceInterval: Outcome<Interval, 'no-variation'>;
  readonly pValue: Outcome<number, 'no-variation'>;
  /** p₂/p₁ − 1; 'no-control-conversions' when p₁ = 0. */
  readonly relativeLift: Outcome<number, 'no-control-conversions'>;
  readonly relativeLiftInterval: Outcome<Interval, 'no-control-conversions' | 'no-exposed-conversions'>;
}

/** Compares observed groups; sizes > 0 and 0 ≤ conversions ≤ size are the caller's to check. */
export function compareGroups(observed: ObservedGroups): Comparison {
  const { controlConversions: x1, controlSize: n1, exposedConversions: x2, exposedSize: n2, alpha } = observed;
  if (!(n1 > 0 && n2 > 0 && x1 >= 0 && x2 >= 0 && x1 <= n1 && x2 <= n2)) throw new RangeError('impossible groups');
  assertRate('alpha', alpha);
  const z = normalQuantile(1 - alpha / 2);
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const difference = p2 - p1;
  const pooled = (x1 + x2) / (n1 + n2);
  const nullSe = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const differenceInterval: Comparison['differenceInterval'] =
    se > 0 ? defined([Math.max(difference - z * se, -1), Math.min(difference + z * se, 1)]) : notDefined('no-variation');
  const pValue: Comparison['pValue'] = nullSe > 0 ? defined(2 * normalCdf(-Math.abs(difference) / nullSe)) : notDefined('no-variation');
  if (x1 === 0) {
    return { controlRate: p1, exposedRate: p2, difference, differenceInterval, pValue, relativeLift: notDefined('no-control-conversions'), relativeLiftInterval: notDefined('no-control-conversions') };
  }
  const ratio = p2 / p1;
  const relativeLiftInterval: Comparison['relativeLiftInterval'] =
    x2 === 0
      ? notDefined('no-exposed-conversions')
      : (() => {
          const logSe = Math.sqrt(1 / x2 - 1 / n2 + 1 / x1 - 1 / n1);
          return defined([Math.exp(Math.log(ratio) - z * logSe) - 1, Math.exp(Math.log(ratio) + z * logSe) - 1] as const);
        })();
  return { controlRate: p1, exposedRate: p2, difference, differenceInterval, pValue, relativeLift: defined(ratio - 1), relativeLiftInterval };
}
