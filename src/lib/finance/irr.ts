/**
 * Internal rate of return, in percent, of cash flows in TEI convention (flows[0] at time 0).
 *
 * Solved for x = 1 / (1 + r), where the NPV is the polynomial Σ flows[n]·xⁿ and r > −100 % maps
 * to x > 0. By Descartes' rule of signs, exactly one sign change in the flows means exactly one
 * positive root, so one IRR; with several changes there may be several IRRs and none is "the"
 * answer, so the IRR is reported as not defined rather than picking one.
 * The root is found by bisection: slower than Newton but it cannot diverge or jump to another root.
 */
import { defined, notDefined, type Outcome } from './outcome';

export type IrrOutcome = Outcome<number, 'no-sign-change' | 'multiple-sign-changes' | 'no-root'>;

// x above this means an IRR below −99.9999999999 %: treated as no usable root.
const LARGEST_X = 1e12;
// Enough halvings to reach adjacent doubles from any bracket inside [0, LARGEST_X].
const MAX_BISECTIONS = 2200;

export function irr(flows: readonly number[]): IrrOutcome {
  if (!flows.every(Number.isFinite)) throw new RangeError('IRR needs finite cash flows');
  const firstNonZero = flows.findIndex((flow) => flow !== 0);
  // Leading zeros only shift every flow by whole periods: they change no root with x > 0.
  const coefficients = firstNonZero === -1 ? [] : flows.slice(firstNonZero);
  const changes = signChanges(coefficients);
  if (changes === 0) return notDefined('no-sign-change');
  if (changes > 1) return notDefined('multiple-sign-changes');

  const value = (x: number) => polynomial(coefficients, x);
  const signAtZero = Math.sign(coefficients[0] ?? 0);
  let low = 0;
  let high = 1;
  while (Math.sign(value(high)) === signAtZero) {
    high *= 2;
    if (high > LARGEST_X) return notDefined('no-root');
  }
  for (let step = 0; step < MAX_BISECTIONS; step++) {
    const middle = low + (high - low) / 2;
    if (middle === low || middle === high) break;
    const sign = Math.sign(value(middle));
    if (sign === 0) return defined(toRatePercent(middle));
    if (sign === signAtZero) low = middle;
    else high = middle;
  }
  return defined(toRatePercent(low + (high - low) / 2));
}

function signChanges(flows: readonly number[]): number {
  let changes = 0;
  let previous = 0;
  for (const flow of flows) {
    const sign = Math.sign(flow);
    if (sign === 0) continue;
    if (previous !== 0 && sign !== previous) changes++;
    previous = sign;
  }
  return changes;
}

/** Σ coefficients[n]·xⁿ by Horner's rule. */
function polynomial(coefficients: readonly number[], x: number): number {
  let total = 0;
  for (let n = coefficients.length - 1; n >= 0; n--) total = total * x + (coefficients[n] ?? 0);
  return total;
}

const toRatePercent = (x: number) => (1 / x - 1) * 100;
