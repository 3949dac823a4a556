import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startPreview } from './server.mjs';
const s = await startPreview();
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox'] });
for (const p of process.argv.slice(2)) {
  const { lhr } = await lighthouse(`${s.baseUrl}${p}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const items = lhr.audits['layout-shifts']?.details?.items ?? [];
  console.log(p, lhr.categories.performance.score, lhr.audits['cumulative-layout-shift'].numericValue, JSON.stringify(items.map((i) => ({ score: i.score, sel: i.node?.selector, snippet: i.node?.snippet?.slice(0, 120) }))));
}
await chrome.kill(); s.stop();
