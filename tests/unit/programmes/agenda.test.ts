import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaSlots, DEFAULT_START, durationParts, formatClock, MINUTES_PER_DAY, parseClock } from '../../../src/lib/programmes/agenda';

describe('agendaSlots', () => {
  it('starts each session when the previous one ends', () => {
    expect(agendaSlots(DEFAULT_START, [20, 45, 25])).toEqual([
      { start: 540, end: 560 },
      { start: 560, end: 605 },
      { start: 605, end: 630 },
    ]);
  });

  it('wraps past midnight', () => {
    expect(agendaSlots(23 * 60 + 30, [45]).map((s) => [formatClock(s.start), formatClock(s.end)])).toEqual([['23:30', '00:15']]);
  });

  it('shifts every time by the same amount when the start moves', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MINUTES_PER_DAY - 1 }),
        fc.integer({ min: -600, max: 600 }),
        fc.array(fc.integer({ min: 1, max: 240 }), { minLength: 1, maxLength: 12 }),
        (start, shift, minutes) => {
          const base = agendaSlots(start, minutes);
          const moved = agendaSlots(start + shift, minutes);
          moved.forEach((slot, i) => {
            expect(Math.abs((slot.start - base[i]!.start - shift) % MINUTES_PER_DAY)).toBe(0);
            expect(slot.start).toBeGreaterThanOrEqual(0);
            expect(slot.end).toBeLessThan(MINUTES_PER_DAY);
          });
        },
      ),
    );
  });
});

describe('formatClock and parseClock', () => {
  it('formats on a 24-hour clock', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(9 * 60 + 5)).toBe('09:05');
    expect(formatClock(MINUTES_PER_DAY + 61)).toBe('01:01');
  });

  it('reads what time inputs and people type, and refuses the rest', () => {
    expect(parseClock('09:00')).toBe(540);
    expect(parseClock('9:30')).toBe(570);
    expect(parseClock('14h15')).toBe(855);
    expect(parseClock('13:45:00')).toBe(825);
    for (const bad of ['', '24:00', '12:60', 'nine', '12', '-1:00', '12:5']) expect(parseClock(bad)).toBeNull();
  });

  it('round-trips every minute of the day', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MINUTES_PER_DAY - 1 }), (m) => {
        expect(parseClock(formatClock(m))).toBe(m);
      }),
    );
  });
});

describe('durationParts', () => {
  it('splits minutes into hours and minutes', () => {
    expect(durationParts(90)).toEqual({ hours: 1, minutes: 30 });
    expect(durationParts(45)).toEqual({ hours: 0, minutes: 45 });
    expect(durationParts(240)).toEqual({ hours: 4, minutes: 0 });
  });
});
