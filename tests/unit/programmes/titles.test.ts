import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TITLE, viewTitle } from '../../../src/lib/programmes/titles';

describe('viewTitle', () => {
  it('joins a short title and the view', () => {
    expect(viewTitle('Board briefing', 'Participant pack')).toBe('Board briefing · Participant pack');
  });

  it('shortens a long title with an ellipsis, keeping the view whole', () => {
    const title = viewTitle('Executive committee workshop: from objectives to KPIs', 'Participant pack');
    expect(title).toBe('Executive committee workshop: from objectives to K… · Participant pack');
    expect([...title].length).toBeLessThanOrEqual(MAX_TITLE);
  });

  it('never exceeds the limit for any title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.constantFrom('Participant pack', 'Notes du formateur'), (title, view) => {
        const result = viewTitle(title, view);
        expect([...result].length).toBeLessThanOrEqual(MAX_TITLE);
        expect(result.endsWith(` · ${view}`)).toBe(true);
      }),
    );
  });
});
