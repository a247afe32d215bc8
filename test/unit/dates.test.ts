// Unit and property tests of calendar dates (src/model/dates.ts): the forms a record may write, the
// days in a month and leap years, adding days, months and years with end-of-month clamping, civil
// dates of day numbers, today in a time zone. test/datesTz.test.ts runs this file and
// test/datesDifferential.test.ts again under three machine time zones; none of these results may
// change with them.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDuration, civil, day, durationWords, dayNumber, daysInMonth, humanDate, humanKDate, fixedZones, intlOffsetAt, isValidTimeZone, iso, MAX_DAY, MIN_DAY, offsetAt, parseDate, rangeDate, todayIn, type Duration, type KDate } from '../../src/model/dates.js';

const RUNS = 300;
const span = (text: string): [string, string] | undefined => {
  const d = parseDate(text);
  return d && [iso(d.first), iso(d.last)];
};
const plus = (text: string, dur: Duration, sign: 1 | -1 = 1): string => iso(addDuration(day(text), dur, sign));

describe('dates: day numbers and civil dates', () => {
  it('day 0 is 1970-01-01; days before it are negative', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    expect(dayNumber(2000, 3, 1)).toBe(11_017);
    expect(civil(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(civil(11_017)).toEqual({ year: 2000, month: 3, day: 1 });
    expect(iso(0)).toBe('1970-01-01');
  });

  it('the schema\'s year range runs from 1800-01-01 to 2999-12-31', () => {
    expect([iso(MIN_DAY), iso(MAX_DAY)]).toEqual(['1800-01-01', '2999-12-31']);
    expect(civil(MIN_DAY - 1)).toEqual({ year: 1799, month: 12, day: 31 });
    expect(civil(MAX_DAY + 1)).toEqual({ year: 3000, month: 1, day: 1 });
  });

  it('differences of day numbers count days, across leap days', () => {
    expect(dayNumber(2025, 1, 1) - dayNumber(2024, 1, 1)).toBe(366);
    expect(dayNumber(2024, 1, 1) - dayNumber(2023, 1, 1)).toBe(365);
    expect(dayNumber(1901, 1, 1) - dayNumber(1900, 1, 1)).toBe(365);
    expect(dayNumber(2001, 1, 1) - dayNumber(2000, 1, 1)).toBe(366);
    expect(dayNumber(2024, 3, 1) - dayNumber(2024, 2, 28)).toBe(2);
    expect(dayNumber(2100, 3, 1) - dayNumber(2100, 2, 28)).toBe(1);
  });

  it('days in a month, with leap years every fourth year but not 1900 or 2100, and 2000', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([1800, 1900, 1996, 2000, 2023, 2024, 2100, 2400].map((y) => daysInMonth(y, 2))).toEqual([28, 28, 29, 29, 28, 29, 28, 29]);
  });
});

