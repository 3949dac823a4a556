/**
 * Customer-care deflection: contacts answered on social channels instead of the phone.
 * All figures are per month; the programme cost is what running the social care costs monthly.
 *   monthly savings = contacts × deflection × (phone cost − social cost) − programme cost
 *   break-even contacts = programme cost / (deflection × (phone cost − social cost))
 */
import * as z from 'zod/mini';
import { defined, notDefined, validate, type Outcome, type Validated } from './outcome';

export const careDeflectionInputSchema = z.object({
  /** Customer contacts per month. */
  contacts: z.number().check(z.gte(0)),
  /** Share of those contacts moved to social care, percent 0–100. */
  deflectionPercent: z.number().check(z.gte(0), z.lte(100)),
  /** Cost of handling one contact by phone. */
  phoneCost: z.number().check(z.gte(0)),
  /** Cost of handling one contact on social media. */
  socialCost: z.number().check(z.gte(0)),
  /** Monthly cost of the social care programme. */
  programmeCost: z.number().check(z.gte(0)),
});

export type CareDeflectionInput = z.infer<typeof careDeflectionInputSchema>;

export interface CareDeflection {
  readonly monthlySavings: number;
  readonly yearlySavings: number;
  /** Monthly contacts needed to pay for the programme; 'never' when a deflected contact saves nothing. */
  readonly breakEvenContacts: Outcome<number, 'never'>;
}

export function careDeflection(input: CareDeflectionInput): Validated<CareDeflection> {
  const checked = validate(careDeflectionInputSchema, input);
  if (!checked.ok) return checked;
  const { contacts, deflectionPercent, phoneCost, socialCost, programmeCost } = checked.value;
  const savingPerContact = (deflectionPercent / 100) * (phoneCost - socialCost);
  const monthlySavings = contacts * savingPerContact - programmeCost;
  return defined({
    monthlySavings,
    yearlySavings: 12 * monthlySavings,
    breakEvenContacts: savingPerContact > 0 ? defined(programmeCost / savingPerContact) : notDefined('never'),
  });
}
