// Dates as people write them by hand: 29/08/2027, 29-08-2027, 29 Agustus 2027, Agustus 2027, ± 1990,
// "paling lambat 29/08/2027", "2022 s.d. 2027", read as the register's dates (model/dates.ts). Day first, as
// Indonesian offices write; a text only a month-first reading makes a date, or a two-digit year, is not
// read (a guess would be worse than nothing). Pure. Used by kerjasama import for a sheet's cells, and by
// the messages that refuse a date so written in a record or a flag, to say which date it is in the
// register's form. The month names it reads are in written.data.ts.

import { daysInMonth, parseDate } from './dates.js';
import { MONTH_NAMES, MONTH_WORDS, NO_END, NUMBER_WORDS, UNKNOWN_WORDS, YEAR_WORDS, ZONE_NAMES } from './written.data.js';

const MONTH: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const WEEKDAY = /^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*/i;

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
export const validYear = (y: number): boolean => y >= 1800 && y <= 2999;

/** One date without "about" or ranges: d/m/y, d-m-y, d.m.y, "29 Agustus 2027", "Agustus 2027", ISO, a year. */
export function simpleDate(text: string): string | undefined {
  const t = text.trim().replace(WEEKDAY, '').replace(/\s+/g, ' ');
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(t)) return parseDate(t) ? t : undefined;
  let m = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/.exec(t);
  if (m) {
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const y = Number(m[4]);
    // Day first, as Indonesian offices write; a text only month-first could mean is not guessed at.
    if (!validYear(y) || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
    return ymd(y, mo, d);
  }
  m = /^(\d{4})\s*([/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[3]);
    const d = Number(m[4]);
    if (!validYear(y) || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
    return ymd(y, mo, d);
  }
  m = /^(?:(\d{1,2})(?:\s+|\s*[-/]\s*))?([\p{L}]+)\.?(?:\s+|\s*[-/]\s*)(\d{4})$/u.exec(t);
  if (m) {
    const mo = MONTH.get((m[2] as string).toLowerCase());
    const y = Number(m[3]);
    if (mo === undefined || !validYear(y)) return undefined;
    if (m[1] === undefined) return `${y}-${pad(mo)}`;
    const d = Number(m[1]);
    if (d < 1 || d > daysInMonth(y, mo)) return undefined;
    return ymd(y, mo, d);
  }
  m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (m) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    return mo >= 1 && mo <= 12 && validYear(y) ? `${y}-${pad(mo)}` : undefined;
  }
  return undefined;
}

const APPROX = /^(±|\+\/-|\+-|~|sekitar|kurang lebih|kira-kira|kira kira|circa|ca\.?|c\.|approx\.?|about|around)\s*/i;
const BY = /^(paling lambat|selambat-lambatnya|by|on or before|sebelum atau pada)\s+/i;
const AFTER = /\s+(atau sesudahnya|atau setelahnya|or later|and later)$/i;
const SINCE = /^(sejak|since|on or after|mulai)\s+/i;
export const RANGE = /\s*(?:\.\.|–|—|\bs\/d\b|\bs\.d\.?|\bsd\b|\bsampai dengan\b|\bsampai\b|\bhingga\b|\batau\b|\bor\b|\bto\b|\buntil\b|\s-\s)\s*/i;

/** A date as written by hand, as a date of the register; undefined when it cannot be read without a guess. */
/** A date written by hand that is not in the register's form (31/12/2025, 12 Maret 2026), in that form, for a hint; else undefined. */
export function writtenAsDate(text: string): string | undefined {
  const d = textDate(text.replace(/\s+/g, ' ').trim());
  return d !== undefined && d !== text && parseDate(d) ? d : undefined;
}

/**
 * A day written day first (31/02/2025, 31 Februari 2025) that the calendar does not have, month and year
 * being right: the day in the register's form (2025-02-31), for the hint to say why it is refused. Undefined
 * for anything else (a date that exists is writtenAsDate's; a month past 12 is not guessed at).
 */
