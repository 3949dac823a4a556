/** The calculator's scalar fields (rate, years, risks, seed, distribution, currency): filled from a state, read with ROI_SPECS. */
import { formatInput } from '../../../lib/calculators/format';
import { ROI_HOOKS, type RoiFieldName, type RoiMessageKey } from '../../../lib/calculators/roi-contract';
import type { RoiState } from '../../../lib/calculators/roi-model';
import { ROI_SPECS } from '../../../lib/calculators/roi-spec';
import type { Translate } from '../../messages';
import { readNumberField, setFieldError } from '../fields';
import { missing, part } from './markup';

export function field<E extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(root: HTMLElement, name: RoiFieldName): E {
  const found = part(root, ROI_HOOKS.inputs).querySelector<E>(`[name="${name}"]`);
  if (!found) throw missing(`field named "${name}" in its inputs`);
  return found;
}

export function fillScalars(root: HTMLElement, state: RoiState, locale: string): void {
  const optional = (value: number | undefined) => (value === undefined ? '' : formatInput(value, locale));
  field(root, 'rate').value = formatInput(state.input.ratePercent, locale);
  field(root, 'years').value = String(state.input.years);
  field(root, 'riskCost').value = optional(state.input.riskCostPercent);
  field(root, 'riskBenefit').value = optional(state.input.riskBenefitPercent);
  field(root, 'seed').value = String(state.seed);
  field<HTMLSelectElement>(root, 'dist').value = state.distribution;
  field<HTMLSelectElement>(root, 'currency').value = state.currency;
}

/** Each field's value, null where it is refused (its message then shows), undefined for an empty optional one. */
export interface ScalarReading {
  readonly ratePercent: number | null;
  readonly years: number | null;
  readonly riskCostPercent: number | null | undefined;
  readonly riskBenefitPercent: number | null | undefined;
  readonly seed: number | null;
  readonly distribution: string;
  readonly currency: string;
}

export function readScalars(root: HTMLElement, t: Translate<RoiMessageKey>): ScalarReading {
  const read = (name: 'rate' | 'years' | 'seed' | 'riskCost' | 'riskBenefit') => {
    const input = field(root, name);
    if (ROI_SPECS[name].defaultValue === null && input.value.trim() === '') {
      setFieldError(input, '');
      return undefined;
    }
    return readNumberField(input, ROI_SPECS[name], t);
  };
  return {
    ratePercent: read('rate') ?? null,
    years: read('years') ?? null,
    riskCostPercent: read('riskCost'),
    riskBenefitPercent: read('riskBenefit'),
    seed: read('seed') ?? null,
    distribution: field<HTMLSelectElement>(root, 'dist').value,
    currency: field<HTMLSelectElement>(root, 'currency').value,
  };
}
