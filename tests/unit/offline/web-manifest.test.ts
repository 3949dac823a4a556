import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BACKGROUND_COLOR, maskableSvg, THEME_COLOR, webManifest } from '../../../src/lib/offline/web-manifest';
import { formatBytes } from '../../../src/lib/offline/size';

describe('web app manifest', () => {
  it('starts, scopes and finds its icons under the base path, in the page’s language', () => {
    const m = webManifest({ base: '/academy/', lang: 'en', locale: 'en-GB', name: 'Board Academy', description: 'd' });
    expect(m).toMatchObject({ start_url: '/academy/en/', scope: '/academy/en/', id: '/academy/en/', lang: 'en-GB', display: 'standalone' });
    expect(m.icons.map((i) => i.src)).toEqual(['/academy/icons/icon-192.png', '/academy/icons/icon-512.png', '/academy/icons/maskable-512.png', '/academy/favicon.svg']);
    expect(m.icons.filter((i) => i.purpose === 'maskable')).toHaveLength(1);
  });

  it('uses the site’s own colours (the light theme’s accent and background in global.css)', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const root = /:root \{([^}]*)\}/.exec(css)![1]!;
    expect(root).toContain(`--ba-accent: ${THEME_COLOR};`);
    expect(root).toContain(`--ba-bg: ${BACKGROUND_COLOR};`);
  });

  it('draws the maskable icon inside the safe zone on a full-bleed background', () => {
    const svg = maskableSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M0 0h32v32z"/></svg>');
    expect(svg).toContain('<rect width="32" height="32" fill="#1d4ed8"/>');
    expect(svg).toContain('translate(3.2 3.2) scale(0.8)');
    expect(svg).toContain('<path d="M0 0h32v32z"/>');
    expect(() => maskableSvg('<svg width="32"></svg>')).toThrow(/viewBox/);
  });
});

describe('sizes for people', () => {
  it('in kilobytes or megabytes, in the page’s language', () => {
    expect(formatBytes(412_300, 'en-GB')).toBe('412 kB');
    expect(formatBytes(1_250_000, 'en-GB')).toBe('1.3 MB');
    expect(formatBytes(1_250_000, 'fr-FR')).toMatch(/^1,3\s?Mo$/);
    expect(formatBytes(12, 'en-GB')).toBe('1 kB');
    for (const bad of [Number.NaN, -5, Number.POSITIVE_INFINITY]) expect(formatBytes(bad, 'en-GB')).toBe('0 kB');
  });
});
