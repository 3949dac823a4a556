import { test as teardown } from '@playwright/test';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { STATE_FILE, stopNginx } from '../support/nginx';

teardown('stop the nginx the setup started', async () => {
  if (!existsSync(STATE_FILE)) return;
  await stopNginx(JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { dir: string; pid: number });
  rmSync(STATE_FILE);
});
