/** Question banks for trainers: the quiz page and each programme link the quiz as Moodle XML and GIFT, and the files are served. */
import { readdirSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';

const QUIZ = { fr: '/fr/quizzes/what-roi-measures/', en: '/en/quizzes/what-roi-measures/' } as const;
const PROGRAMME = { fr: '/fr/programmes/staff-fundamentals-course/', en: '/en/programmes/staff-fundamentals-course/' } as const;
const SECTION = { fr: 'Pour les formateurs', en: 'For trainers' } as const;

async function served(request: APIRequestContext, href: string) {
  const response = await request.get(href);
  expect(response.status(), href).toBe(200);
  const body = await response.text();
  if (href.endsWith('.gift')) {
    // A static host picks the type by extension (unknown for .gift): the file is a download either way.
    expect(body).toMatch(/^\/\/ .*\n\/\/ board-academy-quiz: \{/);
    expect(body).toContain('$CATEGORY: $course$/top/Board Academy/');
    expect(body).toMatch(/::q-[a-z-]+::\[plain\]/);
  } else {
    expect(response.headers()['content-type']).toMatch(/xml/);
    expect(body).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    expect(body).toContain('<question type="multichoice">');
  }
  return body;
}

for (const lang of ['fr', 'en'] as const) {
  test(`${lang}: the quiz page links the quiz as Moodle XML and GIFT, and the whole bank`, async ({ page, request }) => {
    await page.goto(QUIZ[lang]);
    const section = page.getByRole('region', { name: SECTION[lang] });
    await expect(section).toBeVisible();
    const links = section.locator('a[data-bank-file]');
    await expect(links).toHaveCount(3);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      `/${lang}/quizzes/what-roi-measures.xml`,
      `/${lang}/quizzes/what-roi-measures.gift`,
      `/${lang}/question-bank.xml`,
    ]);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) await served(request, href);
    const all = await served(request, `/${lang}/question-bank.xml`);
    // The whole bank: one category per quiz of the curriculum.
    expect(all.match(/<question type="category">/g)).toHaveLength(readdirSync(`content/quizzes/${lang}`).filter((f) => f.endsWith('.yaml')).length);
  });

  test(`${lang}: the programme's trainer view links each quiz's files and the whole bank; the learner view does not`, async ({ page, request }) => {
    await page.goto(PROGRAMME[lang]);
    const quizLinks = page.locator('.trainer-session a[data-bank-file]');
    await expect(quizLinks).toHaveCount(10);
    const hrefs = await quizLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.every((h) => new RegExp(`^/${lang}/quizzes/[a-z0-9-]+\\.(xml|gift)$`).test(h))).toBe(true);
    for (const href of hrefs) await served(request, href);
    await expect(page.locator('header a[data-bank-file="all"]')).toHaveAttribute('href', `/${lang}/question-bank.xml`);
    await page.goto(`${PROGRAMME[lang]}learner/`);
    await expect(page.locator('a[data-bank-file]')).toHaveCount(0);
  });
}
