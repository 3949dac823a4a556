import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCIES } from '../../../src/lib/calculators/currency';
import { LIFT_DEFAULTS, LIFT_SPECS, parseLiftQuery, planTest, readTest, serializeLiftQuery, type LiftField, type LiftState } from '../../../src/lib/calculators/lift-test';
import { liftTestView } from '../../../src/lib/calculators/lift-test-view';
import { translator } from '../../../src/lib/i18n';

const fr = translator('fr');
const en = translator('en');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const parse = (query: string) => parseLiftQuery(new URLSearchParams(query));
const withFields = (fields: Partial<Record<LiftField, number>>): LiftState => ({ ...LIFT_DEFAULTS, fields: { ...LIFT_DEFAULTS.fields, ...fields } });
const FIELDS = Object.keys(LIFT_SPECS) as LiftField[];

/** Any value a field accepts, its edges and awkward values (0, tiny, huge) weighted in. */
const fieldValue = (field: LiftField) => {
  const { min, max, integer } = LIFT_SPECS[field];
  if (integer) return fc.oneof(fc.constantFrom(min, max, 0, 1).filter((v) => v >= min), fc.integer({ min, max: Math.min(max, Number.MAX_SAFE_INTEGER) }));
  return fc.oneof(fc.constantFrom(min, max, min + 1e-9, 5e-324, 1e-300).filter((v) => v >= min && v <= max), fc.double({ min, max, noNaN: true }).map((v) => v + 0));
};
const liftState: fc.Arbitrary<LiftState> = fc.record({
  fields: fc.record(Object.fromEntries(FIELDS.map((field) => [field, fieldValue(field)])) as Record<LiftField, fc.Arbitrary<number>>),
  currency: fc.constantFrom(...CURRENCIES),
});

describe('lift test share link', () => {
  it('reads the documented parameters and falls back to the default for a bad field only', () => {
    const { state, problems } = parse('baseline=3.5&lift=20&alpha=10&power=90&holdout=50&audience=20000&controlPeople=100&controlConversions=5&exposedPeople=100&exposedConversions=9&margin=12.5&cost=300&currency=GBP');
    expect(problems).toEqual([]);
    expect(state).toEqual({
      fields: { baseline: 3.5, lift: 20, alpha: 10, power: 90, holdout: 50, audience: 20000, controlPeople: 100, controlConversions: 5, exposedPeople: 100, exposedConversions: 9, margin: 12.5, cost: 300 },
      currency: 'GBP',
    });
    const bad = parse('baseline=lots&power=101&audience=2.5&controlPeople=-3&lift=Infinity&holdout=0&currency=XYZ');
    expect(bad.problems.map((p) => p.field)).toEqual(['baseline', 'lift', 'power', 'holdout', 'audience', 'controlPeople', 'currency']);
    expect(bad.state).toEqual(LIFT_DEFAULTS);
  });

  it('round-trips: serialize then parse gives the same state and no problem', () => {
    fc.assert(
      fc.property(liftState, (state) => {
        expect(parseLiftQuery(new URLSearchParams(serializeLiftQuery(state).toString()))).toEqual({ state, problems: [] });
      }),
    );
  });
});

