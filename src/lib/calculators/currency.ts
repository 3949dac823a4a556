/** The currencies a calculator can show amounts in (`currency=EUR` in every share link). */
import { shorten } from '../share-link/text';
import type { QueryProblem } from './scalar-query';

export const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const DEFAULT_CURRENCY: Currency = 'EUR';

export const isCurrency = (value: string): value is Currency => (CURRENCIES as readonly string[]).includes(value);

/** The `currency` parameter; a bad one is reported and EUR is used. */
export function parseCurrency(params: URLSearchParams): { currency: Currency; problem?: QueryProblem<'currency'> } {
  const raw = params.get('currency')?.trim() ?? '';
  if (raw === '') return { currency: DEFAULT_CURRENCY };
  const upper = raw.toUpperCase();
  if (isCurrency(upper)) return { currency: upper };
  return { currency: DEFAULT_CURRENCY, problem: { field: 'currency', received: shorten(raw) } };
}
