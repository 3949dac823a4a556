/** Cache names shared by the service worker and the pages that save content for offline reading. */

/** What the learner saved ("Save for offline"): kept until they remove it. */
export const savedCache = (lang: string) => `board-academy-saved-${lang}`;
/** Pages and data read online, kept for offline reading (stale-while-revalidate, bounded). */
export const pagesCache = (lang: string) => `board-academy-pages-${lang}`;
/** Hashed scripts and styles of earlier versions, so a page saved before an update keeps its own assets. */
export const assetsCache = (lang: string) => `board-academy-assets-${lang}`;
/** Pagefind's files, once a search has fetched them. */
export const searchCache = (lang: string) => `board-academy-search-${lang}`;
