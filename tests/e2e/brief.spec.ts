/**
 * The one-page board brief and the programme's board pack: every lesson's brief prints on exactly one
 * A4 page in both languages, shows the lesson's takeaways, questions and sources, and its QR code leads
 * to the full lesson; a brief filled to the limits of src/lib/brief/brief.ts still fits one page; each
 * programme's pack prints a cover and one page per lesson. One browser page, PDFs printed in a loop.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { BRIEF_LIMITS, briefLines, PER_LINE } from '../../src/lib/brief/brief';
import { lessonSchema, type LessonData } from '../../src/lib/content/schemas';
import { LANGS } from '../../src/lib/content/translations';
import { sitemapPaths } from './support/dist';
import { decodeQr, readPdf, squeeze } from './support/pdf';

const briefPaths = sitemapPaths().filter((p) => /^\/(fr|en)\/lessons\/[^/]+\/brief\/$/.test(p));
const packPaths = sitemapPaths().filter((p) => /^\/(fr|en)\/programmes\/[^/]+\/briefs\/$/.test(p));

/** A lesson's frontmatter as authored (the French original when the translation is missing). */
function lessonData(lang: string, slug: string): LessonData {
  const file = [join('content/lessons', lang, `${slug}.mdx`), join('content/lessons/fr', `${slug}.mdx`)].find((f) => existsSync(f))!;
  return lessonSchema.parse(yaml.load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]!));
}

/** The address the brief must print and encode: absolute when the build had SITE_URL, the path otherwise. */
const addressOf = (path: string) => {
  const lesson = path.replace(/brief\/$/, '');
  return process.env.SITE_URL ? new URL(lesson, process.env.SITE_URL).href : lesson;
};

/** The brief's printable area on A4: 210 × 297 mm less the margins of src/styles/brief.css (18 and 34 mm, 11 mm). */
const PRINTABLE_MM = { width: 210 - 18 - 34, height: 297 - 2 * 11 };

/** How full the printed page is: the brief's height, laid out at the printable width, against the printable height. */
async function fill(page: Page): Promise<number> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: Math.round((PRINTABLE_MM.width / 25.4) * 96), height: 1000 });
  const mm = await page.locator('.brief').evaluate((el) => el.getBoundingClientRect().height / (96 / 25.4));
  if (viewport) await page.setViewportSize(viewport);
  return Math.round((mm / PRINTABLE_MM.height) * 100);
}

