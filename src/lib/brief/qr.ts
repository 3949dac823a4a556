/**
 * A QR code as SVG path data, computed at build time with the `qrcode` package (no request to any
 * service). One path of unit squares on a grid with a quiet zone of 4 modules, as the standard asks.
 */
import QRCode from 'qrcode';

export interface QrPath {
  /** Width and height of the grid, quiet zone included, in modules. */
  size: number;
  /** `d` of a path drawing every dark module. */
  d: string;
}

export const QUIET_ZONE = 4;

export function qrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: n + 2 * QUIET_ZONE, d: parts.join('') };
}
