/** The brief's QR code (src/lib/brief/qr.ts): its path, drawn on a pixel grid, decodes back to the text with jsQR. */
import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrPath } from '../../../src/lib/brief/qr';

/** Rasterises the path's unit squares (`M x y h w v1 h-w z`), `scale` pixels per module, black on white. */
function decode(text: string, scale = 4): string | undefined {
  const { size, d } = qrPath(text);
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return jsQR(pixels, width, width)?.data;
}

describe('qrPath', () => {
  it('decodes to a lesson path and to an absolute address', () => {
    expect(decode('/fr/lessons/what-roi-measures/')).toBe('/fr/lessons/what-roi-measures/');
    expect(decode('https://academy.example.org/en/lessons/questions-for-your-team/')).toBe('https://academy.example.org/en/lessons/questions-for-your-team/');
  });
  it('keeps a quiet zone of four modules on every side', () => {
    const { size, d } = qrPath('/en/lessons/x/');
    const coords = [...d.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, w]) => ({ x: Number(x), y: Number(y), end: Number(x) + Number(w) }));
    expect(Math.min(...coords.map((c) => c.x))).toBe(QUIET_ZONE);
    expect(Math.min(...coords.map((c) => c.y))).toBe(QUIET_ZONE);
    expect(Math.max(...coords.map((c) => c.end))).toBe(size - QUIET_ZONE);
    expect(Math.max(...coords.map((c) => c.y))).toBe(size - QUIET_ZONE - 1);
  });
  it('any address decodes back to itself', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => decode(url) === url), { numRuns: 10 });
  });
});
