/**
 * Certificate verification codes such as "7K2M-Q9XA-3F": a hash of what the certificate states.
 * Re-computing the code from the printed fields detects typos and edits (a changed name, date or
 * score). It does NOT prove authenticity: anyone can compute a code, since there is no secret.
 */
import { fnv1a64 } from './fnv1a64';

export interface CertificateFields {
  name: string;
  trackId: string;
  /** ISO date or date-time; only the UTC day counts. */
  completedAt: string;
  /** Best percent per quiz (trackCompletion's scores fit); order does not matter, percentages are rounded. */
  scores: readonly { quizId: string; bestPercent: number | null }[];
}

// Crockford's base 32: no I, L, O or U, so the code survives being read aloud or retyped.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

/** The 10-character code for these fields, grouped 4-4-2. */
export function certificateCode(fields: CertificateFields): string {
  let hash = fnv1a64(canonical(fields));
  let code = '';
  for (let i = 0; i < LENGTH; i++) {
    code = ALPHABET.charAt(Number(hash & 31n)) + code;
    hash >>= 5n;
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** True when `typed` is the code for `fields`, ignoring case, spaces, hyphens and the look-alikes O/0 and I/L/1. */
export function certificateCodeMatches(fields: CertificateFields, typed: string): boolean {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return cleaned === certificateCode(fields).replace(/-/g, '');
}

/** The fields in one stable text: name case- and spacing-insensitive, day only, scores sorted. */
function canonical(fields: CertificateFields): string {
  const name = fields.name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const scores = [...fields.scores]
    .map(({ quizId, bestPercent }) => [quizId, bestPercent === null ? null : Math.round(bestPercent)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(['board-academy-certificate/1', name, fields.trackId, fields.completedAt.slice(0, 10), scores]);
}
