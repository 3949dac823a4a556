/**
 * Phones: every page reflows at 320 px (WCAG 1.4.10) in both languages and both themes, the compact
 * header and its menu (keyboard, Escape, without JavaScript), search in one tap, and no layout shift
 * after load (CLS 0) on a lesson, the home page and the ROI calculator, at phone and desktop widths.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { sitemapPaths } from './support/dist';

const pages = [...sitemapPaths(), '/404.html'];
const PHONE = { width: 320, height: 720 };
const CALCULATORS = 'roi-calculator, care-calculator, fan-value-calculator, kpi-planner, lift-test-calculator';

/** What breaks reflow on the page as it stands: sideways scrolling, a header too tall or cut off, an unnamed or unfocusable scroller. */
function reflowProblems(page: Page): Promise<string[]> {
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
async function loadCalculators(page: Page): Promise<void> {
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

for (const lang of ['fr', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`reflow at 320 px: every ${lang} page, ${colorScheme} theme`, async ({ browser }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ viewport: PHONE, colorScheme });
      const page = await context.newPage();
      const problems: string[] = [];
      // The 404 page carries both languages: checked with the French pages.
      for (const path of pages.filter((p) => p.startsWith(`/${lang}/`) || (lang === 'fr' && !/^\/(fr|en)\//.test(p)))) {
        await page.goto(path);
        await loadCalculators(page);
        problems.push(...(await reflowProblems(page)).map((p) => `${path}: ${p}`));
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }
}

test.describe('compact header on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('brand, menu and search on one row; the menu opens and closes by keyboard, Escape returns to its button', async ({ page }) => {
    await page.goto('/fr/lessons/why-programmes-fail/');
    const header = page.locator('body > header');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
    const menu = page.locator('summary', { hasText: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(menu).toBeVisible();
    await expect(nav).toBeHidden();
    await expect(page.getByRole('link', { name: 'Rechercher', exact: true })).toBeVisible();

    // Keyboard: skip link, brand, then the menu button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Leçons' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Leçons' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    // Theme and language live in the menu too; following a link leaves the next page's menu closed.
    await menu.click();
    await expect(page.getByRole('group', { name: 'Thème' })).toBeVisible();
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expect(page).toHaveURL(/\/en\/lessons\/why-programmes-fail\/$/);
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
    await page.goBack();
    await expect(nav).toBeHidden();

    // A tap outside (below the open panel) closes it.
    await menu.click();
    await expect(nav).toBeVisible();
    await page.mouse.click(180, 770);
    await expect(nav).toBeHidden();
  });

  test('search is one tap away, and `/` and Ctrl-K still open it', async ({ page }) => {
    await page.goto('/en/');
    const dialog = page.getByRole('dialog', { name: 'Search Board Academy' });
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.locator('body').press('/');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await page.locator('body').press('Control+k');
    await expect(dialog).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the menu still opens and closes, with the navigation and the language switch', async ({ page }) => {
      await page.goto('/fr/');
      const menu = page.locator('summary', { hasText: 'Menu' });
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      await expect(nav).toBeHidden();
      await menu.click();
      await expect(nav.getByRole('link', { name: 'Calculateurs' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Read this page in English' })).toBeVisible();
      await expect(page.locator('theme-switch')).toBeHidden();
      await menu.click();
      await expect(nav).toBeHidden();
      await page.getByRole('link', { name: 'Rechercher', exact: true }).click();
      await expect(page).toHaveURL(/\/fr\/search\/$/);
    });
  });
});

test('desktop, 1,280 px: the whole header on one row, no menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const lang of ['fr', 'en']) {
    await page.goto(`/${lang}/calculators/roi/`);
    await expect(page.locator('summary', { hasText: 'Menu' })).toBeHidden();
    const controls = page.locator('body > header').locator('a, button');
    const tops = await controls.evaluateAll((els) =>
      els.filter((e) => e.checkVisibility()).map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)),
    );
    expect(tops.length).toBeGreaterThan(10);
    expect(Math.max(...tops) - Math.min(...tops), `${lang}: controls on one row`).toBeLessThanOrEqual(4);
    expect((await page.locator('body > header').boundingBox())!.height).toBeLessThanOrEqual(64);
  }
});

/** Layout shifts of one page load (a `layout-shift` PerformanceObserver, buffered from navigation), once the page has settled: its idle-time code has run. */
async function cumulativeShift(page: Page, path: string, ready: string): Promise<{ cls: number; sources: string[] }> {
  await page.goto(path);
  await expect(page.locator(ready).first()).toBeAttached();
  return page.evaluate(
    () =>
      new Promise<{ cls: number; sources: string[] }>((resolve) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
        const shifts: Shift[] = [];
        const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as Shift[])));
        observer.observe({ type: 'layout-shift', buffered: true });
        const done = () => {
          shifts.push(...(observer.takeRecords() as Shift[]));
          observer.disconnect();
          const counted = shifts.filter((e) => !e.hadRecentInput);
          resolve({
            cls: counted.reduce((sum, e) => sum + e.value, 0),
            sources: counted.flatMap((e) => e.sources.map((s) => `${s.node?.nodeName ?? '?'}.${(s.node as Element | null)?.className ?? ''} (${e.value.toFixed(4)})`)),
          });
        };
        requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(done)), { timeout: 3000 });
      }),
  );
}

async function shiftsAt(browser: Browser, width: number) {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 780 : 800 } });
  const page = await context.newPage();
  // A returning learner: progress stored (the visit starts the lesson), so "continue" appears on the home page.
  await page.goto('/fr/lessons/not-mass-media/');
  await expect(page.locator('lesson-progress[data-ready]')).toBeAttached();
  const results: Record<string, { cls: number; sources: string[] }> = {
    lesson: await cumulativeShift(page, '/fr/lessons/what-roi-measures/', 'lesson-progress[data-ready]'),
    home: await cumulativeShift(page, '/fr/', 'continue-learning[data-ready]'),
    'home (en)': await cumulativeShift(page, '/en/', 'continue-learning[data-ready]'),
    roi: await cumulativeShift(page, '/fr/calculators/roi/', 'roi-calculator[data-ready]'),
  };
  await context.close();
  return results;
}

for (const width of [360, 1280]) {
  test(`no layout shift after load at ${width} px: lesson, home, ROI calculator (CLS 0)`, async ({ browser }) => {
    const results = await shiftsAt(browser, width);
    for (const [name, { cls, sources }] of Object.entries(results)) {
      expect(cls, `${name}: ${sources.join(', ')}`).toBe(0);
    }
  });
}
