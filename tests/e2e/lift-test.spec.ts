/**
 * The incrementality test planner as a reader uses it: planning and reading in French and English,
 * a share link's round trip, messages on the fields for impossible input, keyboard, axe with the
 * messages showing (light and dark), print and the worked example without script.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';

const result = (page: Page, name: string): Locator => page.locator(`[data-result="${name}"]`).first();
const value = async (page: Page, name: string) => Number(await result(page, name).getAttribute('data-value'));
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const ready = (page: Page) => expect(page.locator('lift-test-calculator')).toHaveAttribute('data-ready', '');

const LABELS = {
  fr: {
    baseline: 'Taux de conversion sans la campagne (%)',
    lift: 'Plus petite hausse qui vaut d’être détectée (% du taux)',
    power: 'Puissance (%)',
    holdout: 'Part de l’audience mise de côté (%)',
    audience: 'Nouvelles personnes atteintes par semaine',
    controlPeople: 'Personnes du groupe témoin',
    controlConversions: 'Conversions du groupe témoin',
    exposedPeople: 'Personnes du groupe exposé',
    exposedConversions: 'Conversions du groupe exposé',
    margin: 'Marge par conversion',
    cost: 'Coût de la campagne',
  },
  en: {
    baseline: 'Conversion rate without the campaign (%)',
    lift: 'Smallest lift worth detecting (% of the rate)',
    power: 'Power (%)',
    holdout: 'Share of the audience held out (%)',
    audience: 'New people reached per week',
    controlPeople: 'People in the control group',
    controlConversions: 'Conversions in the control group',
    exposedPeople: 'People in the exposed group',
    exposedConversions: 'Conversions in the exposed group',
    margin: 'Margin per conversion',
    cost: 'Campaign cost',
  },
} as const;

async function expectNoNaN(page: Page) {
  expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);
}

/** The message tied to a field by aria-describedby (its last id; a hint may come first). */
const messageOf = async (field: Locator, page: Page) => page.locator(`[id="${(await field.getAttribute('aria-describedby'))!.split(' ').at(-1)}"]`);

for (const lang of ['fr', 'en'] as const) {
  test(`${lang}: plan then read a test; R's reference design and SciPy's reading come out`, async ({ page }) => {
    const label = LABELS[lang];
    await page.goto(`/${lang}/calculators/lift-test/`);
    await ready(page);
    // Plan: R's power.prop.test(p1 = .50, p2 = .75, power = .90) → 76.7 per group, so 77 in each half.
    await page.getByLabel(label.baseline).fill('50');
    await page.getByLabel(label.lift).fill('50');
    await page.getByLabel(label.power).fill('90');
    await page.getByLabel(label.holdout).fill('50');
    await page.getByLabel(label.audience).fill('100');
    await expect(result(page, 'control-people')).toHaveAttribute('data-value', '77');
    await expect(result(page, 'exposed-people')).toHaveAttribute('data-value', '77');
    await expect(result(page, 'total-people')).toHaveAttribute('data-value', '154');
    await expect(result(page, 'weeks')).toHaveAttribute('data-value', '1.54');
    expect(plain(await result(page, 'weeks').textContent())).toBe(lang === 'fr' ? '2 semaines (1,5 à ce rythme d’audience)' : '2 weeks (1.5 at this weekly audience)');
    await expect(page).toHaveURL(/baseline=50&lift=50&alpha=5&power=90&holdout=50&audience=100&/);

    // Read: 15 of 100 against 30 of 100 (SciPy: interval 3.61 to 26.39 points, p = 0.011085).
    // Numbers are read the page's way: grouped digits included.
    await page.getByLabel(label.controlPeople).fill(lang === 'fr' ? '1 000' : '1,000');
    await expect(page).toHaveURL(/controlPeople=1000&/);
    await expect(page.getByLabel(label.controlPeople)).not.toHaveAttribute('aria-invalid');
    await page.getByLabel(label.controlPeople).fill('100');
    await page.getByLabel(label.controlConversions).fill('15');
    await page.getByLabel(label.exposedPeople).fill('100');
    await page.getByLabel(label.exposedConversions).fill('30');
    await page.getByLabel(label.margin).fill(lang === 'fr' ? '10,5' : '10.5');
    await page.getByLabel(label.cost).fill('100');
    await expect(page).toHaveURL(/cost=100&/);
    expect(await value(page, 'absolute-lift')).toBeCloseTo(15, 9);
    expect(await value(page, 'absolute-lift-low')).toBeCloseTo(3.613638193065059, 9);
    expect(await value(page, 'absolute-lift-high')).toBeCloseTo(26.38636180693494, 9);
    expect(await value(page, 'p-value')).toBeCloseTo(0.011085166380602708, 12);
    expect(await value(page, 'relative-lift')).toBeCloseTo(100, 9);
    expect(await value(page, 'incremental-margin')).toBeCloseTo(157.5, 9);
    expect(await value(page, 'roi')).toBeCloseTo(57.5, 9);
    expect(plain(await result(page, 'absolute-lift').textContent())).toBe(lang === 'fr' ? '15 points' : '15 percentage points');
    expect(plain(await result(page, 'incremental-margin').textContent())).toBe(lang === 'fr' ? '158 €' : '€158');
    await expect(page.locator('[data-text="verdict"]')).toContainText(lang === 'fr' ? 'la hausse est significative' : 'the lift is significant');
    await expect(page.locator('lift-test-calculator [data-announce]')).toContainText(lang === 'fr' ? 'Lecture : hausse de 15 points' : 'Reading: lift of 15 percentage points');
    await expect(page).toHaveURL(/controlPeople=100&controlConversions=15&exposedPeople=100&exposedConversions=30&margin=10.5&cost=100&currency=EUR/);
    await expectNoNaN(page);
  });
}

