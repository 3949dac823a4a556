/** Agenda times: each session starts when the previous one ends, from a start time the trainer chooses. */

export const MINUTES_PER_DAY = 24 * 60;
/** The start time shown before the trainer sets one (and without JavaScript). */
export const DEFAULT_START = 9 * 60;

export interface Slot {
  /** Minutes after midnight, 0–1439 (a programme running past midnight wraps round). */
  readonly start: number;
  readonly end: number;
}

/** The start and end of each session, in order. */
export function agendaSlots(start: number, sessionMinutes: readonly number[]): Slot[] {
  let clock = wrap(start);
  return sessionMinutes.map((minutes) => {
    const slot = { start: clock, end: wrap(clock + minutes) };
    clock = slot.end;
    return slot;
  });
}

/** "HH:MM" on a 24-hour clock, as both languages print agendas. */
export function formatClock(minutes: number): string {
  const m = wrap(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes after midnight from "H:MM" or "HH:MM" (what a time input gives), or null when it is not a time. */
export function parseClock(text: string): number | null {
  const match = /^\s*([01]?\d|2[0-3])[:h.]([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?\s*$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

const wrap = (minutes: number) => ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;

/** A duration as whole hours and remaining minutes, for "1 h 30". */
export function durationParts(minutes: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(minutes));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}
