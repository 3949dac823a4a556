/**
 * The build's last step: a `.br` (brotli, quality 11) and a `.gz` (gzip, level 9) beside every text
 * file worth compressing, for servers that send precompressed files (nginx `gzip_static` and
 * `brotli_static`, deploy/nginx.conf), so nothing is compressed on the fly and the smallest form is
 * sent. A compressed copy is kept only when smaller than the file. Run after every other step
 * (Pagefind, the service worker…), so each file the site serves has its compressed forms.
 * Pagefind's own files are already compressed, and are left alone.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.svg', '.xml', '.gift', '.txt', '.wasm']);
/** Below this a compressed copy saves less than a packet's headers. */
const MIN_BYTES = 256;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

let plain = 0;
let brotli = 0;
let gzipped = 0;
let written = 0;
async function compress(file: string): Promise<void> {
  const bytes = await readFile(file);
  if (bytes.length < MIN_BYTES) return;
  const [br, gz] = await Promise.all([
    compressBrotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    compressGzip(bytes, { level: 9 }),
  ]);
  plain += bytes.length;
  if (br.length < bytes.length) await writeFile(`${file}.br`, br).then(() => ((brotli += br.length), written++));
  if (gz.length < bytes.length) await writeFile(`${file}.gz`, gz).then(() => ((gzipped += gz.length), written++));
}

// zlib's asynchronous calls run on libuv's thread pool: every core compresses, a few files at a time.
const queue = files(OUT).filter((file) => COMPRESSIBLE.has(extname(file)));
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) await compress(file);
  }),
);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`precompress: ${written} files in ${relative(ROOT, OUT) || '.'}/ (${kb(plain)} → brotli ${kb(brotli)}, gzip ${kb(gzipped)})`);
