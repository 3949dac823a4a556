/**
 * Site paths under the base the site was built for: Astro's `base` (from BASE_PATH), which Vite
 * exposes to pages and browser code alike as `import.meta.env.BASE_URL`. Every address a page or
 * script writes goes through `withBase`, so the same code serves `/` and `/academy/`.
 */
import { joinBase, stripBase } from './site-path';

/** `/fr/lessons/` → `/academy/fr/lessons/` (unchanged at `/`). */
export const withBase = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

/** The site path of an address on this site: `/academy/fr/` → `/fr/`. */
export const withoutBase = (pathname: string): string => stripBase(import.meta.env.BASE_URL, pathname);
