/**
 * Share links made of named numbers (`contacts=1200&deflection=40`), for the calculators whose
 * state is a fixed set of scalar fields. Each field has a range and a default; parsing never
 * throws: a bad value is reported and that field alone falls back to its default.
 * Numbers in a link use a dot decimal (as String(number) writes them), whatever the page's language.
 */
import { DECIMAL, shorten } from '../share-link/text';

/** What a number field accepts, in a link and typed alike: min and max inclusive. */
export interface NumberBounds {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

export interface ScalarSpec extends NumberBounds {
  readonly defaultValue: number;
}

export type ScalarSpecs<F extends string> = Readonly<Record<F, ScalarSpec>>;

export interface QueryProblem<F extends string = string> {
  readonly field: F;
  /** The offending text, shortened; render it as text. */
  readonly received: string;
}

export interface ParsedScalarQuery<F extends string> {
  readonly state: Record<F, number>;
  readonly problems: QueryProblem<F>[];
}


/** Whether a number is acceptable for a field (finite, in range, whole when it must be). */
export function acceptsValue(spec: NumberBounds, value: number): boolean {
  return Number.isFinite(value) && value >= spec.min && value <= spec.max && (!spec.integer || Number.isInteger(value));
}

/** A dot-decimal number from a link, or undefined for an empty parameter, or null when malformed or out of range. */
export function readScalar(spec: NumberBounds, raw: string | null | undefined): number | null | undefined {
  const text = raw?.trim() ?? '';
  if (text === '') return undefined;
  if (!DECIMAL.test(text)) return null;
  const value = Number(text) + 0;
  return acceptsValue(spec, value) ? value : null;
}

export function parseScalarQuery<F extends string>(params: URLSearchParams, specs: ScalarSpecs<F>): ParsedScalarQuery<F> {
  const problems: QueryProblem<F>[] = [];
  const entries = (Object.keys(specs) as F[]).map((field) => {
    const spec = specs[field];
    const value = readScalar(spec, params.get(field));
    if (value === null) problems.push({ field, received: shorten(params.get(field) ?? '') });
    return [field, value ?? spec.defaultValue] as const;
  });
  return { state: Object.fromEntries(entries) as Record<F, number>, problems };
}

export function serializeScalarQuery<F extends string>(state: Readonly<Record<F, number>>, specs: ScalarSpecs<F>): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of Object.keys(specs) as F[]) params.set(field, String(state[field]));
  return params;
}

export const defaultsOf = <F extends string>(specs: ScalarSpecs<F>): Record<F, number> =>
  Object.fromEntries((Object.keys(specs) as F[]).map((field) => [field, specs[field].defaultValue])) as Record<F, number>;
