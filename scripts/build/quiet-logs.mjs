// @ts-check
/**
 * Rolldown warns MODULE_LEVEL_DIRECTIVE for the `"use astro:head-inject"` directive that Astro itself writes
 * into every compiled MDX module: harmless, and about 90 blocks on this site (9,000 lines for 1,000 lessons),
 * which hides the warnings an author must see. Upstream: https://github.com/withastro/astro/issues/18087 —
 * delete this filter once that is fixed. Every other log, including other directives, passes through.
 *
 * @param {import('rolldown').LogLevel} level
 * @param {import('rolldown').RollupLog} log
 * @param {(level: import('rolldown').LogLevel | 'error', log: import('rolldown').RollupLog) => void} handler
 */
export function quietAstroHeadInjectWarning(level, log, handler) {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
  handler(level, log);
}
