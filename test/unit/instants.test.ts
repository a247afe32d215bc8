// Instants in a register's time zone: where a day begins and ends (--recorded-as-of, audit --since),
// and how a commit's date is shown.

import { describe, expect, it } from 'vitest';
import { day, dayEndIn, dayStartIn, instantIn, offsetAt } from '../../src/model/dates.js';

const at = (s: number): string => new Date(s * 1000).toISOString();

describe('instants in a time zone', () => {
  it('gives the offset of a zone at an instant, daylight saving included', () => {
    expect(offsetAt('Asia/Jakarta', Date.UTC(2026, 0, 1))).toBe(420);
    expect(offsetAt('Asia/Jayapura', Date.UTC(2026, 0, 1))).toBe(540);
    expect(offsetAt('America/New_York', Date.UTC(2026, 6, 1))).toBe(-240);
    expect(offsetAt('America/New_York', Date.UTC(2026, 0, 1))).toBe(-300);
    expect(offsetAt('Asia/Kathmandu', 0)).toBe(330);
  });

  it('finds where a day begins and ends in the zone', () => {
    expect(at(dayStartIn('Asia/Jakarta', day('2026-01-01')))).toBe('2025-12-31T17:00:00.000Z');
    expect(at(dayEndIn('Asia/Jakarta', day('2026-01-01')))).toBe('2026-01-01T16:59:59.000Z');
    expect(at(dayStartIn('UTC', day('2026-01-01')))).toBe('2026-01-01T00:00:00.000Z');
    // The day the clocks go forward is 23 hours long.
    expect(at(dayStartIn('America/New_York', day('2026-03-08')))).toBe('2026-03-08T05:00:00.000Z');
    expect(at(dayEndIn('America/New_York', day('2026-03-08')))).toBe('2026-03-09T03:59:59.000Z');
  });

  it('shows an instant as the zone does', () => {
    expect(instantIn('Asia/Jakarta', Date.UTC(2026, 0, 1, 20, 0, 0) / 1000)).toEqual({ day: day('2026-01-02'), iso: '2026-01-02T03:00:00+07:00', text: '2026-01-02 03:00', zoned: '2026-01-02 03:00 WIB' });
    expect(instantIn('America/St_Johns', 1700000000)).toEqual({ day: day('2023-11-14'), iso: '2023-11-14T18:43:20-03:30', text: '2023-11-14 18:43', zoned: '2023-11-14 18:43 UTC-03:30' });
  });
});
