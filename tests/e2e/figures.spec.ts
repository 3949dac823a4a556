/**
 * Figures as a reader sees and hears them: a loss written with a true minus and named in words for
 * screen readers after the script recomputes, tabular numerals, and the charts drawn in the measured
 * palette of each theme (tests/unit/calculators/chart-palette.test.ts checks the colours themselves).
 */
import { expect, test } from '@playwright/test';

// The built example has a positive NPV; this link makes the script write a loss over it.
const LOSS = '?rate=10&years=3&cost=Co%C3%BBts%3A50000%2C40000%2C40000%2C40000&benefit=Gains%3A0%2C30000%2C30000%2C30000';
const PALETTE = {
  light: { benefit: 'rgb(29, 78, 216)', cost: 'rgb(180, 83, 9)' },
  dark: { benefit: 'rgb(91, 140, 255)', cost: 'rgb(245, 165, 36)' },
} as const;

for (const [lang, loss] of [
  ['fr', 'perte'],
  ['en', 'loss'],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${lang}, ${scheme}: a loss reads with a minus and its name; charts use the ${scheme} palette`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/${lang}/calculators/roi/${LOSS}`);
      await expect(page.locator('roi-calculator')).toHaveAttribute('data-ready', '');
      const npv = page.locator('[data-result="npv"]').first();
      await expect(npv).toHaveText(/^\u2212/);
      expect(await npv.textContent()).not.toContain('-');
      await expect(npv).toHaveCSS('font-variant-numeric', 'lining-nums tabular-nums');
      // The card as assistive technology reads it: label, figure, then the word for a loss.
      const card = page.locator('dd', { has: npv });
      expect(await card.ariaSnapshot()).toContain(`(${loss})`);
      // A positive figure of the same card set carries no such word.
      const benefits = page.locator('dd', { has: page.locator('[data-result="pv-benefits"]') });
      expect(await benefits.ariaSnapshot()).not.toContain(`(${loss})`);
      // The cue is for screen readers: on screen the figure stays one line.
      expect((await npv.boundingBox())!.height).toBeLessThan(40);

      const chart = page.locator('svg[data-chart="cashflow"]');
      await expect(chart.locator('rect').first()).toHaveCSS('fill', PALETTE[scheme].benefit);
      await expect(chart.locator('rect').nth(1)).toHaveCSS('fill', PALETTE[scheme].cost);
      await expect(page.locator('.chart-key-cost').first()).toHaveCSS('background-color', PALETTE[scheme].cost);
      // Costs part from benefits without colour too (greyscale print): a dashed outline on bar and key.
      await expect(chart.locator('rect').nth(1)).toHaveCSS('stroke-dasharray', '3px, 2px');
      await expect(chart.locator('rect').first()).toHaveCSS('stroke-dasharray', 'none');
      await expect(page.locator('.chart-key-cost').first()).toHaveCSS('border-top-style', 'dashed');
    });
  }
}

test('a loss too small to show is not called one: “0 €” reads without “(perte)”, while −0,4 % still does', async ({ page }) => {
  // The script recomputes from the link over the built example (whose NPV is a gain): NPV −0.40 € is
  // written "0 €"; the ROI, −0.4 %, still shows its minus and is named a loss.
  await page.goto('/fr/calculators/roi/?rate=0&years=1&cost=Co%C3%BBts%3A100.4%2C0&benefit=Gains%3A0%2C100');
  await expect(page.locator('roi-calculator')).toHaveAttribute('data-ready', '');
  const card = (name: string) => page.locator('dd', { has: page.locator(`[data-result="${name}"]`) }).first();
  await expect(page.locator('[data-result="npv"]').first()).toHaveText(/^0\s€$/);
  expect(await card('npv').ariaSnapshot()).not.toContain('(perte)');
  await expect(page.locator('[data-result="roi"]').first()).toHaveText(/^\u2212/);
  expect(await card('roi').ariaSnapshot()).toContain('(perte)');
});

