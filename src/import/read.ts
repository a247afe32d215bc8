// Reading a spreadsheet file into grids of cells: the only I/O of an import besides the CLI. A workbook
// (.xlsx) is read with exceljs, after its zip has been checked with yauzl: every entry inflated and
// counted against a limit (a zip bomb stops there, whatever sizes it declares), macros refused, external
// links noted and never followed. Formulas are never calculated: a formula cell gives the value Excel
// saved with it, or nothing. A CSV is read with csv-parse, its separator (, ; or tab) found from the
// header line, a byte-order mark dropped, and text that is not UTF-8 read as Windows-1252 (Excel's
// "CSV" in an Indonesian Windows). Limits bound the time and memory any file can take.

import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import yauzl from 'yauzl';
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
};
export type Limits = typeof LIMITS;

/** Why a file cannot be read: a code, whose words are in the CLI's catalogue (`import.read.<code>`), and its values. */
export type ReadCode = 'macro-extension' | 'format-not-read' | 'cannot-stat' | 'too-big' | 'cannot-read' | 'not-zip' | 'not-supported'
  | 'zip-bomb' | 'xlsx-broken' | 'macros' | 'too-many-rows' | 'too-many-columns' | 'csv-broken' | 'csv-too-many-rows';

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
async function checkZip(bytes: Buffer, name: string, limits: Limits): Promise<{ externalLinks: number }> {
  const bomb = new ReadError('zip-bomb', { name, max: mb(limits.inflatedBytes) });
  const broken = (why: string): ReadError => new ReadError('xlsx-broken', { name, why });
  return new Promise((resolvePromise, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return reject(broken(err?.message ?? 'no zip'));
      let total = 0;
      let entries = 0;
      let externalLinks = 0;
      let macros = false;
      let done = false;
      const fail = (e: Error): void => {
        if (done) return;
        done = true;
        zip.close();
        reject(e);
      };
      zip.on('error', (e: Error) => fail(broken(e.message)));
      zip.on('end', () => {
        if (done) return;
        done = true;
        if (macros) reject(new ReadError('macros', { name }));
        else resolvePromise({ externalLinks });
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        if (++entries > limits.zipEntries) return fail(broken(`more than ${limits.zipEntries} parts`));
        const n = entry.fileName.toLowerCase();
        if (/vbaproject\.bin$/.test(n) || /\.bin$/.test(n) && n.includes('vba')) macros = true;
        if (/^xl\/externallinks\/externallink\d*\.xml$/.test(n)) externalLinks++;
        if (entry.uncompressedSize > limits.inflatedBytes || total + entry.uncompressedSize > limits.inflatedBytes) return fail(bomb);
        if (/\/$/.test(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(broken(e?.message ?? 'unreadable part'));
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > limits.inflatedBytes) {
              stream.destroy();
              fail(bomb);
            }
          });
          stream.on('error', (se: Error) => fail(broken(se.message)));
          stream.on('end', () => {
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
  const { externalLinks } = await checkZip(bytes, name, limits);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer as never);
  } catch (err) {
    throw new ReadError('xlsx-broken', { name, why: (err as Error).message });
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
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
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
  const rows = records.map((r) => r.slice(0, limits.columns).map((c) => (c.trim() === '' ? null : c)));
  return { sheets: [{ name: basename(name, extname(name)) || 'CSV', rows }], workbook: false, formulas: [], externalLinks: 0 };
}
