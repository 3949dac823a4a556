/** Reading the PDFs Chromium prints (pdfjs-dist) and the QR codes on a page (jsQR on a PNG screenshot). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of each page of a PDF, whitespace removed (lines may wrap anywhere). */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, ''));
  }
  await task.destroy();
  return pages;
}

/** The text a QR code in a PNG image encodes, or null. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength), image.width, image.height)?.data ?? null;
}

export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The text of the bottom line of each page of a PDF (items sharing the lowest baseline), whitespace removed. */
export async function pdfBottomLines(pdf: Buffer): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const lines: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const items = (await (await doc.getPage(n)).getTextContent()).items.flatMap((item) =>
      'str' in item && item.str.trim() ? [{ y: item.transform[5] as number, x: item.transform[4] as number, str: item.str }] : [],
    );
    const bottom = Math.min(...items.map((i) => i.y));
    lines.push(squeeze(items.filter((i) => Math.abs(i.y - bottom) < 2).sort((a, b) => a.x - b.x).map((i) => i.str).join('')));
  }
  await task.destroy();
  return lines;
}
