// Every report and list exported with --format xlsx, opened by Debian's real LibreOffice (headless, a
// private profile, a time limit) and saved as flat ODS XML, which a strict XML parser reads back: each
// sheet has its bold, frozen header row; every cell LibreOffice sees has the type the workbook gave it
// (a date a date with the same day, a number a float, a text the same text, never a formula), whatever a
// record's text starts with (=, +, -, @); and a workbook that LibreOffice saves again as .xlsx still
// imports into an empty register as the same agreements.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, emptyRegister, exampleRegister, listedAgreements, runCli, writeFiles } from '../helpers.js';

const SOFFICE = process.env['SOFFICE_PATH'] ?? ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p));
// In CI LibreOffice must be there (.ci/run installs it); elsewhere the test says why it is skipped.
if (!SOFFICE && process.env['CI']) throw new Error('soffice not found: .ci/run installs it with apt-get install -y --no-install-recommends libreoffice-calc-nogui');

const AS_OF = '2026-11-22';
/** Record text that a spreadsheet would run as a formula if it were ever written as one. */
const HOSTILE = {
  title: '=HYPERLINK("https://example.invalid/","klik")',
  partner: '@SUM(1,1) Rumus',
  visit: '-1+1 kunjungan kerja',
  training: '+62 pelatihan',
};
const COMMANDS: string[][] = [
  ['report', 'expiring', '--within', '10y'], ['report', 'expiring', '--all'], ['report', 'inactive'],
  ['report', 'coverage'], ['report', 'coverage', '--by', 'country'], ['report', 'coverage', '--matrix'], ['report', 'summary'],
  ['list', 'agreements'], ['list', 'partners'], ['list', 'activities'],
];
const LANGS = ['en', 'id'] as const;
const nameOf = (cmd: string[], lang: string): string => `${cmd.join(' ').replace(/[^a-z0-9]+/g, '-')}-${lang}`;

let work: string;
let register: string;
let fods: string;
let resaved: string;

/** soffice with a private HOME and profile, in its own process group, killed with it after `ms`. */
function soffice(args: string[], ms: number): Promise<string> {
  const home = join(work, 'home');
  mkdirSync(home, { recursive: true });
  return new Promise((resolvePromise, reject) => {
    const child = spawn(SOFFICE as string, ['--headless', '--norestore', '--nologo', '--nodefault', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, ...args], {
      cwd: work, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
    child.stderr.on('data', (b: Buffer) => { out += b.toString(); });
    const timer = setTimeout(() => {
      try { process.kill(-(child.pid as number), 'SIGKILL'); } catch { /* gone already */ }
      reject(new Error(`soffice ${args.join(' ')} took more than ${ms / 1000} s and was stopped:\n${out}`));
    }, ms);
    child.on('error', (err) => { clearTimeout(timer); reject(err); });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(out);
      else reject(new Error(`soffice ${args.join(' ')} exited ${code}:\n${out}`));
    });
  });
}

interface LoCell { type?: string; value?: string; date?: string; boolean?: string; formula?: string; style?: string; text: string }
interface LoSheet { name: string; rows: LoCell[][] }
interface Fods { sheets: LoSheet[]; bold: Set<string>; config: Map<string, Map<string, string>> }

