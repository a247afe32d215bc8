// Calendar dates without time zones. A date is an integer day number (days since 1970-01-01);
// a date as a record writes it is the range of days it may mean: an exact day, a month or a year,
// about a year or month (~1990), a range or either-or (1997..1998), or bounded on one side (..2017-06
// by June 2017; 2017-06.. in or after June 2017). The calendar arithmetic (months and years with
// end-of-month clamping, days in a month and so leap years, day differences, the civil date of a day
// number) is date-fns's, done on UTCDateMini values (@date-fns/utc), whose getters and setters are the
// UTC ones: no result depends on the machine's time zone (test/dates/tz.test.ts runs the date tests
// under three zones). Functions are imported one by one (date-fns/addMonths, …) so that start-up loads
// only what is used. The syntax is documented in docs/data-model.md ("Writing down what you don't
// know") and checked by the schema pattern DATE_PATTERN.

import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { millisecondsInDay } from 'date-fns/constants';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { DATE_WORDS, MONTH_NAMES, ZONE_MARKS } from './dates.words.js';
import { say } from './words.js';

export type Precision = 'day' | 'month' | 'year' | 'approx' | 'range';

/** A parsed date from a record: `first` and `last` are the earliest and latest day it can mean. */
export interface KDate {
  readonly text: string;
  readonly precision: Precision;
  readonly first: number;
  readonly last: number;
  /** Not one known day: a month, a year, approximate, a range or bounded. Every output marks such values. */
  readonly uncertain: boolean;
  /** A one-sided bound: `..X` (on or before X) or `X..` (in or after X). */
  readonly open?: 'before' | 'after';
}

