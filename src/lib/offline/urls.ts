/**
 * Addresses for offline use, all under the build's base path (`import.meta.env.BASE_URL` in pages,
 * the manifest's scope in the post-build step), never the site root: the site may live at /academy/.
 */
import { joinBase } from '../site-path.ts';

/** A base path as `/`, `/academy/`: leading and trailing slash, whatever Astro or the environment gave. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** `base` + a site path written without its leading slash: `siteUrl('/academy/', 'fr/lessons/')` → `/academy/fr/lessons/`. */
export const siteUrl = (base: string, path: string): string => joinBase(normalizeBase(base), path);

/** Where each language's service worker lives and what it controls: its own language's pages. */
export const swScope = (base: string, lang: string): string => siteUrl(base, `${lang}/`);
export const swUrl = (base: string, lang: string): string => siteUrl(base, `${lang}/sw.js`);
export const manifestUrl = (base: string, lang: string): string => siteUrl(base, `${lang}/manifest.webmanifest`);
export const offlinePageUrl = (base: string, lang: string): string => siteUrl(base, `${lang}/offline/`);

/** The base a service worker scope was made from: `/academy/fr/` → `/academy/`. */
export function baseOfScope(scopePath: string): string {
  return normalizeBase(scopePath.replace(/[^/]+\/?$/, ''));
}

/**
 * The directory-style address of a page asked for without its trailing slash (`/fr/lessons/x` →
 * `/fr/lessons/x/`); undefined when the path already ends with a slash or names a file (`x.json`).
 * Workbox precaches `x/index.html`, and a saved page is stored as `x/`: offline, `x` would miss both.
 */
export function withTrailingSlash(pathname: string): string | undefined {
  if (pathname.endsWith('/')) return undefined;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (last === '' || last.includes('.')) return undefined;
  return `${pathname}/`;
}

/** True for pages of an LMS package (`/{lang}/lms/…`): the site's service worker leaves them alone. */
export const isLmsPath = (base: string, pathname: string): boolean =>
  new RegExp(`^${escapeRegExp(normalizeBase(base))}[a-z]{2}/lms/`).test(pathname);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
