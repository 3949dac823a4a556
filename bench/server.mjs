/** A static server for a built site (astro preview on a free port) and the Chromium the benchmarks drive. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../tests/e2e/support/chromium.ts';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking'];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Serves `outDir` (default dist/) until `stop()`; resolves once the home page answers. */
export async function startPreview(outDir = 'dist') {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', outDir], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${baseUrl}/fr/`)).ok) return { baseUrl, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`astro preview did not start on ${baseUrl}`);
}

export const launchBrowser = () => chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
export { chromiumPath };

/**
 * Lets a benchmark module also run on its own (`node_modules/.bin/node bench/x.mjs` after a build):
 * when `moduleUrl` is the script being run, serves dist/, runs `bench` and prints its figures.
 */
export function runAlone(moduleUrl, bench, print = (figures) => console.log(JSON.stringify(figures, null, 2))) {
  if (process.argv[1] !== new URL(moduleUrl).pathname) return;
  (async () => {
    const server = await startPreview();
    const browser = await launchBrowser();
    try {
      print(await bench({ baseUrl: server.baseUrl, browser }));
    } finally {
      await browser.close();
      server.stop();
    }
  })().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
