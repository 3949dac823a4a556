/** The UI strings each calculator's script needs: the shared `calc.*` ones plus its own prefix. */
import { calculatorsFr } from '../../lib/i18n/areas/calculators';
import type { CalcKey } from '../../lib/calculators/view';

export const calculatorKeys = (prefix: string): CalcKey[] =>
  (Object.keys(calculatorsFr) as CalcKey[]).filter((key) => key.startsWith('calc.') || key.startsWith(`${prefix}.`));
