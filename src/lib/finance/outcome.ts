/**
 * How finance functions report a figure that does not exist.
 *
 * Convention across src/lib/finance:
 * - a figure that is mathematically undefined for valid inputs (ROI with no cost, an IRR
 *   that is ambiguous) is an `Outcome` with a reason, never NaN, Infinity or a fake value;
 * - a calculator entry point validates its whole input and returns `InvalidInput` when it is rejected;
 * - a low-level formula given an impossible argument (rate ≤ −100 %, a NaN) throws a RangeError:
 *   that is a programming error, the entry points never let it happen.
 */
import type * as z from 'zod/mini';

export type Outcome<T, Reason extends string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: Reason };

export const defined = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

export const notDefined = <Reason extends string>(reason: Reason): { readonly ok: false; readonly reason: Reason } => ({
  ok: false,
  reason,
});

export interface InputIssue {
  /** Dotted path of the offending field, e.g. `costs.0.values.2`. */
  readonly path: string;
  readonly message: string;
}

export interface InvalidInput {
  readonly ok: false;
  readonly reason: 'invalid-input';
  readonly issues: readonly InputIssue[];
}

export type Validated<T> = { readonly ok: true; readonly value: T } | InvalidInput;

export function validate<Schema extends z.ZodMiniType>(schema: Schema, input: unknown): Validated<z.output<Schema>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return defined(parsed.data);
  return {
    ok: false,
    reason: 'invalid-input',
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}
