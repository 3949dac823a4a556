/** Reading the PDFs Chromium prints (pdfjs-dist) and the QR codes on a page (jsQR on a PNG screenshot). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export const squeeze = (text: string) => text.replace(/\s+/g, '');

export interface PrintedPdf {
  /** The text of each page, whitespace removed (lines may wrap anywhere). */
  pages: string[];
  /** The bottom line of each page (the items sharing the lowest baseline), whitespace removed. */
  bottomLines: string[];
  /** Whether each page is landscape. */
  landscape: boolean[];
}

/** A printed PDF, parsed once (parsing costs about as much as printing). */
export async function readPdf(pdf: Buffer): Promise<PrintedPdf> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const read: PrintedPdf = { pages: [], bottomLines: [], landscape: [] };
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [{ y: item.transform[5] as number, x: item.transform[4] as number, str: item.str }] : []));
    const inked = items.filter((i) => i.str.trim());
    const bottom = Math.min(...inked.map((i) => i.y));
    read.pages.push(squeeze(items.map((i) => i.str).join('')));
    read.bottomLines.push(squeeze(inked.filter((i) => Math.abs(i.y - bottom) < 2).sort((a, b) => a.x - b.x).map((i) => i.str).join('')));
    read.landscape.push(width > height);
  }
  await task.destroy();
  return read;
}

/** The text a QR code in a PNG image encodes, or null. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength), image.width, image.height)?.data ?? null;
}
