/** What a reader sees and does: languages, navigation, glossary terms, themes, print, no-JS, 404. */
import { expect, test } from '@playwright/test';

const LESSON = '/fr/lessons/why-programmes-fail/';

test('`/` leads to the French home page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the home page offers the four entry points in each language', async ({ page }) => {
  for (const [lang, names] of [
    ['fr', ['Notes pour dirigeants', 'Fondamentaux pour les équipes', 'Kit du formateur', 'Les réseaux sociaux en 2026']],
    ['en', ['Executive briefings', 'Staff fundamentals', 'Trainer kit', 'Social media in 2026']],
  ] as const) {
    await page.goto(`/${lang}/`);
    for (const name of names) await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
});

test('the language switch goes to the same page in the other language, and back', async ({ page }) => {
  await page.goto(LESSON);
  const frTitle = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/lessons\/why-programmes-fail\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(frTitle!);
  await page.getByRole('link', { name: 'Lire cette page en français' }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
});

test('a lesson shows its audience, duration, objectives, contents, takeaways, questions, sources and neighbours', async ({ page }) => {
  await page.goto(LESSON);
  const article = page.locator('article');
  await expect(article.getByText('Dirigeants', { exact: true })).toBeVisible();
  await expect(article.getByText(/\d+ min de lecture/)).toBeVisible();
  for (const name of ['Objectifs', 'À retenir', 'Questions à poser à votre équipe', 'Sources']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const toc = page.getByRole('navigation', { name: 'Sommaire' });
  const firstEntry = toc.getByRole('link').first();
  const target = (await firstEntry.getAttribute('href'))!;
  await firstEntry.click();
  await expect(page.locator(target)).toBeInViewport();
  await expect(page.getByRole('navigation', { name: 'Dans ce parcours' }).getByRole('link', { name: /Leçon suivante/ })).toBeVisible();
});

test('the lessons index groups lessons by track with audience and duration', async ({ page }) => {
  await page.goto('/en/lessons/');
  const track = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Executive briefings' }) });
  await expect(track.getByRole('listitem')).toHaveCount(6);
  await expect(track.getByRole('listitem').first()).toContainText('min read');
  await expect(track.getByRole('listitem').first()).toContainText('Executives');
});

test('a glossary term shows its definition on keyboard focus, hides it on Escape, and links to the glossary', async ({ page }) => {
  await page.goto(LESSON);
  const term = page.locator('.term').first();
  const link = term.getByRole('link');
  const tip = term.getByRole('tooltip');
  await expect(tip).toBeHidden();
  await link.focus();
  await expect(tip).toBeVisible();
  const description = await link.evaluate((a) => document.getElementById(a.getAttribute('aria-describedby')!)?.textContent);
  expect(description?.length).toBeGreaterThan(10);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  const href = (await link.getAttribute('href'))!;
  await link.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace('#', '\\#')}$`));
  await expect(page.locator(href.slice(href.indexOf('#')))).toBeVisible();
});

test('keyboard: the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(LESSON);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the theme follows the system, can be overridden, and is applied before paint on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/');
  const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  expect(await scheme()).toBe('dark');
  await page.getByRole('button', { name: 'Light' }).click();
  await expect(page.getByRole('button', { name: 'Light' })).toHaveAttribute('aria-pressed', 'true');
  expect(await scheme()).toBe('light');
  // The stored choice is applied by the inline head script, before the page's modules run.
  await page.goto('/en/lessons/', { waitUntil: 'commit' });
  await page.waitForSelector('main');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  await page.getByRole('button', { name: 'System' }).click();
  expect(await scheme()).toBe('dark');
});

test('printing a lesson gives a clean brief: no navigation, links written out, takeaways boxed, sources listed', async ({ page }) => {
  await page.goto(LESSON);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Sommaire' })).toBeHidden();
  const takeaways = page.locator('section', { has: page.getByRole('heading', { name: 'À retenir' }) });
  expect(await takeaways.evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  const external = page.locator('main a[href^="http"]').first();
  if ((await external.count()) > 0) {
    const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
  }
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a lesson is fully readable and the theme buttons (which need JS) are not shown', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'À retenir' })).toBeVisible();
    await expect(page.locator('theme-switch')).toBeHidden();
  });
});

test('an unknown address gives a 404 page in the visitor’s language', async ({ page }) => {
  for (const [path, title, lang] of [
    ['/en/no-such-page/', 'Page not found', 'en-GB'],
    ['/fr/page-inexistante/', 'Page introuvable', 'fr-FR'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
});
