/** `/icons/{name}.png`: the app icons, drawn at build time from the site's SVG icon (public/favicon.svg). */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import iconSvg from '../../../public/favicon.svg?raw';
import { ICONS, maskableSvg } from '../../lib/offline/web-manifest';

export const getStaticPaths = () => ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }));

export const GET: APIRoute = async ({ props }) => {
  const { icon } = props as { icon: (typeof ICONS)[number] };
  // A maskable icon must fill its square; the others keep the favicon's rounded corners.
  const svg = icon.fullBleed ? maskableSvg(iconSvg) : iconSvg;
  const png = await sharp(Buffer.from(svg), { density: 72 * (icon.size / 32) })
    .resize(icon.size, icon.size)
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