export function writtenAsNoDay(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim().replace(WEEKDAY, '');
  const num = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/.exec(t);
  const named = num ? undefined : /^(\d{1,2})\s+([\p{L}]+)\.?\s+(\d{4})$/u.exec(t);
  const [d, mo, y] = num ? [Number(num[1]), Number(num[3]), Number(num[4])] : named ? [Number(named[1]), MONTH.get((named[2] as string).toLowerCase()), Number(named[3])] : [];
  if (d === undefined || mo === undefined || y === undefined || !validYear(y) || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return d > daysInMonth(y, mo) ? ymd(y, mo, d) : undefined;
}

export function textDate(text: string): string | undefined {
  if (parseDate(text)) return text;
  const approx = APPROX.exec(text);
  if (approx) {
    const d = simpleDate(text.slice(approx[0].length));
    // ~ takes a year or a month; "about 29 August 1990" is read as about August 1990.
    return d ? `~${d.slice(0, 7)}` : undefined;
  }
  const by = BY.exec(text);
  if (by) {
    const d = simpleDate(text.slice(by[0].length));
    return d ? `..${d}` : undefined;
  }
  const since = SINCE.exec(text);
  const after = AFTER.exec(text);
  if (since || after) {
    const d = simpleDate(since ? text.slice(since[0].length) : text.slice(0, after?.index));
    return d ? `${d}..` : undefined;
  }
  const single = simpleDate(text);
  if (single) return single;
  const parts = text.split(RANGE);
  if (parts.length === 2) {
    const a = simpleDate(parts[0] as string);
    const b = simpleDate(parts[1] as string);
    if (a && b && parseDate(`${a}..${b}`)) return `${a}..${b}`;
  }
  return undefined;
}

/**
 * An amount written with thousands separators or a currency, as people write money (1.500.000, Rp 1.500.000,
 * 1,500,000, 1.500.000,50): the number it is. Only a text with separators in both readings' places is read:
 * 1.500 may be one and a half or fifteen hundred, and is not guessed at.
 */
export function amountAsWritten(text: string): number | undefined {
  const t = text.trim().replace(/^(rp\.?|idr|usd|jpy|eur|\$|¥|€)\s*/i, '').replace(/\s*(rupiah|,-|\.-)$/i, '').trim();
  let m = /^(\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:\.\d{3})+(?=,))(?:,(\d+))?$/.exec(t);
  if (m) return Number(`${(m[1] as string).replace(/\./g, '')}${m[2] ? `.${m[2]}` : ''}`);
  m = /^(\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+(?=\.))(?:\.(\d+))?$/.exec(t);
  if (m) return Number(`${(m[1] as string).replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
  // A currency before a plain number (Rp 1500000) or one group (Rp 150.000 is not one and a half hundred rupiah).
  if (t !== text.trim()) {
    if (/^\d+$/.test(t)) return Number(t);
    m = /^(\d{1,3})\.(\d{3})$/.exec(t);
    if (m) return Number(`${m[1]}${m[2]}`);
  }
  return undefined;
}

/** Lower case, accents and punctuation removed, single spaces: the form names are compared in. */
export function fold(text: string): string {
  let folded = foldMemo.get(text);
  if (folded === undefined) {
    // Most cells are plain ASCII: the same result without Unicode normalisation.
    folded = /^[\x20-\x7e]*$/.test(text)
      ? text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()
      : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (foldMemo.size > 20_000) foldMemo.clear();
    foldMemo.set(text, folded);
  }
  return folded;
}
/** fold runs several times on every cell of an imported sheet's rows (and on the same names): each text folded once. */
const foldMemo = new Map<string, string>();

/**
 * A term as written: "5 tahun", "5 (lima) tahun", "selama lima tahun", "60 bulan", "5 years", "5y" →
 * 5y, 60m; "tanpa batas waktu" → none; undefined for anything else. A bare number has no unit and is not read.
 */
export function textTerm(text: string): string | undefined {
  const raw = text.replace(/\s+/g, ' ').trim();
  if (/^[1-9][0-9]{0,2}[my]$/.test(raw)) return raw;
  const t = fold(raw).replace(/^(selama|jangka waktu|masa berlaku|for|berlaku)\s+/, '');
  if (NO_END.has(t)) return 'none';
  // "5 tahun", "5th", "5 (lima) tahun" (folded: "5 lima tahun"), "lima tahun".
  const glued = /^(\d{1,3})([a-z]+)$/.exec(t);
  const m: Array<string | undefined> | null = glued ? [glued[0], glued[1], undefined, glued[2]] : /^(\d{1,3})(?:\s+([a-z ]+?))?\s+([a-z]+)$/.exec(t) ?? /^()([a-z ]+?)\s+([a-z]+)$/.exec(t);
  if (!m) return undefined;
  let n = m[1] ? Number(m[1]) : undefined;
  const words = m[2]?.trim();
  if (words) {
    const w = NUMBER_WORDS[words];
    if (w === undefined) return undefined;
    // "5 (lima) tahun": the number and the word must agree; "lima tahun": the word alone.
    if (n !== undefined && n !== w) return undefined;
    n = w;
  }
  const unit = m[3] as string;
  if (n === undefined || n < 1 || n > 999) return undefined;
  if (YEAR_WORDS.has(unit)) return `${n}y`;
  if (MONTH_WORDS.has(unit)) return `${n}m`;
  return undefined;
}

/** The IANA time zone a zone's Indonesian name means (WIB: Asia/Jakarta, wita: Asia/Makassar); else undefined. */
export function zoneByWords(text: string): string | undefined {
  const k = text.trim().toLowerCase();
  return Object.hasOwn(ZONE_NAMES, k) ? ZONE_NAMES[k] : undefined;
}

/** Whether a text says that nobody knows the value (unknown, tidak diketahui, ?). */
export function saysUnknown(text: string): boolean {
  return text.trim() !== '' && UNKNOWN_WORDS.has(fold(text));
}
