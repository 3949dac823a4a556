/** LMS packages: time to zip every track from dist/, each package's size, and the runtime JS each standard loads. */
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { writePackages } from '../scripts/package.ts';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const chunk = (name) => readdirSync('dist/_astro').find((f) => f.startsWith(`${name}.`) && f.endsWith('.js'));

export function benchPackages() {
  const start = performance.now();
  const written = writePackages();
  const ms = Math.round(performance.now() - start);
  const runtime = Object.fromEntries(
    ['LmsHeader.astro_astro_type_script_index_0_lang', 'connection', 'scorm', 'scorm12', 'scorm2004', 'cmi5'].map((name) => [name, gz(`dist/_astro/${chunk(name)}`)]),
  );
  return {
    ms,
    packages: written.map((w) => ({ package: relative(process.cwd(), w.file), kb: Math.round(w.bytes / 102.4) / 10, files: w.entries })),
    runtimeGzipBytes: runtime,
  };
}
