// Differential test of the calendar arithmetic: src/model/dates.ts (date-fns on UTC dates) against the
// hand-written implementation it replaced, kept below as the reference. On every day from 1900-01-01
// to 2100-12-31 both must give the same civil date, the same day number back, and the same day after
// adding or subtracting each duration the tool uses (report windows, lead times, terms, stale-after,
// ~ forms); on every month of those years, the same number of days. Mismatches are collected and
// compared once, so the two million comparisons take a few seconds.

import { describe, expect, it } from 'vitest';
import { addDuration, civil, dayNumber, daysInMonth, parseDuration, type Duration } from '../src/model/dates.js';

/** The implementation before date-fns (commit 615e11f), verbatim but for the names. */
const MS_PER_DAY = 86_400_000;
const ref = {
  dayNumber(year: number, month: number, day: number): number {
    return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
  },
  civil(day: number): { year: number; month: number; day: number } {
    const d = new Date(day * MS_PER_DAY);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  },
  daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  },
  addDuration(dayNum: number, dur: Duration, sign: 1 | -1 = 1): number {
    if (dur.unit === 'd') return dayNum + sign * dur.count;
    const months = sign * (dur.unit === 'y' ? dur.count * 12 : dur.count);
    const { year, month, day: d } = ref.civil(dayNum);
    const total = year * 12 + (month - 1) + months;
    const ny = Math.floor(total / 12);
    const nm = (total % 12) + 1;
    return ref.dayNumber(ny, nm, Math.min(d, ref.daysInMonth(ny, nm)));
  },
};

const DURATIONS = ['1d', '30d', '90d', '180d', '1m', '6m', '12m', '18m', '24m', '1y', '3y', '4y', '5y', '10y'].map((t) => parseDuration(t) as Duration);
const FIRST = ref.dayNumber(1900, 1, 1);
const LAST = ref.dayNumber(2100, 12, 31);
const show = (n: number): string => {
  const c = ref.civil(n);
  return `${c.year}-${c.month}-${c.day}`;
};

describe('date-fns arithmetic against the hand-written reference, 1900-01-01 to 2100-12-31', () => {
  it('covers the days it says', () => {
    expect(LAST - FIRST + 1).toBe(73_414);
    expect(DURATIONS).toHaveLength(14);
  });

  it('civil dates and day numbers', () => {
    const diffs: string[] = [];
    for (let n = FIRST; n <= LAST; n++) {
      const want = ref.civil(n);
      const got = civil(n);
      if (got.year !== want.year || got.month !== want.month || got.day !== want.day) diffs.push(`civil(${n}): ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      const back = dayNumber(want.year, want.month, want.day);
      if (back !== n) diffs.push(`dayNumber(${show(n)}): ${back}, want ${n}`);
    }
    expect(diffs.slice(0, 20)).toEqual([]);
  });

  it('days in every month', () => {
    const diffs: string[] = [];
    for (let y = 1900; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) if (daysInMonth(y, m) !== ref.daysInMonth(y, m)) diffs.push(`${y}-${m}: ${daysInMonth(y, m)}, want ${ref.daysInMonth(y, m)}`);
    }
    expect(diffs).toEqual([]);
  });

  for (const dur of DURATIONS) {
    it(`± ${dur.count}${dur.unit} from every day`, () => {
      const diffs: string[] = [];
      for (let n = FIRST; n <= LAST; n++) {
        for (const sign of [1, -1] as const) {
          const got = addDuration(n, dur, sign);
          const want = ref.addDuration(n, dur, sign);
          if (got !== want) diffs.push(`${show(n)} ${sign > 0 ? '+' : '-'} ${dur.count}${dur.unit}: ${show(got)}, want ${show(want)}`);
        }
      }
      expect(diffs.slice(0, 20)).toEqual([]);
    });
  }
});
