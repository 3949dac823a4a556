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
