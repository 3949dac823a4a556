/**
 * The precache budget and its shape: the app shell only, never lessons, so it does not grow with
 * the curriculum. (The post-build step enforces the budget on the real build, scripts/service-worker.ts;
 * the end-to-end test reads the built workers' manifests.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkImports, pageAssets, precacheBudget, PRECACHE_BUDGET_BYTES, reachableAssets, shellFiles } from '../../../src/lib/offline/precache';

const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);

const lessonPage = (base: string, slug: string) =>
  `<html><head><link rel="stylesheet" href="${base}_astro/site.css"></head><body><h1>${slug}</h1>` +
  `<script type="module" src="${base}_astro/lesson.js"></script><script type="module">import "${base}_astro/inline.js";</script>` +
  `<script type="application/json" data-messages="x">{"a":"b"}</script><a href="${base}fr/lessons/${slug}/">x</a></body></html>`;

const chunks: Record<string, string> = {
  '_astro/lesson.js': 'import{a}from"./shared.js";const q=()=>import("./quiz-player.js");',
  '_astro/inline.js': '',
  '_astro/shared.js': 'export const a=1;',
  '_astro/quiz-player.js': 'import"./shared.js";',
};

describe('precache', () => {
  it('the budget is 1.5 MB per language, and an entry list over it is refused, naming the biggest entries', () => {
    expect(PRECACHE_BUDGET_BYTES).toBe(1.5 * 1024 * 1024);
    expect(precacheBudget([{ url: 'a', size: PRECACHE_BUDGET_BYTES }]).problem).toBeUndefined();
    const over = precacheBudget([
      { url: 'small', size: 10 },
      { url: 'big.js', size: PRECACHE_BUDGET_BYTES },
    ]);
    expect(over.total).toBe(PRECACHE_BUDGET_BYTES + 10);
    expect(over.problem).toMatch(/over the budget.*big\.js/);
  });

  it('the shell names no lesson, quiz, story or programme page', () => {
    for (const lang of ['fr', 'en']) {
      for (const file of shellFiles(lang)) expect(file).not.toMatch(/\/(lessons|quizzes|stories|programmes|certificates)\/[^/]+\//);
    }
  });

  it('finds a page’s scripts, styles and inline imports under the base, and nothing else', () => {
    expect(pageAssets(lessonPage('/academy/', 'x'), '/academy/').sort()).toEqual(['_astro/inline.js', '_astro/lesson.js', '_astro/site.css']);
    expect(pageAssets('<script src="https://cdn.example/x.js"></script><script src="/other/x.js"></script>', '/academy/')).toEqual([]);
    expect(chunkImports('import"../_astro/a.js";import("/academy/_astro/b.js")', '_astro/c.js', '/academy/')).toEqual(['_astro/a.js', '_astro/b.js']);
  });

  it('the assets to precache are the same for 1 lesson page or 200: they do not grow with the curriculum', () => {
    fc.assert(
      fc.property(fc.constantFrom('/', '/academy/'), fc.uniqueArray(slug, { minLength: 1, maxLength: 200 }), (base, slugs) => {
        const assets = reachableAssets(slugs.map((s) => lessonPage(base, s)), base, (p) => chunks[p]);
        expect(assets).toEqual(['_astro/inline.js', '_astro/lesson.js', '_astro/quiz-player.js', '_astro/shared.js', '_astro/site.css']);
      }),
      { numRuns: 30 },
    );
  });
});
