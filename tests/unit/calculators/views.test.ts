import { describe, expect, it } from 'vitest';
import { careView } from '../../../src/lib/calculators/care-view';
import { CARE_DEFAULTS } from '../../../src/lib/calculators/care-query';
import { fanValueView } from '../../../src/lib/calculators/fan-value-view';
import { FAN_DEFAULTS } from '../../../src/lib/calculators/fan-value';
import { formatMoney, formatPercent } from '../../../src/lib/calculators/format';
import { monteCarloView } from '../../../src/lib/calculators/roi-monte-carlo-view';
import {  } from '../../../src/lib/calculators/roi-model';
import { parseRoiPageQuery, roiDefaults } from '../../../src/lib/calculators/roi-example';
import { roiView } from '../../../src/lib/calculators/roi-view';
import { translator } from '../../../src/lib/i18n';

const fr = translator('fr');
const en = translator('en');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const byName = (results: readonly { name: string; value: number | null; text: string }[], name: string) => results.find((r) => r.name === name)!;

describe('formatting', () => {
  it('writes French and English money and percentages', () => {
    expect(plain(formatMoney(1234.56, 'fr-FR', 'EUR'))).toBe('1 234,56 €');
    expect(formatMoney(1234.56, 'en-GB', 'EUR')).toBe('€1,234.56');
    expect(formatMoney(-0, 'en-GB', 'GBP', 0)).toBe('£0');
    expect(plain(formatPercent(328.678, 'fr-FR'))).toBe('328,7 %');
  });
});

describe('economic-impact view', () => {
  it('shows the SalesLoft worked check, rounded in the text and raw in the value', () => {
    const { state } = parseRoiPageQuery(
      new URLSearchParams('rate=10&years=3&cost=Costs:53150,666715,636772,647783&benefit=Benefits:0,1606511,3061331,4229760'),
      'fr',
    );
    const view = roiView(state, 'fr-FR', fr);
    expect(Math.round(byName(view.headline, 'npv').value!)).toBe(5496170);
    expect(plain(byName(view.headline, 'npv').text)).toBe('5 496 170 €');
    expect(plain(byName(view.headline, 'roi').text)).toBe('328,7 %');
    expect(view.riskAdjusted).toBeNull();
    expect(view.cashFlow.rows).toHaveLength(4);
    expect(view.tornado.rows).toHaveLength(2);
  });

  it('says in words why ROI, payback and IRR are not defined, with no value', () => {
    const { state } = parseRoiPageQuery(new URLSearchParams('cost=None:0&benefit=Nothing:0'), 'en');
    const view = roiView(state, 'en-GB', en);
    for (const name of ['roi', 'irr']) {
      expect(byName(view.headline, name).value).toBeNull();
      expect(byName(view.headline, name).text).toMatch(/^Not defined/);
    }
    const never = roiView(parseRoiPageQuery(new URLSearchParams('cost=A:100,100&benefit=B:0,10'), 'en').state, 'en-GB', en);
    expect(byName(never.headline, 'payback')).toEqual({ name: 'payback', value: null, text: 'Not reached within the chosen horizon.' });
  });

  it('adds risk-adjusted figures when a risk is set', () => {
    const { state } = parseRoiPageQuery(new URLSearchParams('riskCost=10'), 'en');
    const view = roiView(state, 'en-GB', en);
    expect(byName(view.riskAdjusted!, 'risk-pv-costs').value).toBeCloseTo(byName(view.headline, 'pv-costs').value! * 1.1, 6);
  });

  it('gives a reproducible Monte Carlo with ordered percentiles', () => {
    const state = roiDefaults('en');
    const first = monteCarloView(state, 'en-GB');
    expect(monteCarloView(state, 'en-GB')).toEqual(first);
    const [p10, p50, p90] = first.map((r) => r.value!);
    expect(p10).toBeLessThan(p50!);
    expect(p50).toBeLessThan(p90!);
  });
});

describe('care and fan value views', () => {
  it('care: break-even never reached is said in words', () => {
    const view = careView({ ...CARE_DEFAULTS, fields: { ...CARE_DEFAULTS.fields, socialCost: 9 } }, 'en-GB', en);
    expect(byName(view.results, 'break-even-contacts')).toMatchObject({ value: null, text: expect.stringMatching(/^Never reached/) });
  });

  it('fan value: every step has a value and the value per fan keeps four decimals', () => {
    const view = fanValueView(FAN_DEFAULTS, 'fr-FR', fr);
    expect(view.steps.map((s) => s.name)).toEqual(['reached-per-year', 'interactions-per-year', 'visits-per-year', 'sales-per-year', 'margin-per-year']);
    expect(plain(byName(view.results, 'value-per-fan').text)).toBe('0,0006 €');
  });
});
