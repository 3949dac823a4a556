/** Redraws a chart in the browser from its geometry, with DOM APIs only (no markup strings). */
import { TONE_CLASS, type ChartShape } from '../../lib/calculators/charts';

const SVG = 'http://www.w3.org/2000/svg';

function node(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

export function drawChart(svg: SVGSVGElement, shape: ChartShape): void {
  svg.setAttribute('viewBox', `0 0 ${shape.width} ${shape.height}`);
  const children: SVGElement[] = [
    ...shape.rects.map((r) => node('rect', { x: r.x, y: r.y, width: r.width, height: r.height, class: TONE_CLASS[r.tone] })),
    ...shape.lines.map((l) => node('polyline', { points: l.points.map((p) => p.join(',')).join(' '), class: TONE_CLASS[l.tone] })),
    ...shape.labels.map((l) => {
      const text = node('text', { x: l.x, y: l.y, 'text-anchor': l.anchor, class: TONE_CLASS.text });
      text.textContent = l.text;
      return text;
    }),
  ];
  svg.replaceChildren(...children);
}