export interface Duration {
  readonly count: number;
  readonly unit: 'd' | 'm' | 'y';
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The date syntax as a JSON Schema pattern (editors check it as the user types; the loader then checks
 * that the days exist). A test keeps schemas/defs.schema.json's date pattern equal to it.
 */
const D = '[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?';
export const DATE_PATTERN = `^(${D}|~[0-9]{4}(-(0[1-9]|1[0-2]))?|${D}\\.\\.(${D})?|\\.\\.${D})$`;

/** A date whose getters and setters are UTC's, so date-fns reads and writes it in UTC only. */
type UTCDay = InstanceType<typeof UTCDateMini>;

/** Day 0: 1970-01-01, midnight UTC. */
const EPOCH = new UTCDateMini(1970, 0, 1);

/** A day number as midnight UTC of that day (built directly: addDays(EPOCH, n) gives the same at twice the cost). */
function utcDate(dayNum: number): UTCDay {
  return new UTCDateMini(dayNum * millisecondsInDay);
}

/**
 * Remembers a result of date-fns per month, by month index (year × 12 + month − 1). date-fns costs
 * microseconds a call (a few UTC dates built each time) and a register has a few hundred distinct
 * months, so each month is worked out once; only the schema's years are kept.
 */
function perMonth(compute: (year: number, month: number) => number): (year: number, month: number) => number {
  const known = new Map<number, number>();
  return (year, month) => {
    const key = year * 12 + month - 1;
    let n = known.get(key);
    if (n === undefined) {
      n = compute(year, month);
      if (year >= 1800 && year <= 2999) known.set(key, n);
    }
    return n;
  };
}

/** The day number of the first of a month: its difference in calendar days from the epoch. */
const monthStart = perMonth((year, month) => differenceInCalendarDays(new UTCDateMini(year, month - 1, 1), EPOCH));

/** The day number of a UTC date (its calendar day). */
function dayOf(date: UTCDay): number {
  return dayNumber(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The day `day` of a month is day − 1 days after the first of that month. */
export function dayNumber(year: number, month: number, day: number): number {
  return monthStart(year, month) + day - 1;
}

export function civil(day: number): { year: number; month: number; day: number } {
  const d = utcDate(day);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

const monthDays = perMonth((year, month) => getDaysInMonth(new UTCDateMini(year, month - 1, 1)));

/** 28 to 31; February has 29 days in leap years (every fourth, but not 1900 or 2100; 2000 is). */
export function daysInMonth(year: number, month: number): number {
  return monthDays(year, month);
}

/** The earliest and latest days any date may mean (the schema's year range). */
export const MIN_DAY = dayNumber(1800, 1, 1);
export const MAX_DAY = dayNumber(2999, 12, 31);

/** YYYY-MM-DD, YYYY-MM or YYYY as the days it may mean; undefined when it is not a real calendar date. */
function parseSimple(text: string): KDate | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1800 || year > 2999) return undefined;
  if (m[2] === undefined) {
    return { text, precision: 'year', first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31), uncertain: true };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) {
    return { text, precision: 'month', first: dayNumber(year, month, 1), last: dayNumber(year, month, daysInMonth(year, month)), uncertain: true };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const n = dayNumber(year, month, day);
  return { text, precision: 'day', first: n, last: n, uncertain: false };
}

/**
 * Parses a date in any of the forms a record may use; undefined when it is not one, or names a day
 * that does not exist, or a range runs backwards.
 * - `~1990` is 1989..1991 and `~1990-06` is 1990-05..1990-07: one year (or month) either side.
 * - `1997..1998` is any day from the first day of 1997 to the last of 1998 ("1997 or 1998" too).
 * - `..2017-06` is on or before 30 June 2017; `2017-06..` is on or after 1 June 2017.
 */
export function parseDate(text: string): KDate | undefined {
  // A register repeats the same few thousand dates: each text is parsed once (KDate is read-only).
  let d = parsed.get(text);
  if (d === undefined && !parsed.has(text)) {
    d = parseUncached(text);
    if (parsed.size >= MEMO_MAX) parsed.clear();
    parsed.set(text, d);
  }
  return d;
}

/** Memos of parseDate and addDuration, emptied when this full (a bound on memory, not on correctness). */
const MEMO_MAX = 100_000;
const parsed = new Map<string, KDate | undefined>();
const added = new Map<number, number>();

function parseUncached(text: string): KDate | undefined {
  if (text.startsWith('~')) {
    const d = parseSimple(text.slice(1));
    if (!d || d.precision === 'day') return undefined;
    const unit: Duration = { count: 1, unit: d.precision === 'year' ? 'y' : 'm' };
    const first = Math.max(MIN_DAY, addDuration(d.first, unit, -1));
    const last = Math.min(MAX_DAY, addDuration(d.last + 1, unit) - 1);
    return { text, precision: 'approx', first, last, uncertain: true };
  }
  const dots = text.indexOf('..');
  if (dots < 0) return parseSimple(text);
  const a = text.slice(0, dots);
  const b = text.slice(dots + 2);
  if (a === '' && b === '') return undefined;
  const from = a === '' ? undefined : parseSimple(a);
  const to = b === '' ? undefined : parseSimple(b);
  if ((a !== '' && !from) || (b !== '' && !to)) return undefined;
  const first = from?.first ?? MIN_DAY;
  const last = to?.last ?? MAX_DAY;
  if (from && to && to.first < from.first) return undefined;
  return { text, precision: 'range', first, last, uncertain: true, ...(from ? (to ? {} : { open: 'after' as const }) : { open: 'before' as const }) };
}

/** A range of days as a date text: one day, or first..last. */
export function rangeDate(first: number, last: number): KDate {
  if (first === last) return { text: iso(first), precision: 'day', first, last, uncertain: false };
  return { text: `${iso(first)}..${iso(last)}`, precision: 'range', first, last, uncertain: true };
}

/**
 * The days first..last as a date written as briefly as it is exact: a day, `2020-03`, `2020`, or a range
 * of months or years (`2000..2002`) when it runs from the first of one to the last of another; else
 * `2020-02-29..2020-03-30`.
 */
export function compactRange(first: number, last: number): KDate {
  const a = civil(first);
  const b = civil(last);
  const endOfMonth = civil(last + 1).day === 1;
  let text: string | undefined;
  if (a.day === 1 && endOfMonth) {
    const wholeYears = a.month === 1 && b.month === 12;
    const side = (c: { year: number; month: number }): string => (wholeYears ? String(c.year) : `${c.year}-${String(c.month).padStart(2, '0')}`);
    text = side(a) === side(b) ? side(a) : `${side(a)}..${side(b)}`;
  }
  const k = text ? parseDate(text) : undefined;
  return k && k.first === first && k.last === last ? k : rangeDate(first, last);
}

export function isValidDate(text: string): boolean {
  return parseDate(text) !== undefined;
}

/** A full date (YYYY-MM-DD) as a day number; throws only on programmer error, never for user data. */
export function day(text: string): number {
  const d = parseDate(text);
  if (!d || d.precision !== 'day') throw new Error(`not a full date: ${text}`);
  return d.first;
}

export function iso(dayNum: number): string {
  const { year, month, day: d } = civil(dayNum);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses 90d, 6m, 5y. */
export function parseDuration(text: string): Duration | undefined {
  const m = /^([1-9][0-9]{0,3})([dmy])$/.exec(text.trim());
  if (!m) return undefined;
  return { count: Number(m[1]), unit: m[2] as Duration['unit'] };
}

/**
 * Adds a duration; month and year steps clamp to the end of a shorter month (31 Jan + 1m = 28/29 Feb,
 * 29 Feb + 1y = 28 Feb). Days are day numbers, so a step of days is a sum.
 */
export function addDuration(dayNum: number, dur: Duration, sign: 1 | -1 = 1): number {
  if (dur.unit === 'd') return dayNum + sign * dur.count;
  const steps = sign * dur.count;
  const add = dur.unit === 'y' ? addYears : addMonths;
  // A whole day number and fewer than 20,000 steps: one number keys the memo, with no two alike.
  if (!Number.isSafeInteger(dayNum) || Math.abs(dayNum) > 100_000_000 || !Number.isInteger(steps) || Math.abs(steps) >= 20_000) return dayOf(add(utcDate(dayNum), steps));
  const key = ((dayNum + 100_000_000) * 40_000 + (steps + 20_000)) * 2 + (dur.unit === 'y' ? 1 : 0);
  let n = added.get(key);
  if (n === undefined) {
    n = dayOf(add(utcDate(dayNum), steps));
    if (added.size >= MEMO_MAX) added.clear();
    added.set(key, n);
  }
  return n;
}

/** A duration as written in a register: 90d, 6m, 5y. */
export function durationText(dur: Duration): string {
  return `${dur.count}${dur.unit}`;
}

export function formatDuration(dur: Duration, lang: 'en' | 'id'): string {
  return say(DATE_WORDS, lang, `period.${dur.unit}`, { n: dur.count });
}

/**
 * A duration as a clerk writes it (180 hari, 6 months, 1 year), from a duration or a setting as written
 * (stale_after: 180d): in the unit it is written in. Text that is not a duration, as it is.
 */
export function durationWords(d: Duration | string, lang: 'en' | 'id'): string {
  const x = typeof d === 'string' ? parseDuration(d) : d;
  return x ? formatDuration(x, lang) : String(d);
}

/** Today's calendar date in a time zone, from a given instant. Only the CLI layer passes the real clock. */
export function todayIn(timeZone: string, now: Date): number {
  const ms = now.getTime();
  return Math.floor((ms + offsetAt(timeZone, ms) * 60_000) / millisecondsInDay);
}

/**
 * Zones whose offset from UTC has not changed since 1990 and has no daylight saving: Indonesia's three
 * (WIB, WITA, WIT; Pontianak moved to WIB in 1988) and UTC, in minutes. A register names one of them in
 * almost every case, and their offsets need no ICU: building the first Intl.DateTimeFormat of a run costs
 * 20–60 ms, more than the rest of a small validate. Any other zone, and any instant before 1990, is
 * Intl's. test/datesTz.test.ts holds the table to Intl's answer on the running Node, so a change of
 * Indonesia's time zones in the time zone database fails the tests before it can give a wrong day.
 */
const FIXED_ZONES: ReadonlyMap<string, number> = new Map([
  ['Asia/Jakarta', 420], ['Asia/Pontianak', 420], ['Asia/Makassar', 480], ['Asia/Jayapura', 540], ['UTC', 0], ['Etc/UTC', 0],
]);
/** 1990-01-01T00:00:00Z: the fixed offsets above hold from then on. */
const FIXED_SINCE_MS = 631_152_000_000;

/** The zones whose offsets are known without Intl (for the test that holds them to Intl's). */
export const fixedZones = (): ReadonlyMap<string, number> => FIXED_ZONES;

/** One formatter per time zone: building one costs far more than using it. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** A time zone's offset from UTC at an instant, in minutes (+420 for Asia/Jakarta). */
export function offsetAt(timeZone: string, epochMs: number): number {
  const fixed = FIXED_ZONES.get(timeZone);
  if (fixed !== undefined && epochMs >= FIXED_SINCE_MS) return fixed;
  return intlOffsetAt(timeZone, epochMs);
}

/** A time zone's offset at an instant as Intl (ICU's time zone database) gives it. */
export function intlOffsetAt(timeZone: string, epochMs: number): number {
  let f = zoneFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    zoneFormats.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(epochMs));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((local - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** The instant (seconds since the epoch) a day begins in a time zone: its local midnight. */
export function dayStartIn(timeZone: string, dayNum: number): number {
  const midnightUtc = dayNum * millisecondsInDay;
  // The offset at the guess decides, then once more at the answer (a zone whose offset changes that day).
  let t = midnightUtc - offsetAt(timeZone, midnightUtc) * 60_000;
  t = midnightUtc - offsetAt(timeZone, t) * 60_000;
  return t / 1000;
}

/** The last second of a day in a time zone (23:59:59 local): "on or before that day" for commit dates. */
export function dayEndIn(timeZone: string, dayNum: number): number {
  return dayStartIn(timeZone, dayNum + 1) - 1;
}

/**
 * An instant (seconds since the epoch) as a time zone shows it: its day, ISO 8601 with the offset,
 * "YYYY-MM-DD HH:MM", and that with the zone's mark ("2026-03-05 09:30 WITA", "… UTC+05:45"), as a time
 * is shown to people.
 */
export function instantIn(timeZone: string, epochSeconds: number): Instant {
  // A history shows the same few thousand commits on many pages: each instant is worked out once.
  const key = `${timeZone}\0${epochSeconds}`;
  const known = instants.get(key);
  if (known) return known;
  if (instants.size > 100_000) instants.clear();
  const v = instantOnce(timeZone, epochSeconds);
  instants.set(key, v);
  return v;
}

export interface Instant { day: number; iso: string; text: string; zoned: string }

const instants = new Map<string, Instant>();

/** How a time in a zone says its zone: WIB, WITA, WIT for Indonesia's at their offsets, UTC, else UTC±HH:MM. */
export function zoneMark(timeZone: string, offsetMinutes: number): string {
  const known = ZONE_MARKS.get(timeZone);
  if (known !== undefined && known.offset === offsetMinutes) return known.mark;
  if (offsetMinutes === 0) return 'UTC';
  return `UTC${offsetText(offsetMinutes)}`;
}

function offsetText(off: number): string {
  const abs = Math.abs(off);
  return `${off < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function instantOnce(timeZone: string, epochSeconds: number): Instant {
  const ms = epochSeconds * 1000;
  const off = offsetAt(timeZone, ms);
  const local = new Date(ms + off * 60_000).toISOString();
  const date = local.slice(0, 10);
  const text = `${date} ${local.slice(11, 16)}`;
  return { day: Math.floor((ms + off * 60_000) / millisecondsInDay), iso: `${date}T${local.slice(11, 19)}${offsetText(off)}`, text, zoned: `${text} ${zoneMark(timeZone, off)}` };
}

/** Time zones already asked about: creating a DateTimeFormat costs milliseconds, and an aggregate asks once per member. */
const zoneValidity = new Map<string, boolean>();

export function isValidTimeZone(tz: string): boolean {
  if (FIXED_ZONES.has(tz)) return true;
  let ok = zoneValidity.get(tz);
  if (ok !== undefined) return ok;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    ok = true;
  } catch {
    ok = false;
  }
  if (zoneValidity.size < 1000) zoneValidity.set(tz, ok);
  return ok;
}

const MONTHS = MONTH_NAMES;

/**
 * Why a date written in the right form is refused, when it is: the first day in `text` the calendar does
 * not have (2024-02-30: "Feb 2024 has 29 days"; 2025-13-01: months are 01 to 12). Undefined when every
 * day written there exists (the form itself is then what is wrong).
 */
export function noSuchDay(text: string, lang: 'en' | 'id'): string | undefined {
  for (const m of text.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
    const [date, y, mo, d] = m as unknown as [string, string, string, string];
    const month = Number(mo);
    if (month < 1 || month > 12) return say(DATE_WORDS, lang, 'noSuchMonth', { date });
    const days = daysInMonth(Number(y), month);
    if (Number(d) < 1 || Number(d) > days) return say(DATE_WORDS, lang, 'noSuchDay', { date, month: `${MONTHS[lang][month - 1]} ${y}`, days });
  }
  return undefined;
}

/** A human date for tables: "29 Agu 2027" (id) or "29 Aug 2027" (en). */
export function humanDate(dayNum: number, lang: 'en' | 'id'): string {
  const { year, month, day: d } = civil(dayNum);
  return `${d} ${MONTHS[lang][month - 1]} ${year}`;
}

/**
 * A recorded date for tables, as precise as it is: "2028", "Sep 2028", "29 Sep 2028", "c. 1990"
 * ("± 1990"), "1997–1998", "by Jun 2017" ("paling lambat Jun 2017"), "Jun 2017 or later".
 */
export function humanKDate(k: KDate, lang: 'en' | 'id'): string {
  if (k.precision === 'day') return humanDate(k.first, lang);
  if (k.precision === 'approx') return say(DATE_WORDS, lang, 'approx', { date: humanKDate(parseDate(k.text.slice(1)) as KDate, lang) });
  if (k.precision === 'range') {
    const [a, b] = k.text.split('..') as [string, string];
    const side = (t: string, edge: number): string => {
      const d = parseDate(t);
      return d ? humanKDate(d, lang) : humanDate(edge, lang);
    };
    if (k.open === 'before') return say(DATE_WORDS, lang, 'by', { date: side(b, k.last) });
    if (k.open === 'after') return say(DATE_WORDS, lang, 'orLater', { date: side(a, k.first) });
    return humanSpan(parseDate(a) ?? { precision: 'day', first: k.first }, parseDate(b) ?? { precision: 'day', first: k.last }, () => `${side(a, k.first)}–${side(b, k.last)}`, lang);
  }
  const { year, month } = civil(k.first);
  if (k.precision === 'year') return String(year);
  return `${MONTHS[lang][month - 1]} ${year}`;
}

/**
 * Two ends of a span of days (or of months) written once for what they share, as a clerk writes them:
 * "9–30 Dec 2026", "9 Nov–30 Dec 2026", "Nov–Des 2026"; across a year, or with ends of different
 * precision, each end whole (`whole`: "9 Dec 2026–30 Jan 2027", "Nov 2026–30 Dec 2026").
 */
function humanSpan(a: Pick<KDate, 'precision' | 'first'>, b: Pick<KDate, 'precision' | 'first'>, whole: () => string, lang: 'en' | 'id'): string {
  if (a.precision !== b.precision || (a.precision !== 'day' && a.precision !== 'month')) return whole();
  const x = civil(a.first);
  const y = civil(b.first);
  if (x.year !== y.year) return whole();
  const month = (m: number): string => MONTHS[lang][m - 1] as string;
  if (a.precision === 'month') return `${month(x.month)}–${month(y.month)} ${y.year}`;
  if (x.month === y.month) return `${x.day}–${y.day} ${month(y.month)} ${y.year}`;
  return `${x.day} ${month(x.month)}–${y.day} ${month(y.month)} ${y.year}`;
}

/**
 * A date as a record writes it (2026-11-01, 2017-06, ~1990) in a sentence, as the tables write it
 * (humanKDate: "1 Nov 2026", "Jun 2017", "c. 1990"); any other text (a placeholder, `?`) as it is.
 */
export function humanText(text: string, lang: 'en' | 'id'): string {
  const k = parseDate(text);
  return k ? humanKDate(k, lang) : text;
}