describe('dates: the forms a record writes', () => {
  it('a day, a month, a year', () => {
    expect(parseDate('2024-02-29')).toMatchObject({ precision: 'day', uncertain: false, first: dayNumber(2024, 2, 29), last: dayNumber(2024, 2, 29) });
    expect(span('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(span('2023-02')).toEqual(['2023-02-01', '2023-02-28']);
    expect(span('1900-02')).toEqual(['1900-02-01', '1900-02-28']);
    expect(span('2026')).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('refuses days that do not exist and years outside 1800–2999', () => {
    for (const bad of ['2023-02-29', '1900-02-29', '2100-02-29', '2024-04-31', '2024-13', '2024-00', '2024-01-00', '1799-12-31', '3000', '24-01-01', '2024-1-1']) {
      expect(parseDate(bad), bad).toBeUndefined();
    }
    expect(parseDate('2000-02-29')).toBeDefined();
  });

  it('about a year or a month is one either side, kept within the schema\'s range', () => {
    expect(span('~1990')).toEqual(['1989-01-01', '1991-12-31']);
    expect(span('~1990-06')).toEqual(['1990-05-01', '1990-07-31']);
    expect(span('~2024-03')).toEqual(['2024-02-01', '2024-04-30']);
    expect(span('~2000-01')).toEqual(['1999-12-01', '2000-02-29']);
    expect(span('~1800')).toEqual(['1800-01-01', '1801-12-31']);
    expect(span('~2999-12')).toEqual(['2999-11-01', '2999-12-31']);
    expect(parseDate('~1990-06-01')).toBeUndefined();
  });

  it('ranges and one-sided bounds', () => {
    expect(span('1997..1998')).toEqual(['1997-01-01', '1998-12-31']);
    expect(span('2024-01-31..2024-02')).toEqual(['2024-01-31', '2024-02-29']);
    expect(parseDate('..2017-06')).toMatchObject({ first: MIN_DAY, last: day('2017-06-30'), open: 'before' });
    expect(parseDate('2017-06..')).toMatchObject({ first: day('2017-06-01'), last: MAX_DAY, open: 'after' });
    expect(parseDate('1998..1997')).toBeUndefined();
    expect(parseDate('..')).toBeUndefined();
    expect(rangeDate(day('2024-02-28'), day('2024-03-01')).text).toBe('2024-02-28..2024-03-01');
    expect(rangeDate(day('2024-02-29'), day('2024-02-29')).text).toBe('2024-02-29');
  });

  it('human dates in both languages', () => {
    expect(humanDate(day('2027-08-29'), 'id')).toBe('29 Agu 2027');
    expect(humanDate(day('2027-08-29'), 'en')).toBe('29 Aug 2027');
    const k = (t: string, lang: 'en' | 'id'): string => humanKDate(parseDate(t) as KDate, lang);
    expect(k('~1990', 'en')).toBe('c. 1990');
    expect(k('..2017-06', 'id')).toBe('paling lambat Jun 2017');
    expect(k('2017-06..', 'en')).toBe('Jun 2017 or later');
    expect(k('1997..1998', 'en')).toBe('1997–1998');
  });

  it('a span of days says its month and year once where both ends share them, in both languages', () => {
    const k = (t: string, lang: 'en' | 'id'): string => humanKDate(parseDate(t) as KDate, lang);
    expect(k('2026-12-09..2026-12-30', 'en')).toBe('9–30 Dec 2026');
    expect(k('2026-12-09..2026-12-30', 'id')).toBe('9–30 Des 2026');
    expect(k('2026-11-09..2026-12-30', 'en')).toBe('9 Nov–30 Dec 2026');
    expect(k('2026-08-09..2026-12-30', 'id')).toBe('9 Agu–30 Des 2026');
    expect(k('2026-12-09..2027-01-30', 'en')).toBe('9 Dec 2026–30 Jan 2027');
    expect(k('2026-11..2026-12', 'id')).toBe('Nov–Des 2026');
    expect(k('2026-12..2027-01', 'en')).toBe('Dec 2026–Jan 2027');
    // Ends of different precision, each as it is.
    expect(k('2026-11..2026-12-30', 'en')).toBe('Nov 2026–30 Dec 2026');
    expect(k('2026..2026-12-30', 'en')).toBe('2026–30 Dec 2026');
  });
});

describe('dates: adding durations', () => {
  it('days are days, across month and year ends and leap days', () => {
    expect(plus('2024-02-28', { count: 1, unit: 'd' })).toBe('2024-02-29');
    expect(plus('2023-02-28', { count: 1, unit: 'd' })).toBe('2023-03-01');
    expect(plus('2024-12-31', { count: 1, unit: 'd' })).toBe('2025-01-01');
    expect(plus('2024-03-01', { count: 1, unit: 'd' }, -1)).toBe('2024-02-29');
    expect(plus('2024-01-01', { count: 366, unit: 'd' })).toBe('2025-01-01');
    expect(plus('2025-01-01', { count: 90, unit: 'd' }, -1)).toBe('2024-10-03');
  });

  it('months and years clamp to the end of a shorter month, forwards and backwards', () => {
    expect(plus('2024-03-31', { count: 1, unit: 'm' }, -1)).toBe('2024-02-29');
    expect(plus('2025-03-31', { count: 1, unit: 'm' }, -1)).toBe('2025-02-28');
    expect(plus('2024-08-31', { count: 6, unit: 'm' })).toBe('2025-02-28');
    expect(plus('2024-10-31', { count: 18, unit: 'm' }, -1)).toBe('2023-04-30');
    expect(plus('2024-02-29', { count: 1, unit: 'y' }, -1)).toBe('2023-02-28');
    expect(plus('2024-02-29', { count: 4, unit: 'y' }, -1)).toBe('2020-02-29');
    expect(plus('2096-02-29', { count: 4, unit: 'y' })).toBe('2100-02-28');
    expect(plus('2024-01-15', { count: 12, unit: 'm' })).toBe(plus('2024-01-15', { count: 1, unit: 'y' }));
    expect(plus('2024-12-15', { count: 1, unit: 'm' })).toBe('2025-01-15');
    expect(plus('2025-01-15', { count: 1, unit: 'm' }, -1)).toBe('2024-12-15');
  });
});

describe('dates: a duration as a clerk writes it', () => {
  it('a setting as written (180d, 6m, 1y) or a duration, in days, months or years as written, in both languages; other text as it is', () => {
    expect([durationWords('180d', 'en'), durationWords('180d', 'id')]).toEqual(['180 days', '180 hari']);
    expect([durationWords('6m', 'en'), durationWords('6m', 'id')]).toEqual(['6 months', '6 bulan']);
    expect([durationWords({ count: 1, unit: 'y' }, 'en'), durationWords({ count: 1, unit: 'y' }, 'id')]).toEqual(['1 year', '1 tahun']);
    expect(durationWords('sometime', 'en')).toBe('sometime');
  });
});

describe('dates: today in a time zone', () => {
  // 16:30 UTC on 31 December 2025 is 11:30 in New York, 23:30 in Jakarta and 06:30 next day in Kiritimati (UTC+14).
  const now = new Date(Date.UTC(2025, 11, 31, 16, 30));
  it('is the calendar day there, whatever the machine\'s zone', () => {
    expect(iso(todayIn('America/New_York', now))).toBe('2025-12-31');
    expect(iso(todayIn('Asia/Jakarta', now))).toBe('2025-12-31');
    expect(iso(todayIn('Pacific/Kiritimati', now))).toBe('2026-01-01');
    expect(iso(todayIn('Asia/Jakarta', new Date(Date.UTC(2024, 1, 28, 17, 0))))).toBe('2024-02-29');
    expect(iso(todayIn('America/New_York', new Date(Date.UTC(2024, 2, 1, 4, 59))))).toBe('2024-02-29');
  });

  // Indonesia's zones and UTC are answered from a table, not Intl (src/model/dates.ts): held here to what
  // the time zone database of the running Node says, day and offset, from 1990 to 2200.
  it('the zones known without Intl give Intl\'s offset and day at any instant from 1990 on', () => {
    const zones = [...fixedZones().keys()];
    expect(zones).toEqual(expect.arrayContaining(['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura']));
    const intlDay = (tz: string, ms: number): string =>
      new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2200, 0, 1) }), (tz, ms) => {
        expect(offsetAt(tz, ms)).toBe(intlOffsetAt(tz, ms));
        expect(iso(todayIn(tz, new Date(ms)))).toBe(intlDay(tz, ms));
        expect(isValidTimeZone(tz)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // Each zone just before and after every local midnight of a year, where a wrong offset shows first.
    for (const tz of zones) {
      for (let d = dayNumber(2026, 1, 1); d < dayNumber(2027, 1, 1); d++) {
        for (const ms of [d * 86_400_000 - fixedZones().get(tz)! * 60_000 - 1, d * 86_400_000 - fixedZones().get(tz)! * 60_000]) {
          expect(iso(todayIn(tz, new Date(ms))), `${tz} ${ms}`).toBe(intlDay(tz, ms));
        }
      }
    }
    // Before 1990 Intl answers: Pontianak was UTC+8 until 1988.
    expect(offsetAt('Asia/Pontianak', Date.UTC(1980, 0, 1))).toBe(480);
  });
});

describe('dates: properties', () => {
  const ymd = fc
    .record({ y: fc.integer({ min: 1800, max: 2999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysInMonth(y, m)) }));
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

  it('iso(parseDate(text).first) is text for every valid day', () =>
    fc.assert(
      fc.property(ymd, ({ y, m, d }) => {
        const text = `${y}-${pad(m)}-${pad(d)}`;
        const k = parseDate(text);
        expect(k?.precision).toBe('day');
        expect(k && iso(k.first)).toBe(text);
        expect(k?.last).toBe(k?.first);
      }),
      { numRuns: RUNS },
    ));

  it('a month or a year covers exactly its days', () =>
    fc.assert(
      fc.property(ymd, ({ y, m }) => {
        const month = parseDate(`${y}-${pad(m)}`);
        expect(month && [iso(month.first), iso(month.last)]).toEqual([`${y}-${pad(m)}-01`, `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`]);
        const year = parseDate(String(y));
        expect(year && [iso(year.first), iso(year.last)]).toEqual([`${y}-01-01`, `${y}-12-31`]);
      }),
      { numRuns: RUNS },
    ));

  it('days that do not exist are refused', () =>
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9 }), (y, m, extra) => {
        expect(parseDate(`${y}-${pad(m)}-${pad(daysInMonth(y, m) + extra)}`)).toBeUndefined();
      }),
      { numRuns: RUNS },
    ));

  it('adding months clamps to the end of a shorter month', () =>
    fc.assert(
      fc.property(ymd, fc.integer({ min: 1, max: 240 }), ({ y, m, d }, n) => {
        const got = civil(addDuration(dayNumber(y, m, d), { count: n, unit: 'm' }));
        const total = y * 12 + (m - 1) + n;
        const ty = Math.floor(total / 12);
        const tm = (total % 12) + 1;
        expect(got).toEqual({ year: ty, month: tm, day: Math.min(d, daysInMonth(ty, tm)) });
      }),
      { numRuns: RUNS },
    ));

  it('adding and then subtracting days is the identity', () =>
    fc.assert(
      fc.property(ymd, fc.integer({ min: 1, max: 9999 }), ({ y, m, d }, n) => {
        const start = dayNumber(y, m, d);
        expect(addDuration(addDuration(start, { count: n, unit: 'd' }), { count: n, unit: 'd' }, -1)).toBe(start);
      }),
      { numRuns: RUNS },
    ));

  it('31 January + 1 month is the last day of February, in leap and common years', () => {
    const plusMonth = (text: string): string => iso(addDuration(parseDate(text)?.first ?? NaN, { count: 1, unit: 'm' }));
    expect(plusMonth('2023-01-31')).toBe('2023-02-28');
    expect(plusMonth('2024-01-31')).toBe('2024-02-29');
    expect(plusMonth('1900-01-31')).toBe('1900-02-28');
    expect(plusMonth('2000-01-31')).toBe('2000-02-29');
    expect(plusMonth('2024-03-31')).toBe('2024-04-30');
    const plusYears = (text: string, n: number): string => iso(addDuration(parseDate(text)?.first ?? NaN, { count: n, unit: 'y' }));
    expect(plusYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(plusYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(iso(addDuration(parseDate('2024-03-31')?.first ?? NaN, { count: 1, unit: 'm' }, -1))).toBe('2024-02-29');
  });
});
