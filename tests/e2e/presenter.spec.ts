/**
 * Presenter mode: every slide of every lesson fits its stage and the window (no page scroll) at projector
 * sizes, the room sees points while the notes window shows the prose and follows, keyboard and address,
 * print, and axe on slides and notes in both themes. Lessons are read from content/, so new ones are covered.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './support/axe';
import { readPdf, squeeze } from './support/pdf';

const LESSONS_DIR = join(process.cwd(), 'content/lessons/fr');
/** Every published lesson (French originals; each has an English address, translated or not). */
const LESSONS = readdirSync(LESSONS_DIR)
  .filter((f) => f.endsWith('.mdx') && !/^draft:\s*true\s*$/m.test(readFileSync(join(LESSONS_DIR, f), 'utf8').split(/^---\s*$/m)[1] ?? ''))
  .map((f) => f.replace(/\.mdx$/, ''));

/** Smallest type a room reads on a projected slide, by window: the source lines, the smallest, measure about 18 px at 1024 px. */
const MIN_FONT_PX = { 1024: 16, 1280: 18, 1920: 24 } as const;

interface SlideReport {
  problems: string[];
  tallest: number;
  count: number;
}

/** Walks every slide of the open deck in one evaluate (Home, then ArrowRight) and reports what does not fit. */
function checkAllSlides(page: Page, minFontPx: number): Promise<SlideReport> {
  return page.evaluate((minFont) => {
    const key = (k: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    const slides = [...document.querySelectorAll<HTMLElement>('.present-deck .slide')];
    const problems: string[] = [];
    let tallest = 0;
    key('Home');
    slides.forEach((slide, i) => {
      const at = `slide ${i + 1} (${slide.dataset.kind})`;
      const shown = slides.filter((s) => s.checkVisibility());
      if (shown.length !== 1 || shown[0] !== slide) problems.push(`${at}: ${shown.length} slides shown, or not this one`);
      const box = slide.getBoundingClientRect();
      tallest = Math.max(tallest, box.height);
      if (box.top < 0 || box.left < 0 || box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5) {
        problems.push(`${at}: stage ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} outside the ${innerWidth}×${innerHeight} window`);
      }
      const body = slide.querySelector<HTMLElement>('.slide-body')!;
      if (body.scrollHeight > body.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1) {
        problems.push(`${at}: content overflows its stage by ${body.scrollHeight - body.clientHeight} px`);
      }
      for (const element of slide.querySelectorAll<HTMLElement>('*')) {
        const r = element.getBoundingClientRect();
        if (r.height === 0) continue;
        if (r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5) problems.push(`${at}: <${element.localName}> “${element.textContent?.slice(0, 30)}” leaves the stage`);
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (element.closest('.slide-body') && element.childNodes.length > 0 && size < minFont) problems.push(`${at}: ${size.toFixed(1)} px text “${element.textContent?.slice(0, 30)}”`);
      }
      const doc = document.documentElement;
      if (doc.scrollHeight > innerHeight || doc.scrollWidth > innerWidth) problems.push(`${at}: the page scrolls (${doc.scrollWidth}×${doc.scrollHeight})`);
      key('ArrowRight');
    });
    return { problems, tallest: Math.round(tallest), count: slides.length };
  }, minFontPx);
}

async function openDeck(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.present-deck[data-enhanced]')).toHaveCount(1);
}

for (const lang of ['fr', 'en'] as const) {
  for (const [width, height] of [
    [1280, 720],
    [1024, 768],
  ] as const) {
    test(`every ${lang} lesson: each slide fits its stage and the ${width}×${height} window, no page scroll`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const problems: string[] = [];
      let tallest = 0;
      for (const slug of LESSONS) {
        await openDeck(page, `/${lang}/lessons/${slug}/present/`);
        const report = await checkAllSlides(page, MIN_FONT_PX[width]);
        expect(report.count, `${slug}: slides`).toBeGreaterThanOrEqual(5);
        problems.push(...report.problems.map((p) => `${slug}: ${p}`));
        tallest = Math.max(tallest, report.tallest);
      }
      await context.close();
      expect(problems).toEqual([]);
      expect(tallest).toBeLessThanOrEqual(height);
      test.info().annotations.push({ type: 'tallest slide', description: `${tallest} px at ${width}×${height} over ${LESSONS.length} lessons` });
    });
  }
}

