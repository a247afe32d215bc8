// Reporting periods (kerjasama report periodic --period): a year (2026), a half-year (2026-S1, 2026-S2;
// 2026-H1 is read the same),
// a quarter (2026-Q3), a month (2026-03), or any two days FROM..TO (2026-01-01..2026-03-31, or months and
// years as the register writes them: 2026-01..2026-03). A period is the days it covers, first and last;
// without --period, the last whole period of the register's reporting frequency before the day.

import { civil, daysInMonth, dayNumber, iso, parseDate } from './dates.js';
import type { Frequency } from './types.js';

export type PeriodKind = 'year' | 'semester' | 'quarter' | 'month' | 'range';

export interface Period {
  readonly kind: PeriodKind;
  /** As written (2026-S1), or for a range its two ISO days. */
  readonly text: string;
  readonly year: number;
  /** The half, quarter or month (1-based); 0 for a year or a range. */
  readonly part: number;
  readonly from: number;
  readonly to: number;
}

const monthsOf = (year: number, first: number, last: number): { from: number; to: number } => ({ from: dayNumber(year, first, 1), to: dayNumber(year, last, daysInMonth(year, last)) });

/** The period a text names; undefined when it names none (a usage error names the forms). */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    return year >= 1800 && year <= 2999 ? { kind: 'year', text: t, year, part: 0, ...monthsOf(year, 1, 12) } : undefined;
  }
  // S1/S2 (semester; H1/H2 as English writes a half-year) or Q1–Q4.
  m = /^(\d{4})-([SsHhQq])([1-4])$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    const part = Number(m[3]);
    const semester = (m[2] as string).toUpperCase() !== 'Q';
    if (year < 1800 || year > 2999 || (semester && part > 2)) return undefined;
    const first = semester ? (part - 1) * 6 + 1 : (part - 1) * 3 + 1;
    return { kind: semester ? 'semester' : 'quarter', text: `${year}-${semester ? 'S' : 'Q'}${part}`, year, part, ...monthsOf(year, first, first + (semester ? 5 : 2)) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (year < 1800 || year > 2999 || month < 1 || month > 12) return undefined;
    return { kind: 'month', text: t, year, part: month, ...monthsOf(year, month, month) };
  }
  const dots = t.indexOf('..');
  if (dots > 0 && dots < t.length - 2) {
    const a = parseDate(t.slice(0, dots));
    const b = parseDate(t.slice(dots + 2));
    if (!a || !b || a.open || b.open || a.precision === 'approx' || b.precision === 'approx' || a.precision === 'range' || b.precision === 'range' || b.last < a.first) return undefined;
    return { kind: 'range', text: `${iso(a.first)}..${iso(b.last)}`, year: civil(a.first).year, part: 0, from: a.first, to: b.last };
  }
  return undefined;
}

/** The last whole period of a frequency that ends before the day (on 2026-11-22, semester: 2026-S1). */
export function previousPeriod(frequency: Frequency, day: number): Period {
  const { year, month } = civil(day);
  const size = frequency === 'year' ? 12 : frequency === 'semester' ? 6 : frequency === 'quarter' ? 3 : 1;
  // The period that holds the day starts at this month index (0-based from year 0); the one before it is wanted.
  let index = Math.floor((year * 12 + month - 1) / size) * size - size;
  const y = Math.floor(index / 12);
  index -= y * 12;
  const part = index / size + 1;
  const text = frequency === 'year' ? String(y) : frequency === 'semester' ? `${y}-S${part}` : frequency === 'quarter' ? `${y}-Q${part}` : `${y}-${String(part).padStart(2, '0')}`;
  return parsePeriod(text) as Period;
}
