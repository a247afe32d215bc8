// Reading a spreadsheet file into grids of cells: the only I/O of an import besides the CLI. A workbook
// (.xlsx) is read with exceljs, after its zip has been checked with yauzl: every entry inflated and
// counted against a limit (a zip bomb stops there, whatever sizes it declares), macros refused, external
// links noted and never followed. Formulas are never calculated: a formula cell gives the value Excel
// saved with it, or nothing. A CSV is read with csv-parse, its separator (, ; or tab) found from the
// header line, a byte-order mark dropped, and text with no UTF-8 in it read as Windows-1252 (Excel's
// "CSV" in an Indonesian Windows; UTF-8 with a bad byte is refused, naming it). Limits bound the time and memory any file can take.

import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import yauzl from 'yauzl';
import { firstInvalidUtf8, hasUtf8Sequence, lineColOfByte } from '../load/parse.js';
import { dayNumber } from '../model/dates.js';
import type { Sheet } from './map.js';
import type { GridCell } from './values.js';

export const LIMITS = {
  /** The file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** All of a workbook's zip entries, inflated. */
  inflatedBytes: 64 * 1024 * 1024,
  zipEntries: 5000,
  rows: 50_000,
  columns: 300,
  /** One cell's text: Excel's own limit (a longer cell was not written by Excel). */
  cellChars: 32_767,
  /** All cells' text, shared strings counted once per cell that uses them. */
  textChars: 32 * 1024 * 1024,
  /** Cells the workbook's sheets hold (each one an object once parsed). */
  cells: 2_000_000,
  /** Merged ranges, and the cells they cover (the reader checks each range against the others, and fills each cell). */
  mergedRanges: 1_000,
  mergedCells: 100_000,
};
export type Limits = typeof LIMITS;

/** Why a file cannot be read: a code, whose words are in the CLI's catalogue (`import.read.<code>`), and its values. */
export type ReadCode = 'macro-extension' | 'format-not-read' | 'cannot-stat' | 'too-big' | 'cannot-read' | 'not-zip' | 'not-supported'
  | 'zip-bomb' | 'xlsx-broken' | 'macros' | 'too-many-rows' | 'too-many-columns' | 'csv-broken' | 'csv-too-many-rows'
  | 'cell-too-long' | 'text-too-large' | 'too-many-cells' | 'too-many-merged' | 'csv-encoding';

export class ReadError extends Error {
  constructor(readonly code: ReadCode, readonly params: Record<string, string | number>) {
    super(`${code}: ${JSON.stringify(params)}`);
  }
}

export interface Workbook {
  sheets: Sheet[];
  /** Whether the file has sheets (a workbook) or is one table (CSV). */
  workbook: boolean;
  /** Cells that need a word: formulas without a saved value (sheet, 1-based row, 0-based column). */
  formulas: Array<{ sheet: string; row: number; col: number }>;
  /** External links the workbook holds (never followed). */
  externalLinks: number;
  /** A CSV file that was not UTF-8, read as Windows-1252. */
  encoding?: 'windows-1252';
}

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

export async function readSpreadsheet(path: string, limits: Limits = LIMITS): Promise<Workbook> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (['.xlsm', '.xltm', '.xlam', '.xlsb'].includes(ext)) {
    throw new ReadError('macro-extension', { name, ext });
  }
  if (ext === '.xls' || ext === '.ods' || ext === '.numbers') {
    throw new ReadError('format-not-read', { name, ext });
  }
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReadError('cannot-stat', { path, cause: code ?? String(err) });
  }
  if (size > limits.fileBytes) throw new ReadError('too-big', { name, size: mb(size), max: mb(limits.fileBytes) });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new ReadError('cannot-read', { path, message: (err as Error).message });
  }
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.xlsx' || ext === '.xltx' || isZip) {
    if (!isZip) throw new ReadError('not-zip', { name });
    return readXlsx(bytes, name, limits);
  }
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv' || ext === '') return readCsvBytes(bytes, name, limits);
  throw new ReadError('not-supported', { name, ext });
}

