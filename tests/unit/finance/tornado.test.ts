import { describe, it, expect } from 'vitest';
import { economicImpact } from '../../../src/lib/finance/economic-impact';
import { tornado, type Tornado } from '../../../src/lib/finance/tornado';
import type { UncertainImpactInput } from '../../../src/lib/finance/uncertain-impact-input';
import { expectClose } from './tolerance';
import { TEN_LINES } from './uncertain-input';

const chartOf = (input: UncertainImpactInput): Tornado => {
  const result = tornado(input);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues)}`);
  return result.value;
};

/** The NPV with each line's values multiplied by the factor `factorOf` picks for it. */
const npvWith = (input: UncertainImpactInput, factorOf: (side: 'cost' | 'benefit', index: number) => number) => {
  const scaled = (side: 'cost' | 'benefit') => (line: UncertainImpactInput['costs'][number], index: number) => ({
    label: line.label,
    values: line.values.map((value) => value * factorOf(side, index)),
  });
  const result = economicImpact({
    ratePercent: input.ratePercent,
    years: input.years,
    costs: input.costs.map(scaled('cost')),
    benefits: input.benefits.map(scaled('benefit')),
  });
  if (!result.ok) throw new Error('rejected');
  return result.value.npv;
};

describe('tornado', () => {
  const chart = chartOf(TEN_LINES);
  const likely = (side: 'cost' | 'benefit', index: number) =>
    (side === 'cost' ? TEN_LINES.costs : TEN_LINES.benefits)[index]?.likelyFactor ?? Number.NaN;

  it('has one bar per line, largest swing first', () => {
    expect(chart.bars).toHaveLength(10);
    const swings = chart.bars.map((bar) => bar.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(chart.bars[0]?.label).toBe('Sales productivity');
  });

  it('moves one line to its low and high with the others at their likely estimate', () => {
    const scale = Math.abs(chart.baseNpv) + 1e6;
    expectClose(chart.baseNpv, npvWith(TEN_LINES, likely), scale);
    for (const bar of chart.bars) {
      const lines = bar.side === 'cost' ? TEN_LINES.costs : TEN_LINES.benefits;
      const line = lines[bar.index];
      if (!line) throw new Error('bar without a line');
      const at = (factor: number) =>
        npvWith(TEN_LINES, (side, index) => (side === bar.side && index === bar.index ? factor : likely(side, index)));
      expectClose(bar.npvAtLow, at(line.lowFactor), scale);
      expectClose(bar.npvAtHigh, at(line.highFactor), scale);
      expect(bar.swing).toBe(Math.abs(bar.npvAtHigh - bar.npvAtLow));
    }
  });

  it('gives a higher NPV at a cost line’s low estimate, a lower one at a benefit line’s', () => {
    for (const bar of chart.bars.filter((b) => b.swing > 0)) {
      if (bar.side === 'cost') expect(bar.npvAtLow).toBeGreaterThan(bar.npvAtHigh);
      else expect(bar.npvAtLow).toBeLessThan(bar.npvAtHigh);
    }
  });

  it('rejects a line whose estimates are out of order', () => {
    const badLine = { label: 'x', values: [1], lowFactor: 1, likelyFactor: 0.5, highFactor: 2 };
    expect(tornado({ ...TEN_LINES, benefits: [badLine] }).ok).toBe(false);
  });
});