test('slides fit at 1920×1080 and on a 360-px phone held sideways (sample lessons, both languages)', async ({ browser }) => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 740, height: 360 },
  ]) {
    const context = await browser.newContext({ viewport, hasTouch: viewport.width < 1000 });
    const page = await context.newPage();
    for (const path of ['/fr/lessons/what-roi-measures/present/', '/en/lessons/what-roi-measures/present/', `/en/lessons/${LESSONS.at(-1)}/present/`]) {
      await openDeck(page, path);
      expect((await checkAllSlides(page, viewport.width >= 1024 ? MIN_FONT_PX[1920] : 8)).problems, `${path} at ${viewport.width}×${viewport.height}`).toEqual([]);
    }
    await context.close();
  }
});

test('a slide filled to the limits of src/lib/slides/limits.ts still fits, at 1024×768 and 1280×720', async ({ browser }) => {
  // Long French words, the widest text the lessons hold; each variant is as much text as the limits allow.
  const words = 'responsabilité institutionnelle communication mesurable rentabilité investissement accompagnement';
  const text = (chars: number) => (words + ' ' + words).slice(0, chars).trimEnd();
  const variants = [
    { heading: 80, points: [90, 90, 90, 90], figure: 0 },
    { heading: 80, points: [90, 90], figure: 110 },
    { heading: 80, points: [56, 56, 56], figure: 120 },
    { heading: 60, points: [56, 56, 56, 56, 56], figure: 0 },
  ];
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await openDeck(page, '/en/lessons/what-roi-measures/present/#slide-4');
    await expect(page.locator('.slide[data-current] .slide-figure')).toHaveCount(1);
    for (const variant of variants) {
      const overflow = await page.evaluate(
        ({ variant, texts }) => {
          const slide = document.querySelector<HTMLElement>('.slide[data-current]')!;
          slide.querySelector('.slide-heading')!.textContent = texts.heading;
          const list = slide.querySelector('.slide-points')!;
          list.replaceChildren(...texts.points.map((p) => Object.assign(document.createElement('li'), { textContent: p })));
          const figure = slide.querySelector<HTMLElement>('.slide-figure')!;
          figure.hidden = variant.figure === 0;
          figure.querySelector('span')!.textContent = texts.figure;
          const body = slide.querySelector<HTMLElement>('.slide-body')!;
          return body.scrollHeight - body.clientHeight;
        },
        { variant, texts: { heading: text(variant.heading), points: variant.points.map(text), figure: text(variant.figure) } },
      );
      expect(overflow, `${JSON.stringify(variant)} at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});

test('the room sees points, the notes window the prose; it follows the deck, which moves by keyboard and keeps its place', async ({ context }) => {
  await context.grantPermissions([]);
  const deck = await context.newPage();
  await deck.setViewportSize({ width: 1280, height: 720 });
  await deck.goto('/en/lessons/what-roi-measures/');
  await deck.getByRole('link', { name: 'Present this lesson' }).click();
  await expect(deck).toHaveURL(/\/present\/#slide-1$/);
  const position = deck.locator('[data-present-position]');
  const total = await deck.locator('.slide').count();
  await expect(position).toHaveText(`Slide 1 of ${total}`);
  await expect(deck.getByRole('heading', { level: 2 })).toHaveText('What ROI measures, and what it does not');
  await expect(deck.locator('.present-progress')).toHaveAttribute('value', '1');

  const notes = await context.newPage();
  await notes.goto('/en/lessons/what-roi-measures/present/notes/');
  await expect(notes.locator('[data-notes-status]')).toHaveText('These notes follow the presentation open in the other window.');
  const current = notes.locator('[data-notes-index]:visible');
  await expect(current.locator('h2')).toHaveText('What ROI measures, and what it does not');
  await expect(notes.getByRole('heading', { name: 'Facilitator notes from the programmes' })).toBeVisible();
  await expect(notes.getByText('Stress that ROI is computed on margin, not on revenue.')).toBeVisible();

  await deck.bringToFront();
  await deck.keyboard.press('ArrowRight');
  await expect(position).toHaveText(`Slide 2 of ${total}`);
  const slide = deck.locator('.slide[data-current]');
  await expect(slide.locator('h2')).toHaveText('The calculation and its three traps');
  await expect(current.locator('h2')).toHaveText('The calculation and its three traps');
  // The prose is the presenter's; the slide holds a few short points.
  const sentence = 'subtract the costs from the gains, then divide by the costs';
  await expect(current).toContainText(sentence);
  await expect(slide).not.toContainText(sentence);
  expect(await slide.locator('.slide-points li').count()).toBeLessThanOrEqual(5);
  await expect(current).toContainText(/About \d/);
  await expect(current).toContainText('Next · “Return on engagement” is not a measure');

  await deck.keyboard.press('PageDown');
  await deck.keyboard.press('PageUp');
  await deck.keyboard.press('ArrowDown');
  await expect(position).toHaveText(`Slide 3 of ${total}`);
  await expect(current.locator('h2')).toHaveText('“Return on engagement” is not a measure');
  await expect(deck.locator('.present-progress')).toHaveAttribute('value', '3');

  // B blacks the room's screen out and back; a move brings the slide back too.
  await deck.keyboard.press('b');
  await expect(deck.locator('[data-present-black-screen]')).toBeVisible();
  await expect(deck.getByRole('button', { name: 'Black screen' })).toHaveAttribute('aria-pressed', 'true');
  await deck.keyboard.press('B');
  await expect(deck.locator('[data-present-black-screen]')).toBeHidden();
  await deck.keyboard.press('b');
  await deck.keyboard.press('ArrowRight');
  await expect(deck.locator('[data-present-black-screen]')).toBeHidden();
  await expect(position).toHaveText(`Slide 4 of ${total}`);

  // F asks for full screen (the deck itself), F again leaves it.
  await deck.keyboard.press('f');
  await expect.poll(() => deck.evaluate(() => document.fullscreenElement?.localName ?? null)).toBe('presenter-deck');
  await deck.keyboard.press('f');
  await expect.poll(() => deck.evaluate(() => document.fullscreenElement)).toBeNull();

  // The address keeps the slide: a reload comes back to it.
  await expect(deck).toHaveURL(/#slide-4$/);
  await deck.reload();
  await expect(position).toHaveText(`Slide 4 of ${total}`);
  await expect(deck.locator('.slide[data-current]')).toHaveAttribute('id', 'slide-4');

  await deck.keyboard.press('End');
  await expect(position).toHaveText(`Slide ${total} of ${total}`);
  // Five sources take two slides: "Sources (1/2)", "Sources (2/2)".
  await expect(deck.locator('.slide[data-current] h2')).toHaveText(/^Sources( \(\d\/\d\))?$/);
  await expect(current.locator('h2')).toHaveText(await deck.locator('.slide[data-current] h2').innerText());
  await deck.keyboard.press('ArrowRight');
  await expect(position).toHaveText(`Slide ${total} of ${total}`);
  await deck.keyboard.press('Home');
  await expect(position).toHaveText(`Slide 1 of ${total}`);

  await notes.getByRole('button', { name: 'Next' }).click();
  await expect(position).toHaveText(`Slide 2 of ${total}`);

  await deck.keyboard.press('Escape');
  await expect(deck).toHaveURL(/\/en\/lessons\/what-roi-measures\/$/);
});

test('presenter mode follows swipes left and right', async ({ page }) => {
  await page.goto('/fr/lessons/not-mass-media/present/');
  const position = page.locator('[data-present-position]');
  const total = await page.locator('.slide').count();
  await expect(position).toHaveText(`Diapositive 1 sur ${total}`);
  const swipe = (from: number, to: number) =>
    page.locator('.present-viewport').evaluate((area, [x0, x1]) => {
      const at = (type: string, x: number) => area.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 300, bubbles: true }));
      at('pointerdown', x0!);
      at('pointerup', x1!);
    }, [from, to]);
  await swipe(600, 200);
  await expect(position).toHaveText(`Diapositive 2 sur ${total}`);
  await swipe(200, 230);
  await expect(position).toHaveText(`Diapositive 2 sur ${total}`);
  await swipe(200, 600);
  await expect(position).toHaveText(`Diapositive 1 sur ${total}`);
});

test('without JavaScript every slide shows in order; printed, each slide is one landscape page, with its notes on request', async ({ browser, page }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto('/fr/lessons/why-programmes-fail/present/');
  const total = await plain.locator('.slide').count();
  expect(total).toBeGreaterThanOrEqual(9);
  await expect(plain.locator('.slide:visible')).toHaveCount(total);
  await context.close();

  await page.goto('/en/lessons/why-programmes-fail/present/#slide-3');
  await expect(page.locator('.present-deck[data-enhanced]')).toHaveCount(1);
  const slides = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(slides.landscape).toEqual(Array(total).fill(true));
  const text = slides.pages;
  expect(text[0]).toContain(squeeze('Why most social media programmes fail'));
  expect(text.at(-1)).toContain('Sources');

  await page.goto('/en/lessons/why-programmes-fail/present/notes/');
  await expect(page.getByRole('button', { name: 'Print the slides with the notes' })).toBeVisible();
  const withNotes = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  const notePages = withNotes.pages;
  expect(withNotes.landscape.every(Boolean)).toBe(true);
  expect(notePages.length).toBeGreaterThanOrEqual(total);
  expect(notePages.join('')).toContain(squeeze('What the study found'));
});

test('axe passes on every kind of slide and on the notes, in both themes', async ({ page }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await openDeck(page, '/fr/lessons/what-roi-measures/present/');
    const slides = await page.locator('.slide').evaluateAll((all) => all.map((s) => ({ kind: (s as HTMLElement).dataset.kind!, figure: s.querySelector('.slide-figure') !== null })));
    // One slide of each kind, and a section slide with its key figure.
    const chosen = new Map<string, number>();
    slides.forEach((s, i) => {
      const kind = s.kind === 'section' && s.figure ? 'section with figure' : s.kind;
      if (!chosen.has(kind)) chosen.set(kind, i);
    });
    expect([...chosen.keys()].sort()).toEqual(['questions', 'section', 'section with figure', 'sources', 'takeaways', 'title']);
    for (const [kind, i] of chosen) {
      await page.goto(`/fr/lessons/what-roi-measures/present/#slide-${i + 1}`);
      await page.reload();
      await expect(page.locator('.slide[data-current]')).toHaveAttribute('id', `slide-${i + 1}`);
      if (kind === 'title') await page.locator('.present-more summary').click();
      problems.push(...(await axeViolations(page)).map((v) => `${colorScheme} slide ${i + 1} (${kind}): ${v}`));
    }
    // The notes in one language per theme here; the gates (gates.spec.ts) run axe on every notes page in both.
    const lang = colorScheme === 'light' ? 'fr' : 'en';
    await page.goto(`/${lang}/lessons/what-roi-measures/present/notes/`);
    await expect(page.locator('[data-notes-index]')).not.toHaveCount(0);
    problems.push(...(await axeViolations(page)).map((v) => `${colorScheme} ${lang} notes: ${v}`));
  }
  expect(problems).toEqual([]);
});
