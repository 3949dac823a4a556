/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents), CRLF line ends, and cells
 * that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) prefixed with '.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: string | number, separator: string): string {
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, then one line per row. */
export function toCsv(rows: readonly (readonly (string | number)[])[], separator = ','): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}

/** The separator a spreadsheet in this language expects: `;` where the decimal mark is a comma (French), `,` otherwise. */
export const csvSeparator = (locale: string): string =>
  new Intl.NumberFormat(locale).format(1.5).includes(',') ? ';' : ',';
