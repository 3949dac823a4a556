/**
 * `npm run package`: zips each track of the built site (dist/) as SCORM 1.2, SCORM 2004 4th edition
 * and cmi5 packages, in each language: packages/{lang}/{track}-{scorm12|scorm2004|cmi5}.zip.
 * One SCO / AU per lesson (the lesson page with its quiz, from /{lang}/lms/lessons/{slug}/), the
 * package's glossary, the quizzes' data and exactly the scripts and styles those pages load.
 * Run after `npm run build`; prints each package's size.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { cmi5Xml, lomMetadata, METADATA_FILE, scorm12Manifest, scorm2004Manifest, type PackagedCourse } from '../src/lib/lms/manifests.ts';
import { isOtherStandardsModule, packageHtml, scriptImports, styleUrls } from '../src/lib/lms/package-files.ts';
import { parseBasePath, stripBase } from '../src/lib/site-path.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
// A build for a sub-path (BASE_PATH) names its files under that path; a package's files sit at its root.
const BASE = parseBasePath(process.env.BASE_PATH);
const OUT = resolve(ROOT, process.env.PACKAGES_DIR ?? 'packages');
const SCHEMAS = join(ROOT, 'scripts', 'lms-schemas');
const FORMATS = ['scorm12', 'scorm2004', 'cmi5'] as const;
type Format = (typeof FORMATS)[number];

interface CourseFile {
  lang: string;
  locale: string;
  track: string;
  identifier: string;
  title: string;
  description: string;
  lessons: PackagedCourse['lessons'];
}

/** ADL's schema files sit beside a SCORM manifest, as ADL's conformance rules ask. */
const SCHEMA_FILES: Record<Format, string[]> = {
  scorm12: readdirSync(join(SCHEMAS, 'scorm12')).map((f) => `scorm12/${f}`),
  scorm2004: readdirSync(join(SCHEMAS, 'scorm2004')).map((f) => `scorm2004/${f}`),
  cmi5: [],
};

// Fixed dates keep the zips byte-for-byte reproducible from the same build.
const MTIME = new Date('2026-01-01T00:00:00Z');

function readDist(file: string): Buffer {
  const full = join(DIST, file);
  if (!existsSync(full)) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
  return readFileSync(full);
}

/** Where a site path of a packaged page points in the package; undefined when that page is not packaged. */
function resolverFor(lang: string): (path: string) => string | undefined {
  return (served) => {
    const path = stripBase(BASE, served);
    if (path.startsWith('/_astro/') || path === '/favicon.svg') return path.slice(1);
    if (new RegExp(`^/${lang}/quizzes/[a-z0-9-]+\\.json$`).test(path)) return path.slice(1);
    if (path === `/${lang}/glossary/` || path === `/${lang}/lms/glossary/`) return `${lang}/lms/glossary/index.html`;
    return undefined;
  };
}

/** Every file of one package: path → bytes. */
function packageFiles(course: CourseFile, format: Format): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const resolve = resolverFor(course.lang);
  const pending: string[] = [];
  const addPage = (file: string) => {
    const page = packageHtml(readDist(file).toString('utf8'), file, format, resolve, { allowHttpsConnect: format === 'cmi5' });
    files.set(file, Buffer.from(page.html));
    pending.push(...page.refs);
  };
  for (const lesson of course.lessons) addPage(lesson.href);
  addPage(`${course.lang}/lms/glossary/index.html`);
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file) || isOtherStandardsModule(file, format)) continue;
    const bytes = readDist(file);
    files.set(file, bytes);
    if (file.endsWith('.js')) pending.push(...scriptImports(bytes.toString('utf8')).map((rel) => posix.join(posix.dirname(file), rel)));
    if (file.endsWith('.css')) {
      for (const url of styleUrls(bytes.toString('utf8'))) {
        const target = resolve(url);
        if (target === undefined) throw new Error(`${file}: ${url} is not in the package`);
        pending.push(target);
      }
    }
  }
  return files;
}

function manifestFor(format: Format, course: PackagedCourse): [string, string] {
  if (format === 'scorm12') return ['imsmanifest.xml', scorm12Manifest(course)];
  if (format === 'scorm2004') return ['imsmanifest.xml', scorm2004Manifest(course)];
  return ['cmi5.xml', cmi5Xml(course)];
}

/** Writes every package; returns their paths and sizes. */
export function writePackages(): { file: string; bytes: number; entries: number }[] {
  const written: { file: string; bytes: number; entries: number }[] = [];
  rmSync(OUT, { recursive: true, force: true });
  for (const lang of readdirSync(DIST).filter((d) => existsSync(join(DIST, d, 'lms')))) {
    const courses = readdirSync(join(DIST, lang, 'lms')).filter((f) => f.endsWith('.json'));
    if (courses.length === 0) throw new Error(`dist/${lang}/lms/ holds no track: run \`npm run build\` first`);
    for (const name of courses.sort()) {
      const course = JSON.parse(readDist(`${lang}/lms/${name}`).toString('utf8')) as CourseFile;
      for (const format of FORMATS) {
        const files = packageFiles(course, format);
        const packaged: PackagedCourse = { ...course, files: [...files.keys()].sort() };
        const [manifestName, manifest] = manifestFor(format, packaged);
        const zip: Zippable = {};
        zip[manifestName] = [Buffer.from(manifest), { mtime: MTIME }];
        if (format !== 'cmi5') zip[METADATA_FILE] = [Buffer.from(lomMetadata(packaged, format)), { mtime: MTIME }];
        for (const schema of SCHEMA_FILES[format]) zip[posix.basename(schema)] = [readFileSync(join(SCHEMAS, schema)), { mtime: MTIME }];
        for (const [path, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) zip[path] = [bytes, { mtime: MTIME }];
        const bytes = zipSync(zip, { level: 9 });
        const file = join(OUT, lang, `${course.track}-${format}.zip`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
        written.push({ file, bytes: bytes.length, entries: Object.keys(zip).length });
      }
    }
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = writePackages();
  const kb = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
  for (const w of written) console.log(`${posix.relative(ROOT, w.file)}  ${kb.format(w.bytes / 1024)} KB  ${w.entries} files`);
  console.log(`${written.length} packages in ${posix.relative(ROOT, OUT) || '.'}/`);
}