describe('planning through the calculator', () => {
  it('the worked example: 2 % baseline, 10 % lift, α 5 %, power 80 %, 10 % held out, 100,000 people a week', () => {
    const plan = planTest(LIFT_DEFAULTS.fields);
    // SciPy, with the same formula: N = 454,759.198 → 45,476 held out and 409,284 exposed.
    expect(plan).toEqual({ ok: true, value: { controlPeople: 45476, exposedPeople: 409284, totalPeople: 454760, weeks: 4.5476 } });
  });

  it('R power.prop.test(p1 = .50, p2 = .75, power = .90): 76.7 per group, so 77 in each half', () => {
    const plan = planTest(withFields({ baseline: 50, lift: 50, alpha: 5, power: 90, holdout: 50, audience: 154 }).fields);
    expect(plan).toEqual({ ok: true, value: { controlPeople: 77, exposedPeople: 77, totalPeople: 154, weeks: 1 } });
  });

  it('says on the field what is wrong: a rate of 0 or 100 %, no lift, a lift past 100 %, a lift no sample can detect', () => {
    const issues = (fields: Partial<Record<LiftField, number>>) => {
      const plan = planTest(withFields(fields).fields);
      return plan.ok ? [] : plan.issues;
    };
    expect(issues({ baseline: 0 })).toEqual([{ field: 'baseline', code: 'baseline-zero' }]);
    expect(issues({ baseline: 100 })).toEqual([{ field: 'baseline', code: 'baseline-full' }]);
    expect(issues({ lift: 0 })).toEqual([{ field: 'lift', code: 'lift-zero' }]);
    expect(issues({ baseline: 60, lift: 80 })).toEqual([{ field: 'lift', code: 'lift-too-high', maxLift: expect.closeTo(66.6667, 3) }]);
    expect(issues({ baseline: 0.0001, lift: 0.01 })).toEqual([{ field: 'lift', code: 'lift-too-small' }]);
    expect(issues({ baseline: 1e-300, lift: 1e-10 })).toEqual([{ field: 'lift', code: 'lift-too-small' }]);
  });

  it('more power or a smaller lift never needs fewer people', () => {
    const pct = (min: number, max: number) => fc.double({ min, max, noNaN: true });
    fc.assert(
      fc.property(pct(0.01, 60), pct(0.1, 300), pct(0, 1), pct(50, 99.9), pct(50, 99.9), pct(1, 99), (baseline, lift, shrink, w1, w2, holdout) => {
        const plan = (fields: Partial<Record<LiftField, number>>) => planTest(withFields({ baseline, lift, holdout, ...fields }).fields);
        // Too small a lift needs more people than the calculator plans for: count it as infinitely many.
        const total = (fields: Partial<Record<LiftField, number>>) => {
          const planned = plan(fields);
          return planned.ok ? planned.value.totalPeople : Infinity;
        };
        // A lift that takes the exposed rate to 100 % (or past it, in rounding) cannot be planned at all,
        // so there is nothing to compare with (seen: baseline 25 %, lift 299.99999999999966 %).
        const planned = plan({});
        fc.pre(planned.ok || !planned.issues.some((issue) => issue.code === 'lift-too-high'));
        const [low, high] = w1 <= w2 ? [w1, w2] : [w2, w1];
        expect(total({ power: high })).toBeGreaterThanOrEqual(total({ power: low }));
        expect(total({ lift: Math.max(lift * shrink, 1e-6) })).toBeGreaterThanOrEqual(total({ lift }));
      }),
    );
  });
});

describe('reading through the calculator', () => {
  it('the worked example: 2.00 % against 2.25 %, incremental margin and ROI with intervals', () => {
    const read = readTest(LIFT_DEFAULTS.fields);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const r = read.value;
    expect(r.difference).toBeCloseTo(0.0025, 15);
    expect(r.incrementalConversions).toBeCloseTo(1035, 9);
    expect(r.incrementalMargin).toBeCloseTo(41400, 6);
    expect(r.roi).toEqual({ ok: true, value: expect.closeTo(65.6, 9) });
    // SciPy Wald interval (0.0011432…, 0.0038568…) × 414,000 people × 40 € − 25,000 €, over 25,000 €.
    expect(r.roiInterval.ok && r.roiInterval.value[0]).toBeCloseTo((0.0011432122504376275 * 414000 * 40 - 25000) / 250, 6);
    expect(r.roiInterval.ok && r.roiInterval.value[1]).toBeCloseTo((0.00385678774956237 * 414000 * 40 - 25000) / 250, 6);
    expect(r.pValue).toEqual({ ok: true, value: expect.closeTo(0.000563195383847056, 12) });
  });

  it('flags more conversions than people, and an empty group, on their fields', () => {
    const issues = (fields: Partial<Record<LiftField, number>>) => {
      const read = readTest(withFields(fields).fields);
      return read.ok ? [] : read.issues;
    };
    expect(issues({ exposedConversions: 500000 })).toEqual([{ field: 'exposedConversions', code: 'more-conversions-than-people' }]);
    expect(issues({ controlPeople: 0, exposedConversions: 500000 })).toEqual([
      { field: 'controlPeople', code: 'no-people' },
      { field: 'exposedConversions', code: 'more-conversions-than-people' },
    ]);
  });
});

