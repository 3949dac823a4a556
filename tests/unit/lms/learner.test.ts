import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learnerDisplayName, learnerStoragePrefix } from '../../../src/lib/lms/learner';
import { setDisplayName } from '../../../src/lib/progress/mutators';
import { emptyProgress } from '../../../src/lib/progress/state';

describe('the LMS learner', () => {
  it('is shown first name first, and cleaned by the store like a typed name', () => {
    expect(learnerDisplayName('Martin, Marie')).toBe('Marie Martin');
    expect(learnerDisplayName('Marie Martin')).toBe('Marie Martin');
    expect(learnerDisplayName('Dupont, Jean, Jr')).toBe('Dupont, Jean, Jr');
    const now = new Date('2026-11-30T10:00:00Z');
    expect(setDisplayName(emptyProgress(now), learnerDisplayName('Evil\u202e, Name\u0007'), now).displayName).toBe('Name Evil');
    expect([...setDisplayName(emptyProgress(now), learnerDisplayName('x'.repeat(500)), now).displayName]).toHaveLength(80);
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