/** Every entry inflated and counted: the real sizes, not the declared ones. */
async function checkZip(bytes: Buffer, name: string, limits: Limits): Promise<{ externalLinks: number; parts: Map<string, Buffer> }> {
  const bomb = new ReadError('zip-bomb', { name, max: mb(limits.inflatedBytes) });
  // Why: a key of the CLI's catalogue (import.read.why.*), or the zip reader's own words as `detail`.
  const broken = (why: string, values: Record<string, string | number> = {}): ReadError => new ReadError('xlsx-broken', { name, why, ...values });
  const said = (e: Error | null | undefined, why: string): ReadError => (e?.message ? broken('zip', { detail: e.message }) : broken(why));
  return new Promise((resolvePromise, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return reject(said(err, 'no-zip'));
      let total = 0;
      let entries = 0;
      let externalLinks = 0;
      let macros = false;
      let done = false;
      // The parts whose cost the prescan bounds (shared strings, sheets), kept as they are inflated.
      const parts = new Map<string, Buffer>();
      const fail = (e: Error): void => {
        if (done) return;
        done = true;
        zip.close();
        reject(e);
      };
      zip.on('error', (e: Error) => fail(said(e, 'zip')));
      zip.on('end', () => {
        if (done) return;
        done = true;
        if (macros) reject(new ReadError('macros', { name }));
        else resolvePromise({ externalLinks, parts });
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        if (++entries > limits.zipEntries) return fail(broken('too-many-parts', { max: limits.zipEntries }));
        const n = entry.fileName.toLowerCase();
        if (/vbaproject\.bin$/.test(n) || /\.bin$/.test(n) && n.includes('vba')) macros = true;
        if (/^xl\/externallinks\/externallink\d*\.xml$/.test(n)) externalLinks++;
        if (entry.uncompressedSize > limits.inflatedBytes || total + entry.uncompressedSize > limits.inflatedBytes) return fail(bomb);
        if (/\/$/.test(entry.fileName)) return zip.readEntry();
        const keep = /^xl\/(sharedstrings\.xml|worksheets\/[^/]+\.xml)$/.test(n);
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(said(e, 'unreadable-part'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (keep) chunks.push(chunk);
            if (total > limits.inflatedBytes) {
              stream.destroy();
              fail(bomb);
            }
          });
          stream.on('error', (se: Error) => fail(said(se, 'zip')));
          stream.on('end', () => {
            if (keep) parts.set(n, Buffer.concat(chunks));
            if (!done) zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

type ExcelValue = unknown;

async function readXlsx(bytes: Buffer, name: string, limits: Limits): Promise<Workbook> {
  const { externalLinks, parts } = await checkZip(bytes, name, limits);
  prescan(parts, name, limits);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer as never);
  } catch (err) {
    throw new ReadError('xlsx-broken', { name, why: 'zip', detail: (err as Error).message });
  }
  const sheets: Sheet[] = [];
  const formulas: Workbook['formulas'] = [];
  for (const ws of wb.worksheets) {
    if (ws.rowCount > limits.rows) {
      throw new ReadError('too-many-rows', { name, sheet: ws.name, rows: ws.rowCount, max: limits.rows });
    }
    if (ws.columnCount > limits.columns) {
      throw new ReadError('too-many-columns', { name, sheet: ws.name, columns: ws.columnCount, max: limits.columns });
    }
    const rows: GridCell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: GridCell[] = [];
      const n = Math.min(row.cellCount, limits.columns);
      for (let c = 1; c <= n; c++) {
        const cell = row.getCell(c);
        const v = cell.value as ExcelValue;
        const read = toGridCell(v);
        if (read.formulaWithoutValue) formulas.push({ sheet: ws.name, row: r, col: c - 1 });
        cells.push(read.cell);
      }
      while (cells.length && cells[cells.length - 1] === null) cells.pop();
      rows.push(cells);
    }
    sheets.push({ name: ws.name, rows });
  }
  return { sheets, workbook: true, formulas, externalLinks };
}

/**
 * What the workbook will cost once parsed, read from its XML in one linear pass before exceljs parses it
 * (which expands every merged range into cells, checks each range against all the others, and gives each
 * cell its shared string): no cell longer than Excel allows, all text within the budget (a 16 KB file can
 * name one long shared string from 100,000 cells), and the cells and merged ranges within theirs.
 * Throws the ReadError that says which.
 */
export function prescan(parts: ReadonlyMap<string, Buffer>, name: string, limits: Limits = LIMITS): void {
  const cellTooLong = (): ReadError => new ReadError('cell-too-long', { name, max: limits.cellChars });
  const lengths: number[] = [];
  const sst = parts.get('xl/sharedstrings.xml')?.toString('utf8');
  if (sst) {
    for (let at = sst.indexOf('<si'); at >= 0; at = sst.indexOf('<si', at)) {
      const end = sst.indexOf('</si>', at);
      if (end < 0) break;
      const n = textLength(sst, at, end);
      if (n > limits.cellChars) throw cellTooLong();
      lengths.push(n);
      at = end + 5;
    }
  }
  let chars = 0;
  let cells = 0;
  let ranges = 0;
  let merged = 0;
  for (const [part, bytes] of parts) {
    if (!part.startsWith('xl/worksheets/')) continue;
    const xml = bytes.toString('utf8');
    for (let at = xml.indexOf('<c'); at >= 0; at = xml.indexOf('<c', at + 2)) {
      const next = xml.charCodeAt(at + 2);
      if (next !== 0x20 && next !== 0x3e && next !== 0x2f && next !== 0x09 && next !== 0x0a && next !== 0x0d) continue; // <col>, <cfRule> …
      if (++cells > limits.cells) throw new ReadError('too-many-cells', { name, max: limits.cells });
      const close = xml.indexOf('>', at);
      if (close < 0) break;
      if (xml.charCodeAt(close - 1) === 0x2f) continue; // <c r="A1"/>: empty
      const end = xml.indexOf('</c>', close);
      if (end < 0) break;
      const type = /\bt="([^"]*)"/.exec(xml.slice(at, close))?.[1];
      let n: number;
      if (type === 's') {
        const v = xml.indexOf('<v>', close);
        n = v >= 0 && v < end ? (lengths[Number(xml.slice(v + 3, xml.indexOf('<', v + 3)))] ?? 0) : 0;
      } else n = textLength(xml, close + 1, end);
      if (n > limits.cellChars) throw cellTooLong();
      chars += n;
      if (chars > limits.textChars) throw new ReadError('text-too-large', { name, max: limits.textChars });
      at = end;
    }
    for (let at = xml.indexOf('<mergeCell '); at >= 0; at = xml.indexOf('<mergeCell ', at + 11)) {
      ranges++;
      const ref = /^<mergeCell [^>]*?\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/.exec(xml.slice(at, xml.indexOf('>', at) + 1));
      if (ref) {
        const cols = Math.abs(columnNumber(ref[3] as string) - columnNumber(ref[1] as string)) + 1;
        const rows = Math.abs(Number(ref[4]) - Number(ref[2])) + 1;
        merged += cols * rows;
      }
      if (ranges > limits.mergedRanges || merged > limits.mergedCells) {
        let all = ranges;
        for (let k = xml.indexOf('<mergeCell ', at + 11); k >= 0; k = xml.indexOf('<mergeCell ', k + 11)) all++;
        throw new ReadError('too-many-merged', { name, ranges: all, cells: merged, maxRanges: limits.mergedRanges, maxCells: limits.mergedCells });
      }
    }
  }
}

/** A column's number from its letters: A → 1, Z → 26, AA → 27. */
function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/**
 * The length of the text in xml[from, to): the characters outside tags, an entity (&amp;, &#233;) counting
 * as one, the text of phonetic runs (<rPh>) included (an upper bound is what a budget needs).
 */
function textLength(xml: string, from: number, to: number): number {
  let n = 0;
  let inTag = false;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (inTag) {
      if (c === 0x3e) inTag = false;
    } else if (c === 0x3c) inTag = true;
    else if (c === 0x26) {
      const semi = xml.indexOf(';', i);
      if (semi > i && semi - i <= 10 && semi < to) i = semi;
      n++;
    } else if (c < 0xdc00 || c > 0xdfff) n++; // a surrogate pair counts once
  }
  return n;
}

/** exceljs's cell value as a grid cell. A formula gives its saved result only; it is never calculated. */
function toGridCell(v: ExcelValue): { cell: GridCell; formulaWithoutValue?: boolean } {
  if (v === null || v === undefined) return { cell: null };
  if (typeof v === 'string') return { cell: v };
  if (typeof v === 'number') return { cell: Number.isFinite(v) ? v : null };
  if (typeof v === 'boolean') return { cell: v };
  if (v instanceof Date) {
    const t = v.getTime();
    // exceljs gives a date cell as the UTC midnight of its day (a time of day is dropped).
    return Number.isNaN(t) ? { cell: null } : { cell: { day: dayNumber(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) } };
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      if (!('result' in o) || o['result'] === undefined || o['result'] === null) return { cell: null, formulaWithoutValue: true };
      const r = o['result'];
      if (typeof r === 'object' && r !== null && 'error' in (r as object)) return { cell: null };
      return toGridCell(r);
    }
    if (Array.isArray(o['richText'])) return { cell: (o['richText'] as Array<{ text?: unknown }>).map((x) => (typeof x.text === 'string' ? x.text : '')).join('') };
    if (typeof o['text'] === 'string') return { cell: o['text'] as string };
    if ('error' in o) return { cell: null };
  }
  return { cell: null };
}

