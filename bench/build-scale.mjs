/**
 * Build scale: synthetic sites of N lessons per language, built like the real one (astro build, then
 * Pagefind), timed with GNU time for wall time and peak memory. Medians over `runs` builds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent } from './generate-content.mjs';
import { median } from './stats.mjs';

const NODE = process.execPath;

/** The variables `npm run build` sets before `astro build` (package.json), so the figures are the real build's. */
const BUILD_ENV = Object.fromEntries(
  [...JSON.parse(readFileSync('package.json', 'utf8')).scripts.build.split('astro build')[0].matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]),
);

function countHtml(dir) {
  return readdirSync(dir).reduce((n, name) => {
    const full = join(dir, name);
    return n + (statSync(full).isDirectory() ? countHtml(full) : name.endsWith('.html') ? 1 : 0);
  }, 0);
}


function run(args, env) {
  try {
    execFileSync('/usr/bin/time', ['-f', 'BENCH %e %M', '-o', env.TIME_FILE, ...args], {
      env: { ...process.env, ...BUILD_ENV, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(`${args.join(' ')} failed:\n${String(error.stderr ?? error).slice(-4000)}`);
  }
  const line = execFileSync('tail', ['-1', env.TIME_FILE], { encoding: 'utf8' });
  const [, wall, rssKb] = line.trim().split(/\s+/);
  return { seconds: Number(wall), peakMb: Number(rssKb) / 1024 };
}

/**
 * One size: generate, build `runs` times, report medians. With `keep`, the last build stays and
 * `outDir` and `cleanup()` are returned (to measure search on it); otherwise everything is removed.
 */
export function benchBuild(lessonsPerLang, runs, { keep = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), `ba-bench-${lessonsPerLang}-`));
  const cleanup = () => rmSync(root, { recursive: true, force: true });
  try {
    const content = generateContent(join(root, 'content'), lessonsPerLang);
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const out = join(root, 'dist');
      rmSync(out, { recursive: true, force: true });
      // A fresh cache each run: a clean build, as CI and a first deploy do.
      const env = { BOARD_ACADEMY_CONTENT: content, BOARD_ACADEMY_CACHE: join(root, `cache-${i}`), TIME_FILE: join(root, 'time.txt') };
      const astro = run([NODE, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], env);
      const pagefindBin = 'node_modules/.bin/pagefind';
      const pagefind = existsSync(pagefindBin) ? run([pagefindBin, '--site', out, '--silent'], env) : { seconds: 0, peakMb: 0 };
      const pages = countHtml(out);
      samples.push({ pages, seconds: astro.seconds + pagefind.seconds, astroSeconds: astro.seconds, pagefindSeconds: pagefind.seconds, peakMb: Math.max(astro.peakMb, pagefind.peakMb) });
    }
    const pages = samples[0].pages;
    const seconds = median(samples.map((s) => s.seconds));
    const kept = keep ? { outDir: join(root, 'dist'), cleanup } : {};
    return {
      ...kept,
      lessonsPerLang,
      pages,
      runs,
      seconds,
      astroSeconds: median(samples.map((s) => s.astroSeconds)),
      pagefindSeconds: median(samples.map((s) => s.pagefindSeconds)),
      msPerPage: (seconds * 1000) / pages,
      peakMb: median(samples.map((s) => s.peakMb)),
    };
  } finally {
    if (!keep) cleanup();
  }
}

