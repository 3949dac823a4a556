/** Redraws a chart in the browser from its geometry, with DOM APIs only (no markup strings). */
import { TONE_CLASS, type ChartShape } from '../../lib/calculators/charts';

const SVG = 'http://www.w3.org/2000/svg';

function setAll(element: Element, attributes: Record<string, string | number>): void {
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
}

function node(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, name);
  setAll(element, attributes);
  return element;
}

export function drawChart(svg: SVGSVGElement, shape: ChartShape): void {
  svg.setAttribute('viewBox', `0 0 ${shape.width} ${shape.height}`);
  const rects = svg.querySelectorAll('rect');
  const lines = svg.querySelectorAll('polyline');
  const texts = svg.querySelectorAll('text');
  // Same number of marks as drawn (the usual case while typing): move them instead of rebuilding.
  if (rects.length === shape.rects.length && lines.length === shape.lines.length && texts.length === shape.labels.length) {
    shape.rects.forEach((r, i) => setAll(rects[i]!, { x: r.x, y: r.y, width: r.width, height: r.height, class: TONE_CLASS[r.tone] }));
    shape.lines.forEach((l, i) => setAll(lines[i]!, { points: l.points.map((p) => p.join(',')).join(' ') }));
    shape.labels.forEach((l, i) => {
      setAll(texts[i]!, { x: l.x, y: l.y, 'text-anchor': l.anchor });
      if (texts[i]!.textContent !== l.text) texts[i]!.textContent = l.text;
    });
    return;
  }
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
