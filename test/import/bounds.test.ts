// Hostile workbooks and CSV files against the import's bounds (issue 27): each is checked before the
// heavy parse, so a small file can neither exhaust memory nor hang. Each runs the real binary in a child
// process with a small heap and a time limit: a regression fails the test, it cannot take the test
// runner down with it.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, makeRegister, REPO } from '../helpers.js';

afterAll(cleanup);

const BIN = join(REPO, 'bin/kerjasama.js');
const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** A workbook of one sheet whose sheet XML and shared strings are given (everything else as Excel writes it). */
export async function rawWorkbook(path: string, sheetData: string, after: string, strings: readonly string[]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').addRow(['Mitra', 'Judul']);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<sheetData>${sheetData}</sheetData>${after}</worksheet>`);
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  writeFileSync(path, bytes);
  return bytes.length;
}

const col = (i: number): string => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Runs `import FILE --dry-run` with a 256 MB heap and 60 s at most. */
function importFile(dir: string, file: string): { status: number | null; signal: string | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=256', BIN, 'import', file, '--dry-run', '--as-of', '2026-11-22'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' } });
  return { status: r.status, signal: r.signal, stderr: r.stderr, stdout: r.stdout };
}

describe('workbook bounds, checked before the workbook is parsed', () => {
  it('one merged range over the whole sheet (a 2 KB workbook): refused at once', async () => {
    const dir = makeRegister({});
    const size = await rawWorkbook(join(dir, 'm.xlsx'), '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>', ['Mitra', 'Judul']);
    expect(size).toBeLessThan(8 * 1024);
    const r = importFile(dir, 'm.xlsx');
    expect(r.signal, r.stderr).toBeNull();
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/merged/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('many merged ranges: refused past the bound, not read in quadratic time', async () => {
    const dir = makeRegister({});
    const merges = Array.from({ length: 20_000 }, (_, i) => `<mergeCell ref="C${i + 2}:D${i + 2}"/>`).join('');
    await rawWorkbook(join(dir, 'mm.xlsx'), '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', `<mergeCells count="20000">${merges}</mergeCells>`, ['Mitra', 'Judul']);
    const r = importFile(dir, 'mm.xlsx');
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/20,000 merged/);
  });

  it('shared strings that expand past the budget (a 16 KB workbook of 180 million characters): refused at once', async () => {
    const dir = makeRegister({});
    const rows = Array.from({ length: 600 }, (_, r) => `<row r="${r + 2}">${Array.from({ length: 10 }, (_, c) => `<c r="${col(c)}${r + 2}" t="s"><v>2</v></c>`).join('')}</row>`).join('');
    const size = await rawWorkbook(join(dir, 'ss.xlsx'), `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>${rows}`, '', ['Mitra', 'Judul', 'x'.repeat(30_000)]);
    expect(size).toBeLessThan(32 * 1024);
    const r = importFile(dir, 'ss.xlsx');
    expect(r.signal, r.stderr).toBeNull();
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/characters/);
  });

  it('a cell longer than Excel\'s own limit of 32,767 characters: refused', async () => {
    const dir = makeRegister({});
    await rawWorkbook(join(dir, 'long.xlsx'), '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c></row>', '', ['Mitra', 'Judul', 'y'.repeat(40_000)]);
    const r = importFile(dir, 'long.xlsx');
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('32,767');
    writeFileSync(join(dir, 'long.csv'), `Mitra,Judul\nBali,${'z'.repeat(40_000)}\n`);
    const c = importFile(dir, 'long.csv');
    expect(c.status, c.stderr).toBe(2);
    expect(c.stderr).toContain('32,767');
  });

  it('the header scan over long cells of brackets (a 30 KB workbook) ends at once', async () => {
    const dir = makeRegister({});
    const rows = Array.from({ length: 30 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 300 }, (_, c) => `<c r="${col(c)}${r + 1}" t="s"><v>0</v></c>`).join('')}</row>`).join('');
    // 3,000 characters a cell: within every budget, so the header scan itself must be quick.
    const size = await rawWorkbook(join(dir, 'h.xlsx'), rows, '', ['('.repeat(3_000)]);
    expect(size).toBeLessThan(40 * 1024);
    const r = importFile(dir, 'h.xlsx');
    expect(r.signal, r.stderr).toBeNull();
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/no header row/);
  });
});

describe('why a workbook cannot be read, in the reader’s language', () => {
  it('too many parts: our reason in Indonesian; the zip reader’s own words passed on', async () => {
    const { readSpreadsheet, ReadError, LIMITS } = await import('../../src/import/read.js');
    const { t } = await import('../../src/cli/messages.js');
    const dir = makeRegister({});
    const zip = new JSZip();
    for (const n of ['a', 'b', 'c']) zip.file(`${n}.xml`, '<x/>');
    const file = join(dir, 'banyak.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const err = await readSpreadsheet(file, { ...LIMITS, zipEntries: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    const params = (err as InstanceType<typeof ReadError>).params;
    expect(t('id', 'import.read.xlsx-broken', params)).toBe('banyak.xlsx bukan buku kerja .xlsx yang dapat dibaca (lebih dari 2 bagian)');
    expect(t('en', 'import.read.xlsx-broken', params)).toBe('banyak.xlsx is not a readable .xlsx workbook (more than 2 parts)');
    writeFileSync(join(dir, 'bukan.xlsx'), 'bukan zip');
    const other = await readSpreadsheet(join(dir, 'bukan.xlsx')).catch((e: unknown) => e);
    expect(t('id', 'import.read.xlsx-broken', (other as InstanceType<typeof ReadError>).params)).toMatch(/^bukan\.xlsx bukan buku kerja \.xlsx yang dapat dibaca \(.+\)$/);
  });
});
