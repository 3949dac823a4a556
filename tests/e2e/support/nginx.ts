/**
 * Debian's nginx serving a build for the end-to-end tests: an unprivileged process (as `nobody` when
 * the tests run as root) on a free port of 127.0.0.1, its whole configuration, pid, logs and temporary
 * files in a fresh temporary folder, with the server block the build generated. Stopped by its own pid.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
/** The nginx setup writes where the teardown finds it. */
export const STATE_FILE = join(tmpdir(), `board-academy-nginx-${process.env.NGINX_PORT ?? 'port'}.json`);

export function nginxBinary(): string {
  for (const candidate of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx']) if (candidate && existsSync(candidate)) return candidate;
  throw new Error('nginx not found: install Debian\'s nginx (`apt-get install nginx libnginx-mod-http-brotli-static`; .ci/run does) or set NGINX_PATH');
}

const asNobody = (): string[] => (process.getuid?.() === 0 ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] : []);

/** Starts nginx on `port` with the generated server block `serverConf`; returns its folder. */
export function startNginx(serverConf: string, port: number): { dir: string; pid: number } {
  const nginx = nginxBinary();
  const dir = mkdtempSync(join(tmpdir(), 'board-academy-nginx-'));
  const site = readFileSync(serverConf, 'utf8').replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
  const brotli = existsSync(BROTLI_MODULE);
  writeFileSync(join(dir, 'site.conf'), brotli ? site : site.replace(/^\s*brotli_static on;\n/m, ''));
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      brotli ? `load_module ${BROTLI_MODULE};` : '',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'worker_processes 1;',
      'events { worker_connections 256; }',
      'http {',
      `  access_log ${dir}/access.log;`,
      `  client_body_temp_path ${dir}/body;`,
      ...['proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`),
      `  include ${dir}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const command = [...asNobody(), nginx, '-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`];
  if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync('id', ['-u', 'nobody']).toString()), Number(execFileSync('id', ['-g', 'nobody']).toString()));
  try {
    execFileSync(command[0]!, command.slice(1), { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx did not start: ${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`);
  }
  const pid = Number(readFileSync(join(dir, 'nginx.pid'), 'utf8'));
  return { dir, pid };
}

/** Stops the nginx started above (its master process, by pid; the workers follow) and removes its folder. */
export async function stopNginx(state: { dir: string; pid: number }): Promise<void> {
  try {
    process.kill(state.pid, 'SIGQUIT');
  } catch {
    // already gone
  }
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(state.pid, 0);
    } catch {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  rmSync(state.dir, { recursive: true, force: true });
}
