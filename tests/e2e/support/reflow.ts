/** Reflow at 320 px (WCAG 1.4.10): what breaks it on a page as it stands. */
import { expect, type Page } from '@playwright/test';

export const PHONE = { width: 320, height: 720 };
const CALCULATORS = 'roi-calculator, care-calculator, fan-value-calculator, kpi-planner, lift-test-calculator';

/** What breaks reflow on the page as it stands: sideways scrolling, a header too tall or cut off, an unnamed or unfocusable scroller. */
export function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const problems: string[] = [];
    if (root.scrollWidth > root.clientWidth) problems.push(`the page is ${root.scrollWidth} px wide`);
    const header = document.querySelector('body > header');
    if (header) {
      const height = Math.round(header.getBoundingClientRect().height);
      if (height > 64) problems.push(`the header is ${height} px tall`);
      for (const control of header.querySelectorAll<HTMLElement>('a, button, summary, input, select')) {
        if (!control.checkVisibility({ visibilityProperty: true })) continue;
        const box = control.getBoundingClientRect();
        if (box.left < 0 || box.right > root.clientWidth) problems.push(`header control "${control.textContent?.trim()}" is cut off`);
      }
    }
    // Whatever scrolls sideways on its own must be reachable and scrollable by keyboard, and named.
    for (const element of document.querySelectorAll<HTMLElement>('main *')) {
      if (!/auto|scroll/.test(getComputedStyle(element).overflowX) || element.scrollWidth <= element.clientWidth + 1) continue;
      if (element.matches('input, textarea, select') || !element.checkVisibility()) continue;
      const named = element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby');
      if (element.tabIndex < 0 || !named) problems.push(`<${element.localName} class="${element.className}"> scrolls sideways without a name or keyboard focus`);
    }
    return problems;
  });
}

/** Calculators load when they come near: bring each one in view so the check sees the live layout (the editable lines). */
export async function loadCalculators(page: Page): Promise<void> {
  const calculators = page.locator(CALCULATORS);
  const count = await calculators.count();
  for (let i = 0; i < count; i++) {
    // Presenter mode shows one slide at a time: a calculator on another slide is not laid out.
    if (!(await calculators.nth(i).isVisible())) continue;
    await calculators.nth(i).scrollIntoViewIfNeeded();
    await expect(calculators.nth(i)).toHaveAttribute('data-ready', '');
  }
  if (count > 0) await page.evaluate(() => window.scrollTo(0, 0));
}

