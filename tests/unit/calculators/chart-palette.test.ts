/**
 * The chart colours as they are shipped (read from global.css, not restated here), measured: every pair of
 * series stays apart for normal vision and for simulated protanopia, deuteranopia and tritanopia
 * (Machado et al. 2009 matrices at full severity, through culori), and each series has the 3:1 contrast
 * with the page that WCAG 1.4.11 asks of graphical objects, in both themes.
 */
import { readFileSync } from 'node:fs';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties set by every rule with exactly this selector, in source order (later wins). */
function tokens(selector: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, head, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (head!.split(';').pop()!.trim() !== selector) continue;
    for (const [, name, value] of body!.matchAll(/(--ba-[\w-]+):\s*([^;]+);/g)) found[name!] = value!.trim();
  }
  return found;
}

const SERIES = ['--ba-chart-benefit', '--ba-chart-cost', '--ba-chart-net'] as const;
const light = tokens(':root');
const dark = tokens(":root[data-theme='dark']");
const darkBySystem = tokens(":root:not([data-theme='light'])");
const THEMES = { light, dark };

const VISION: Record<string, (c: Color) => Color> = {
  normal: (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
const deltaE = differenceCiede2000();
/** Below about 20 (CIEDE2000) two small chart marks start to read as shades of one colour. */
const MIN_DELTA_E = 20;

const colour = (value: string | undefined): Color => {
  const parsed = value === undefined ? undefined : parse(value);
  if (!parsed) throw new Error(`not a colour: ${value}`);
  return parsed;
};

describe('chart palette', () => {
  it('defines every series in both themes, the system dark theme the same as the chosen one', () => {
    for (const name of SERIES) {
      expect(light[name], name).toMatch(/^#[0-9a-f]{6}$/);
      expect(dark[name], name).toMatch(/^#[0-9a-f]{6}$/);
      expect(darkBySystem[name], name).toBe(dark[name]);
    }
    expect(darkBySystem['--ba-bg']).toBe(dark['--ba-bg']);
  });

  for (const [theme, values] of Object.entries(THEMES)) {
    it(`keeps every series at 3:1 or more against the ${theme} page`, () => {
      for (const name of SERIES) {
        expect(wcagContrast(colour(values[name]), colour(values['--ba-bg'])), `${name} on ${values['--ba-bg']}`).toBeGreaterThanOrEqual(3);
      }
    });

    it(`keeps every pair of ${theme} series apart for normal and colour-deficient vision`, () => {
      for (const [vision, simulate] of Object.entries(VISION)) {
        for (const [i, a] of SERIES.entries()) {
          for (const b of SERIES.slice(i + 1)) {
            const distance = deltaE(simulate(colour(values[a])), simulate(colour(values[b])));
            expect(distance, `${a} / ${b}, ${vision}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
          }
        }
      }
    });
  }

  it('tells a palette that fails apart (the former dark blue against the white line under tritanopia)', () => {
    const tritan = VISION.tritanopia!;
    expect(deltaE(tritan(colour('#93b4ff')), tritan(colour('#e6eaf0')))).toBeLessThan(MIN_DELTA_E);
  });
});
