import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDuration, timeOfDay12, timespan12 } from '../../../src/lib/lms/durations';

/** Reads PT#H#M#S back (what an LMS does with it), in ms. */
function parseIso(text: string): number {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?$/.exec(text);
  if (!m || text === 'PT') throw new Error(`not an ISO 8601 duration: ${text}`);
  return Math.round(((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000);
}

describe('durations', () => {
  it('ISO 8601 durations read back to the centisecond', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(isoDuration(60_000)).toBe('PT1M');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 24 * 3_600_000 }), (ms) => {
        expect(parseIso(isoDuration(ms))).toBe(Math.round(ms / 10) * 10);
      }),
    );
  });

  it('SCORM 1.2 timespans are HHHH:MM:SS.SS and add up', () => {
    expect(timespan12(0)).toBe('0000:00:00.00');
    expect(timespan12(3_723_450)).toBe('0001:02:03.45');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 3_600_000 }), (ms) => {
        const text = timespan12(ms);
        const m = /^(\d{4}):([0-5]\d):([0-5]\d\.\d{2})$/.exec(text);
        expect(m, text).not.toBeNull();
        expect(Math.round((Number(m![1]) * 3600 + Number(m![2]) * 60 + Number(m![3])) * 1000)).toBe(Math.round(ms / 10) * 10);
      }),
    );
    expect(timespan12(Number.MAX_SAFE_INTEGER)).toMatch(/^9999:/);
  });

  it('a time of day for SCORM 1.2 interactions', () => {
    expect(timeOfDay12(new Date(2026, 10, 30, 9, 5, 7))).toBe('09:05:07');
  });
});
