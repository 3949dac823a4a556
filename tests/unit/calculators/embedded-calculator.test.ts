/**
 * <Calculator id preset> inside a lesson: presets are share-link query strings checked at build
 * time (a bad one fails the build naming the parameter), and several calculators, the same one
 * twice included, share a page with unique ids.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'ba-calculator-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(name: string, mdx: string) {
  const content = join(work, name, 'content');
  const out = join(work, name, 'dist');
  cpSync(join(process.cwd(), 'tests/fixtures/content/valid'), content, { recursive: true });
  appendFileSync(join(content, 'lessons/fr/sample.mdx'), `\n\n${mdx}\n`);
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    env: { ...process.env, BOARD_ACADEMY_CONTENT: content, BOARD_ACADEMY_CACHE: join(work, name, '.cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { run, out };
}

describe('<Calculator> in a lesson', () => {
  it('renders each preset at build time, twice on one page, with unique ids', () => {
    const { run, out } = buildWith(
      'good',
      [
        '<Calculator id="care" preset="contacts=1200&deflection=40" />',
        '<Calculator id="care" preset="contacts=2000&deflection=50&currency=GBP" />',
        '<Calculator id="roi" preset="rate=10&years=3&cost=Costs:53150,666715,636772,647783&benefit=Benefits:0,1606511,3061331,4229760" />',
        // The README's example for the incrementality lesson.
        '<Calculator id="lift-test" preset="baseline=2&lift=15&holdout=20&audience=50000&controlPeople=20000&controlConversions=400&exposedPeople=80000&exposedConversions=1880&margin=40&cost=20000" />',
      ].join('\n\n'),
    );
    expect(run.status, run.stderr).toBe(0);
    const html = parse(readFileSync(join(out, 'fr/lessons/sample/index.html'), 'utf8'));
    const monthly = html.querySelectorAll('[data-result="monthly-savings"]').map((e) => Number(e.getAttribute('data-value')));
    expect(monthly[0]).toBeCloseTo(1200 * 0.4 * 3.5 - 3000, 9);
    expect(monthly[1]).toBeCloseTo(2000 * 0.5 * 3.5 - 3000, 9);
    expect(Math.round(Number(html.querySelector('[data-result="npv"]')!.getAttribute('data-value')))).toBe(5496170);
    expect(html.querySelector('lift-test-calculator [data-result="total-people"]')!.getAttribute('data-value')).toBe('116497');
    expect(Number(html.querySelector('lift-test-calculator [data-result="incremental-conversions"]')!.getAttribute('data-value'))).toBeCloseTo(280, 9);
    const ids = html.querySelectorAll('[id]').map((e) => e.id);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    // Embedded calculators leave the lesson's address alone and link to the full calculator instead.
    expect(html.querySelectorAll('care-calculator[data-sync-url]')).toHaveLength(0);
    expect(html.querySelector('care-calculator a[data-share]')!.getAttribute('href')).toBe(
      '/fr/calculators/care/?contacts=1200&deflection=40&phoneCost=6&socialCost=2.5&programmeCost=3000&currency=EUR',
    );
  }, 300_000);

  it('fails the build on a bad preset, naming the parameter', () => {
    const { run } = buildWith('bad', '<Calculator id="care" preset="contacts=1200&deflection=140" />');
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}\n${run.stderr}`).toContain('invalid preset parameter deflection="140"');
  }, 300_000);
});
