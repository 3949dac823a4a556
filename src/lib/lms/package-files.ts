/**
 * Turning built pages into package pages: every address relative (a package works from whatever
 * URL the LMS serves it at, e.g. /pluginfile.php/123/mod_scorm/content/1/…), links that would
 * leave the package unwrapped or opened in a new tab (so the lesson's LMS session goes on), and the
 * standard named on `<html data-lms>`. Self-contained (no imports): `scripts/package.ts` loads it
 * with Node's own TypeScript support.
 */

/** The address of `target` (an absolute site path, maybe with ?query or #hash) from the file `from` (a package path). */
export function relativeTo(from: string, target: string): string {
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(target) ?? [];
  const fromDirs = from.split('/').slice(0, -1);
  const targetParts = path.replace(/^\//, '').split('/');
  let common = 0;
  while (common < fromDirs.length && common < targetParts.length - 1 && fromDirs[common] === targetParts[common]) common += 1;
  const up = fromDirs.length - common;
  const relative = [...Array(up).fill('..'), ...targetParts.slice(common)].join('/');
  return (relative === '' ? './' : relative) + rest;
}

/** Where a site path points inside the package: a package file (path without leading slash), or undefined when not packaged. */
export type Resolve = (sitePath: string) => string | undefined;

export interface PackagedHtml {
  readonly html: string;
  /** Package files the page refers to (scripts, styles, icons, data), to include. */
  readonly refs: readonly string[];
}

const isSitePath = (value: string) => value.startsWith('/') && !value.startsWith('//');

/**
 * The page as it goes into the package. `resolve` maps a site path (hash and query removed) to a
 * package file; links to anything else are unwrapped to their text.
 */
export function packageHtml(html: string, file: string, standard: string, resolve: Resolve, options: { allowHttpsConnect: boolean }): PackagedHtml {
  const refs = new Set<string>();
  const toPackage = (value: string): string | undefined => {
    const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(value) ?? [];
    const target = resolve(path);
    if (target === undefined) return undefined;
    refs.add(target);
    return relativeTo(file, `/${target}${rest}`);
  };
  let out = html.replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (whole, attrs: string, inner: string) => {
    const href = /\shref="([^"]*)"/.exec(attrs)?.[1];
    if (href === undefined || href.startsWith('#')) return whole;
    if (isSitePath(href)) {
      const target = toPackage(href);
      if (target === undefined) return `<span>${inner}</span>`;
      return `<a${attrs.replace(/\shref="[^"]*"/, ` href="${target}" target="_blank" rel="noopener"`)}>${inner}</a>`;
    }
    // An outside address (a source): opened beside the lesson, never in its place.
    return /\starget=/.test(attrs) ? whole : `<a${attrs} target="_blank" rel="noopener noreferrer">${inner}</a>`;
  });
  out = out.replace(/(\s(?:src|href|data-src)=")([^"]*)"/g, (whole, start: string, value: string) => {
    if (!isSitePath(value)) return whole;
    const target = toPackage(value);
    if (target === undefined) throw new Error(`${file}: ${value} is not in the package`);
    return `${start}${target}"`;
  });
  out = out.replace(/<html([^>]*)\sdata-lms="[^"]*"/, `<html$1 data-lms="${standard}"`);
  // cmi5 statements go to the LMS's LRS, which may live at another https origin than the package.
  if (options.allowHttpsConnect) out = out.replace(/connect-src 'self'/g, "connect-src 'self' https:");
  return { html: out, refs: [...refs] };
}

/** Modules a built script imports (static and dynamic), as paths relative to it (`./chunk.js`). */
export function scriptImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) found.add(m[1]!);
  return [...found];
}

/** Site paths a stylesheet refers to with url(/…). */
export function styleUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?(\/(?!\/)[^"')]+)["']?\s*\)/g)].map((m) => m[1]!);
}

/**
 * The runtime modules of each standard (src/elements/lms/), by the name the bundler gives their chunks
 * (`_astro/scorm12.<hash>.js`). The lesson entry imports only its own standard's module, so a package
 * leaves the others out: a SCORM package does not carry cmi5's 90 KB (it bundles an xAPI client).
 */
const STANDARD_MODULES: Record<string, readonly string[]> = {
  scorm12: ['scorm12', 'scorm'],
  scorm2004: ['scorm2004', 'scorm'],
  cmi5: ['cmi5'],
};

/** Whether a package file is another standard's runtime module, which a package of `standard` never loads. */
export function isOtherStandardsModule(file: string, standard: string): boolean {
  const chunk = /^_astro\/([^./]+)\.[^/]+\.js$/.exec(file)?.[1];
  if (chunk === undefined) return false;
  const own = STANDARD_MODULES[standard] ?? [];
  return !own.includes(chunk) && Object.values(STANDARD_MODULES).some((modules) => modules.includes(chunk));
}
