/**
 * The service worker of one language (built to dist/{lang}/sw.js by scripts/service-worker.ts, its
 * scope `{base}{lang}/`). Precached: the app shell. Saved by the learner: tracks and programmes
 * (pages write them to the saved cache). Read online: kept stale-while-revalidate. Hashed assets:
 * cache-first, and those of the version being replaced are kept, so a page saved before an update
 * still loads the scripts and styles it was built with (never a mix of two versions).
 * An update waits until the learner accepts it (the page posts SKIP_WAITING), then pages reload.
 * Pages of LMS packages (`{lang}/lms/`) are left to the network.
 */
/// <reference lib="webworker" />
import { cacheNames, clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { CacheExpiration, ExpirationPlugin } from 'workbox-expiration';
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { assetsCache, pagesCache, savedCache, searchCache } from '../lib/offline/caches';
import { baseOfScope, isLmsPath, withTrailingSlash } from '../lib/offline/urls';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

const scope = new URL(self.registration.scope);
const base = baseOfScope(scope.pathname);
const lang = scope.pathname.slice(base.length).replace(/\/$/, '');
const SAVED = savedCache(lang);
const PAGES = pagesCache(lang);
const ASSETS = assetsCache(lang);
const pagesExpiration = new CacheExpiration(PAGES, { maxEntries: 80 });
// Workbox's plugin type predates exactOptionalPropertyTypes: its optional callbacks are declared `| undefined`.
const expireAfter = (maxEntries: number) => new ExpirationPlugin({ maxEntries }) as WorkboxPlugin;

/** Requests this worker answers: same origin, GET, under the base, not an LMS page, not a page saving content (no-store). */
const ours = (request: Request, url: URL) =>
  request.method === 'GET' &&
  url.origin === self.location.origin &&
  url.pathname.startsWith(base) &&
  !isLmsPath(base, url.pathname) &&
  request.cache !== 'no-store';

/** A page or data file kept in the saved cache, the precache or the pages cache (query strings ignored: the site is static). */
async function cached(url: string): Promise<Response | undefined> {
  return (
    (await (await caches.open(SAVED)).match(url, { ignoreSearch: true })) ??
    (await matchPrecache(url.endsWith('/') ? `${url}index.html` : url)) ??
    (await (await caches.open(PAGES)).match(url, { ignoreSearch: true }))
  );
}

const offlinePage = async () => (await matchPrecache(`${scope.pathname}offline/index.html`)) ?? Response.error();

// Before the new precache replaces the old one, the old version's hashed assets move to the assets cache.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const precache = await caches.open(cacheNames.precache);
      const assets = await caches.open(ASSETS);
      for (const request of await precache.keys()) {
        if (!new URL(request.url).pathname.startsWith(`${base}_astro/`)) continue;
        const response = await precache.match(request);
        if (response) await assets.put(request.url, response);
      }
    })(),
  );
});

// `/x` asked for offline: answer with a redirect to `/x/` when that page is available here.
registerRoute(
  ({ request, url }) => ours(request, url) && request.mode === 'navigate' && withTrailingSlash(url.pathname) !== undefined,
  async ({ request, url }) => {
    const target = new URL(withTrailingSlash(url.pathname)! + url.search, url);
    if (await cached(`${target.origin}${target.pathname}`)) return Response.redirect(target.href, 301);
    return fetch(request).catch(offlinePage);
  },
);

precacheAndRoute(self.__WB_MANIFEST);

registerRoute(
  ({ request, url }) => ours(request, url) && url.pathname.startsWith(`${base}_astro/`),
  new CacheFirst({ cacheName: ASSETS, plugins: [expireAfter(300)] }),
);

registerRoute(
  ({ request, url }) => ours(request, url) && url.pathname.startsWith(`${base}pagefind/`),
  new StaleWhileRevalidate({ cacheName: searchCache(lang), plugins: [expireAfter(200)] }),
);

// Pages and data: the saved or kept copy at once, refreshed from the network in the background.
registerRoute(
  ({ request, url }) => ours(request, url),
  async ({ request, event }) => {
    const key = new URL(request.url);
    key.search = '';
    const saved = await caches.open(SAVED);
    const savedCopy = await saved.match(key.href);
    const copy = savedCopy ?? (await (await caches.open(PAGES)).match(key.href));
    const network = fetch(request).then(async (response) => {
      if (response.ok && response.type === 'basic') {
        if (savedCopy) await saved.put(key.href, response.clone());
        else {
          await (await caches.open(PAGES)).put(key.href, response.clone());
          await pagesExpiration.updateTimestamp(key.href);
          await pagesExpiration.expireEntries();
        }
      }
      return response;
    });
    if (copy) {
      (event as ExtendableEvent).waitUntil(network.catch(() => undefined));
      return copy;
    }
    return network.catch(async (error: unknown) => {
      if (request.mode === 'navigate') return offlinePage();
      throw error;
    });
  },
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

clientsClaim();
