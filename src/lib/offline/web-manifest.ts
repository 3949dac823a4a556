/**
 * The web app manifest of one language (installable site), and the icons it names: PNGs drawn at
 * build time from the site's SVG icon (src/pages/icons/[icon].png.ts), plus the SVG itself.
 */
import { siteUrl, swScope } from './urls';

export const ICONS = [
  { name: 'icon-192', size: 192, purpose: 'any', fullBleed: false },
  { name: 'icon-512', size: 512, purpose: 'any', fullBleed: false },
  { name: 'maskable-512', size: 512, purpose: 'maskable', fullBleed: true },
  // iOS rounds the corners itself and shows transparent ones black.
  { name: 'apple-touch-icon', size: 180, purpose: 'any', fullBleed: true },
] as const;
export type IconName = (typeof ICONS)[number]['name'];

/** The site's light theme: the accent for the browser UI, the page background for the splash screen (src/styles/global.css). */
export const THEME_COLOR = '#1d4ed8';
export const BACKGROUND_COLOR = '#ffffff';

interface ManifestInput {
  base: string;
  lang: string;
  locale: string;
  name: string;
  description: string;
}

export function webManifest({ base, lang, locale, name, description }: ManifestInput) {
  const scope = swScope(base, lang);
  return {
    id: scope,
    name,
    short_name: name,
    description,
    lang: locale,
    dir: 'ltr',
    start_url: scope,
    scope,
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      ...ICONS.filter((i) => i.name !== 'apple-touch-icon').map((i) => ({
        src: siteUrl(base, `icons/${i.name}.png`),
        sizes: `${i.size}x${i.size}`,
        type: 'image/png',
        purpose: i.purpose,
      })),
      { src: siteUrl(base, 'favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}

/**
 * The maskable variant of a square SVG icon: the artwork shrunk into the central safe zone
 * (80 % of the width) on a full-bleed background, so a round or squircle mask never cuts it.
 */
export function maskableSvg(svg: string, background = THEME_COLOR): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  const viewBox = /viewBox="\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*"/.exec(open?.[0] ?? '');
  if (!open || !viewBox) throw new Error('maskableSvg: the icon needs an <svg> with a viewBox "0 0 w h"');
  const w = Number(viewBox[1]);
  const h = Number(viewBox[2]);
  const inner = svg.slice(open.index + open[0].length, svg.lastIndexOf('</svg>'));
  const inset = 0.1;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="${background}"/><g transform="translate(${w * inset} ${h * inset}) scale(${1 - 2 * inset})">${inner}</g></svg>`;
}
