import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cashFlowChart, tornadoChart, type ChartShape } from '../../../src/lib/calculators/charts';

const format = (value: number) => String(Math.round(value));

function expectDrawable(shape: ChartShape) {
  const numbers = [
    ...shape.rects.flatMap((r) => [r.x, r.y, r.width, r.height]),
    ...shape.lines.flatMap((l) => l.points.flat()),
    ...shape.labels.flatMap((l) => [l.x, l.y]),
  ];
  for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
  for (const r of shape.rects) {
    expect(r.width).toBeGreaterThanOrEqual(0);
    expect(r.height).toBeGreaterThanOrEqual(0);
    expect(r.y + r.height).toBeLessThanOrEqual(shape.height + 1e-9);
  }
}

const amounts = fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 6 });

describe('cash-flow chart', () => {
  it('draws one benefit and one cost bar per period and the cumulative line through every period', () => {
    const shape = cashFlowChart([100, 50], [0, 300], ['0', '1'], format);
    expect(shape.rects.map((r) => r.tone)).toEqual(['benefit', 'cost', 'benefit', 'cost']);
    expect(shape.lines[1]?.points).toHaveLength(2);
    // Benefits go up from the zero line, costs down.
    const zero = shape.lines[0]!.points[0]![1];
    const [, cost0, benefit1] = shape.rects;
    expect(cost0!.y).toBe(zero);
    expect(benefit1!.y + benefit1!.height).toBe(zero);
  });

  it('stays finite and inside the frame for any flows, all zeros included', () => {
    expectDrawable(cashFlowChart([0, 0], [0, 0], ['0', '1'], format));
    fc.assert(
      fc.property(amounts, amounts, (costs, benefits) => {
        const periods = Math.max(costs.length, benefits.length);
        expectDrawable(cashFlowChart(costs, benefits, Array.from({ length: periods }, (_, n) => String(n)), format));
      }),
    );
  });
});

describe('tornado chart', () => {
  it('draws one bar per line, widest swing as given, with the base NPV as a vertical line', () => {
    const shape = tornadoChart(
      [
        { label: 'Sales', low: 50, high: 250 },
        { label: 'People', low: 180, high: 120 },
      ],
      150,
      format,
    );
    expect(shape.rects).toHaveLength(2);
    expect(shape.rects[0]!.width).toBeGreaterThan(shape.rects[1]!.width);
    expect(shape.rects.map((r) => r.tone)).toEqual(['benefit', 'cost']);
    const [top, bottom] = shape.lines[0]!.points;
    expect(top![0]).toBe(bottom![0]);
  });

  it('stays finite with no line, or lines that do not move the NPV', () => {
    expectDrawable(tornadoChart([], 0, format));
    expectDrawable(tornadoChart([{ label: '', low: 5, high: 5 }], 5, format));
  });
});
