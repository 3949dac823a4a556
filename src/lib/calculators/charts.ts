/**
 * Chart geometry, pure: the same shapes are drawn as SVG by the build (worked example) and by the
 * browser (with DOM APIs). Coordinates are in the SVG's viewBox units; values never reach the
 * drawing unchecked, so an all-zero or single-point series still gives finite shapes.
 */
export type Tone = 'benefit' | 'cost' | 'line' | 'axis' | 'text';

/** Utility classes per tone (the chart tokens of global.css, so dark mode and print follow). */
export const TONE_CLASS: Readonly<Record<Tone, string>> = {
  benefit: 'fill-chart-benefit',
  cost: 'fill-chart-cost chart-mark-cost',
  line: 'fill-none stroke-chart-net stroke-2',
  axis: 'fill-none stroke-muted',
  text: 'fill-text text-[12px]',
};

export interface ChartShape {
  readonly width: number;
  readonly height: number;
  readonly rects: readonly { x: number; y: number; width: number; height: number; tone: Tone }[];
  readonly lines: readonly { points: readonly (readonly [number, number])[]; tone: Tone }[];
  readonly labels: readonly { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
}

const WIDTH = 640;
const round = (value: number) => Math.round(value * 10) / 10;

/** Scale from [low, high] (low ≤ 0 ≤ high) to [bottom, top] in pixels. */
function linear(low: number, high: number, from: number, to: number) {
  const span = high - low || 1;
  return (value: number) => round(from + ((value - low) / span) * (to - from));
}

/** Benefits up, costs down, per period, with the cumulative net as a line. */
export function cashFlowChart(
  costs: readonly number[],
  benefits: readonly number[],
  periodLabels: readonly string[],
  format: (value: number) => string,
): ChartShape {
  const height = 280;
  const left = 90;
  const top = 16;
  const bottom = height - 30;
  const cumulative: number[] = [];
  let running = 0;
  periodLabels.forEach((_, n) => {
    running += (benefits[n] ?? 0) - (costs[n] ?? 0);
    cumulative.push(running);
  });
  // Costs are drawn downwards; a negative cost (a refund) or benefit flips its bar to the other side.
  const drawn = [...benefits, ...costs.map((c) => -c), ...cumulative];
  const high = Math.max(0, ...drawn);
  const low = Math.min(0, ...drawn);
  const y = linear(low, high, bottom, top);
  const slot = (WIDTH - left - 10) / Math.max(periodLabels.length, 1);
  const barWidth = round(Math.min(36, slot / 3));
  const centre = (n: number) => round(left + slot * n + slot / 2);
  const rects: ChartShape['rects'][number][] = [];
  periodLabels.forEach((_, n) => {
    const benefit = benefits[n] ?? 0;
    const cost = costs[n] ?? 0;
    const zero = y(0);
    const up = y(benefit);
    rects.push({ x: round(centre(n) - barWidth - 1), y: Math.min(zero, up), width: barWidth, height: round(Math.abs(zero - up)), tone: 'benefit' });
    const down = y(-cost);
    rects.push({ x: round(centre(n) + 1), y: Math.min(zero, down), width: barWidth, height: round(Math.abs(down - zero)), tone: 'cost' });
  });
  return {
    width: WIDTH,
    height,
    rects,
    lines: [
      { points: [[left, y(0)], [WIDTH - 10, y(0)]], tone: 'axis' },
      { points: cumulative.map((value, n) => [centre(n), y(value)] as const), tone: 'line' },
    ],
    labels: [
      ...periodLabels.map((text, n) => ({ x: centre(n), y: height - 10, text, anchor: 'middle' as const })),
      { x: left - 6, y: top + 4, text: format(high), anchor: 'end' },
      { x: left - 6, y: y(0) + 4, text: format(0), anchor: 'end' },
      { x: left - 6, y: bottom + 4, text: format(low), anchor: 'end' },
    ],
  };
}

export interface TornadoRow {
  readonly label: string;
  readonly low: number;
  readonly high: number;
}

const LABEL_CHARACTERS = 26;
const shortLabel = (label: string) => {
  const chars = Array.from(label);
  return chars.length > LABEL_CHARACTERS ? `${chars.slice(0, LABEL_CHARACTERS - 1).join('')}…` : label;
};

/** One bar per line from its NPV at low to its NPV at high, around the base NPV. */
export function tornadoChart(rows: readonly TornadoRow[], baseNpv: number, format: (value: number) => string): ChartShape {
  const rowHeight = 28;
  const top = 24;
  const left = 200;
  const right = WIDTH - 16;
  const height = top + rowHeight * Math.max(rows.length, 1) + 8;
  const values = rows.flatMap((row) => [row.low, row.high]);
  const low = Math.min(baseNpv, ...values);
  const high = Math.max(baseNpv, ...values);
  const x = linear(low, high, left, right);
  return {
    width: WIDTH,
    height,
    rects: rows.map((row, i) => {
      const a = x(Math.min(row.low, row.high));
      const b = x(Math.max(row.low, row.high));
      return { x: a, y: top + rowHeight * i + 4, width: Math.max(round(b - a), 1), height: rowHeight - 8, tone: row.high >= row.low ? 'benefit' : 'cost' };
    }),
    lines: [{ points: [[x(baseNpv), top - 6], [x(baseNpv), height - 4]], tone: 'axis' }],
    labels: [
      ...rows.map((row, i) => ({ x: left - 8, y: top + rowHeight * i + rowHeight / 2 + 4, text: shortLabel(row.label || '—'), anchor: 'end' as const })),
      { x: left, y: 14, text: format(low), anchor: 'start' },
      { x: right, y: 14, text: format(high), anchor: 'end' },
    ],
  };
}
