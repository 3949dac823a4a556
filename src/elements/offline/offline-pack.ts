/**
 * <offline-pack>: "Save for offline" for a track or a programme. Fetches each address of the pack
 * (bypassing the service worker, so the copy is fresh) into the language's saved cache, which the
 * service worker reads first; shows progress, then the pages and space used, and offers "Remove".
 * A failed save keeps nothing and says why. Lesson cards on the page (`[data-offline-url]`) show
 * whether each lesson is available offline.
 */
import { pagesCache, savedCache } from '../../lib/offline/caches';
import { parsePackRecord, urlsToRemove, type OfflinePack, type PackRecord } from '../../lib/offline/packs';
import { formatBytes } from '../../lib/offline/size';
import { pageLocale, readMessages } from '../messages';
import type { OfflineKey } from './messages';

type Reason = { key: 'offline.reason.offline' | 'offline.reason.network' | 'offline.reason.quota' } | { key: 'offline.reason.status'; url: string; status: number };

class SaveFailure extends Error {
  constructor(readonly reason: Reason) {
    super(reason.key);
  }
}

const supported = () => 'caches' in window && 'serviceWorker' in navigator;

class OfflinePackElement extends HTMLElement {
  #t = readMessages<OfflineKey>('offline');
  #locale = pageLocale();
  #pack!: OfflinePack;
  #lang = '';
  #record = '';
  #busy = false;

  connectedCallback(): void {
    const urls: unknown = JSON.parse(this.dataset.urls ?? '[]');
    this.#pack = { id: this.dataset.pack ?? '', urls: Array.isArray(urls) ? urls.filter((u): u is string => typeof u === 'string') : [] };
    this.#lang = this.dataset.lang ?? '';
    this.#record = this.dataset.record ?? '';
    if (!supported()) {
      this.#button('save').hidden = true;
      this.#status(this.#t('offline.unsupported'));
      return;
    }
    this.#button('save').addEventListener('click', () => void this.#save());
    this.#button('remove').addEventListener('click', () => void this.#remove());
    void this.#refresh();
  }

