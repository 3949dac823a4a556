import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COHORT_DASHBOARD } from '../../src/lib/cohort/dashboard-contract';
import { hookAttribute, hookSelector, markers, type ElementContract } from '../../src/lib/element-contract';
import { PROGRESS_PAGE } from '../../src/lib/progress/page-contract';
import { QUIZ_PLAYER } from '../../src/lib/quiz/player-contract';

const contracts: ElementContract[] = [COHORT_DASHBOARD, PROGRESS_PAGE, QUIZ_PLAYER];

describe('element contracts', () => {
  it.each(contracts.map((c) => [c.element, c] as const))('<%s> lists each key, hook, template and slot once, as valid names', (_, contract) => {
    const unique = (list: readonly string[]) => expect(new Set(list).size, list.join(' ')).toBe(list.length);
    unique(contract.keys);
    unique(contract.hooks);
    // data-* names: lowercase letters, digits and hyphens (an uppercase letter would not survive the HTML parser).
    for (const hook of contract.hooks) expect(hook).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(contract.element).toMatch(/^[a-z][a-z0-9]*-[a-z0-9-]+$/);
    for (const slots of Object.values<readonly string[]>(contract.templates ?? {})) unique(slots);
  });

  it('marks and finds a hook by the same attribute', () => {
    const { hook, template, slot } = markers(COHORT_DASHBOARD);
    expect(hook('status')).toEqual({ 'data-status': '' });
    expect(hook('sort', 'lessons')).toEqual({ 'data-sort': 'lessons' });
    expect(hookSelector('sort', 'lessons')).toBe('[data-sort="lessons"]');
    expect(template('learner-row')).toEqual({ 'data-template': 'learner-row' });
    expect(slot('score-list')).toEqual({ 'data-slot': 'score-list' });
    expect(hookSelector('status')).toBe(`[${hookAttribute('status')}]`);
  });

  it('quotes any value inside its selector so that it cannot end the attribute early', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const inner = hookSelector('quiz-id', value).slice('[data-quiz-id="'.length, -'"]'.length);
        // Every quote and backslash is escaped: no unescaped quote is left to close the string.
        expect(inner.replace(/\\["\\]/g, '')).not.toMatch(/["\\]/);
      }),
    );
  });

  it('rejects names the contract does not list (type-level: `astro check` fails on a stale @ts-expect-error)', () => {
    const { hook, template, slot } = markers(PROGRESS_PAGE);
    // @ts-expect-error -- not a hook of <progress-page>
    hook('status');
    // @ts-expect-error -- not a template of <progress-page>
    template('learner-row');
    // @ts-expect-error -- not a slot of the backup template
    slot('name');
    const keys: readonly (typeof PROGRESS_PAGE.keys)[number][] = PROGRESS_PAGE.keys;
    // @ts-expect-error -- a cohort key is not one <progress-page> may read
    const stray: (typeof keys)[number] = 'cohort.loading';
    expect(stray).toBe('cohort.loading');
  });
});
