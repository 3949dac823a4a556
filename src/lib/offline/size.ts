/** A stored size for people: « 412 ko », "1.2 MB" (decimal units, as browsers report storage). */
export function formatBytes(bytes: number, locale: string): string {
  const safe = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  const [unit, value] = safe >= 1e6 ? (['megabyte', safe / 1e6] as const) : (['kilobyte', Math.max(safe / 1e3, safe > 0 ? 1 : 0)] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value);
}
