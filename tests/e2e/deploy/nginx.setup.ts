import { test as setup } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { STATE_FILE, startNginx } from '../support/nginx';
import { NGINX_CONF, OUT } from './academy';

setup('start nginx serving the /academy/ build', () => {
  if (!existsSync(OUT) || !existsSync(NGINX_CONF)) throw new Error('dist-academy/ or its nginx.conf is missing: run `npm run build:academy` first');
  writeFileSync(STATE_FILE, JSON.stringify(startNginx(NGINX_CONF, Number(process.env.NGINX_PORT))));
});
