/**
 * After `astro build` and Pagefind: writes how the build must be served, from src/lib/deploy/serving.ts.
 * - `<out>/_headers`: security and caching headers for Netlify and Cloudflare Pages (read from the published folder);
 * - `deploy/nginx.conf` (or NGINX_CONF): an nginx server block serving `<out>/` (or NGINX_ROOT) under the base path.
 * The CSP is the one the pages carry (Astro hashes their inline scripts and styles, so it changes with the
 * code): both files are outputs of the build, never edited by hand. FRAME_ANCESTORS names who may frame
 * the site (an LMS); NGINX_BROTLI=0 leaves out brotli_static for an nginx without the brotli module.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrameAncestors, renderHeadersFile, renderNginxConf, unionCsp } from '../src/lib/deploy/serving.ts';
import { parseBasePath } from '../src/lib/site-path.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, process.env.OUT_DIR ?? 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The CSP of every built page, from its `<meta http-equiv="content-security-policy">`. */
function pagePolicies(): string[] {
  const policies = new Set<string>();
  for (const file of htmlFiles(OUT)) {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(file, 'utf8'));
    if (meta) policies.add(meta[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  }
  if (policies.size === 0) throw new Error(`${OUT}: no page carries a CSP: run \`astro build\` first`);
  return [...policies];
}

const options = {
  base: parseBasePath(process.env.BASE_PATH),
  pagePolicy: unionCsp(pagePolicies()),
  frameAncestors: parseFrameAncestors(process.env.FRAME_ANCESTORS),
};
const nginxFile = resolve(ROOT, process.env.NGINX_CONF ?? 'deploy/nginx.conf');
writeFileSync(join(OUT, '_headers'), renderHeadersFile(options));
mkdirSync(dirname(nginxFile), { recursive: true });
writeFileSync(nginxFile, renderNginxConf({ ...options, root: process.env.NGINX_ROOT ?? OUT, brotli: process.env.NGINX_BROTLI !== '0' }));
console.log(`deploy: ${join(OUT, '_headers')} and ${nginxFile} (base ${options.base}, frame-ancestors ${options.frameAncestors})`);
