import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chromiumPath } from './tests/e2e/support/chromium';

// Free ports for the whole run: workers re-read this file, so the choices are kept in the environment.
const freePort = () =>
  execFileSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"])
    .toString()
    .trim();
process.env.E2E_PORT ??= freePort();
process.env.NGINX_PORT ??= freePort();
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The site's service worker (offline reading) would answer requests that tests intercept with
    // page.route; only tests/e2e/offline.spec.ts lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // The site at `/`, served by `astro preview` from dist/.
    { name: 'chromium', testIgnore: ['**/deploy/**', '**/third-locale/**'], use: { browserName: 'chromium' } },
    // A third language from tests/fixtures/third-locale, built by the spec into dist-third-locale/ and served by it.
    { name: 'third-locale', testDir: 'tests/e2e/third-locale', use: { browserName: 'chromium' } },
    // The site as an organisation deploys it: Debian's nginx serving the BASE_PATH=/academy/ build (dist-academy/).
    { name: 'nginx-setup', testDir: 'tests/e2e/deploy', testMatch: 'nginx.setup.ts', teardown: 'nginx-teardown' },
    { name: 'nginx-teardown', testDir: 'tests/e2e/deploy', testMatch: 'nginx.teardown.ts' },
    {
      name: 'nginx',
      testDir: 'tests/e2e/deploy',
      dependencies: ['nginx-setup'],
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${process.env.NGINX_PORT}` },
    },
  ],
  webServer: {
    command: `ASTRO_TELEMETRY_DISABLED=1 astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/fr/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