describe('lift test view', () => {
  const byName = (state: LiftState, lang: 'fr' | 'en' = 'en') => {
    const view = liftTestView(state, lang === 'fr' ? 'fr-FR' : 'en-GB', lang === 'fr' ? fr : en);
    return { view, result: (name: string) => view.results.find((r) => r.name === name)! };
  };

  it('writes the worked example in each language', () => {
    const { view, result } = byName(LIFT_DEFAULTS, 'fr');
    expect(plain(result('control-people').text)).toBe('45 476 personnes');
    expect(plain(result('weeks').text)).toBe('5 semaines (4,5 à ce rythme d’audience)');
    expect(plain(result('absolute-lift').text)).toBe('0,25 point');
    expect(plain(result('relative-lift').text)).toBe('12,5 %');
    // Every figure of a row in the same unit (percent here), in data-value as in the text.
    expect(result('relative-lift-low').value).toBeCloseTo(5.204668739022589, 10);
    expect(plain(result('relative-lift-low').text)).toBe('5,2 %');
    expect(plain(result('incremental-margin').text)).toBe('41 400 €');
    expect(plain(result('p-value').text)).toBe('0,0006');
    expect(plain(view.texts['ci-low']!)).toBe('Borne basse (intervalle à 95 %)');
    expect(plain(view.texts.verdict!)).toMatch(/^Au seuil de 5 %, la hausse est significative \(valeur p 0,0006\).*L’intervalle du ROI va d’une perte à un gain/);
    expect(view.fieldMessages).toEqual({});
    const english = byName(LIFT_DEFAULTS, 'en');
    expect(english.result('absolute-lift').text).toBe('0.25 percentage points');
    expect(english.result('roi').text).toBe('65.6%');
    expect(english.result('roi-low').value).toBeLessThan(0);
  });

  it('a contradiction shows on its field and, in words, in every figure it stops; the other half still computes', () => {
    const { view, result } = byName(withFields({ exposedConversions: 500000 }));
    expect(view.fieldMessages).toEqual({ exposedConversions: 'More conversions (500,000) than people (414,000): each person counts at most once. Check both figures.' });
    expect(result('absolute-lift')).toEqual({ name: 'absolute-lift', value: null, text: `Not computed: ${view.fieldMessages.exposedConversions}` });
    expect(result('total-people').value).toBe(454760);
    expect(view.summary).toContain('Reading. Not computed: More conversions (500,000)');
    const zero = byName(withFields({ baseline: 0 }), 'fr');
    expect(plain(zero.view.fieldMessages.baseline!)).toMatch(/^Avec un taux de 0 %, personne ne convertit/);
    expect(zero.result('weeks').value).toBeNull();
    expect(zero.result('power-planned-lift')).toMatchObject({ value: null, text: 'Non calculé\u00a0: corrigez d’abord le plan du test.' });
    expect(byName(withFields({ lift: 0.001, baseline: 0.001 })).view.fieldMessages.lift).toBe(
      'No sample can detect a lift this small: it would take more than 10,000,000,000 people, more than live on Earth. Aim for a larger lift or a higher baseline.',
    );
  });

  it('says why a figure is not defined: no control conversions, no cost', () => {
    const { result } = byName(withFields({ controlConversions: 0, cost: 0 }));
    expect(result('relative-lift')).toMatchObject({ value: null, text: 'Not defined: no conversion in the control group, so no baseline rate.' });
    expect(result('roi')).toMatchObject({ value: null, text: 'Not defined without a campaign cost.' });
    expect(result('roi-high')).toMatchObject({ value: null, text: 'Not defined without a campaign cost.' });
    expect(result('incremental-margin').value).toBeGreaterThan(0);
  });

  it('every link the parser accepts renders: each figure finite or a stated reason, never NaN or Infinity, in both languages', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('0', '100', '1e-300', '5e-324', '1e10', '-0', ' 7 ', 'NaN'));
    const query = fc.dictionary(fc.constantFrom(...FIELDS, 'currency', 'other'), text).map((entries) => new URLSearchParams(entries));
    fc.assert(
      fc.property(fc.oneof(query, liftState.map(serializeLiftQuery)), fc.constantFrom('fr', 'en' as const), (params, lang) => {
        const { state } = parseLiftQuery(params);
        const { view } = byName(state, lang);
        expect(view.results.length).toBe(4 + 2 + 5 * 3 + 2);
        for (const r of view.results) {
          if (r.value === null) expect(r.text.length, r.name).toBeGreaterThan(10);
          else expect(Number.isFinite(r.value), `${r.name} = ${r.value}`).toBe(true);
        }
        const everything = [view.summary, ...view.results.map((r) => r.text), ...Object.values(view.texts), ...Object.values(view.fieldMessages)].join(' ');
        expect(everything).not.toMatch(/NaN|Infinity|undefined|∞|\{/);
      }),
      { numRuns: 300 },
    );
  });
});
