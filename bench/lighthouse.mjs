/** Lighthouse (mobile defaults) on key pages, driving the system Chromium: the four category scores and LCP/TBT/CLS, medians of `runs`. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, CHROMIUM_ARGS } from './server.mjs';
import { median } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function benchLighthouse({ baseUrl, pages, runs = 3 }) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const rows = [];
    for (const [name, path] of Object.entries(pages)) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        samples.push({
          ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
          lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
          tbtMs: lhr.audits['total-blocking-time'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          failing: CATEGORIES.flatMap((c) =>
            (lhr.categories[c]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
              .map((ref) => `${c}:${ref.id}`),
          ),
        });
      }
      const pick = (key) => median(samples.map((s) => s[key]));
      rows.push({
        page: name,
        path,
        ...Object.fromEntries(CATEGORIES.map((c) => [c, pick(c)])),
        lcpMs: Math.round(pick('lcpMs')),
        tbtMs: Math.round(pick('tbtMs')),
        cls: Number(pick('cls').toFixed(3)),
        failing: [...new Set(samples.flatMap((s) => s.failing))],
      });
    }
    return rows;
  } finally {
    await chrome.kill();
  }
}
