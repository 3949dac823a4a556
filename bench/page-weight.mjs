/** Page weight of one page per type, read from dist/ the way the budget tests read it, against the issues' budgets. */
import { existsSync } from 'node:fs';
import { fileFor, pageWeight } from '../tests/e2e/support/dist.ts';

const KB = 1024;
/** Budgets from the issues (gzipped bytes); absent where an issue sets none. */
const BUDGETS = {
  lesson: { html: 12 * KB, css: 15 * KB, js: 5 * KB },
  quiz: { js: 12 * KB },
  calculator: { js: 25 * KB },
};

export function benchPageWeight(pages) {
  return Object.entries(pages)
    .filter(([, path]) => existsSync(fileFor(path)))
    .map(([type, path]) => {
      const w = pageWeight(path);
      const budget = BUDGETS[type] ?? {};
      const over = Object.entries(budget).filter(([k, limit]) => w[k] > limit).map(([k]) => k);
      return { type, path, htmlGz: w.html, cssGz: w.css, jsGz: w.js, laterJsGz: w.lazyJs, requests: w.requests, budget: over.length ? `over: ${over.join(', ')}` : Object.keys(budget).length ? 'ok' : '—' };
    });
}
