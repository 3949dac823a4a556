import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateCode, certificateCodeMatches, type CertificateFields } from '../../../src/lib/progress/certificate';
import { fnv1a64 } from '../../../src/lib/progress/fnv1a64';

const fields: CertificateFields = {
  name: 'Camille Martin',
  trackId: 'executive-briefings',
  completedAt: '2025-03-10T18:00:00.000Z',
  scores: [
    { quizId: 'roi-basics', bestPercent: 100 },
    { quizId: 'kpi-basics', bestPercent: 83.3333 },
  ],
};

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe(0xcbf29ce484222325n);
    expect(fnv1a64('a')).toBe(0xaf63dc4c8601ec8cn);
    expect(fnv1a64('foobar')).toBe(0x85944171f73967e8n);
  });
});

describe('certificateCode', () => {
  it('is 10 Crockford base-32 characters in groups of 4-4-2, stable across runs', () => {
    const code = certificateCode(fields);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(certificateCode(structuredClone(fields))).toBe(code);
    expect(code).toBe('VJKW-JQHN-BZ'); // a pinned value: changing the canonical form would invalidate printed certificates
  });

  it('ignores name case and spacing, score order, the time of day and sub-percent rounding', () => {
    const code = certificateCode(fields);
    expect(certificateCode({ ...fields, name: '  camille   MARTIN ' })).toBe(code);
    expect(certificateCode({ ...fields, scores: [...fields.scores].reverse() })).toBe(code);
    expect(certificateCode({ ...fields, completedAt: '2025-03-10' })).toBe(code);
    expect(certificateCode({ ...fields, scores: [fields.scores[0]!, { quizId: 'kpi-basics', bestPercent: 83 }] })).toBe(code);
  });

  it('changes when any stated fact changes', () => {
    const code = certificateCode(fields);
    for (const edited of [
      { ...fields, name: 'Camile Martin' },
      { ...fields, trackId: 'staff-fundamentals' },
      { ...fields, completedAt: '2025-03-11T18:00:00.000Z' },
      { ...fields, scores: [fields.scores[0]!, { quizId: 'kpi-basics', bestPercent: 93 }] },
      { ...fields, scores: [fields.scores[0]!] },
    ]) {
      expect(certificateCode(edited)).not.toBe(code);
    }
  });

  it('gives distinct codes to distinct names (no collisions in a sample)', () => {
    const names = fc.sample(fc.string({ minLength: 1, maxLength: 20 }), { numRuns: 2000, seed: 7 });
    const canonical = new Set(names.map((n) => n.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()));
    const codes = new Set([...canonical].map((name) => certificateCode({ ...fields, name })));
    expect(codes.size).toBe(canonical.size);
  });

  it('verifies a retyped code, forgiving case, hyphens, spaces and look-alike letters', () => {
    const code = certificateCode(fields);
    expect(certificateCodeMatches(fields, code)).toBe(true);
    expect(certificateCodeMatches(fields, code.toLowerCase().replace(/-/g, ' '))).toBe(true);
    expect(certificateCodeMatches(fields, code.replace(/0/g, 'O').replace(/1/g, 'l'))).toBe(true);
    expect(certificateCodeMatches({ ...fields, name: 'Someone Else' }, code)).toBe(false);
  });
});
