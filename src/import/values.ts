// Values as an office writes them in a spreadsheet, read into the register's forms. Pure functions, no
// I/O: dates (Excel date cells, serial numbers, 29/08/2027, 29 Agustus 2027, Agustus 2027, ± 1990),
// durations (5 tahun, 5 (lima) tahun, 60 bulan), document types and statuses from their Indonesian and
// English names, and countries to ISO codes. What cannot be read is never guessed: the parsers say
// "empty" or give back a problem, and the importer records the explicit unknown and lists the cell.

import { countryByWords } from '../model/countries.js';
import { civil, dayNumber, iso, parseDate } from '../model/dates.js';
import { fold, RANGE, simpleDate, textDate, textTerm, validYear } from '../model/written.js';
export { fold } from '../model/written.js';
import type { DeclaredStatus, DocumentType } from '../model/types.js';
import { BLANK, CATEGORY_NAMES, DOCUMENT_TYPE_NAMES, STATUS_NAMES } from './values.data.js';
export { CATEGORY_NAMES, COUNTRY_SYNONYMS, DOCUMENT_TYPE_NAMES, STATUS_NAMES } from './values.data.js';

/** One cell as the reader gives it: text, a number, a boolean, or a date cell (a day number). */
export type GridCell = null | string | number | boolean | { day: number };

/** A value read, nothing there, or a text the parser could not read (kept, to be listed and kept in notes). */
export type Read<T> = { value: T } | { empty: true } | { problem: string };


export function cellText(c: GridCell): string {
  if (c === null) return '';
  if (typeof c === 'object') return iso(c.day);
  return String(c).replace(/\s+/g, ' ').trim();
}

export function isBlank(c: GridCell): boolean {
  if (c === null) return true;
  return typeof c === 'string' && BLANK.has(fold(c));
}

// --- dates -------------------------------------------------------------------------------------------

/** Excel's day 0 in the 1900 system is 1899-12-30 (its serials count the non-existent 29 Feb 1900). */
const EXCEL_EPOCH = dayNumber(1899, 12, 30);

/**
 * A date as written in an office's sheet, as a date of the register (model/dates.ts). A number is a year
 * (1800–2999) or an Excel serial day; a date cell is its day. Two-digit years and texts that only a
 * month-first reading makes a date are not read (a guess would be worse than the unknown).
 */
export function readDate(c: GridCell): Read<string> {
  if (isBlank(c)) return { empty: true };
  if (typeof c === 'boolean') return { problem: String(c) };
  if (typeof c === 'object' && c !== null) {
    const { year } = civil(c.day);
    return validYear(year) ? { value: iso(c.day) } : { problem: iso(c.day) };
  }
  if (typeof c === 'number') {
    if (Number.isInteger(c) && validYear(c)) return { value: String(c) };
    const serial = Math.floor(c);
    const dayNum = EXCEL_EPOCH + serial;
    // Serials before 1 March 1900 count Excel's phantom 29 February; none are dates of this register.
    if (serial > 60 && validYear(civil(dayNum).year)) return { value: iso(dayNum) };
    return { problem: String(c) };
  }
  const text = (c as string).replace(/\s+/g, ' ').trim();
  const out = textDate(text);
  return out !== undefined && parseDate(out) ? { value: out } : { problem: text };
}

// --- durations ---------------------------------------------------------------------------------------

/**
 * A term as written: "5 tahun", "5 (lima) tahun", "selama lima tahun", "60 bulan", "5 years", "5y" →
 * 5y, 60m; "tanpa batas waktu" → none. A bare number has no unit and is not read.
 */
export function readTerm(c: GridCell): Read<string> {
  if (isBlank(c)) return { empty: true };
  if (typeof c !== 'string') return { problem: cellText(c) };
  const raw = c.replace(/\s+/g, ' ').trim();
  const term = textTerm(raw);
  return term === undefined ? { problem: raw } : { value: term };
}

/** "29/08/2022 s.d. 29/08/2027" in a term column: a start and an end. */
export function readPeriod(c: GridCell): { start: string; end: string } | undefined {
  if (typeof c !== 'string') return undefined;
  const parts = c.replace(/\s+/g, ' ').trim().split(RANGE);
  if (parts.length !== 2) return undefined;
  const a = simpleDate(parts[0] as string);
  const b = simpleDate(parts[1] as string);
  return a && b && /^\d{4}-\d{2}-\d{2}$/.test(a) && /^\d{4}-\d{2}-\d{2}$/.test(b) && parseDate(`${a}..${b}`) ? { start: a, end: b } : undefined;
}

// --- document types, statuses ------------------------------------------------------------------------

const hasPhrase = (text: string, phrase: string): boolean => ` ${text} `.includes(` ${phrase} `);

export function readDocumentType(c: GridCell): Read<DocumentType> {
  if (isBlank(c)) return { empty: true };
  const t = fold(cellText(c));
  for (const [type, names] of DOCUMENT_TYPE_NAMES) if (names.some((n) => hasPhrase(t, fold(n)))) return { value: type };
  return { problem: cellText(c) };
}

/** A title that starts with the name of its document says its type ("Kesepakatan Bersama antara …"). */
export function documentTypeOfTitle(title: string): DocumentType | undefined {
  const t = fold(title);
  for (const [type, prefixes] of TITLE_PREFIXES) if (prefixes.some((p) => t.startsWith(p))) return type;
  return undefined;
}

/**
 * What a title begins with when it names its document type: whole names and the common abbreviations,
 * folded, with the space after them; not two-letter ones (KB, NK), which begin other words' titles too.
 */
const TITLE_PREFIXES: ReadonlyArray<readonly [DocumentType, readonly string[]]> = DOCUMENT_TYPE_NAMES
  .filter(([type]) => type !== 'unknown')
  .map(([type, names]) => [type, names.filter((n) => n.length >= 5 || ['mou', 'loi', 'pks'].includes(n)).map((n) => `${fold(n)} `)] as const);

export function readStatus(c: GridCell): Read<DeclaredStatus> {
  if (isBlank(c)) return { empty: true };
  const t = fold(cellText(c));
  for (const [status, names] of STATUS_NAMES) if (names.some((n) => t === fold(n))) return { value: status };
  return { problem: cellText(c) };
}

export function readCategory(c: GridCell): Read<string> {
  if (isBlank(c)) return { empty: true };
  const t = fold(cellText(c));
  for (const [cat, names] of CATEGORY_NAMES) if (names.some((n) => t === fold(n))) return { value: cat };
  return { problem: cellText(c) };
}

// --- countries ---------------------------------------------------------------------------------------

/** "Jepang", "Japan", "JP", "Korea Selatan", "Tiongkok", "RRT" → the ISO 3166-1 code. */
export function readCountry(c: GridCell): Read<string> {
  if (isBlank(c)) return { empty: true };
  const raw = cellText(c);
  const code = countryByWords(raw);
  return code ? { value: code } : { problem: raw };
}

/** A list cell: items separated by new lines, semicolons, bullets or numbering ("1. …"). Commas too when `commas`. */
export function splitItems(c: GridCell, commas = true): string[] {
  if (isBlank(c)) return [];
  const raw = typeof c === 'string' ? c : cellText(c);
  const sep = commas ? /\r?\n|;|,|•|·|\s\d{1,2}[.)]\s/ : /\r?\n|;|•|·|\s\d{1,2}[.)]\s/;
  return (' ' + raw).split(sep).map((s) => s.replace(/^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-*•])\s+/i, '').replace(/\s+/g, ' ').trim()).filter((s) => s !== '' && !BLANK.has(fold(s)));
}
