const MAX_SECONDS = 99 * 3600 + 59 * 60 + 59;

/** A time taken as a clock reading: 75 000 ms → "1:15"; an hour or more → "1:02:05"; bad input → "0:00"; capped at 99:59:59. */
export function formatDuration(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.min(Math.round(ms / 1000), MAX_SECONDS) : 0;
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