/** A flat ODS document read with a strict XML parser: the cells of every sheet, bold styles, per-sheet view settings. */
function readFods(xml: string): Fods {
  const parser = new SaxesParser();
  const sheets: LoSheet[] = [];
  const bold = new Set<string>();
  const config = new Map<string, Map<string, string>>();
  let style: string | undefined;
  let row: { cells: LoCell[]; repeat: number } | undefined;
  let cell: { cell: LoCell; repeat: number; paragraphs: string[] } | undefined;
  let inParagraph = false;
  let tablesMap = false;
  let entry: string | undefined;
  let item: string | undefined;
  let itemText = '';
  const num = (s: string | undefined): number => (s ? Number(s) : 1);
  const empty = (c: LoCell): boolean => c.type === undefined && c.text === '';
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'style:style': style = a['style:name']; break;
      case 'style:text-properties': if (style && a['fo:font-weight'] === 'bold') bold.add(style); break;
      case 'table:table': sheets.push({ name: a['table:name'] ?? '', rows: [] }); break;
      case 'table:table-row': row = { cells: [], repeat: num(a['table:number-rows-repeated']) }; break;
      case 'table:table-cell': case 'table:covered-table-cell':
        cell = {
          cell: {
            text: '',
            ...(a['office:value-type'] ? { type: a['office:value-type'] } : {}),
            ...(a['office:value'] ? { value: a['office:value'] } : {}),
            ...(a['office:date-value'] ? { date: a['office:date-value'] } : {}),
            ...(a['office:boolean-value'] ? { boolean: a['office:boolean-value'] } : {}),
            ...(a['table:formula'] ? { formula: a['table:formula'] } : {}),
            ...(a['table:style-name'] ? { style: a['table:style-name'] } : {}),
          },
          repeat: num(a['table:number-columns-repeated']),
          paragraphs: [],
        };
        break;
      case 'text:p': if (cell) { cell.paragraphs.push(''); inParagraph = true; } break;
      case 'text:s': if (cell && inParagraph) cell.paragraphs[cell.paragraphs.length - 1] += ' '.repeat(num(a['text:c'])); break;
      case 'text:tab': if (cell && inParagraph) cell.paragraphs[cell.paragraphs.length - 1] += '\t'; break;
      case 'text:line-break': if (cell && inParagraph) cell.paragraphs[cell.paragraphs.length - 1] += '\n'; break;
      case 'config:config-item-map-named': if (a['config:name'] === 'Tables') tablesMap = true; break;
      case 'config:config-item-map-entry': if (tablesMap && a['config:name']) { entry = a['config:name']; config.set(entry, new Map()); } break;
      case 'config:config-item': if (entry) { item = a['config:name']; itemText = ''; } break;
      default: break;
    }
  });
  parser.on('text', (t) => {
    if (cell && inParagraph) cell.paragraphs[cell.paragraphs.length - 1] += t;
    if (item) itemText += t;
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'style:style': style = undefined; break;
      case 'text:p': inParagraph = false; break;
      case 'table:table-cell': case 'table:covered-table-cell':
        if (cell && row) {
          cell.cell.text = cell.paragraphs.join('\n');
          // The padding to the sheet's last column is one cell repeated thousands of times: not materialised.
          const n = empty(cell.cell) && cell.repeat > 1000 ? 0 : cell.repeat;
          for (let i = 0; i < n; i++) row.cells.push({ ...cell.cell });
        }
        cell = undefined;
        break;
      case 'table:table-row':
        if (row) {
          while (row.cells.length && empty(row.cells.at(-1) as LoCell)) row.cells.pop();
          const n = row.cells.length === 0 && row.repeat > 1000 ? 0 : row.repeat;
          for (let i = 0; i < n; i++) sheets.at(-1)?.rows.push(row.cells);
        }
        row = undefined;
        break;
      case 'table:table': {
        const rows = sheets.at(-1)?.rows;
        while (rows?.length && (rows.at(-1) as LoCell[]).length === 0) rows.pop();
        break;
      }
      case 'config:config-item-map-named': tablesMap = false; entry = undefined; break;
      case 'config:config-item-map-entry': entry = undefined; break;
      case 'config:config-item': if (entry && item) config.get(entry)?.set(item, itemText); item = undefined; break;
      default: break;
    }
  });
  parser.write(xml).close();
  return { sheets, bold, config };
}

/** A boolean, as LibreOffice writes one it read from .xlsx: a float 0/1 holding =TRUE() or =FALSE(), or a boolean. */
function loBoolean(c: LoCell): boolean | undefined {
  if (c.type === 'boolean') return c.boolean === 'true';
  if (c.type === 'float' && (c.formula === 'of:=TRUE()' || c.formula === 'of:=FALSE()')) return c.formula === 'of:=TRUE()';
  return undefined;
}

