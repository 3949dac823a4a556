/**
 * Loads the progress store late: zod and the validating store (~13 KB gzipped, one chunk shared and
 * cached by every page) are fetched when the browser is idle, or at once on the learner's first
 * interaction, so they never delay a page's first render. Code that needs zod comes from this module.
 */
import { scopeReady } from './scope';

export type ProgressModule = typeof import('./store');

let loading: Promise<ProgressModule> | undefined;

/** The progress module, loaded now; after a failed fetch (offline), the next call tries again. */
export function loadProgress(): Promise<ProgressModule> {
  return (loading ??= scopeReady.then(() => import('./store')).catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

/** The progress module once the page is idle (at most `timeout` ms later), or sooner on the first interaction. */
export function whenIdle(timeout = 2000): Promise<ProgressModule> {
  return new Promise((resolve) => {
    const go = () => void loadProgress().then(resolve);
    for (const type of ['pointerdown', 'keydown', 'focusin'] as const) document.addEventListener(type, go, { once: true, passive: true });
    if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout });
    else setTimeout(go, 200);
  });
}
