// kerjasama report periodic end to end, on the example register: golden recap, implementation and
// evaluation for 2025 and 2026-S1, as .docx and .xlsx (compared as the text a reader sees, test/periodicText.ts);
// LibreOffice (the real soffice) opens each of them and its text is the same; a PDF through LibreOffice; a
// region's own .docx and .xlsx forms with loops and conditions; an unknown placeholder is an error naming
// it; hostile record text stays text (no formula, no markup, no placeholder); every column of the recap is
// traced in docs/periodic-reports.md. UPDATE_GOLDEN=1 rewrites the golden files.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iso } from '../src/model/dates.js';
import { parsePeriod, previousPeriod } from '../src/model/period.js';
import { day } from '../src/model/dates.js';
import { RECAP_COLUMNS } from '../src/view/periodic.js';
import { VERSION } from '../src/cli/version.js';
import { docxText, xlsxText } from './periodicText.js';
import { cleanup, exampleRegister, REPO, runCli, writeFiles } from './helpers.js';

afterAll(cleanup);

const GOLDEN = join(REPO, 'test', 'golden', 'periodic');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const PERIODS = ['2025', '2026-S1'];
const TEMPLATES = ['recap', 'implementation', 'evaluation'];
const FORMATS = ['docx', 'xlsx'] as const;
/** The day the documents are made (their signature date and provenance). */
const NOW = '2026-07-15T03:00:00Z';
/** The one line a report written to a file says on stderr (cli/report.ts sayWritten), and nothing else. */
const written = (file: string): RegExp => new RegExp(`^kerjasama: report periodic (written to|ditulis ke) ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\((docx|xlsx|pdf|html|json), (as of|per) 15 Jul 2026\\)\n$`);

let register: string;
let out: string;
const made: Array<{ name: string; path: string; format: 'docx' | 'xlsx'; text: string }> = [];

/** The version is the only thing in a document that changes with a release. */
const stable = (s: string): string => s.split(`kerjasama ${VERSION}`).join('kerjasama <version>');

