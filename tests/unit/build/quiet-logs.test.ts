import { describe, expect, it, vi } from 'vitest';
import { quietAstroHeadInjectWarning } from '../../../scripts/build/quiet-logs.mjs';

const log = (code: string, message: string) => ({ code, message });

describe('build log filter', () => {
  it('drops only the MODULE_LEVEL_DIRECTIVE warning about Astro’s own head-inject directive', () => {
    const handler = vi.fn();
    quietAstroHeadInjectWarning('warn', log('MODULE_LEVEL_DIRECTIVE', 'The semantics of the module level directive "use astro:head-inject" in "content/lessons/fr/x.mdx?astroPropagatedAssets" may not be preserved when bundling.'), handler);
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes every other log through unchanged: another directive, another code, another level', () => {
    const handler = vi.fn();
    const others = [
      ['warn', log('MODULE_LEVEL_DIRECTIVE', 'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved when bundling.')],
      ['warn', log('CIRCULAR_DEPENDENCY', 'Circular dependency: a -> b -> a')],
      ['info', log('PLUGIN_LOG', '"use astro:head-inject" mentioned in an unrelated message')],
    ] as const;
    for (const [level, entry] of others) quietAstroHeadInjectWarning(level, entry, handler);
    expect(handler.mock.calls).toEqual(others.map(([level, entry]) => [level, entry]));
  });
});
