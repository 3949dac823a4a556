// @ts-check
/**
 * Astro's own console log, less the line it writes for each page it builds ("├─ /fr/lessons/…/index.html
 * (+12ms)"): 344 lines for this site, enough to push a real warning off the screen. Every other message,
 * warnings and errors included, reaches Astro's node logger unchanged, and the build still ends with its
 * "344 page(s) built" line. Loaded through the `logger` setting of astro.config.mjs (Astro 7's Logger API).
 */
import node from 'astro/logger/node';

/** @param {import('astro').AstroLoggerMessage} event */
const isPagePath = (event) => event.level === 'info' && event.label === null && !event.newLine && /[├└]─/.test(event.message);

/**
 * @param {{ level?: import('astro').AstroLoggerLevel }} [config]
 * @returns {import('astro').AstroLoggerDestination}
 */
export default function buildLog(config) {
  const destination = node(config);
  // A page's line comes as two events: its path (no newline), then its render time (label SKIP_FORMAT).
  let afterPagePath = false;
  return {
    write(event) {
      const pageTime = afterPagePath && event.label === 'SKIP_FORMAT';
      afterPagePath = isPagePath(event);
      if (afterPagePath || pageTime) return;
      destination.write(event);
    },
    flush: () => destination.flush?.(),
    close: () => destination.close?.(),
  };
}
