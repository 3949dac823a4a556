/**
 * Pages each full lesson takes when printed by Chromium, on A4 and on US Letter, for a built site:
 * `node_modules/.bin/node bench/print-pages.mjs [dist] [path pattern]` (default: every lesson page;
 * e.g. `'/brief/$'` for the one-page briefs, `'/briefs/$'` for the programmes' board packs). Serves the folder itself (no astro preview,
 * so it runs beside other servers) and counts PDF pages with pdfjs-dist. Not part of `npm test`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromiumPath } from '../tests/e2e/support/chromium.ts';

const dist = process.argv[2] ?? 'dist';
const pattern = new RegExp(process.argv[3] ?? '^/(fr|en)/lessons/[^/]+/$');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json' };
const server = createServer((req, res) => {
  let file = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
const lessons = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).filter((p) => pattern.test(p)).sort();

const count = async (pdf) => {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const n = (await task.promise).numPages;
  await task.destroy();
  return n;
};

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage();
const rows = [];
for (const path of lessons) {
  await page.goto(base + path);
  await page.emulateMedia({ media: 'print' });
  rows.push({ page: path, A4: await count(await page.pdf({ format: 'A4' })), Letter: await count(await page.pdf({ format: 'Letter' })), default: await count(await page.pdf()) });
}
await browser.close();
server.close();
console.table(rows);
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`total: A4 ${sum('A4')}, Letter ${sum('Letter')}, default ${sum('default')} pages for ${rows.length} pages`);