test('a share link round trip: opened, edited, reloaded, carried to the other language', async ({ page }) => {
  const link = '?baseline=3.5&lift=20&alpha=10&power=90&holdout=25&audience=20000&controlPeople=2000&controlConversions=70&exposedPeople=6000&exposedConversions=260&margin=12.5&cost=300&currency=GBP';
  await page.goto(`/fr/calculators/lift-test/${link}`);
  await ready(page);
  await expect(page.locator('[data-problems]')).toBeHidden();
  await expect(page.getByLabel(LABELS.fr.baseline)).toHaveValue('3,5');
  await expect(page.getByLabel(LABELS.fr.margin)).toHaveValue('12,5');
  await expect(page.getByLabel('Devise')).toHaveValue('GBP');
  expect(plain(await result(page, 'incremental-margin').textContent())).toContain('£');
  await expect(page).toHaveURL(new RegExp(`\\${link.replace(/\./g, '\\.')}$`));
  const total = await result(page, 'total-people').getAttribute('data-value');
  const roi = await result(page, 'roi').getAttribute('data-value');
  expect(Number(total)).toBeGreaterThan(0);

  await page.getByLabel(LABELS.fr.lift).fill('25');
  await expect(page).toHaveURL(/lift=25&/);
  await expect(result(page, 'total-people')).not.toHaveAttribute('data-value', total!);
  const smaller = await result(page, 'total-people').getAttribute('data-value');
  expect(Number(smaller)).toBeLessThan(Number(total));
  await expect(page.getByRole('link', { name: 'Lien vers ces hypothèses' })).toHaveAttribute('href', /lift=25&/);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel(LABELS.fr.lift)).toHaveValue('25');
  await expect(result(page, 'total-people')).toHaveAttribute('data-value', smaller!);
  await expect(result(page, 'roi')).toHaveAttribute('data-value', roi!);

  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/calculators\/lift-test\/\?baseline=3.5&lift=25&/);
  await ready(page);
  await expect(page.getByLabel(LABELS.en.baseline)).toHaveValue('3.5');
  await expect(result(page, 'total-people')).toHaveAttribute('data-value', smaller!);
  expect(await result(page, 'incremental-margin').textContent()).toMatch(/^£/);
});

