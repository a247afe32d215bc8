// kerjasama import end to end, on workbooks made here from code: a hand-kept bureau sheet (title rows,
// a two-row header with merged cells, blank, section and totals rows, notes columns, the same partner
// spelt three ways, dates as text, serials and date cells), a SIKERMA-style export, a CSV with ; and a
// BOM; hostile workbooks; and the round trip list agreements --format xlsx → import.

import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, diagnosticsOf, emptyRegister, exampleRegister, listedAgreements, makeRegister, runCli } from '../helpers.js';

afterAll(cleanup);

const JATIM = 'name: Pemerintah Provinsi Jawa Timur\naliases: [Pemprov Jatim]\ntype: province\ncountry: ID\n';

async function bureauWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Daftar KS');
  ws.addRow(['DAFTAR KERJA SAMA PEMERINTAH PROVINSI NUSA TENGGARA BARAT']);
  ws.mergeCells('A1:J1');
  ws.addRow([]);
  ws.addRow(['No.', 'Nama Mitra', 'Negara', 'Tentang', 'Tanggal', null, 'Jangka Waktu', 'Bidang', 'Status', 'Keterangan']);
  ws.addRow([null, null, null, null, 'Penandatanganan', 'Berakhir', null, null, null, null]);
  for (const c of ['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J']) ws.mergeCells(`${c}3:${c}4`);
  ws.mergeCells('E3:F3');
  ws.addRow(['A. DALAM NEGERI']);
  ws.mergeCells('A5:J5');
  ws.addRow([1, 'Pemkot Surabaya', 'Indonesia', 'Kesepakatan Bersama tentang Pariwisata', '29/08/2020', null, '5 (lima) tahun', 'Pariwisata, Kebudayaan', 'Aktif', 'asli di lemari 3']);
  ws.addRow([2, 'Kota Surabaya', null, 'Perjanjian Kerja Sama Promosi Dagang', new Date(Date.UTC(2021, 7, 29)), new Date(Date.UTC(2026, 7, 28)), null, 'Perdagangan', 'Aktif', null]);
  ws.addRow([]);
  ws.addRow([3, 'Pemerintah Kota Surabaya', null, 'Adendum Kerja Sama Pariwisata', 44805, null, '60 bulan', 'Sampah dan limbah; Kerja sama umum', 'Dalam evaluasi', null]);
  ws.addRow([4, 'Pemprov Jatim', null, 'Kesepakatan Bersama Pendidikan', '± 1990', null, null, 'Pendidikan', null, null]);
  ws.addRow([5, 'Kabupaten Entah', null, null, '31/02/2021', null, null, null, null, 'tanpa judul']);
  ws.addRow(['B. LUAR NEGERI']);
  ws.mergeCells('A12:J12');
  ws.addRow([6, 'Shizuoka Prefecture', 'Jepang', 'MoU Sister Province', 'Agustus 2027', null, null, 'Pendidikan; pertukaran pemuda', null, null]);
  ws.addRow([7, 'Gyeongsangnam-do', 'Korea Selatan', 'Kerja sama umum', '2019', null, null, null, 'aktif', null]);
  ws.addRow(['Jumlah', null, null, null, null, null, null, null, null, '7 kerja sama']);
  await wb.xlsx.writeFile(path);
}