test('every lesson has a brief in both languages, linked from its lesson page', async ({ page }) => {
  const lessons = sitemapPaths().filter((p) => /^\/(fr|en)\/lessons\/[^/]+\/$/.test(p));
  expect(briefPaths.map((p) => p.replace(/brief\/$/, ''))).toEqual(lessons);
  await page.goto('/fr/lessons/what-roi-measures/');
  await expect(page.getByRole('link', { name: 'Imprimer la note d’une page' })).toHaveAttribute('href', '/fr/lessons/what-roi-measures/brief/');
  await expect(page.getByRole('button', { name: 'Imprimer la leçon complète' })).toBeVisible();
  await page.goto('/en/lessons/what-roi-measures/');
  await expect(page.getByRole('link', { name: 'Print the brief' })).toHaveAttribute('href', '/en/lessons/what-roi-measures/brief/');
  await expect(page.getByRole('button', { name: 'Print the full lesson' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-links]')).toBeHidden();
});

// One test per language, so that the two halves print on both workers.
for (const lang of LANGS) test(`every ${lang} brief prints on one A4 page with its takeaways, questions, sources and a QR code to the lesson`, async ({ page }) => {
  test.setTimeout(180_000);
  const paths = briefPaths.filter((p) => p.startsWith(`/${lang}/`));
  expect(paths.length).toBeGreaterThanOrEqual(15);
  const pages: Record<string, number> = {};
  const fills: Record<string, number> = {};
  const missing: string[] = [];
  const scripts: string[] = [];
  for (const path of paths) {
    const slug = /^\/[a-z]+\/lessons\/([^/]+)\//.exec(path)![1]!;
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    if ((await page.locator('script').count()) > 0) scripts.push(path);

    // The QR code decodes to the full lesson's address, which is also printed as text.
    const address = addressOf(path);
    await expect(page.locator('[data-brief-address]'), path).toHaveText(address);
    const qr = decodeQr(await page.locator('.brief-qr').screenshot());
    expect(qr, `${path}: QR code`).toBe(address);

    await page.emulateMedia({ media: 'print' });
    fills[path] = await fill(page);
    const pdf = await page.pdf({ format: 'A4' });
    const text = (await readPdf(pdf)).pages;
    pages[path] = text.length;

    // What a director needs is printed: takeaways, questions and sources of the lesson.
    const data = lessonData(lang, slug);
    const printed = text.join('');
    const expected = [
      data.title,
      data.description,
      ...data.takeaways,
      ...(data.questions ?? []),
      ...data.sources.flatMap((s) => [s.author, s.title, s.publication]),
      address,
    ];
    for (const item of expected) if (!printed.includes(squeeze(item))) missing.push(`${path}: ${item}`);
  }
  console.table(Object.keys(pages).map((p) => ({ brief: p, 'A4 pages': pages[p], 'page filled %': fills[p] })));
  expect(missing, 'text missing from the printed brief').toEqual([]);
  expect(scripts, 'brief pages with a script').toEqual([]);
  expect(Object.entries(pages).filter(([, n]) => n !== 1), 'briefs not on exactly one A4 page').toEqual([]);
});

test('a brief filled to the limits the build allows still prints on one A4 page', async ({ page }) => {
  // Real prose, so characters have their usual widths; each item cut to fill its estimated lines.
  const prose = readFileSync('content/lessons/fr/questions-for-your-team.mdx', 'utf8').split('---')[2]!.replace(/<[^>]*>|[#*]/g, '').replace(/\s+/g, ' ');
  let at = 0;
  const text = (chars: number) => {
    const piece = prose.slice(at, at + chars).padEnd(chars, 'e');
    at = (at + chars) % (prose.length - 400);
    return piece;
  };
  // Every list at its largest count, every item filling the lines it is counted for (takeaways at their
  // length limit); then questions grow to two lines each until the brief reaches the build's line limit.
  const L = BRIEF_LIMITS;
  const description = text(L.descriptionChars);
  const takeaways = Array.from({ length: L.maxTakeaways }, () => text(L.takeawayChars));
  const sources = Array.from({ length: L.maxSources }, () => text(PER_LINE.source - 12));
  const figures = Array.from({ length: L.maxFigures }, () => text(PER_LINE.item - 40));
  const long = text(2 * PER_LINE.item);
  const short = text(PER_LINE.item);
  const estimate = (twoLines: number) =>
    briefLines({
      description,
      takeaways,
      questions: Array.from({ length: L.maxQuestions }, (_, i) => (i < twoLines ? long : short)),
      sources: sources.map((s) => ({ author: s, title: '', publication: '', year: 2010, approximate: false })),
      figures: figures.map((label) => ({ value: '100 000', label, source: 'Brand Science', year: 2010, illustrative: false, line: 1 })),
    }).total;
  let twoLines = 0;
  while (twoLines < L.maxQuestions && estimate(twoLines + 1) <= L.maxLines) twoLines++;
  const questions = Array.from({ length: L.maxQuestions }, (_, i) => (i < twoLines ? long : short));
  console.log(`limit brief: about ${estimate(twoLines)} lines of ${L.maxLines}`);
  expect(estimate(twoLines)).toBe(L.maxLines);

  await page.goto('/fr/lessons/questions-for-your-team/brief/');
  await page.evaluate(
    ({ description, takeaways, questions, sources, figures }) => {
      const fillList = (part: string, items: string[], html: (s: string) => string) => {
        const list = document.querySelector(`[data-brief-part="${part}"] :is(ul, ol)`)!;
        list.innerHTML = items.map((s) => `<li>${html(s)}</li>`).join('');
      };
      document.querySelector('.brief-title')!.textContent = 'Ce que le ROI mesure, et ce qu’il ne mesure pas : le cas des réseaux sociaux';
      document.querySelector('.brief-description')!.textContent = description;
      fillList('takeaways', takeaways, (s) => s);
      fillList('questions', questions, (s) => s);
      fillList('sources', sources, (s) => `${s}, 2010.`);
      fillList('figures', figures, (s) => `<strong>100 000</strong> ${s} <span class="brief-cite">(Source : Brand Science, 2010)</span>`);
    },
    { description, takeaways, questions, sources, figures },
  );
  await page.emulateMedia({ media: 'print' });
  console.log(`limit brief: page ${await fill(page)} % full`);
  const pdf = await page.pdf({ format: 'A4' });
  expect((await readPdf(pdf)).pages.length).toBe(1);
});

test('a programme’s board pack prints a cover, then each lesson’s brief on its own page', async ({ page }) => {
  test.setTimeout(120_000);
  // One board pack per programme, in each language.
  expect(packPaths.length).toBe(2 * readdirSync('content/programmes/fr').filter((f) => f.endsWith('.yaml')).length);
  const rows: { pack: string; lessons: number; pages: number }[] = [];
  for (const path of packPaths) {
    const [, lang, id] = /^\/(fr|en)\/programmes\/([^/]+)\//.exec(path)!;
    const programme = yaml.load(readFileSync(`content/programmes/${lang}/${id}.yaml`, 'utf8')) as { title: string; sessions: { lessons?: string[] }[] };
    const slugs = [...new Set(programme.sessions.flatMap((s) => s.lessons ?? []))];
    await page.goto(path);
    expect(await page.locator('script').count(), path).toBe(0);
    await expect(page.locator('.brief')).toHaveCount(slugs.length);
    await page.emulateMedia({ media: 'print' });
    const text = (await readPdf(await page.pdf({ format: 'A4' }))).pages;
    rows.push({ pack: path, lessons: slugs.length, pages: text.length });
    expect(text.length, path).toBe(slugs.length + 1);
    expect(text[0]).toContain(squeeze(programme.title));
    slugs.forEach((slug, i) => {
      const data = lessonData(lang!, slug);
      expect(text[0], `${path}: agenda names ${slug} on page ${i + 2}`).toContain(squeeze(`${data.title} (page ${i + 2})`));
      expect(text[i + 1], `${path}: page ${i + 2}`).toContain(squeeze(data.title));
      expect(text[i + 1]).toContain(squeeze(data.takeaways[0]!));
    });
    await page.emulateMedia({ media: 'screen' });
  }
  console.table(rows);
  await page.goto('/fr/programmes/board-briefing/');
  await expect(page.getByRole('link', { name: 'Imprimer les notes pour le conseil' })).toHaveAttribute('href', '/fr/programmes/board-briefing/briefs/');
});

for (const lang of LANGS) test(`every full ${lang} lesson prints right on A4 and Letter: no heading alone at a page foot, nothing wider than the paper`, async ({ page }) => {
  test.setTimeout(240_000);
  const lessons = sitemapPaths().filter((p) => new RegExp(`^/${lang}/lessons/[^/]+/$`).test(p));
  const rows: { lesson: string; A4: number; Letter: number }[] = [];
  const problems: string[] = [];
  // Printable widths at 15–16 mm side margins, in CSS pixels (96 per inch).
  const widths = { A4: Math.floor(((210 - 32) / 25.4) * 96), Letter: Math.floor(((215.9 - 32) / 25.4) * 96) } as const;
  for (const path of lessons) {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.emulateMedia({ media: 'screen' });
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const headings = (await page.locator('article :is(h1, h2, h3, h4):visible').allTextContents()).map(squeeze).filter(Boolean);
    const reviewed = squeeze((await page.locator('article p', { hasText: /Relu le|Reviewed on/ }).last().textContent()) ?? '');
    const row = { lesson: path, A4: 0, Letter: 0 };
    for (const format of ['A4', 'Letter'] as const) {
      await page.setViewportSize({ width: widths[format], height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${path} ${format}: ${overflow}px wider than the paper`);
      const pdf = await page.pdf({ format });
      const printed = await readPdf(pdf);
      const bottoms = printed.bottomLines;
      row[format] = bottoms.length;
      bottoms.forEach((line, i) => {
        if (!line) problems.push(`${path} ${format}: page ${i + 1} is blank`);
      });
      bottoms.slice(0, -1).forEach((line, i) => {
        if (headings.some((h) => h === line || (line.length > 3 && h.endsWith(line)))) problems.push(`${path} ${format}: page ${i + 1} ends with the heading “${line}”`);
      });
      const text = printed.pages.join('');
      if (!text.includes(reviewed)) problems.push(`${path} ${format}: the review date is missing`);
    }
    rows.push(row);
  }
  console.table(rows);
  expect(problems).toEqual([]);
});

test('a printed lesson keeps callouts and tables whole and prints external addresses after their links', async ({ page }) => {
  await page.goto('/fr/lessons/what-roi-measures/');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('article [role="note"]').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  expect(await page.locator('article h2').first().evaluate((el) => getComputedStyle(el).breakAfter)).toBe('avoid');
  const link = page.locator('article a[href^="https://go.forrester.com"]').first();
  expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('" (https://go.forrester.com/policies/tei/)"');
  await page.goto('/en/lessons/kpis-and-dashboards/');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('article table').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
});
