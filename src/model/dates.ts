// Calendar dates without time zones. A date is an integer day number (days since 1970-01-01);
// a partial date (YYYY or YYYY-MM) is the range of days it may mean. All arithmetic is UTC-based
// integer maths, so no date ever shifts with the machine's time zone.

export type Precision = 'day' | 'month' | 'year';

/** A parsed date from a record: `first` and `last` are the earliest and latest day it can mean. */
export interface KDate {
  readonly text: string;
  readonly precision: Precision;
  readonly first: number;
  readonly last: number;
}

export interface Duration {
  readonly count: number;
  readonly unit: 'd' | 'm' | 'y';
}

const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function civil(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses YYYY-MM-DD, YYYY-MM or YYYY; undefined when it is not a real calendar date. */
export function parseDate(text: string): KDate | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1800 || year > 2999) return undefined;
  if (m[2] === undefined) {
    return { text, precision: 'year', first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) {
    return { text, precision: 'month', first: dayNumber(year, month, 1), last: dayNumber(year, month, daysInMonth(year, month)) };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const n = dayNumber(year, month, day);
  return { text, precision: 'day', first: n, last: n };
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

/** Adds a duration; month and year steps clamp to the end of a shorter month (31 Jan + 1m = 28/29 Feb). */
export function addDuration(dayNum: number, dur: Duration, sign: 1 | -1 = 1): number {
  if (dur.unit === 'd') return dayNum + sign * dur.count;
  const months = sign * (dur.unit === 'y' ? dur.count * 12 : dur.count);
  const { year, month, day: d } = civil(dayNum);
  const total = year * 12 + (month - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function formatDuration(dur: Duration, lang: 'en' | 'id'): string {
  const words = lang === 'id' ? { d: 'hari', m: 'bulan', y: 'tahun' } : { d: ['day', 'days'], m: ['month', 'months'], y: ['year', 'years'] };
  const w = words[dur.unit];
  const word = typeof w === 'string' ? w : w[dur.count === 1 ? 0 : 1];
  return `${dur.count} ${word}`;
}

/** Today's calendar date in a time zone, from a given instant. Only the CLI layer passes the real clock. */
export function todayIn(timeZone: string, now: Date): number {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
  return dayNumber(get('year'), get('month'), get('day'));
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const MONTHS: Record<'en' | 'id', readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
};

/** A human date for tables: "29 Agu 2027" (id) or "29 Aug 2027" (en). */
export function humanDate(dayNum: number, lang: 'en' | 'id'): string {
  const { year, month, day: d } = civil(dayNum);
  return `${d} ${MONTHS[lang][month - 1]} ${year}`;
}

/** A partial date for tables, as precise as it is: "2028", "Sep 2028", "29 Sep 2028". */
export function humanKDate(k: KDate, lang: 'en' | 'id'): string {
  const { year, month } = civil(k.first);
  if (k.precision === 'year') return String(year);
  if (k.precision === 'month') return `${MONTHS[lang][month - 1]} ${year}`;
  return humanDate(k.first, lang);
}