/** What LibreOffice must show for a cell the workbook holds, or a reason it does not. */
function mismatch(v: ExcelJS.CellValue, c: LoCell | undefined): string | undefined {
  const lo = c ?? { text: '' };
  if (lo.formula && loBoolean(lo) === undefined) return `a formula ${lo.formula}`;
  if (v === null || v === undefined || v === '') return lo.type === undefined ? undefined : `${lo.type} ${lo.text} where the workbook has nothing`;
  if (v instanceof Date) return lo.type === 'date' && lo.date?.slice(0, 10) === v.toISOString().slice(0, 10) ? undefined : `${lo.type} ${lo.date ?? lo.text}, not the date ${v.toISOString().slice(0, 10)}`;
  if (typeof v === 'number') return lo.type === 'float' && Number(lo.value) === v ? undefined : `${lo.type} ${lo.value ?? lo.text}, not the number ${v}`;
  if (typeof v === 'boolean') return loBoolean(lo) === v ? undefined : `${lo.type} ${lo.text}, not the boolean ${v}`;
  if (typeof v === 'string') return lo.type === 'string' && lo.text === v ? undefined : `${lo.type} ${JSON.stringify(lo.text)}, not the text ${JSON.stringify(v)}`;
  return `a workbook value of an unexpected kind: ${JSON.stringify(v)}`;
}