describe('import of a hand-kept bureau workbook', () => {
  it('maps the merged two-row header, reads the values, matches and makes partners, rejects with the cell, and imports nothing twice', async () => {
    // The register in a folder of the office's work, the spreadsheet beside it (as downloaded).
    const office = makeRegister({}, { bare: true });
    const dir = join(office, 'register');
    cpSync(makeRegister({ 'data/partners/jatim.yaml': JATIM }), dir, { recursive: true });
    const xlsx = join(office, 'daftar.xlsx');
    await bureauWorkbook(xlsx);
    const dry = await runCli(['import', '../daftar.xlsx', '--dry-run', '--as-of', '2026-11-22'], { cwd: dir });
    expect(dry.stderr).toContain('--dry-run: nothing written');
    expect(dry.stdout).toMatch(/E\s+"Tanggal Penandatanganan"\s+→ signed/);
    expect(dry.stdout).toMatch(/F\s+"Tanggal Berakhir"\s+→ end/);
    expect(dry.stdout).toContain('"Pemprov Jatim" → jatim (alias)');
    expect(dry.stdout).toMatch(/surabaya \(city, ID\) ← rows 6, 7, 9: "Pemkot Surabaya", "Kota Surabaya", "Pemerintah Kota Surabaya"/);
    expect(dry.stdout).toContain("'Daftar KS'!D11 no title");
    expect(dry.stdout).toContain("'Daftar KS'!B14 the category cannot be worked out for partner \"Gyeongsangnam-do\"");
    expect(dry.stdout).toContain('a section title ("B. LUAR NEGERI"): skipped');
    expect(dry.stdout).toContain('a totals row: skipped');
    expect(dry.stdout).toContain('a section title ("A. DALAM NEGERI"): skipped');
    expect(dry.stdout).toContain('status "Dalam evaluasi" not recognised');
    expect(dry.stdout).toMatch(/data\/agreements\/surabaya-mou-2020\.yaml\s+← Daftar KS row 6/);
    expect(readdirSync(join(dir, 'data'))).toEqual(['partners']);

    // No terminal and no --yes: it only shows.
    const shown = await runCli(['import', '../daftar.xlsx', '--as-of', '2026-11-22'], { cwd: dir });
    expect(shown.stderr).toContain('add --yes');
    expect(existsSync(join(dir, 'data/agreements'))).toBe(false);

    // On a terminal it asks; "n" writes nothing, --yes writes.
    const asked = await runCli(['import', '../daftar.xlsx', '--as-of', '2026-11-22'], { cwd: dir, answers: ['n'] });
    expect(asked.questions?.[0]).toMatch(/^Write \d+ file/);
    expect(existsSync(join(dir, 'data/agreements'))).toBe(false);

    const r = await runCli(['import', '../daftar.xlsx', '--yes', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(1);
    const surabaya = readFileSync(join(dir, 'data/partners/surabaya.yaml'), 'utf8');
    expect(surabaya).toContain('name: Pemerintah Kota Surabaya');
    expect(surabaya).toContain('- Pemkot Surabaya');
    const mou = readFileSync(join(dir, 'data/agreements/surabaya-mou-2020.yaml'), 'utf8');
    expect(mou).toContain('end: {term: 5y}');
    expect(mou).toContain('date: 2020-08-29');
    expect(mou).toContain('Impor dari daftar.xlsx, lembar Daftar KS, baris 6');
    expect(mou).toContain('notes: asli di lemari 3');
    const pks = readFileSync(join(dir, 'data/agreements/surabaya-pks-2021.yaml'), 'utf8');
    expect(pks).toContain('end: 2026-08-28');
    const add = readFileSync(join(dir, 'data/agreements/surabaya-addendum-2022.yaml'), 'utf8');
    expect(add).toContain('date: 2022-09-01');
    expect(add).toContain('status: unknown');
    expect(add).toContain('Status: Dalam evaluasi');
    expect(add).toContain('sectors: [lingkungan_hidup]');
    expect(add).toMatch(/scope:\n {2}- Kerja sama umum/);
    expect(readFileSync(join(dir, 'data/agreements/jatim-mou-1990.yaml'), 'utf8')).toContain('date: ~1990');
    const shizuoka = readFileSync(join(dir, 'data/agreements/shizuoka-mou-2027.yaml'), 'utf8');
    expect(shizuoka).toContain('category: KSDPL');
    expect(shizuoka).toContain('date: 2027-08');

    // The register validates: no errors.
    expect((await diagnosticsOf(dir)).filter((d) => d.severity === 'error')).toEqual([]);

    // The rejects: beside the spreadsheet, not in the register (where git add . would commit them); a strict
    // CSV parser reads them, with the cell and the row as it was.
    expect(readdirSync(dir).filter((f) => f.endsWith('.csv'))).toEqual([]);
    const rejects = parseCsv(readFileSync(join(office, 'daftar-rejects.csv')), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rejects.map((x) => x['cell'])).toEqual(["'Daftar KS'!D11", "'Daftar KS'!B14"]);
    expect(rejects[0]?.['Nama Mitra']).toBe('Kabupaten Entah');

    // Again: nothing is added twice.
    const before = readdirSync(join(dir, 'data/agreements')).length;
    const again = await runCli(['import', '../daftar.xlsx', '--yes', '--as-of', '2026-11-22'], { cwd: dir });
    expect(again.stdout).toContain('already in the register');
    expect(again.stdout).toMatch(/^0 agreements and 0 new partners/m);
    expect(readdirSync(join(dir, 'data/agreements')).length).toBe(before);
  });

  it('writes a mapping file the user edits and passes back', async () => {
    const dir = makeRegister({});
    await bureauWorkbook(join(dir, 'daftar.xlsx'));
    const w = await runCli(['import', 'daftar.xlsx', '--write-mapping', 'map.yaml'], { cwd: dir });
    expect(w.code).toBe(0);
    const text = readFileSync(join(dir, 'map.yaml'), 'utf8');
    expect(text).toContain('header_row: [3,4]');
    expect(text).toContain('  B: partner    # Nama Mitra');
    writeFileSync(join(dir, 'map.yaml'), text.replace('  J: notes', '  J: ignore') + 'defaults:\n  country: ID\n');
    const r = await runCli(['import', 'daftar.xlsx', '--mapping', 'map.yaml', '--dry-run', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.stdout).toContain('from the mapping file');
    expect(r.stdout).toMatch(/J\s+"Keterangan"\s+→ \(not imported\)/);
    const bad = await runCli(['import', 'daftar.xlsx', '--mapping', 'map.yaml', '--sheet', 'Nope'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no sheet "Nope"; the sheets are 1: Daftar KS');
  });
});

describe('other shapes', () => {
  it('a SIKERMA-style export with English and Indonesian headers', async () => {
    const dir = makeRegister({});
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Export');
    ws.addRow(['ID', 'Judul Kerja Sama', 'Jenis Dokumen', 'Mitra Kerja Sama', 'Negara', 'Jenis Mitra', 'Tanggal Mulai', 'Tanggal Berakhir', 'Ruang Lingkup', 'Perangkat Daerah', 'Status']);
    ws.addRow(['SK-001', 'Kerja sama vokasi', 'Perjanjian Kerja Sama', 'Universitas Mataram', 'Indonesia', 'Perguruan Tinggi', '2024-01-15', '2029-01-14', 'magang\npelatihan vokasi\nriset bersama', 'Disnakertrans', 'Berlaku']);
    ws.addRow(['SK-002', 'Promosi investasi', 'Nota Kesepahaman', 'JETRO', 'Japan', 'Lembaga Luar Negeri', '2023-05-01', 'Tanpa batas waktu', 'investasi', 'DPMPTSP', 'Berlaku']);
    await wb.xlsx.writeFile(join(dir, 'export.xlsx'));
    const r = await runCli(['import', 'export.xlsx', '--yes', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('id "SK-001" is not an id');
    const files = readdirSync(join(dir, 'data/agreements'));
    expect(files.sort()).toEqual(['jetro-mou-2023.yaml', 'universitas-mataram-pks-2024.yaml']);
    const pks = readFileSync(join(dir, 'data/agreements/universitas-mataram-pks-2024.yaml'), 'utf8');
    expect(pks).toContain('category: KSDPK');
    expect(pks).toContain('sectors: [tenaga_kerja, pendidikan]');
    expect(pks).toMatch(/scope:\n {2}- magang\n {2}- pelatihan vokasi\n {2}- riset bersama/);
    expect(readFileSync(join(dir, 'data/agreements/jetro-mou-2023.yaml'), 'utf8')).toContain('end: none');
    expect((await diagnosticsOf(dir)).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a CSV with ; separators and a byte-order mark', async () => {
    const dir = makeRegister({});
    writeFileSync(join(dir, 'ks.csv'), '\uFEFFNo;Mitra;Judul;Tgl TTD;Masa Berlaku;Kategori\r\n1;Provinsi Bali;"Kesepakatan Bersama; pariwisata";12-03-2025;5 tahun;KSDD\r\n');
    const r = await runCli(['import', 'ks.csv', '--yes', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const a = readFileSync(join(dir, 'data/agreements/bali-mou-2025.yaml'), 'utf8');
    expect(a).toContain('title: Kesepakatan Bersama; pariwisata');
    expect(a).toContain('Impor dari ks.csv, baris 2');
  });
});

describe('an end column holding a term', () => {
  afterAll(cleanup);
  it('"Berlaku Sampai: 5 tahun" is the term it says (end: {term: 5y}), not an unreadable date', async () => {
    const dir = makeRegister({});
    writeFileSync(join(dir, 'ks.csv'), 'No;Mitra;Judul;Tanggal Penandatanganan;Berlaku Sampai;Kategori\r\n1;Provinsi Bali;Kesepakatan Bersama pariwisata;12/03/2024;5 tahun;KSDD\r\n');
    const r = await runCli(['import', 'ks.csv', '--yes', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toContain('"5 tahun" is not');
    const a = readFileSync(join(dir, 'data/agreements/bali-mou-2024.yaml'), 'utf8');
    expect(a).toContain('end: {term: 5y}');
  });
});

describe('in Bahasa Indonesia', () => {
  it('names an unreadable date’s column in Indonesian (it said "signing date")', async () => {
    const dir = makeRegister({ 'kerjasama.yaml': 'name: Uji\nowner: ntb\nlanguage: id\n' });
    writeFileSync(join(dir, 'ks.csv'), 'No;Mitra;Judul;Tgl TTD;Kategori\r\n1;Provinsi Bali;Kesepakatan Bersama;hari raya;KSDD\r\n');
    const r = await runCli(['import', 'ks.csv', '--dry-run', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.stdout + r.stderr).toContain('tanggal penandatanganan "hari raya" bukan tanggal yang dapat dibaca');
    expect(r.stdout + r.stderr).not.toContain('signing date');
  });

  it('says everything in Indonesian: the plan, the reasons, a mapping file that is wrong, a file that cannot be read', async () => {
    const dir = makeRegister({});
    writeFileSync(join(dir, 'ks.csv'), 'No;Mitra;Judul;Tgl TTD\r\n1;Provinsi Bali;Kesepakatan Bersama pariwisata;12-03-2025\r\n2;Gyeongsangnam-do;Kerja sama umum;2019\r\n');
    const r = await runCli(['import', 'ks.csv', '--dry-run', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(r.stdout).toContain('ks!B2          mitra "Provinsi Bali": jenis province (namanya menyebutkannya)');
    expect(r.stdout).toContain('ks!B2          kategori KSDD dari mitra (province di Indonesia)');
    expect(r.stdout).toContain('ks!B3          mitra "Gyeongsangnam-do" baru dan negaranya tidak diketahui');
    expect(r.stdout).toMatch(/^1 perjanjian dan 1 mitra baru; 1 baris ditolak/m);
    expect(r.stdout).not.toMatch(/\b(the|says so|inferred|rejected|rows?)\b/);
    expect(r.stderr).toBe('kerjasama: --dry-run: tidak ada yang ditulis.\n');
    writeFileSync(join(dir, 'map.yaml'), 'columns:\n  B: mitra\n');
    const m = await runCli(['import', 'ks.csv', '--mapping', 'map.yaml', '--lang', 'id'], { cwd: dir });
    expect(m).toMatchObject({ code: 2, stderr: 'kerjasama: map.yaml: columns: B: "mitra" bukan nama bidang; bidangnya: title, original_title, category, document_type, document_date, planned_signing, effective, end, extendable_by, status, confirmed, sectors, scope, unit, notes, id, partner, partner_type, country, region, partner_code, number, partner_number, signed, term, source, ignore\n' });
    const x = await runCli(['import', 'nope.xlsm', '--lang', 'id'], { cwd: dir });
    expect(x.stderr).toContain('nope.xlsm adalah buku kerja bermakro (.xlsm)');
  });
});

describe('the plan says each kind of value once', () => {
  it('"inferred" ("disimpulkan") only in its section\'s title: not again before each line, nor in the category\'s line', async () => {
    const dir = makeRegister({});
    writeFileSync(join(dir, 'ks.csv'), 'No;Mitra;Judul;Tgl TTD;Status\r\n1;Provinsi Bali;Kesepakatan Bersama pariwisata;12-03-2025;\r\n2;Gyeongsangnam-do;Kerja sama umum;2019;aktif\r\n');
    const en = await runCli(['import', 'ks.csv', '--dry-run', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('Values inferred (not read from the cell):\n  ks!B2          partner "Provinsi Bali": type province (the name says so)\n  ks!B2          category KSDD from the partner (province in Indonesia)\n');
    expect(en.stdout.match(/inferred/g)).toHaveLength(1);
    expect(en.stdout).toContain('Values that could not be read (recorded as unknown):\n  ks!E2          no status: status: unknown\n');
    expect(en.stdout).toContain('Rows rejected (they do not become records):\n  ks!B3          partner "Gyeongsangnam-do" is new');
    expect(en.stdout.match(/rejected/g)).toHaveLength(2); // the title and the summary's count
    const id = await runCli(['import', 'ks.csv', '--dry-run', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('Nilai yang disimpulkan (bukan dari sel):\n  ks!B2          mitra "Provinsi Bali": jenis province (namanya menyebutkannya)\n  ks!B2          kategori KSDD dari mitra (province di Indonesia)\n');
    expect(id.stdout.match(/disimpulkan/g)).toHaveLength(1);
    expect(id.stdout).toContain('Baris yang ditolak (tidak menjadi data):\n  ks!B3          mitra "Gyeongsangnam-do" baru');
  });
});

describe('hostile files', () => {
  it('refuses macro-enabled workbooks, by name and by content', async () => {
    const dir = makeRegister({});
    writeFileSync(join(dir, 'x.xlsm'), 'PK');
    const r = await runCli(['import', 'x.xlsm'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('macro-enabled workbook');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRow(['Mitra', 'Judul']);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    zip.file('xl/vbaProject.bin', 'not really');
    writeFileSync(join(dir, 'y.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const r2 = await runCli(['import', 'y.xlsx'], { cwd: dir });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('holds macros');
  });

  it('stops a zip bomb at the inflated-size limit', async () => {
    const dir = makeRegister({});
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(70 * 1024 * 1024, 0x20), { compression: 'DEFLATE' });
    writeFileSync(join(dir, 'bomb.xlsx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = await runCli(['import', 'bomb.xlsx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unpacks to more than 64 MB');
  });

  it('refuses a sheet with more rows than the limit, with the way out', async () => {
    const dir = makeRegister({});
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Big');
    ws.addRow(['Mitra', 'Judul']);
    ws.getCell('A60000').value = 'x';
    await wb.xlsx.writeFile(join(dir, 'big.xlsx'));
    const r = await runCli(['import', 'big.xlsx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('60,000 rows; at most 50,000 are read');
  });

  it('never calculates formulas: the saved value, or nothing; external links are noted, never followed', async () => {
    const dir = makeRegister({});
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('F');
    ws.addRow(['Mitra', 'Judul', 'Tanggal', 'Keterangan']);
    ws.addRow(['Provinsi Bali', { formula: 'CONCAT("Kesepakatan ","Bersama")', result: 'Kesepakatan Bersama Bali' }, { formula: 'DATE(2025,3,12)' }, { formula: 'WEBSERVICE("http://example.invalid/")', result: 'cached' }]);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    zip.file('xl/externalLinks/externalLink1.xml', '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    writeFileSync(join(dir, 'f.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await runCli(['import', 'f.xlsx', '--yes', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.stdout).toContain('1 external link(s) in the workbook: never followed');
    expect(r.stdout).toContain('F!C2');
    expect(r.stdout).toContain('formula without a saved value');
    const a = readFileSync(join(dir, 'data/agreements/bali-mou.yaml'), 'utf8');
    expect(a).toContain('title: Kesepakatan Bersama Bali');
    expect(a).toContain('notes: cached');
    expect(a).not.toContain('signatures');
  });
});

describe('Excel out', () => {
  it('--format xlsx needs --output, and writes typed cells, a bold frozen header and a provenance sheet', async () => {
    const dir = exampleRegister();
    const none = await runCli(['report', 'expiring', '--format', 'xlsx', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('needs --output');
    const r = await runCli(['report', 'expiring', '--format', 'xlsx', '--output', 'e.xlsx', '--within', '10y', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'e.xlsx'));
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Every sheet's values: the first table (renewals not on record) has dates and no number column.
    const values = wb.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(values.some((v) => v instanceof Date)).toBe(true);
    expect(values.some((v) => typeof v === 'number')).toBe(true);
    expect(wb.worksheets.at(-1)?.name).toMatch(/Provenance|Asal data/);
    for (const cmd of [['report', 'inactive'], ['report', 'coverage'], ['report', 'summary'], ['list', 'partners'], ['list', 'activities']]) {
      const x = await runCli([...cmd, '--format', 'xlsx', '-o', `${cmd.join('-')}.xlsx`, '--as-of', '2026-11-22'], { cwd: dir });
      expect(x.code, cmd.join(' ') + x.stderr).toBe(0);
    }
  });

  it('round trip: list agreements --format xlsx, imported into an empty register, gives the same agreements', async () => {
    const src = exampleRegister();
    expect((await runCli(['list', 'agreements', '--format', 'xlsx', '-o', 'ag.xlsx', '--as-of', '2026-11-22'], { cwd: src })).code).toBe(0);
    const empty = emptyRegister();
    const r = await runCli(['import', join(src, 'ag.xlsx'), '--yes', '--as-of', '2026-11-22'], { cwd: empty });
    expect(r.code, r.stdout).toBe(0);
    expect(await listedAgreements(empty)).toEqual(await listedAgreements(src));
  });
});

describe('matching partners (issue 27)', () => {
  it('a name is matched only within the row\'s country: "Kota Surabaya, Indonesia" is not the Chinese "Kota Surabaya"', async () => {
    const dir = makeRegister({ 'data/partners/surabaya-cn.yaml': 'name: Kota Surabaya\naliases: [Surabaya City]\ntype: foreign_subnational\ncountry: CN\n' });
    const sheet = 'Mitra,Negara,Judul,Tanggal\nKota Surabaya,Indonesia,Kesepakatan Bersama Pariwisata,29/08/2020\nSurabaya City,Indonesia,Kesepakatan Bersama Pendidikan,01/09/2021\nKota Surabaya,Tiongkok,Memorandum Saling Pengertian Kota Kembar,02/10/2019\n';
    writeFileSync(join(dir, 'in.csv'), sheet);
    const r = await runCli(['import', 'in.csv', '--yes', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.stdout).not.toMatch(/A2 +"Kota Surabaya" → surabaya-cn/);
    expect(r.stdout).not.toMatch(/A3 +"Surabaya City" → surabaya-cn/);
    // The row that says China is matched to the Chinese partner.
    expect(r.stdout).toMatch(/A4 +"Kota Surabaya" → surabaya-cn \(name\)/);
    const made = readdirSync(join(dir, 'data/partners')).filter((f) => !['ntb.yaml', 'surabaya-cn.yaml'].includes(f));
    expect(made).toHaveLength(1);
    expect(readFileSync(join(dir, 'data/partners', made[0] as string), 'utf8')).toContain('country: ID');
    const id = (made[0] as string).replace(/\.yaml$/, '');
    const agreements = readdirSync(join(dir, 'data/agreements')).map((f) => readFileSync(join(dir, 'data/agreements', f), 'utf8'));
    // "Surabaya City" is an alias of the Chinese partner only; in Indonesia it is the new Kota Surabaya,
    // the same city written the other way (issue 20: "Kota X" and "X City" are one partner).
    expect(agreements.filter((a) => a.includes(`partners: [${id}]`))).toHaveLength(2);
    expect(agreements.filter((a) => a.includes('partners: [surabaya-cn]'))).toHaveLength(1);
    // The same sheet again, under another name: nothing is added.
    writeFileSync(join(dir, 'again.csv'), sheet);
    const again = await runCli(['import', 'again.csv', '--yes', '--as-of', '2026-11-22'], { cwd: dir });
    expect(again.stdout).toMatch(/^0 agreements and 0 new partners/m);
    expect(readdirSync(join(dir, 'data/agreements'))).toHaveLength(3);
    expect((await diagnosticsOf(dir)).filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('the partner\'s region code: a Kode Wilayah column (issue 23)', () => {
  it('matches a partner by its code whatever the spelling, records the code on a new one (its kind from the code), and refuses a code that contradicts the register', async () => {
    const dir = makeRegister({ 'data/partners/jatim.yaml': "name: Pemerintah Provinsi Jawa Timur\ntype: province\ncountry: ID\nids:\n  kemendagri: '35'\n" });
    const sheet = [
      'Mitra,Kode Wilayah,Judul,Tanggal',
      'Prov. Jatim,35,Kesepakatan Bersama Pariwisata,29/08/2020',
      'Sumbawa Barat,52.07,Kesepakatan Bersama Pertanian,01/09/2021',
      'Mataram,52.71,Kesepakatan Bersama Pendidikan,02/10/2019',
      'Mataram; Sumbawa Barat,52.71,Kesepakatan Bersama Kesehatan,03/10/2019',
      'Pemerintah Provinsi Jawa Timur,52,Kesepakatan Bersama Perikanan,04/10/2019',
      'Bima,5 2.x,Kesepakatan Bersama Perhubungan,05/10/2019',
    ].join('\n') + '\n';
    writeFileSync(join(dir, 'in.csv'), sheet);
    const r = await runCli(['import', 'in.csv', '--yes', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    // "Prov. Jatim" is no spelling of the register's name, but its code is Jawa Timur's.
    expect(r.stdout).toMatch(/A2 +"Prov\. Jatim" → jatim \(region code\)/);
    const partner = (id: string): string => readFileSync(join(dir, 'data/partners', `${id}.yaml`), 'utf8');
    const made = readdirSync(join(dir, 'data/partners')).map((f) => partner(f.replace(/\.yaml$/, '')));
    const sumbawa = made.find((p) => p.includes('Sumbawa Barat')) as string;
    expect(sumbawa).toContain('type: regency');
    expect(sumbawa).toMatch(/kemendagri: ['"]?52\.07/);
    const mataram = made.find((p) => p.includes('name: Mataram')) as string;
    expect(mataram).toContain('type: city');
    expect(mataram).toMatch(/kemendagri: ['"]?52\.71/);
    expect(r.stdout).toContain('its region code 52.71');
    // Two partners in one cell: the code is one region's, so it is not used, and said.
    expect(r.stdout).toContain('region code 52.71 not used: the row names 2 partners');
    // Jawa Timur by name, but the row says 52: not taken.
    expect(r.stdout).toContain('partner "Pemerintah Provinsi Jawa Timur" is jatim in the register, whose region code is 35, not 52');
    expect(r.stdout).toContain('region code "5 2.x" not recognised');
    expect((await diagnosticsOf(dir)).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads a code a spreadsheet stored as a number: 35.1 is 35.10', async () => {
    const { readRegionCode } = await import('../../src/import/map.js');
    expect([readRegionCode(52), readRegionCode(52.71), readRegionCode(35.1), readRegionCode(7), readRegionCode('52.71.01'), readRegionCode(' 52 '), readRegionCode('52.7'), readRegionCode(-1), readRegionCode('x')])
      .toEqual(['52', '52.71', '35.10', '07', '52.71.01', '52', undefined, undefined, undefined]);
  });
});

describe('CSV encodings (issue 27)', () => {
  it('a UTF-8 CSV with one bad byte is refused, with its line and column; it is never read again as Windows-1252', async () => {
    const dir = makeRegister({});
    const good = Buffer.from('Mitra,Judul,Negara\nPemerintah Kota Bekasi,Kesepakatan Bersama – Pariwisata,Indonesia\nKota Zürich,Kerja sama umum,Swiss\n', 'utf8');
    const at = good.indexOf('Zürich') + 1; // the ü: two bytes in UTF-8, one in Latin-1
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xfc]), good.subarray(at + 2)]);
    writeFileSync(join(dir, 'bad.csv'), bad);
    const r = await runCli(['import', 'bad.csv', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 3, column 7');
    expect(r.stderr).toContain('UTF-8');
    expect(r.stdout).not.toContain('â€“');
    const id = await runCli(['import', 'bad.csv', '--dry-run', '--lang', 'id'], { cwd: dir });
    expect(id.stderr).toContain('baris 3, kolom 7');
  });

  it('a CSV that is Windows-1252 throughout (Excel\'s CSV on an Indonesian Windows) is read as such, and the plan says so', async () => {
    const dir = makeRegister({});
    const text = 'Mitra,Judul,Negara\nKota Zürich,Kerja sama umum – pariwisata,Swiss\n';
    writeFileSync(join(dir, 'win.csv'), Buffer.from(text.replace('–', '\u0096'), 'latin1'));
    const r = await runCli(['import', 'win.csv', '--dry-run', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.stdout).toContain('read as Windows-1252');
    expect(r.stdout).toContain('Kota Zürich');
  });
});

describe('--rejects (issue 27)', () => {
  const SHEET = 'Mitra,Judul,Negara,Kategori\nProvinsi Bali,Kesepakatan Bersama Pariwisata,Indonesia,KSDD\nEntah,,,\n';

  it('an existing --rejects file is refused before anything is written: no records, the file as it was', async () => {
    const dir = makeRegister({ 'in.csv': SHEET, 'mine.csv': 'my own notes\n' });
    const r = await runCli(['import', 'in.csv', '--yes', '--rejects', 'mine.csv', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mine.csv');
    expect(readFileSync(join(dir, 'mine.csv'), 'utf8')).toBe('my own notes\n');
    expect(existsSync(join(dir, 'data/agreements'))).toBe(false);
    expect(readdirSync(join(dir, 'data/partners'))).toEqual(['ntb.yaml']);
    // Nor into the register's records.
    const inData = await runCli(['import', 'in.csv', '--yes', '--rejects', 'data/partners/r.csv', '--as-of', '2026-11-22'], { cwd: dir });
    expect(inData.code).toBe(2);
    expect(existsSync(join(dir, 'data/agreements'))).toBe(false);
    // With --force a regular file is replaced; the records and the rejects are both written.
    const forced = await runCli(['import', 'in.csv', '--yes', '--force', '--rejects', 'mine.csv', '--as-of', '2026-11-22'], { cwd: dir });
    expect(forced.code).toBe(1);
    expect(readFileSync(join(dir, 'mine.csv'), 'utf8')).toContain('Entah');
    expect(readdirSync(join(dir, 'data/agreements'))).toHaveLength(1);
  });
});

describe('where the rejects go', () => {
  it('beside the spreadsheet, or above the register when the spreadsheet is in it; never into the register', async () => {
    const { rejectsPath } = await import('../../src/cli/import.js');
    const io = { cwd: '/srv/kantor/register', env: {}, now: () => new Date(), stdoutIsTTY: false, stderrIsTTY: false, stdout: () => {}, stderr: () => {} };
    expect(rejectsPath(io, {}, '/home/staf/Unduhan/daftar.xlsx', '/srv/kantor/register')).toBe('/home/staf/Unduhan/daftar-rejects.csv');
    expect(rejectsPath(io, {}, '/srv/kantor/register/daftar.xlsx', '/srv/kantor/register')).toBe('/srv/kantor/daftar-rejects.csv');
    expect(rejectsPath(io, {}, '/srv/kantor/register/data/x.csv', '/srv/kantor/register')).toBe('/srv/kantor/x-rejects.csv');
    expect(rejectsPath(io, { rejects: 'here.csv' }, '/srv/kantor/register/daftar.xlsx', '/srv/kantor/register')).toBe('/srv/kantor/register/here.csv');
  });
});
