/**
 * Site search (Pagefind) through the header dialog and the search page, and the lunr filters of the
 * catalogue and the glossary: real queries in both languages, keyboard use, bad input, budgets, no JS.
 */
import { expect as baseExpect, test, type Page, type Request } from '@playwright/test';
import { axeViolations } from './support/axe';

// Searches run in a real browser against the built site: a busy machine needs more than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

/** Collects page errors and console errors: every test here ends with none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Playwright itself warns when it blocks the offline service worker (playwright.config.ts): not the page's doing.
    if (m.text() === 'Service Worker registration blocked by Playwright') return;
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  return errors;
}

/** Bytes transferred (body and headers) by the requests matching `path`, counted once each has finished. */
function transferred(page: Page, path: RegExp) {
  const finished: Promise<number>[] = [];
  const urls: string[] = [];
  page.on('requestfinished', (request: Request) => {
    if (!path.test(new URL(request.url()).pathname)) return;
    urls.push(request.url());
    finished.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  return { urls, total: async () => (await Promise.all(finished)).reduce((a, b) => a + b, 0) };
}

const dialog = (page: Page) => page.locator('search-dialog dialog');
const hits = (scope: ReturnType<Page['locator']>) => scope.locator('.search-hit-title');

test.describe('header search dialog', () => {
  for (const { lang, query, first, shortcut } of [
    { lang: 'fr', query: 'télévision', first: '/fr/lessons/not-mass-media/', shortcut: '/' },
    { lang: 'en', query: 'word of mouth', first: '/en/lessons/not-mass-media/', shortcut: 'Control+k' },
  ]) {
    test(`${lang}: opens with ${shortcut}, finds "${query}" with the expected lesson first, within the transfer budget`, async ({ page }) => {
      const errors = watchErrors(page);
      const pagefind = transferred(page, /^\/pagefind\//);
      await page.goto(`/${lang}/lessons/`);
      await page.waitForLoadState('networkidle');
      expect(pagefind.urls, 'nothing of Pagefind before the search is used').toEqual([]);

      await page.locator('body').press(shortcut);
      await expect(dialog(page)).toBeVisible();
      const input = dialog(page).getByRole('searchbox');
      await expect(input).toBeFocused();
      await input.fill(query);
      await expect(hits(dialog(page)).first()).toBeVisible();
      await expect.poll(() => hits(dialog(page)).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain(first);
      await expect(dialog(page).getByRole('status')).toContainText(lang === 'fr' ? 'résultat' : 'result');
      // The match is highlighted, built as a <mark> element holding text.
      await expect(dialog(page).locator('.search-hit-excerpt mark').first()).toBeVisible();
      await expect(dialog(page).locator('.search-hit-type', { hasText: lang === 'fr' ? 'Leçon' : 'Lesson' }).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      const bytes = await pagefind.total();
      console.log(`first search (${lang}, "${query}"): ${pagefind.urls.length} requests, ${bytes} bytes`);
      // 150 → 180 KB when the curriculum grew from 15 to 21 lessons per language (Pagefind: 76 → 100 pages,
      // 5,711 → 7,239 words): the first search measured 165,629 B in French and 175,920 B in English.
      expect(bytes).toBeLessThanOrEqual(180 * 1024);

      await page.keyboard.press('Escape');
      await expect(dialog(page)).toBeHidden();
      expect(errors).toEqual([]);
    });
  }

  test('keyboard: arrows move through the results, Enter opens one, Escape returns focus to the opener', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/fr/');
    const opener = page.locator('a[data-search-open]');
    await opener.focus();
    await page.keyboard.press('Enter');
    const input = dialog(page).getByRole('searchbox');
    await expect(input).toBeFocused();
    await page.keyboard.type('mesurer');
    const results = hits(dialog(page));
    await expect(results.nth(2)).toBeVisible();
    await expect(dialog(page).locator('a[data-search-page]')).toHaveAttribute('href', '/fr/search/?q=mesurer');
    await page.keyboard.press('ArrowDown');
    await expect(results.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(results.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(results.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(opener).toBeFocused();

    await page.keyboard.press('Control+k');
    await page.keyboard.press('ArrowDown');
    const href = await results.nth(0).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    expect(errors).toEqual([]);
  });

  test('/ typed in a text field stays in the field', async ({ page }) => {
    await page.goto('/fr/catalogue/');
    const box = page.getByRole('searchbox', { name: 'Filtrer le catalogue' });
    await box.fill('a/b');
    await box.press('/');
    await expect(box).toHaveValue('a/b/');
    await expect(dialog(page)).toBeHidden();
  });
});

test.describe('search page', () => {
  test('works from ?q= and keeps the query in the address as you type', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/en/search/?q=measure');
    const results = page.locator('search-page');
    await expect(page.getByRole('searchbox', { name: 'Words to search for' }).last()).toHaveValue('measure');
    // "measure" finds pages that only say "measuring" (stemming).
    await expect(hits(results).first()).toBeVisible();
    await expect(results.locator('.search-hit-excerpt mark', { hasText: /^measuring$/i }).first()).toBeVisible();

    await page.locator('#search-q').fill('Brand Science');
    await expect(page).toHaveURL(/\?q=Brand\+Science$/);
    await expect(results.getByRole('status')).toHaveText(/^\d+ results for “brand science”$/);
    expect(errors).toEqual([]);
  });

  test('French: accents and stems, and the type filter', async ({ page }) => {
    const errors = watchErrors(page);
    const results = page.locator('search-page');
    const found: Record<string, string[]> = {};
    for (const q of ['mesurer', 'mesure', 'mesures']) {
      await page.goto(`/fr/search/?q=${q}`);
      await expect(results.getByRole('status')).toContainText('résultats');
      found[q] = (await hits(results).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort() as string[];
    }
    expect(found['mesurer']!.length).toBeGreaterThan(0);
    expect(found['mesure']).toEqual(found['mesurer']);
    expect(found['mesures']).toEqual(found['mesurer']);

    await page.goto('/fr/search/?q=reseaux&type=story');
    await expect(page.locator('#search-type')).toHaveValue('story');
    await expect(hits(results).first()).toBeVisible();
    for (const href of await hits(results).evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/fr\/stories\//);
    await expect(results.locator('mark').first()).toHaveText(/réseaux/i);
    await page.locator('#search-type').selectOption('');
    await expect(page).toHaveURL(/\?q=reseaux$/);
    await expect.poll(() => hits(results).evaluateAll((links) => links.some((a) => !a.getAttribute('href')!.startsWith('/fr/stories/')))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('bad input: calm messages, no exception, no injected markup', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/fr/search/');
    const input = page.locator('#search-q');
    const status = page.locator('search-page').getByRole('status');
    for (const q of ['*', '~', '+', '?!…', 'audience:', '"']) {
      await input.fill(q);
      await expect(status, q).toHaveText('Saisissez un ou plusieurs mots.');
      await expect(hits(page.locator('search-page'))).toHaveCount(0);
    }
    await input.fill('<img src=x onerror="window.__pwned=1">');
    await expect(status).toHaveText(/«\s?img src x onerror window pwned 1\s?»/);
    await input.fill('x'.repeat(10_000));
    await expect(status).toContainText('Aucun résultat');
    await page.goto(`/fr/search/?q=${encodeURIComponent('<script>window.__pwned=1</script>')}&type=<b>`);
    await expect(status).toHaveText(/«\s?script window pwned 1\s?»/);
    await expect(page.locator('#search-type')).toHaveValue('');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('search-page img, search-page script, search-page b')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('catalogue filter', () => {
  const items = (page: Page) => page.locator('catalogue-filter [data-ref]:visible');

  test('loads its index on first focus only, and narrows by words, stems and accents (French)', async ({ page }) => {
    const errors = watchErrors(page);
    const index = transferred(page, /\/catalogue-index\.json$/);
    await page.goto('/fr/catalogue/');
    await page.waitForLoadState('networkidle');
    const all = await items(page).count();
    expect(index.urls).toEqual([]);
    const box = page.getByRole('searchbox', { name: 'Filtrer le catalogue' });
    await box.focus();
    await expect.poll(() => index.urls.length).toBe(1);

    const refsFor = async (q: string) => {
      await box.fill(q);
      await expect(page.locator('catalogue-filter [data-status]')).toContainText('affiché');
      return (await items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-ref')))).sort();
    };
    const mesurer = await refsFor('mesurer');
    expect(mesurer).toContain('lesson/why-programmes-fail');
    expect(mesurer.length).toBeLessThan(all);
    // While typing, a word also matches longer words it starts (mesure → mesurent): a superset.
    expect(await refsFor('mesure')).toEqual(expect.arrayContaining(mesurer));
    expect(await refsFor('mesures')).toEqual(mesurer);
    expect(await refsFor('reseaux')).toEqual(await refsFor('réseaux'));
    await box.fill('télévision');
    await expect(items(page).first()).toHaveAttribute('data-ref', 'lesson/not-mass-media');
    await box.fill('');
    await expect(items(page)).toHaveCount(all);
    expect(errors).toEqual([]);
  });

  test('fielded queries and checkboxes combine with the text (English)', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/en/catalogue/');
    const box = page.getByRole('searchbox', { name: 'Filter the catalogue' });
    const status = page.locator('catalogue-filter [data-status]');
    await box.fill('tag:customer-service');
    await expect.poll(() => items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-ref')))).toContain('story/listening-before-selling');

    await box.fill('audience:executive');
    const executive = await items(page).count();
    expect(executive).toBeGreaterThanOrEqual(4);
    await page.getByRole('checkbox', { name: 'Success story' }).check();
    await expect.poll(() => items(page).evaluateAll((els) => els.length > 0 && els.every((e) => e.getAttribute('data-ref')!.startsWith('story/')))).toBe(true);
    await box.fill('type:lesson');
    await expect(items(page)).toHaveCount(0);
    await expect(status).toHaveText('Nothing matches. Remove a word or untick a box.');
    await page.getByRole('checkbox', { name: 'Success story' }).uncheck();
    await page.getByRole('checkbox', { name: 'Executive briefings' }).check();
    await box.fill('measure');
    await expect.poll(() => items(page).evaluateAll((els) => els.some((e) => e.getAttribute('data-type') === 'lesson'))).toBe(true);
    for (const ref of await items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-track')))) expect(ref).toBe('executive-briefings');
    expect(errors).toEqual([]);
  });

  test('bad input: hints, never an exception or markup', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/fr/catalogue/');
    const all = await items(page).count();
    const box = page.getByRole('searchbox', { name: 'Filtrer le catalogue' });
    const status = page.locator('catalogue-filter [data-status]');
    await box.fill('audience:');
    await expect(status).toContainText('Donnez une valeur au champ audience, par exemple audience:executive.');
    await expect(items(page)).toHaveCount(all);
    await box.fill('de la les');
    await expect(status).toContainText('Mots trop courants, ignorés : de, la, les.');
    await expect(items(page)).toHaveCount(all);
    for (const q of ['*', '~', '+', '+ -', '^', ':']) {
      await box.fill(q);
      await expect(status).toContainText(`${all} éléments affichés sur ${all}`);
    }
    await box.fill('<img src=x onerror="window.__pwned=1">');
    await expect(status).toHaveText('Aucun élément ne correspond. Retirez un mot ou décochez une case.');
    await box.fill('é'.repeat(10_000));
    await expect(status).toContainText('seul le début est pris en compte');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('catalogue-filter img')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('glossary filter', () => {
  test('narrows the terms, accents optional, and restores the full list', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/fr/glossary/');
    const terms = page.locator('catalogue-filter dl > [data-ref]:visible');
    const all = await terms.count();
    expect(all).toBeGreaterThan(30);
    const box = page.getByRole('searchbox', { name: 'Filtrer les termes' });
    await box.fill('actualisation');
    await expect(page.locator('catalogue-filter [data-status]')).toContainText('affiché');
    const some = await terms.count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    await box.fill('reseaux');
    const unaccented = await terms.evaluateAll((els) => els.map((e) => e.id));
    await box.fill('réseaux');
    await expect.poll(() => terms.evaluateAll((els) => els.map((e) => e.id))).toEqual(unaccented);
    await box.fill('');
    await expect(terms).toHaveCount(all);
    expect(errors).toEqual([]);
  });
});

test('results are built as text: hostile titles, excerpts and addresses from the index stay inert; more results load on demand', async ({ page }) => {
  const errors = watchErrors(page);
  // A stand-in for Pagefind (same origin, so the CSP allows it) returning 20 results with hostile data.
  await page.route('**/pagefind/pagefind.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `export async function options() {}
        export async function search(term) {
          return { results: Array.from({ length: 20 }, (_, i) => ({ data: async () => ({
            url: i === 0 ? 'javascript:window.__pwned=1' : '/en/lessons/r' + i + '/',
            meta: { title: 'Result ' + i + ' <img src=x onerror="window.__pwned=1">' },
            filters: { type: [i % 2 ? 'lesson' : 'spam'] },
            excerpt: 'before <mark>' + term + '</mark> <img src=x onerror="window.__pwned=1"> &lt;b&gt;bold&lt;/b&gt;',
          }) })) };
        }`,
    }),
  );
  await page.goto('/en/search/?q=roi');
  const results = page.locator('search-page');
  await expect(results.getByRole('status')).toHaveText('20 results for “roi”');
  // The javascript: address is dropped; the other five of the first six are shown.
  await expect(hits(results)).toHaveCount(5);
  await expect(hits(results).first()).toHaveText('Result 1 <img src=x onerror="window.__pwned=1">');
  await expect(results.locator('.search-hit-excerpt').first()).toHaveText('before roi  <b>bold</b>');
  await expect(results.locator('.search-hit-excerpt mark').first()).toHaveText('roi');
  await expect(results.locator('img, b, [href^="javascript"]')).toHaveCount(0);
  const more = results.getByRole('button', { name: 'Show more results' });
  await more.click();
  await expect(hits(results)).toHaveCount(11);
  await expect(hits(results).nth(5)).toBeFocused();
  // Two clicks in a row (the button moves as results arrive, so they are sent straight to it): one batch only.
  await more.evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  await expect(hits(results)).toHaveCount(17);
  await more.click();
  await expect(hits(results)).toHaveCount(19);
  await expect(more).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('open dialog with results, search page and active filters pass axe in light and dark themes', async ({ page }) => {
  const bothThemes = async (what: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `${what}, ${colorScheme}`).toEqual([]);
    }
  };
  await page.goto('/fr/');
  await page.locator('body').press('/');
  await dialog(page).getByRole('searchbox').fill('mesurer');
  await expect(dialog(page).locator('.search-hit-excerpt mark').first()).toBeVisible();
  await bothThemes('dialog');
  await page.goto('/en/search/?q=measure');
  await expect(page.locator('search-page .search-hit-title').first()).toBeVisible();
  await bothThemes('search page');
  await page.goto('/en/catalogue/');
  await page.getByRole('searchbox', { name: 'Filter the catalogue' }).fill('audience:');
  await page.getByRole('checkbox', { name: 'Lesson' }).check();
  await expect(page.locator('catalogue-filter [data-status]')).toContainText('Give the field audience a value');
  await bothThemes('catalogue');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalogue and the glossary list everything, with no dead controls; the search page says why', async ({ page }) => {
    await page.goto('/fr/catalogue/');
    const entries = page.locator('catalogue-filter [data-ref]');
    expect(await entries.count()).toBeGreaterThanOrEqual(4);
    await expect(entries.first()).toBeVisible();
    await expect(page.locator('[data-controls]')).toBeHidden();
    await page.goto('/en/glossary/');
    await expect(page.locator('dl > [data-ref]').first()).toBeVisible();
    expect(await page.locator('dl > [data-ref]:visible').count()).toBeGreaterThan(30);
    await page.goto('/en/search/?q=roi');
    await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
    await page.goto('/en/lessons/');
    await page.locator('a[data-search-open]').click();
    await expect(page).toHaveURL(/\/en\/search\/$/);
  });
});
