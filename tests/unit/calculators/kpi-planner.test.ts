import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_OBJECTIVES,
  OBJECTIVE_IDS,
  OBJECTIVE_PLANS,
  parseKpiQuery,
  serializeKpiQuery,
} from '../../../src/lib/calculators/kpi-planner';
import { CALCULATOR_IDS } from '../../../src/data/calculators';

const parse = (query: string) => parseKpiQuery(new URLSearchParams(query));

describe('KPI planner data', () => {
  it('plans every objective once, in order', () => {
    expect(OBJECTIVE_PLANS.map((plan) => plan.id)).toEqual([...OBJECTIVE_IDS]);
  });

  it('gives each objective KPIs, data sources and vanity metrics in both languages', () => {
    for (const plan of OBJECTIVE_PLANS) {
      expect(plan.kpis.length, plan.id).toBeGreaterThanOrEqual(2);
      expect(plan.dataSources.length, plan.id).toBeGreaterThanOrEqual(1);
      expect(plan.vanity.length, plan.id).toBeGreaterThanOrEqual(1);
      for (const text of [...plan.kpis, ...plan.dataSources, ...plan.vanity]) {
        expect(text.fr.trim(), plan.id).not.toBe('');
        expect(text.en.trim(), plan.id).not.toBe('');
        expect(text.fr, `${plan.id}: French uses curly apostrophes`).not.toContain("'");
      }
      if (plan.calculator !== null) expect(CALCULATOR_IDS).toContain(plan.calculator);
    }
  });
});

describe('KPI planner share link', () => {
  it('defaults to sales and care', () => {
    expect(parse('')).toEqual({ objectives: [...DEFAULT_OBJECTIVES], problems: [] });
  });

  it('keeps the known objectives in plan order and reports unknown ones', () => {
    expect(parse('objectives=reputation,fans,sales')).toEqual({
      objectives: ['sales', 'reputation'],
      problems: [{ field: 'objectives', received: 'fans' }],
    });
  });

  it('falls back to the default when nothing known is left', () => {
    expect(parse('objectives=likes').objectives).toEqual([...DEFAULT_OBJECTIVES]);
  });

  it('round-trips any non-empty selection', () => {
    fc.assert(
      fc.property(fc.subarray([...OBJECTIVE_IDS], { minLength: 1 }), (objectives) => {
        expect(parseKpiQuery(new URLSearchParams(serializeKpiQuery(objectives).toString()))).toEqual({ objectives, problems: [] });
      }),
    );
  });
});
