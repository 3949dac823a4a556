/**
 * axe's WCAG 2.2 A/AA violations on a settled page, as readable lines.
 *
 * axe-core is injected once per loaded document and run there with `axe.run`, as @axe-core/playwright's
 * legacy mode does: its default mode injects the 0.5 MB script again on every call and finishes each run in
 * a fresh blank page, which made a call ~9 s instead of ~1 s on a loaded 2-core machine (measured on the
 * same pages). The site has no iframe; should one appear, axe is injected into every frame, as the builder does.
 * The minified build is sent (580 KB, not `axe.source`'s 1.3 MB): the transfer to the page is most of an
 * injection's cost, 236 ms against 400 ms a page (measured on lessons, one worker).
 */
import type { Page } from '@playwright/test';
import type axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The rules whose outcome can depend on colours, for a second pass in the other theme (the themes differ
 * only in colours: see the "dark theme changes only colours" gate). In axe-core 4.13's source, colours are
 * read by the color-contrast and link-in-text-block checks, and by the data-table heuristic (rows with
 * different backgrounds) that selects the elements table-fake-caption, td-has-header and th-has-data-cells test.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block', 'table-fake-caption', 'td-has-header', 'th-has-data-cells'];

/** axe-core in every frame of the page's current document (once per document). */
async function inject(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => 'axe' in window)) continue;
    await frame.evaluate(AXE_SOURCE);
    await frame.evaluate(() => (window as unknown as { axe: typeof axe }).axe.configure({ allowedOrigins: ['<same_origin>'] }));
  }
}

/** Violations of the WCAG A/AA rules, or of `rules` only (which must all exist in axe, to fail loudly on a typo). */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  // Contrast is judged on the settled page, not halfway through a 160 ms fade-in.
  await page.evaluate(() => Promise.race([Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 2000))]));
  await inject(page);
  return page.evaluate(
    async ({ tags, rules }) => {
      const runner = (window as unknown as { axe: typeof axe }).axe;
      const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: tags };
      const { violations } = await runner.run(document, { runOnly, resultTypes: ['violations'] });
      return violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    },
    { tags: WCAG_TAGS, rules: rules ? [...rules] : undefined },
  );
}
