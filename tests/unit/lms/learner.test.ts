import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learnerDisplayName, learnerStoragePrefix } from '../../../src/lib/lms/learner';

describe('the LMS learner', () => {
  it('is shown first name first, cleaned like a typed name', () => {
    expect(learnerDisplayName('Martin, Marie')).toBe('Marie Martin');
    expect(learnerDisplayName('Marie Martin')).toBe('Marie Martin');
    expect(learnerDisplayName('Dupont, Jean, Jr')).toBe('Dupont, Jean, Jr');
    expect(learnerDisplayName('Evil\u202e, Name\u0007')).toBe('Name Evil');
    expect([...learnerDisplayName('x'.repeat(500))]).toHaveLength(80);
  });

  it('gets a storage space of their own: distinct learners never share one', () => {
    expect(learnerStoragePrefix(null)).toBe('board-academy:lms:local:');
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        fc.pre(a !== b);
        // Neither is the start of the other: no learner ever reads another's keys.
        expect(learnerStoragePrefix(b).startsWith(learnerStoragePrefix(a))).toBe(false);
        expect(learnerStoragePrefix(a).startsWith(learnerStoragePrefix(null))).toBe(false);
      }),
    );
  });
});
