/**
 * The path the site is served under (`/` by default, `/academy/` on an intranet) and the public
 * origin it announces. Pure: the build reads BASE_PATH and SITE_URL through `parseBasePath` and
 * `parseSiteUrl` (astro.config.mjs), pages and scripts join paths with `joinBase` through
 * `src/lib/base.ts`, and the deploy scripts strip the base again with `stripBase`.
 */

/** One path segment an admin may use: letters, digits and `-._~` (no spaces, no `..`, nothing to escape). */
const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/**
 * BASE_PATH as Astro's `base`: `/`, or `/academy/` (leading and trailing slash). An empty or
 * missing value is `/`. Throws a message naming what is wrong, for the build to stop on.
 */
export function parseBasePath(raw: string | undefined): string {
  const value = raw ?? '';
  if (value === '' || value === '/') return '/';
  const problem = (what: string) => new Error(`BASE_PATH="${value}" ${what}. Use a path such as /academy/ (letters, digits, - . _ ~ between slashes).`);
  if (/\s/.test(value)) throw problem('contains a space');
  if (!value.startsWith('/')) throw problem('must start with a slash');
  if (value.startsWith('//')) throw problem('must be a path, not an address');
  const segments = value.replace(/^\/|\/$/g, '').split('/');
  if (segments.some((s) => s === '..' || s === '.')) throw problem('must not contain . or .. segments');
  if (segments.some((s) => s === '')) throw problem('must not contain an empty segment (//)');
  const bad = segments.find((s) => !SEGMENT.test(s));
  if (bad !== undefined) throw problem(`has a segment that is not allowed ("${bad}")`);
  return `/${segments.join('/')}/`;
}

/**
 * SITE_URL as the public origin for canonical links and the sitemap (`https://intranet.example.com`),
 * or undefined when unset: the build then writes no absolute address rather than a wrong one.
 */
export function parseSiteUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL="${raw}" is not an address. Use the public origin, such as https://intranet.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL="${raw}" must start with https:// (or http://)`);
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(`SITE_URL="${raw}" must be an origin only (no path): put the path in BASE_PATH`);
  }
  return url.origin;
}

/** `path` (a site path, from the site's root: `/fr/lessons/`) under `base` (`/academy/` or `/academy`). */
export function joinBase(base: string, path: string): string {
  const prefix = base.replace(/\/+$/, '');
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}

/** The site path of a served `pathname` (`/academy/fr/` → `/fr/`); unchanged when it is not under `base`. */
export function stripBase(base: string, pathname: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '') return pathname;
  if (pathname === prefix) return '/';
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}
