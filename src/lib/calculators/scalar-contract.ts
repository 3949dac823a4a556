/**
 * The strings the scalar calculator element (src/elements/calculators/scalar-calculator.ts) writes
 * itself, whichever calculator it runs: field errors, rejected share-link parameters and the notice
 * that results wait for valid fields. Each calculator's messages add its view's keys to these.
 */
import { FIELD_MESSAGE_KEYS } from './field-value';
import type { CalcKey } from './view';

export const SCALAR_ELEMENT_KEYS = [...FIELD_MESSAGE_KEYS, 'calc.problems', 'calc.problem', 'calc.error.fix'] as const satisfies readonly CalcKey[];
export type ScalarElementKey = (typeof SCALAR_ELEMENT_KEYS)[number];