/** A CSV's bytes as one sheet (named after the file). */
export function readCsvBytes(bytes: Uint8Array, name: string, limits: Limits = LIMITS): Workbook {
  let text: string;
  let windows1252 = false;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Text written as UTF-8 with a bad byte in it is not Windows-1252 (read so, every ü and – of it
    // would become Ã¼ and â€“ without a word): the bad byte is named. A file with no UTF-8 sequence at
    // all is Excel's CSV on a Windows set to Indonesian or English: read as Windows-1252, and said so.
    if (hasUtf8Sequence(bytes)) throw new ReadError('csv-encoding', { name, ...lineColOfByte(bytes, firstInvalidUtf8(bytes)) });
    text = new TextDecoder('windows-1252').decode(bytes);
    windows1252 = true;
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string): number => firstLine.split(ch).length - 1;
  const delimiter = [';', '\t', ','].reduce((best, ch) => (count(ch) > count(best) ? ch : best), ',');
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false, to_line: limits.rows + 1, max_record_size: 1024 * 1024 }) as string[][];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new ReadError('csv-broken', { name, line: e.lines ?? '', message: e.message });
  }
  if (records.length > limits.rows) throw new ReadError('csv-too-many-rows', { name, max: limits.rows });
  for (const r of records) for (const c of r) if (c.length > limits.cellChars) throw new ReadError('cell-too-long', { name, max: limits.cellChars });
  const rows = records.map((r) => r.slice(0, limits.columns).map((c) => (c.trim() === '' ? null : c)));
  return { sheets: [{ name: basename(name, extname(name)) || 'CSV', rows }], workbook: false, formulas: [], externalLinks: 0, ...(windows1252 ? { encoding: 'windows-1252' as const } : {}) };
}
