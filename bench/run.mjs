/**
 * npm run bench: builds the site, then measures page weight, Lighthouse, the calculators, search,
 * the cohort import and build scale; prints tables and writes bench/results.json.
 * Environment: BENCH_SIZES (lessons per language, default 100,500,2000), BENCH_RUNS (default 3),
 * BENCH_SKIP (comma list of: packages, scale, lighthouse, search, calculators, cohort).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchBuild } from './build-scale.mjs';
import { benchCalculators } from './calculators.mjs';
import { benchCohort } from './cohort.mjs';
import { benchLighthouse } from './lighthouse.mjs';
import { benchPackages } from './packages.mjs';
import { benchPageWeight } from './page-weight.mjs';
import { benchSearch } from './search.mjs';
import { launchBrowser, startPreview } from './server.mjs';

const sizes = (process.env.BENCH_SIZES ?? '100,500,2000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const first = (dir) => readdirSync(`dist/en/${dir}`, { withFileTypes: true }).find((d) => d.isDirectory())?.name;

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, runs },
};

console.log('Building the site…');
execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

const pages = {
  home: '/en/',
  lesson: `/en/lessons/${first('lessons')}/`,
  story: `/en/stories/${first('stories')}/`,
  quiz: `/en/quizzes/${first('quizzes')}/`,
  calculator: '/en/calculators/roi/',
  search: '/en/search/',
  programme: `/en/programmes/${first('programmes')}/`,
  progress: '/en/progress/',
  cohort: '/en/trainer/cohort/',
};
results.pageWeight = benchPageWeight(pages);
console.table(results.pageWeight);

if (!skip.has('packages')) {
  results.packages = benchPackages();
  console.log(`LMS packages: ${results.packages.packages.length} zipped in ${results.packages.ms} ms`);
  console.table(results.packages.packages);
  console.table([results.packages.runtimeGzipBytes]);
}

const server = await startPreview();
const browser = await launchBrowser();
try {
  if (!skip.has('lighthouse')) {
    const { home, lesson, quiz, calculator } = pages;
    results.lighthouse = await benchLighthouse({ baseUrl: server.baseUrl, pages: { home, lesson, quiz, calculator }, runs });
    console.table(results.lighthouse.map(({ failing, ...row }) => ({ ...row, failing: failing.join(' ') })));
  }
  if (!skip.has('calculators')) console.table([(results.calculators = await benchCalculators({ baseUrl: server.baseUrl, browser }))]);
  if (!skip.has('search')) console.log('search (site)', (results.search = await benchSearch({ baseUrl: server.baseUrl, browser })));
  if (!skip.has('cohort')) console.table([(results.cohort = await benchCohort({ baseUrl: server.baseUrl, browser }))]);
} finally {
  server.stop();
}

if (!skip.has('scale')) {
  results.build = [];
  const largest = Math.max(...sizes);
  for (const size of sizes) {
    console.log(`Build scale: ${size} lessons per language, ${runs} run(s)…`);
    const row = benchBuild(size, runs, { keep: size === largest && !skip.has('search') });
    const { outDir, cleanup, ...figures } = row;
    results.build.push(figures);
    if (outDir) {
      const large = await startPreview(outDir);
      try {
        results.searchLargeBuild = { lessonsPerLang: size, ...(await benchSearch({ baseUrl: large.baseUrl, browser })) };
        console.log(`search (${size} lessons per language)`, results.searchLargeBuild);
      } finally {
        large.stop();
        cleanup();
      }
    }
  }
  const [small, big] = [results.build[0], results.build.at(-1)];
  results.buildGrowth = { msPerPageRatio: Number((big.msPerPage / small.msPerPage).toFixed(2)), from: small.lessonsPerLang, to: big.lessonsPerLang };
  console.table(results.build.map((r) => ({ ...r, seconds: r.seconds.toFixed(1), msPerPage: r.msPerPage.toFixed(1), peakMb: Math.round(r.peakMb) })));
  console.log('ms per page ratio (largest / smallest):', results.buildGrowth.msPerPageRatio);
}
await browser.close();

writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results.json');
