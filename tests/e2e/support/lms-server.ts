/**
 * A plain static server for the LMS tests (not astro preview, which refuses a second instance): it
 * serves unzipped packages under deep LMS-like paths, the test LMS host page with scorm-again, and
 * a commit endpoint that accepts or refuses. Only ever on 127.0.0.1, stopped by the test that started it.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

export interface LmsServer {
  readonly origin: string;
  /** Every path requested, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Unzips a package into a fresh folder; returns the folder and the zip's entries. */
export function unzipPackage(zipFile: string): { dir: string; entries: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'ba-package-'));
  const entries = unzipSync(readFileSync(zipFile));
  for (const [name, bytes] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    const target = join(dir, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return { dir, entries: Object.keys(entries) };
}

/** Serves each URL prefix from its folder; `/commit/ok` and `/commit/fail` answer scorm-again's commits. */
export async function startLmsServer(mounts: Record<string, string>): Promise<LmsServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (path.startsWith('/commit/')) {
      const ok = path === '/commit/ok';
      res.writeHead(ok ? 200 : 500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(ok ? { result: true, errorCode: 0 } : { result: false, errorCode: 101 }));
      return;
    }
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const file = prefix === undefined ? undefined : normalize(join(mounts[prefix]!, path.slice(prefix.length)));
    if (!prefix || !file || !file.startsWith(mounts[prefix]!) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
