/**
 * Where the page's progress is kept. On the site: the browser's localStorage as it is. In an LMS
 * package (`<html data-lms>`): a part of it reserved for the learner the LMS names, set by the LMS
 * runtime before the progress store may load, so two people on one computer never see each other's
 * answers. Tiny on purpose: every page with progress loads it.
 */
import type { PrefixedStorage } from '../../lib/progress/prefixed-storage';

let scoped: PrefixedStorage | null | undefined;
let release = () => {};

/** Resolves once the page knows where progress lives (at once outside LMS packages). */
export const scopeReady: Promise<void> = document.documentElement.hasAttribute('data-lms')
  ? new Promise((resolve) => (release = resolve))
  : Promise.resolve();

/** Called once by the LMS runtime: the learner's storage (null when the browser's storage is unusable). */
export function useScopedStorage(storage: PrefixedStorage | null): void {
  scoped = storage;
  release();
}

/** The LMS learner's storage, or undefined on the site. */
export const scopedStorage = (): PrefixedStorage | null | undefined => scoped;
