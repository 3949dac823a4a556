/** The build the nginx project serves: `npm run build:academy` (package.json), as an intranet would deploy it. */
import { join } from 'node:path';

export const BASE = '/academy/';
export const SITE = 'https://academy.example.org';
export const OUT = join(process.cwd(), 'dist-academy');
export const NGINX_CONF = join(process.cwd(), 'dist-academy.nginx.conf');
/** A site path (`/fr/lessons/`) under the base. */
export const at = (path: string) => `${BASE}${path.replace(/^\//, '')}`;