test('impossible input gets its message on the field and, announced, in the results; a nonsense link falls back field by field', async ({ page }) => {
  await page.goto('/fr/calculators/lift-test/');
  await ready(page);
  const announce = page.locator('lift-test-calculator [data-announce]');
  const baseline = page.getByLabel(LABELS.fr.baseline);
  await baseline.fill('0');
  await expect(baseline).toHaveAttribute('aria-invalid', 'true');
  await expect(await messageOf(baseline, page)).toContainText('Avec un taux de 0 %, personne ne convertit');
  await expect(baseline).toHaveAccessibleDescription(/Avec un taux de 0\s%, personne ne convertit/);
  await expect(result(page, 'control-people')).toHaveAttribute('data-value', '');
  expect(plain(await result(page, 'control-people').textContent())).toMatch(/^Non calculé : Avec un taux de 0 %/);
  await expect(announce).toContainText('Plan. Non calculé');
  // The reading does not depend on the plan's baseline: it still computes.
  await expect(result(page, 'absolute-lift')).not.toHaveAttribute('data-value', '');

  await baseline.fill('100');
  await expect(await messageOf(baseline, page)).toContainText('Avec un taux de 100 %, tout le monde convertit déjà');
  await baseline.fill('60');
  const lift = page.getByLabel(LABELS.fr.lift);
  await lift.fill('80');
  await expect(baseline).not.toHaveAttribute('aria-invalid');
  await expect(lift).toHaveAttribute('aria-invalid', 'true');
  expect(plain(await (await messageOf(lift, page)).textContent())).toContain('restez en dessous de 66,67 %');
  await baseline.fill('0,0001');
  await lift.fill('0,01');
  await expect(await messageOf(lift, page)).toContainText('Aucun échantillon ne détecte une hausse aussi faible');
  await baseline.fill('2');
  await lift.fill('10');
  await expect(lift).not.toHaveAttribute('aria-invalid');
  await expect(result(page, 'total-people')).toHaveAttribute('data-value', '454760');

  const conversions = page.getByLabel(LABELS.fr.exposedConversions);
  await conversions.fill('500000');
  await expect(conversions).toHaveAttribute('aria-invalid', 'true');
  expect(plain(await (await messageOf(conversions, page)).textContent())).toBe(
    'Plus de conversions (500 000) que de personnes (414 000) : chaque personne compte au plus une fois. Vérifiez les deux chiffres.',
  );
  await expect(result(page, 'roi')).toHaveAttribute('data-value', '');
  await expect(announce).toContainText('Lecture. Non calculé');
  await expect(result(page, 'total-people')).toHaveAttribute('data-value', '454760');
  await conversions.fill('12abc');
  await expect(await messageOf(conversions, page)).toContainText('Saisissez un nombre');
  await expectNoNaN(page);

  // A link: nonsense falls back to the default for that field only; a contradiction is accepted and explained.
  await page.goto('/en/calculators/lift-test/?baseline=abc&lift=-5&power=90&exposedConversions=1e400&controlPeople=100&controlConversions=200&currency=XYZ');
  await ready(page);
  const problems = page.locator('[data-problems]');
  await expect(problems).toBeVisible();
  for (const name of ['baseline', 'lift', 'exposedConversions', 'currency']) await expect(problems).toContainText(`(${name})`);
  await expect(problems).toContainText('“abc”');
  await expect(page.getByLabel(LABELS.en.baseline)).toHaveValue('2');
  await expect(page.getByLabel(LABELS.en.power)).toHaveValue('90');
  const controlConversions = page.getByLabel('Conversions in the control group');
  await expect(controlConversions).toHaveAttribute('aria-invalid', 'true');
  await expect(controlConversions).toHaveAccessibleDescription('More conversions (200) than people (100): each person counts at most once. Check both figures.');
  await expect(result(page, 'p-value')).toHaveAttribute('data-value', '');
  await expect(page).toHaveURL(/baseline=2&lift=10&alpha=5&power=90&/);
  await expectNoNaN(page);
});

test('keyboard from the first field to the print button, visible focus, and axe with messages showing in both themes', async ({ page }) => {
  await page.goto('/en/calculators/lift-test/?controlPeople=100&controlConversions=200');
  await ready(page);
  const first = page.getByLabel(LABELS.en.baseline);
  await first.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0');
  const order = ['lift', 'alpha', 'power', 'holdout', 'audience', 'controlPeople', 'controlConversions', 'exposedPeople', 'exposedConversions', 'margin', 'cost', 'currency'];
  for (const name of order) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`lift-test-calculator [name="${name}"]`)).toBeFocused();
  }
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: /What the campaign caused/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Link to these assumptions' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Print the summary' })).toBeFocused();
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('lift-test-calculator [data-announce]')).toContainText('At a rate of 0%');

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `axe, ${colorScheme} theme, with field messages`).toEqual([]);
  }
});

test('print writes out every assumption and the formulas; without JavaScript the worked example is there', async ({ page, browser }) => {
  await page.goto('/en/calculators/lift-test/?holdout=20');
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('[data-print-summary]');
  await expect(summary).toBeVisible();
  await expect(page.locator('[data-inputs]').first()).toBeHidden();
  await expect(summary.locator('[data-text="assumption-holdout"]')).toHaveText('20');
  await expect(summary).toContainText('power.prop.test');
  await expect(summary).toContainText('Katz');

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto('/fr/calculators/lift-test/');
  await expect(result(noScript, 'total-people')).toHaveAttribute('data-value', '454760');
  expect(plain(await result(noScript, 'roi').textContent())).toBe('65,6 %');
  await expect(noScript.locator('section[aria-labelledby="methodology"]')).toContainText('N = [(z₁₋α/₂ × √(p̄ × (1 − p̄)');
  await expect(noScript.locator('section[aria-labelledby="parameters"]').getByRole('rowheader', { name: 'exposedConversions', exact: true })).toBeVisible();
  await context.close();
});