beforeAll(async () => {
  register = exampleRegister();
  out = mkdtempSync(join(tmpdir(), 'kerjasama-periodic-'));
  for (const period of PERIODS) {
    for (const template of TEMPLATES) {
      for (const format of FORMATS) {
        const name = `${period}-${template}.${format}`;
        const path = join(out, name);
        const r = await runCli(['report', 'periodic', '--period', period, '--template', template, '--output', path], { cwd: register, now: NOW });
        // Only the one line that says the file was written (as export and site say theirs).
        expect(r.stderr).toMatch(written(path));
        expect(r.code).toBe(0);
        const bytes = readFileSync(path);
        made.push({ name, path, format, text: stable(format === 'docx' ? await docxText(bytes) : await xlsxText(bytes)) });
      }
    }
  }
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('periods', () => {
  it('reads a year, a half-year, a quarter, a month and a range, and nothing else', () => {
    const days = (t: string): string | undefined => {
      const p = parsePeriod(t);
      return p && `${p.kind} ${p.text} ${iso(p.from)}..${iso(p.to)}`;
    };
    expect(days('2026')).toBe('year 2026 2026-01-01..2026-12-31');
    expect(days('2026-S1')).toBe('semester 2026-S1 2026-01-01..2026-06-30');
    expect(days('2026-h2')).toBe('semester 2026-S2 2026-07-01..2026-12-31');
    expect(days('2026-Q3')).toBe('quarter 2026-Q3 2026-07-01..2026-09-30');
    expect(days('2024-02')).toBe('month 2024-02 2024-02-01..2024-02-29');
    expect(days('2026-01..2026-03')).toBe('range 2026-01-01..2026-03-31 2026-01-01..2026-03-31');
    for (const bad of ['', '26', '2026-S3', '2026-Q5', '2026-13', '2026-03-31..2026-01-01', '2026..', 'S1', '~2026..2027']) expect(parsePeriod(bad), bad).toBeUndefined();
  });

  it('without --period, the last whole period of the frequency', () => {
    const on = day('2026-07-15');
    expect(previousPeriod('semester', on).text).toBe('2026-S1');
    expect(previousPeriod('quarter', on).text).toBe('2026-Q2');
    expect(previousPeriod('month', on).text).toBe('2026-06');
    expect(previousPeriod('year', on).text).toBe('2025');
    expect(previousPeriod('semester', day('2026-01-01')).text).toBe('2025-S2');
    expect(previousPeriod('month', day('2026-01-31')).text).toBe('2025-12');
  });
});

describe('golden documents of the example register', () => {
  for (const period of PERIODS) {
    for (const template of TEMPLATES) {
      for (const format of FORMATS) {
        const name = `${period}-${template}.${format}`;
        it(name, () => {
          const doc = made.find((m) => m.name === name);
          expect(doc).toBeDefined();
          const file = join(GOLDEN, `${name}.txt`);
          if (UPDATE) {
            mkdirSync(GOLDEN, { recursive: true });
            writeFileSync(file, doc?.text ?? '');
          }
          expect(doc?.text).toBe(readFileSync(file, 'utf8'));
        });
      }
    }
  }

  it('every document ends with its provenance, and no value is blank where something is not known', () => {
    for (const m of made) {
      expect(m.text, m.name).toMatch(/Dibuat oleh kerjasama <version> dari register/);
      expect(m.text, m.name).not.toMatch(/\{[#^/]?[a-z_.]+\}/); // no placeholder left
      expect(m.text, m.name).not.toMatch(/undefined|null|NaN/);
    }
    const recap = made.find((m) => m.name === '2026-S1-recap.docx')?.text ?? '';
    expect(recap).toContain('tidak diketahui');
  });

  it('the same days give the same bytes', async () => {
    for (const format of FORMATS) {
      const again = join(out, `again.${format}`);
      const r = await runCli(['report', 'periodic', '--period', '2026-S1', '--output', again], { cwd: register, now: NOW });
      expect(r.code).toBe(0);
      expect(readFileSync(again).equals(readFileSync(join(out, `2026-S1-recap.${format}`))), format).toBe(true);
    }
  });
});

// ---- LibreOffice ---------------------------------------------------------------------------------------

const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p));

/** The words of a text in order, without the separators our extraction and LibreOffice's write differently. */
const words = (s: string): string[] => s.replace(/"/g, '').split(/[\s|/;,]+/).filter((w) => w !== '' && w !== '–');

describe.skipIf(!SOFFICE)('LibreOffice opens every document', () => {
  it('converts each .docx to text and each .xlsx to CSV, with the same words as the golden text', () => {
    const conv = mkdtempSync(join(tmpdir(), 'kerjasama-lo-'));
    try {
      const run = (filter: string, files: string[]): void => {
        const r = spawnSync(SOFFICE as string, ['--headless', '--norestore', `-env:UserInstallation=file://${join(conv, 'profile')}`, '--convert-to', filter, '--outdir', conv, ...files], { encoding: 'utf8', timeout: 600_000, env: { PATH: process.env['PATH'] ?? '', HOME: conv, LANG: 'C.UTF-8' } });
        expect(r.status, r.stderr).toBe(0);
      };
      run('txt:Text (encoded):UTF8', made.filter((m) => m.format === 'docx').map((m) => m.path));
      run('csv:Text - txt - csv (StarCalc):44,34,76,1', made.filter((m) => m.format === 'xlsx').map((m) => m.path));
      for (const m of made) {
        const base = m.name.replace(/\.(docx|xlsx)$/, '');
        const lo = readFileSync(join(conv, `${base}.${m.format === 'docx' ? 'txt' : 'csv'}`), 'utf8').replace(/^\uFEFF/, '');
        // Our extraction marks numbers (#3) and rows (12:) and names the sheet; LibreOffice's CSV does not.
        const ours = m.format === 'xlsx' ? m.text.replace(/^# .*$/m, '').replace(/^\d+: /gm, '').replace(/#(\d+)/g, '$1') : m.text;
        expect(words(lo.split(`kerjasama ${VERSION}`).join('kerjasama <version>')), m.name).toEqual(words(ours));
      }
    } finally {
      rmSync(conv, { recursive: true, force: true });
    }
  }, 900_000);

  it('--format pdf makes a PDF through LibreOffice', async () => {
    const pdf = join(out, 'recap.pdf');
    const r = await runCli(['report', 'periodic', '--period', '2026-S1', '--format', 'pdf', '--output', pdf], { cwd: register, now: NOW, env: { PATH: process.env['PATH'] ?? '' } });
    expect(r.stderr).toMatch(written(pdf));
    expect(r.code).toBe(0);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Rekapitulasi Kerja Sama Daerah');
  }, 600_000);
});

it('without LibreOffice, --format pdf says how to get it, and writes nothing', async () => {
  const pdf = join(out, 'none.pdf');
  const r = await runCli(['report', 'periodic', '--period', '2026-S1', '--format', 'pdf', '--output', pdf, '--lang', 'en'], { cwd: register, now: NOW, env: { SOFFICE_PATH: join(out, 'no-such-soffice'), PATH: '' } });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('a PDF is made with LibreOffice, which is not installed');
  expect(existsSync(pdf)).toBe(false);
});

// ---- a region's own forms ------------------------------------------------------------------------------

/** A minimal .docx whose body is these paragraphs. */
function docx(paragraphs: string[]): Uint8Array {
  const zip = new PizZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);
  return zip.generate({ type: 'uint8array' });
}

describe("a region's own forms", () => {
  it('a .docx form with a loop and a condition renders', async () => {
    const form = join(out, 'form.docx');
    writeFileSync(form, docx([
      'LAPORAN {period}',
      '{#has_addressee}{addressee}{/has_addressee}',
      '{#groups}',
      '{category_label}',
      '{#rows}',
      '{no}. {title} [{status}]{#activity_count} kegiatan: {activity_count}{/activity_count}',
      '{/rows}',
      '{/groups}',
      '{^has_rows}{empty}{/has_rows}',
      '{labels.total}: {total}',
    ]));
    const file = join(out, 'own.docx');
    const r = await runCli(['report', 'periodic', '--period', '2026-S1', '--template', form, '--output', file], { cwd: register, now: NOW });
    expect(r.stderr).toMatch(written(file));
    expect(r.code).toBe(0);
    const text = await docxText(readFileSync(file));
    expect(text).toContain('LAPORAN Semester I Tahun 2026\nKepada Yth.: Menteri Dalam Negeri');
    expect(text).toMatch(/\nKSDD: dengan daerah lain\n1\. NTB–Jawa Timur[^\n]*\[berlaku\]\n/);
    expect(text).toMatch(/\[berlaku\] kegiatan: 2\n/);
    expect(text).not.toContain('{');
    expect(text).toMatch(/\nJumlah: \d+\n$/);
  });

  it('reporting.templates names the form a report uses in its format; a path outside the register is refused', async () => {
    const reg = exampleRegister();
    writeFileSync(join(reg, 'rekap.docx'), docx(['REKAP DAERAH {period_code}: {total}']));
    const cfg = readFileSync(join(reg, 'kerjasama.yaml'), 'utf8');
    writeFileSync(join(reg, 'kerjasama.yaml'), `${cfg}  templates:\n    recap: rekap.docx\n`);
    const file = join(out, 'configured.docx');
    const r = await runCli(['report', 'periodic', '--period', '2026-S1', '--output', file], { cwd: reg, now: NOW });
    expect(r.stderr).toMatch(written(file));
    expect(r.code).toBe(0);
    expect(await docxText(readFileSync(file))).toBe('REKAP DAERAH 2026-S1: 13\n');
    // The .xlsx of the same report still comes from the built-in form.
    const x = join(out, 'configured.xlsx');
    expect((await runCli(['report', 'periodic', '--period', '2026-S1', '--output', x], { cwd: reg, now: NOW })).code).toBe(0);
    expect(await xlsxText(readFileSync(x))).toContain('Rekapitulasi Kerja Sama Daerah');
    writeFileSync(join(reg, 'kerjasama.yaml'), `${cfg}  templates:\n    recap: ../rekap.docx\n`);
    const outside = await runCli(['report', 'periodic', '--period', '2026-S1', '--output', join(out, 'outside.docx'), '--lang', 'en'], { cwd: reg, now: NOW });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('reporting.templates: ../rekap.docx is outside the register');
  });

  it('a .docx form with a placeholder that names no value is an error naming it, with the closest name', async () => {
    const form = join(out, 'typo.docx');
    writeFileSync(form, docx(['{titel}', '{#groups}{categori}{/groups}']));
    const file = join(out, 'typo-out.docx');
    const r = await runCli(['report', 'periodic', '--period', '2026', '--template', form, '--output', file, '--lang', 'en'], { cwd: register, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('placeholders that name no value: {categori} (did you mean {category}?), {titel} (did you mean {title}?)');
    expect(existsSync(file)).toBe(false);
  });

  it('a broken .docx form is a clear error, not a stack trace', async () => {
    const form = join(out, 'broken.docx');
    writeFileSync(form, docx(['{#groups}{title}']));
    const r = await runCli(['report', 'periodic', '--template', form, '--output', join(out, 'broken-out.docx'), '--lang', 'en'], { cwd: register, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the form .*broken\.docx has a broken placeholder: .*groups/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('a .docx form\'s broken placeholders are said in the reader\'s language, each naming its tag', async () => {
    const cases: Array<[string[], string, string]> = [
      [['{#groups}{title}'], '{#groups} is not closed', '{#groups} tidak ditutup'],
      [['{title}{/groups}'], '{/groups} closes nothing', '{/groups} tidak menutup apa pun'],
      [['{#groups}x{/rows}'], '{/rows} closes {#groups}', '{/rows} menutup {#groups}'],
      [['{title'], '{title is not closed with }', '{title tidak ditutup dengan }'],
      [['title}'], 'title} is not opened with {', 'title} tidak dibuka dengan {'],
    ];
    for (const [paragraphs, en, id] of cases) {
      const form = join(out, 'broken-lang.docx');
      writeFileSync(form, docx(paragraphs));
      for (const [lang, said] of [['en', en], ['id', id]] as const) {
        const r = await runCli(['report', 'periodic', '--period', '2026', '--template', form, '--output', join(out, 'broken-lang-out.docx'), '--lang', lang], { cwd: register, now: NOW });
        expect(r.code, paragraphs.join('')).toBe(2);
        expect(r.stderr, `${paragraphs.join('')} (${lang})`).toContain(said);
      }
    }
  });

  it('an .xlsx form: row loops over groups and rows, a condition in a cell, numbers as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Rekap {period_code}');
    ws.addRow(['{title}', '{period}']);
    ws.addRow(['{#groups}{category}', '{count}']);
    ws.addRow(['{#rows}{no}', '{title}', '{unit}', '{#activity_count}ada kegiatan{/activity_count}{^activity_count}-{/activity_count}{/rows}']);
    ws.addRow(['{/groups}']);
    ws.addRow(['{labels.total}', '{total}']);
    const form = join(out, 'form.xlsx');
    writeFileSync(form, Buffer.from(await wb.xlsx.writeBuffer()));
    const file = join(out, 'own.xlsx');
    const r = await runCli(['report', 'periodic', '--period', '2026-S1', '--template', form, '--output', file], { cwd: register, now: NOW });
    expect(r.stderr).toMatch(written(file));
    expect(r.code).toBe(0);
    const text = await xlsxText(readFileSync(file));
    expect(text).toMatch(/^# Rekap 2026-S1\n1: Rekapitulasi Kerja Sama Daerah \| Semester I Tahun 2026\n2: KSDD \| #3\n3: #1 \| NTB–Jawa Timur[^\n]* \| tidak diketahui \| -\n/);
    expect(text).toMatch(/\| ada kegiatan\n/);
    expect(text).toMatch(/\n\d+: Jumlah \| #\d+\n$/);
  });
});

// ---- hostile record text -------------------------------------------------------------------------------

describe('hostile record text', () => {
  const HOSTILE = '=HYPERLINK("http://evil.example/","klik") <script>alert(1)</script> {title} {#groups}';
  let reg: string;
  beforeAll(() => {
    reg = exampleRegister();
    const path = join(reg, 'data', 'agreements');
    const f = 'ntb-unram-vokasi-2024.yaml';
    const text = readFileSync(join(path, f), 'utf8').replace(/^title: .*$/m, `title: '${HOSTILE.replace(/'/g, "''")}'`);
    writeFiles(reg, { [`data/agreements/${f}`]: text });
  });

  it('stays text in .xlsx (no formula), .docx (no markup, no placeholder) and HTML (escaped)', async () => {
    const x = join(out, 'hostile.xlsx');
    const d = join(out, 'hostile.docx');
    const h = join(out, 'hostile.html');
    for (const file of [x, d, h]) {
      const r = await runCli(['report', 'periodic', '--period', '2026-S1', '--output', file], { cwd: reg, now: NOW });
      expect(r.stderr).toMatch(written(file));
      expect(r.code).toBe(0);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(x) as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    wb.worksheets[0]?.eachRow((row) => row.eachCell((c) => { cells.push(c); }));
    const hit = cells.find((c) => c.value === HOSTILE);
    expect(hit?.type).toBe(ExcelJS.ValueType.String);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    const sheetXml = await (await JSZip.loadAsync(readFileSync(x))).file('xl/worksheets/sheet1.xml')?.async('string');
    expect(sheetXml).not.toContain('<f>');
    const docXml = await (await JSZip.loadAsync(readFileSync(d))).file('word/document.xml')?.async('string') ?? '';
    expect(docXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {title} {#groups}');
    expect(docXml).not.toContain('<script');
    expect(await docxText(readFileSync(d))).toContain(HOSTILE);
    const html = readFileSync(h, 'utf8');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

// ---- usage ---------------------------------------------------------------------------------------------

describe('usage errors', () => {
  it('name the forms a period takes, the closest template, and a binary format without --output', async () => {
    const period = await runCli(['report', 'periodic', '--period', '2026-S3', '--lang', 'en'], { cwd: register });
    expect(period.code).toBe(2);
    expect(period.stderr).toContain('--period takes a year (2026), a half-year (2026-S1), a quarter (2026-Q3), a month (2026-03) or two days FROM..TO (2026-01-01..2026-03-31), not "2026-S3"');
    const tpl = await runCli(['report', 'periodic', '--template', 'recpa', '--lang', 'en'], { cwd: register });
    expect(tpl.code).toBe(2);
    expect(tpl.stderr).toContain('(did you mean recap?)');
    const bin = await runCli(['report', 'periodic', '--format', 'xlsx', '--lang', 'en'], { cwd: register });
    expect(bin.code).toBe(2);
    expect(bin.stderr).toContain('--format xlsx writes a file and needs --output FILE.xlsx');
  });

  it('--write-template writes a built-in form that fills to the same document', async () => {
    const form = join(out, 'recap-form.xlsx');
    const w = await runCli(['report', 'periodic', '--template', 'recap', '--write-template', form], { cwd: register });
    expect(w.code).toBe(0);
    const file = join(out, 'from-form.xlsx');
    const r = await runCli(['report', 'periodic', '--period', '2026-S1', '--template', form, '--output', file], { cwd: register, now: NOW });
    expect(r.code).toBe(0);
    expect(stable(await xlsxText(readFileSync(file)))).toBe(made.find((m) => m.name === '2026-S1-recap.xlsx')?.text);
  });
});

// ---- the docs ------------------------------------------------------------------------------------------

it('docs/periodic-reports.md traces every column of the recap to a field or a documented derivation', () => {
  const doc = readFileSync(join(REPO, 'docs', 'periodic-reports.md'), 'utf8');
  for (const c of RECAP_COLUMNS) {
    const line = doc.split('\n').find((l) => l.startsWith(`| \`${c.key}\``));
    expect(line, `a row for ${c.key}`).toBeDefined();
    for (const s of c.sources) expect(line, `${c.key} from ${s}`).toContain(`\`${s}\``);
  }
  for (const s of new Set(RECAP_COLUMNS.flatMap((c) => c.sources).filter((s) => /^(facts|report|derived)\./.test(s)))) {
    expect(doc, `the derivation ${s} explained`).toMatch(new RegExp(`^- \`${s.replace('.', '\\.')}\``, 'm'));
  }
});