  #button(name: 'save' | 'remove'): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`[data-${name}]`)!;
  }

  #status(text: string): void {
    this.querySelector('[data-status]')!.textContent = text;
  }

  /** The saved packs of this language, read from their records in the saved cache. */
  async #savedPacks(cache: Cache): Promise<OfflinePack[]> {
    const folder = this.#record.slice(0, this.#record.lastIndexOf('/') + 1);
    const packs: OfflinePack[] = [];
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (!path.startsWith(folder)) continue;
      const record = parsePackRecord(await (await cache.match(request))?.json().catch(() => undefined));
      if (record) packs.push({ id: path.slice(folder.length).replace(/\.json$/, ''), urls: record.urls });
    }
    return packs;
  }

  async #state(): Promise<{ record?: PackRecord; complete: boolean }> {
    const cache = await caches.open(savedCache(this.#lang));
    const record = parsePackRecord(await (await cache.match(this.#record))?.json().catch(() => undefined));
    if (!record) return { complete: false };
    const present = await Promise.all(record.urls.map((url) => cache.match(url).then(Boolean)));
    return { record, complete: present.every(Boolean) };
  }

  async #refresh(message?: string): Promise<void> {
    const { record, complete } = await this.#state();
    const saved = record !== undefined && complete;
    this.#button('save').hidden = saved;
    this.#button('save').disabled = false;
    this.#button('remove').hidden = !saved;
    this.dataset.state = saved ? 'saved' : record ? 'partial' : 'none';
    const summary = saved
      ? this.#t('offline.saved', {
          count: new Intl.NumberFormat(this.#locale).format(record.urls.length),
          size: formatBytes(record.bytes, this.#locale),
          date: new Intl.DateTimeFormat(this.#locale, { dateStyle: 'long' }).format(new Date(record.savedAt)),
        })
      : this.#t(record ? 'offline.partial' : 'offline.notSaved');
    this.#status(message ? `${message} ${summary}` : summary);
    await markCards(this.#lang);
  }

  async #save(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    const started = performance.now();
    const save = this.#button('save');
    const progress = this.querySelector<HTMLProgressElement>('[data-progress]')!;
    const progressText = this.querySelector<HTMLElement>('[data-progress-text]')!;
    save.disabled = true;
    progress.max = this.#pack.urls.length;
    progress.value = 0;
    progress.hidden = progressText.hidden = false;
    const cache = await caches.open(savedCache(this.#lang));
    // Saved pages should survive storage pressure: ask once (browsers may grant it silently or not at all).
    await navigator.storage?.persist?.().catch(() => false);
    let done = 0;
    let bytes = 0;
    const show = () => {
      progress.value = done;
      progressText.textContent = this.#t('offline.saving', { done, total: this.#pack.urls.length });
    };
    show();
    try {
      await inParallel(this.#pack.urls, 4, async (url) => {
        const response = await fetch(url, { cache: 'no-store' }).catch(() => {
          throw new SaveFailure({ key: navigator.onLine ? 'offline.reason.network' : 'offline.reason.offline' });
        });
        if (!response.ok) throw new SaveFailure({ key: 'offline.reason.status', url, status: response.status });
        bytes += (await response.clone().blob()).size;
        await cache.put(url, response).catch(quotaFailure);
        done += 1;
        show();
      });
      const record: PackRecord = { urls: this.#pack.urls, bytes, savedAt: new Date().toISOString() };
      await cache.put(this.#record, new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } })).catch(quotaFailure);
      this.dataset.savedInMs = String(Math.round(performance.now() - started));
      await this.#refresh();
    } catch (error) {
      await this.#forget(cache);
      const reason: Reason = error instanceof SaveFailure ? error.reason : { key: 'offline.reason.network' };
      const because = reason.key === 'offline.reason.status' ? this.#t(reason.key, { url: reason.url, status: reason.status }) : this.#t(reason.key);
      await this.#refresh(this.#t('offline.failed', { reason: because }));
    } finally {
      progress.hidden = progressText.hidden = true;
      this.#busy = false;
    }
  }

  async #remove(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    await this.#forget(await caches.open(savedCache(this.#lang)));
    await this.#refresh(this.#t('offline.removed'));
    this.#button('save').focus();
    this.#busy = false;
  }

  /** Deletes this pack's record and the pages no other saved pack needs, from the saved and the kept pages. */
  async #forget(saved: Cache): Promise<void> {
    await saved.delete(this.#record);
    const others = await this.#savedPacks(saved);
    const pages = await caches.open(pagesCache(this.#lang));
    await Promise.all(urlsToRemove(this.#pack, others).flatMap((url) => [saved.delete(url), pages.delete(url)]));
  }
}

function quotaFailure(error: unknown): never {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') throw new SaveFailure({ key: 'offline.reason.quota' });
  throw error;
}

/** Runs `task` over `items`, at most `limit` at a time; the first failure stops the rest and is thrown. */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Each lesson card says whether its page can be read offline here (saved, or kept from an earlier visit). */
async function markCards(lang: string): Promise<void> {
  const [saved, pages] = await Promise.all([caches.open(savedCache(lang)), caches.open(pagesCache(lang))]);
  const t = readMessages<OfflineKey>('offline');
  for (const card of document.querySelectorAll<HTMLElement>('[data-offline-url]')) {
    const url = card.dataset.offlineUrl!;
    const available = Boolean((await saved.match(url)) ?? (await pages.match(url)));
    const label = card.querySelector<HTMLElement>('[data-offline-state]');
    card.dataset.offline = available ? 'available' : 'unavailable';
    if (label) label.textContent = t(available ? 'offline.card.available' : 'offline.card.unavailable');
  }
}

customElements.define('offline-pack', OfflinePackElement);