describe.skipIf(!SOFFICE)('the workbooks in LibreOffice', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'kerjasama-libreoffice-'));
    register = exampleRegister();
    // A partner and an agreement whose text a spreadsheet would take for formulas.
    writeFiles(register, {
      'data/partners/rumus.yaml': `name: '${HOSTILE.partner}'\ntype: company\ncountry: ID\n`,
      'data/agreements/ntb-rumus-2025.yaml': `title: '${HOSTILE.title}'\ncategory: KSDPK\ndocument_type: pks\npartners: [rumus]\nsignatures:\n  - { party: ntb, date: 2025-01-02 }\n  - { party: rumus, date: 2025-01-02 }\nend: 2027-01-01\nstatus: active\nsectors: [pariwisata]\n`,
      'data/activities/ntb-rumus-visit-2025.yaml': `title: '${HOSTILE.visit}'\ntype: visit\nagreements: [ntb-rumus-2025]\nstart: 2025-06-01\nstatus: held\n`,
      'data/activities/ntb-rumus-training-2026.yaml': `title: '${HOSTILE.training}'\ntype: training\nagreements: [ntb-rumus-2025]\nstart: 2026-03-01\nstatus: held\n`,
    });
    const books = join(work, 'books');
    mkdirSync(books);
    for (const lang of LANGS) {
      for (const cmd of COMMANDS) {
        const r = await runCli([...cmd, '--format', 'xlsx', '--output', join(books, `${nameOf(cmd, lang)}.xlsx`), '--as-of', AS_OF, '--lang', lang], { cwd: register });
        expect(r.code, `${cmd.join(' ')}: ${r.stderr}`).toBe(0);
        // Only the line saying where the workbook went (report --output says so, as export and site do).
        const out = join(books, `${nameOf(cmd, lang)}.xlsx`);
        expect(r.stderr.trimEnd().split('\n'), cmd.join(' ')).toEqual([expect.stringContaining(out)]);
      }
    }
    const all = LANGS.flatMap((lang) => COMMANDS.map((cmd) => join(books, `${nameOf(cmd, lang)}.xlsx`)));
    fods = join(work, 'fods');
    resaved = join(work, 'resaved');
    // One start of LibreOffice for all the workbooks; a second to save one again as .xlsx.
    await soffice(['--convert-to', 'fods', '--outdir', fods, ...all], 150_000);
    await soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', resaved, join(books, 'list-agreements-en.xlsx'), join(books, 'list-agreements-id.xlsx')], 60_000);
  }, 240_000);
  afterAll(() => {
    if (work && !process.env["KEEP_LO"]) rmSync(work, { recursive: true, force: true });
    cleanup();
  });

  for (const lang of LANGS) {
    for (const cmd of COMMANDS) {
      const name = nameOf(cmd, lang);
      it(`kerjasama ${cmd.join(' ')} --lang ${lang}: every cell typed as written, a bold header, no formula`, async () => {
        const doc = readFods(readFileSync(join(fods, `${name}.fods`), 'utf8'));
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(join(work, 'books', `${name}.xlsx`));
        expect(doc.sheets.map((s) => s.name)).toEqual(wb.worksheets.map((w) => w.name));
        // Sheet names cut to Excel's 31 characters do not end in the space the cut left.
        for (const s of doc.sheets) expect(s.name, 'sheet name').toBe(s.name.trim());
        const problems: string[] = [];
        for (const ws of wb.worksheets) {
          const sheet = doc.sheets.find((s) => s.name === ws.name) as LoSheet;
          // The header: text cells in bold, frozen above the rows.
          const header = sheet.rows[0] ?? [];
          expect(header.length, `${ws.name}: header row`).toBeGreaterThan(0);
          for (const h of header) {
            expect(h.type, `${ws.name}: header ${h.text}`).toBe('string');
            expect(doc.bold.has(h.style ?? ''), `${ws.name}: header ${h.text} is bold`).toBe(true);
          }
          const width = Math.max(ws.columnCount, ...sheet.rows.map((r) => r.length));
          for (let r = 1; r <= Math.max(ws.rowCount, sheet.rows.length); r++) {
            for (let c = 1; c <= width; c++) {
              const why = mismatch(ws.getRow(r).getCell(c).value, sheet.rows[r - 1]?.[c - 1]);
              if (why) problems.push(`${ws.name}!R${r}C${c}: LibreOffice has ${why}`);
            }
          }
        }
        expect(problems).toEqual([]);
      });
    }
  }

  it('shows dates as dates, numbers as numbers and record text as text: list agreements and partners, expiring, summary', () => {
    const sheetsOf = (name: string): LoSheet[] => readFods(readFileSync(join(fods, `${name}.fods`), 'utf8')).sheets;
    const [agreements] = sheetsOf('list-agreements-en');
    const head = (agreements as LoSheet).rows[0]?.map((c) => c.text) ?? [];
    expect(head.slice(0, 6)).toEqual(['id', 'title', 'category', 'document type', 'partners', 'start']);
    const row = (s: LoSheet, id: string): LoCell[] => s.rows.find((r) => r[0]?.text === id) ?? [];
    const loi = row(agreements as LoSheet, 'jabar-shizuoka-loi-2016');
    expect(loi[head.indexOf('start')]).toMatchObject({ type: 'date', date: expect.stringMatching(/^2016-11-19/) });
    const hostile = row(agreements as LoSheet, 'ntb-rumus-2025');
    expect(hostile[head.indexOf('title')]).toMatchObject({ type: 'string', text: HOSTILE.title });
    expect(hostile[head.indexOf('title')]?.formula).toBeUndefined();
    expect(hostile[head.indexOf('end')]).toMatchObject({ type: 'date', date: expect.stringMatching(/^2027-01-01/) });
    const [partners] = sheetsOf('list-partners-id');
    expect((partners as LoSheet).rows.flat().find((c) => c.text === HOSTILE.partner)).toMatchObject({ type: 'string' });
    // Every one of them stays text wherever a report shows it.
    const everywhere = LANGS.flatMap((lang) => COMMANDS.flatMap((cmd) => sheetsOf(nameOf(cmd, lang)))).flatMap((s) => s.rows.flat());
    for (const text of Object.values(HOSTILE)) {
      for (const c of everywhere.filter((x) => x.text.includes(text))) expect(c, text).toMatchObject({ type: 'string' });
    }
    for (const text of Object.values(HOSTILE)) expect(everywhere.some((c) => c.text === text), text).toBe(true);
    const expiring = sheetsOf('report-expiring-within-10y-en')[0] as LoSheet;
    expect(expiring.rows.slice(1).some((r) => r.some((c) => c.type === 'date'))).toBe(true);
    const summary = sheetsOf('report-summary-en').flatMap((s) => s.rows.flat());
    expect(summary.some((c) => c.type === 'float' && !c.formula)).toBe(true);
    // The provenance sheet: the as-of day as a date.
    const provenance = sheetsOf('report-summary-id').at(-1) as LoSheet;
    expect(provenance.name).toBe('Asal data');
    expect(provenance.rows.flat().find((c) => c.type === 'date')).toMatchObject({ date: expect.stringMatching(/^2026-11-22/) });
  });

  for (const lang of LANGS) {
    it(`round trip (--lang ${lang}): list agreements as xlsx, saved again by LibreOffice, imports into an empty register as the same agreements`, async () => {
      const empty = emptyRegister();
      const r = await runCli(['import', join(resaved, `list-agreements-${lang}.xlsx`), '--yes', '--as-of', AS_OF], { cwd: empty });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(await listedAgreements(empty, AS_OF)).toEqual(await listedAgreements(register, AS_OF));
    });
  }
});
