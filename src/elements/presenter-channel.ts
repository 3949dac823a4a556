/**
 * Messages between a presenter deck and its notes window (same origin, same browser) over a BroadcastChannel:
 * the deck announces the screen shown; the notes window says hello (to learn it) and may ask to move.
 */
export type PresenterMessage =
  | { type: 'slide'; index: number; total: number }
  | { type: 'hello' }
  | { type: 'go'; index: number };

const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The message in `data`, or null when it is not one (another tab may share the channel name). */
export function readPresenterMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'hello') return { type: 'hello' };
  if (m.type === 'go' && isIndex(m.index)) return { type: 'go', index: m.index };
  if (m.type === 'slide' && isIndex(m.index) && isIndex(m.total) && m.index < m.total) return { type: 'slide', index: m.index, total: m.total };
  return null;
}

/** A BroadcastChannel, or null where the browser has none (the pages still work, unsynced). */
export function openChannel(name: string | undefined): BroadcastChannel | null {
  return name && 'BroadcastChannel' in window ? new BroadcastChannel(name) : null;
}

/** Keeps `time` showing the current hour and minute in the page's locale. */
export function runClock(time: HTMLTimeElement | null, locale: string): void {
  if (!time) return;
  const format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const tick = () => {
    const now = new Date();
    time.textContent = format.format(now);
    time.dateTime = now.toISOString();
  };
  tick();
  setInterval(tick, 10_000);
}
