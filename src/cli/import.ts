// kerjasama import <file>: a spreadsheet (.xlsx, .csv) into the register. read (src/import/read.ts) →
// map rows to proposed records (src/import/map.ts, pure) → check each record as the loader would
// (checkFile) and the whole register with them (RULES), rejecting the rows whose records would not be
// valid → show the plan → write all or nothing: every file staged in a folder inside the register, then
// linked into place without overwriting; if any place is taken, the ones already placed are removed.

import { existsSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { runChecks } from '../check/index.js';
import { checkFile } from '../load/load.js';
import { messageOf } from '../model/diagnostics.js';
import { KIND_DIRS, type AnyRecord, type Dataset, type Diagnostic, type Kind, type Lang } from '../model/types.js';
import { maxOf, pushAll } from '../model/lists.js';
import { csvField } from '../render/reportCsv.js';
import { toYaml } from '../scaffold/yaml.js';
import { columnsFromFile, detectColumns, parseMapping, type ColumnMap, type MappingFile } from '../import/columns.js';
import type { MappingProblem } from '../import/problems.js';
import { mapRows, type PartnerTable, type Proposal, type Sheet } from '../import/map.js';
import { cellRef, type Problem } from '../import/problems.js';
import { readSpreadsheet, ReadError, type Workbook } from '../import/read.js';
import { cellText, fold } from '../import/values.js';
import { kindOfPath, loadOrExplain, makeRealFolder, processAlive, outputPath, replaceFile, resolveRoot, writeNewFile, type GlobalOptions } from './common.js';
import { mappingLines, mappingProblemText, mappingText, planText, printable, problemText, summaryLine } from './importPlan.js';
import { UsageError, type IO } from './io.js';
import { say, t, type MessageKey } from './messages.js';

export interface ImportOptions extends GlobalOptions {
  sheet?: string;
  mapping?: string;
  writeMapping?: string;
  dryRun?: boolean;
  yes?: boolean;
  rejects?: string;
  force?: boolean;
}

interface Planned { kind: Kind; id: string; rel: string; yaml: string; rows: number[]; data: unknown }

export async function importCommand(io: IO, file: string, opts: ImportOptions): Promise<number> {
  // --rejects is checked before anything is read or written: the rows it would hold are never lost
  // after the records are written (never among the records, never over a file without --force).
  const rejectsGiven = opts.rejects !== undefined ? outputPath(io, opts.rejects) : undefined;
  if (rejectsGiven !== undefined && lstatExists(rejectsGiven)) {
    if (!opts.force) throw new UsageError(say('import.rejectsExists', { file: opts.rejects as string }));
    const st = lstatSync(rejectsGiven);
    if (!st.isFile()) throw new UsageError((l) => t(l, 'notRegularFile', { path: opts.rejects as string, kind: t(l, kindOfPath(st)) }));
  }
  // An import killed while writing is taken back before the register is read (its placed files would
  // otherwise count as imported); --dry-run changes nothing, so it only reads.
  const taken = opts.dryRun ? undefined : recoverImports(resolveRoot(io, opts));
  const { loaded, lang, asOf } = loadOrExplain(io, opts);
  if (taken && taken.stages > 0) io.stderr(`kerjasama: ${t(lang, 'import.recovered', { files: taken.files })}\n`);
  const path = resolve(io.cwd, file);
  let book: Workbook;
  try {
    book = await readSpreadsheet(path);
  } catch (err) {
    if (err instanceof ReadError) {
      const key: MessageKey = `import.read.${err.code}`;
      throw new UsageError(say(key, err.params));
    }
    throw err;
  }
  let mapping: MappingFile | undefined;
  if (opts.mapping !== undefined) {
    const mpath = resolve(io.cwd, opts.mapping);
    let text: string;
    try {
      text = readFileSync(mpath, 'utf8');
    } catch (err) {
      throw new UsageError(say('import.cannotReadMapping', { file: opts.mapping, cause: (err as NodeJS.ErrnoException).code ?? (err as Error).message }));
    }
    const m = parseMapping(text);
    if ('problem' in m) throw new UsageError((l) => `${opts.mapping}: ${mappingProblemText(m, l)}`);
    mapping = m;
  }
  const sheet = chooseSheet(book, opts.sheet ?? mapping?.sheet, lang);
  const cols: ColumnMap | MappingProblem | undefined = mapping ? columnsFromFile(sheet.rows, mapping) : detectColumns(sheet.rows);
  if (cols && 'problem' in cols) throw new UsageError((l) => `${opts.mapping}: ${mappingProblemText(cols, l)}`);
  const width = maxOf(sheet.rows.slice(0, 200).map((r) => r.length), 0);

  if (opts.writeMapping !== undefined) {
    const target = outputPath(io, opts.writeMapping);
    const text = mappingText(cols ?? { fields: new Map(), headers: new Map(), headerRows: [1], from: 'headers' }, sheet.name, width, lang);
    // --force replaces a regular file (atomically), never anything else: a link, a FIFO, a device, a folder.
    if (opts.force) replaceFile(target, text, opts.writeMapping);
    else if (lstatExists(target)) throw new UsageError(say('import.mappingExists', { file: opts.writeMapping }));
    else writeNewFile(target, text, opts.writeMapping);
    io.stderr(`kerjasama: ${t(lang, 'import.wroteMapping', { mapping: opts.writeMapping, file })}\n`);
    return 0;
  }
  if (!cols) {
    throw new UsageError(say('import.noHeaderRow', { sheet: printable(sheet.name) }));
  }

  const fileName = basename(path);
  const proposal = mapRows({
    sheet, columns: cols, dataset: loaded.dataset, fileName, workbook: book.workbook,
    ...(mapping?.defaults ? { defaults: mapping.defaults } : {}),
    ...(partnerSheet(book, sheet) ? { partnerTable: partnerSheet(book, sheet) as PartnerTable } : {}),
  });
  for (const f of book.formulas) if (f.sheet === sheet.name) proposal.problems.push({ kind: 'info', code: 'formula-no-value', row: f.row, col: f.col, params: {} });

  const { planned, extra, warnings } = checkProposal(proposal, loaded.dataset, asOf, lang);
  const out: string[] = [t(lang, 'import.plan.command', { file: printable(fileName) }), ...mappingLines(cols, sheet.name, width, lang)];
  if (book.externalLinks) out.push(t(lang, 'import.plan.externalLinks', { n: book.externalLinks }));
  if (book.encoding === 'windows-1252') out.push(t(lang, 'import.plan.windows1252'));
  const files = planned.map((p) => ({ file: p.rel, rows: p.rows }));
  out.push(planText({ proposal, sheet: sheet.name, extra, files, warnings, lang }).trimEnd());
  const rejectedRows = [...new Set([...proposal.rejected, ...extra.filter((x) => x.kind === 'reject').map((x) => x.row)])].sort((a, b) => a - b);
  const skipped = proposal.problems.filter((x) => ['skipped-totals', 'skipped-section', 'already-imported', 'duplicate-row'].includes(x.code)).length;
  const counts = { agreements: planned.filter((p) => p.kind === 'agreement').length, partners: planned.filter((p) => p.kind === 'partner').length, rejected: rejectedRows.length, skipped, blank: proposal.blankRows };
  out.push('', summaryLine(counts, lang));
  io.stdout(out.join('\n') + '\n');

  const rejectsFile = rejectedRows.length ? rejectsPath(io, opts, path, loaded.root) : undefined;
  if (planned.length === 0) {
    io.stderr(`kerjasama: ${t(lang, 'import.nothingToWrite')}\n`);
    return rejectedRows.length ? 1 : 0;
  }
  let write = false;
  if (opts.dryRun) io.stderr(`kerjasama: ${t(lang, 'import.dryRun')}\n`);
  else if (opts.yes) write = true;
  else if (io.prompt) {
    const a = await io.prompt(t(lang, 'import.ask', { n: planned.length, rejects: rejectsFile ? relative(io.cwd, rejectsFile) : '' }));
    write = /^(y|yes|ya)$/i.test(a.trim());
    if (!write) io.stderr(`kerjasama: ${t(lang, 'import.notWritten')}\n`);
  } else {
    io.stderr(`kerjasama: ${t(lang, 'import.noTerminal')}\n`);
  }
  if (write) {
    const rejectsText = rejectsFile ? rejectsCsv(sheet, cols, rejectedRows, [...proposal.problems, ...extra], lang) : undefined;
    const shownRejects = rejectsFile ? relative(io.cwd, rejectsFile) : '';
    // A new rejects file is made first (it claims its name, so nothing can take it once the records are
    // written) and taken back if the records are not written; one replaced with --force is replaced last.
    const replacing = rejectsFile !== undefined && opts.force === true && lstatExists(rejectsFile);
    if (rejectsFile && rejectsText !== undefined && !replacing) writeNewFile(rejectsFile, rejectsText, shownRejects);
    try {
      await writeAll(loaded.root, planned, io);
    } catch (err) {
      if (rejectsFile && !replacing) rmSync(rejectsFile, { force: true });
      throw err;
    }
    if (rejectsFile && rejectsText !== undefined && replacing) replaceFile(rejectsFile, rejectsText, shownRejects);
    io.stderr(`kerjasama: ${t(lang, 'import.wrote', { n: planned.length, rejects: rejectsFile ? relative(io.cwd, rejectsFile) : '' })}\n`);
  }
  return rejectedRows.length ? 1 : 0;
}

function chooseSheet(book: Workbook, wanted: string | number | undefined, lang: Lang): Sheet {
  const names = book.sheets.map((s) => s.name);
  if (wanted !== undefined && book.workbook) {
    const byName = book.sheets.find((s) => s.name === String(wanted)) ?? book.sheets.find((s) => fold(s.name) === fold(String(wanted)));
    if (byName) return byName;
    const n = Number(wanted);
    if (Number.isInteger(n) && n >= 1 && n <= book.sheets.length) return book.sheets[n - 1] as Sheet;
    throw new UsageError(say('import.noSheet', { wanted: String(wanted), sheets: names.map((x, i) => `${i + 1}: ${printable(x)}`).join(', ') }));
  }
  const first = book.sheets.find((s) => detectColumns(s.rows)) ?? book.sheets[0];
  if (!first) throw new UsageError(say('import.noSheets'));
  return first;
}

/** Another sheet with id, name, type and country columns (a register export's Partners sheet): a partner lookup. */
function partnerSheet(book: Workbook, main: Sheet): PartnerTable | undefined {
  for (const s of book.sheets) {
    if (s === main) continue;
    const head = (s.rows[0] ?? []).map((c) => fold(cellText(c)));
    const at = (k: string): number => head.indexOf(k);
    if (at('id') < 0 || at('name') < 0 || at('country') < 0) continue;
    const table = new Map<string, { name: string; type?: string; country?: string }>();
    for (const r of s.rows.slice(1)) {
      const id = cellText(r[at('id')] ?? null);
      const name = cellText(r[at('name')] ?? null);
      if (!id || !name) continue;
      const type = at('type') >= 0 ? cellText(r[at('type')] ?? null) : '';
      table.set(id, { name, ...(type ? { type } : {}), country: cellText(r[at('country')] ?? null) });
    }
    return table;
  }
  return undefined;
}

/**
 * Each proposed record checked as the loader checks a file, then the register with all of them by the
 * cross-record rules. A row whose record has an error is rejected (with a partner made only for it);
 * rejecting can leave another record wrong, so this repeats until none has errors.
 */
export function checkProposal(proposal: Proposal, dataset: Dataset, asOf: number, lang: Lang): { planned: Planned[]; extra: Problem[]; warnings: Map<string, number> } {
  const extra: Problem[] = [];
  const rejected = new Set<number>(proposal.rejected);
  let partners = proposal.partners;
  let agreements = proposal.agreements;
  const built = new Map<string, Planned>();
  const build = (kind: Kind, id: string, data: unknown, rows: number[]): Planned => {
    const rel = `${KIND_DIRS[kind]}/${id}.yaml`;
    const yaml = toYaml(data as Record<string, unknown>);
    return { kind, id, rel, yaml, rows, data };
  };
  const message = (d: Diagnostic): string => messageOf(d, lang).message;
  let warnings = new Map<string, number>();
  for (let round = 0; round < 10; round++) {
    const planned = [...partners.map((p) => build('partner', p.id, p.data, p.rows)), ...agreements.map((a) => build('agreement', a.id, a.data, [a.row]))];
    const diags: Diagnostic[] = [];
    const records: AnyRecord[] = [];
    for (const p of planned) {
      const r = checkFile(p.kind, p.rel, new TextEncoder().encode(p.yaml));
      pushAll(diags, r.diagnostics);
      if (r.value !== undefined) records.push({ kind: p.kind, id: p.id, file: p.rel, data: r.value } as AnyRecord);
      built.set(p.rel, p);
    }
    const newFiles = new Set(planned.map((p) => p.rel));
    pushAll(diags, runChecks(withRecords(dataset, records), asOf).filter((d) => newFiles.has(d.file)));
    const errors = diags.filter((d) => d.severity === 'error');
    if (errors.length === 0) {
      warnings = new Map();
      for (const d of diags) warnings.set(d.code, (warnings.get(d.code) ?? 0) + 1);
      return { planned, extra, warnings };
    }
    const badPartners = new Set<string>();
    for (const d of errors) {
      const p = built.get(d.file);
      if (!p) continue;
      if (p.kind === 'partner') {
        badPartners.add(p.id);
        for (const a of agreements.filter((x) => x.data.partners.includes(p.id))) {
          if (rejected.has(a.row)) continue;
          rejected.add(a.row);
          extra.push({ kind: 'reject', code: 'partner-rejected', row: a.row, ...(a.columnOf['partners'] !== undefined ? { col: a.columnOf['partners'] } : {}), params: { text: p.id, message: message(d) } });
        }
      } else {
        const a = agreements.find((x) => x.id === p.id);
        if (!a) continue;
        const key = (d.pointer ?? '').split('/')[1] ?? '';
        const col = a.columnOf[key];
        extra.push({ kind: 'reject', code: 'record-invalid', row: a.row, ...(col !== undefined ? { col } : {}), params: { message: message(d) } });
        rejected.add(a.row);
      }
    }
    agreements = agreements.filter((a) => !rejected.has(a.row));
    const used = new Set(agreements.flatMap((a) => a.data.partners));
    partners = partners.filter((p) => used.has(p.id) && !badPartners.has(p.id));
  }
  throw new Error('import: the records did not settle after 10 rounds of checks');
}

function withRecords(d: Dataset, records: readonly AnyRecord[]): Dataset {
  const add = <T extends AnyRecord>(m: ReadonlyMap<string, T>, k: Kind): ReadonlyMap<string, T> => {
    const mine = records.filter((r) => r.kind === k);
    if (!mine.length) return m;
    const out = new Map(m);
    for (const r of mine) out.set(r.id, r as T);
    return out;
  };
  return { ...d, partners: add(d.partners, 'partner'), agreements: add(d.agreements, 'agreement'), activities: add(d.activities, 'activity'), fileCount: d.fileCount + records.length };
}

/** The staging folders of imports, in the register's root: `.kerjasama-import-<pid>-<random>`. */
const STAGE_PREFIX = '.kerjasama-import-';
/** In a staging folder, written before the first file is placed: which staged file goes where. */
const JOURNAL = 'placing.json';

/**
 * All or nothing: every file staged inside the register (same file system), then linked into place,
 * never over a file; if any place is taken, the ones already placed are removed. Ctrl-C while staging
 * takes everything back (the staging is checked between files); placing is synchronous and quick, so no
 * Ctrl-C comes between two links. A SIGKILL leaves each file whole (a link of a finished file) and the
 * staging folder, with its journal once placing began: the next import takes them back (recoverImports).
 */
async function writeAll(root: string, planned: readonly Planned[], io: IO): Promise<void> {
  let interrupted = false;
  const release = io.onInterrupt?.(() => {
    interrupted = true;
  });
  const placed: string[] = [];
  let stage: string | undefined;
  try {
    stage = mkdtempSync(join(root, `${STAGE_PREFIX}${process.pid}-`));
    const staged: Array<{ tmp: string; target: string; rel: string }> = [];
    for (let i = 0; i < planned.length; i++) {
      // Now and then, let a Ctrl-C in.
      if (i % 16 === 0) await new Promise((r) => setImmediate(r));
      if (interrupted) throw new UsageError(say('import.cancelled'), 2, '\nkerjasama: ');
      const p = planned[i] as Planned;
      const tmp = join(stage, `${i}.yaml`);
      writeFileSync(tmp, p.yaml, { flag: 'wx' });
      staged.push({ tmp, target: join(root, p.rel), rel: p.rel });
    }
    await new Promise((r) => setImmediate(r));
    if (interrupted) throw new UsageError(say('import.cancelled'), 2, '\nkerjasama: ');
    // From here on, synchronous: no Ctrl-C comes between the links.
    writeFileSync(join(stage, JOURNAL), JSON.stringify(staged.map((s) => [basename(s.tmp), s.rel])), { flag: 'wx' });
    for (const s of staged) {
      // Only into the register's own folders, never through a symbolic link out of it.
      makeRealFolder(root, s.rel.split('/').slice(0, -1).join('/'));
      try {
        linkSync(s.tmp, s.target);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new UsageError(say('import.exists', { path: relative(io.cwd, s.target) }));
        throw new UsageError(say('import.cannotWrite', { path: relative(io.cwd, s.target), cause: code ?? (err as Error).message }));
      }
      placed.push(s.target);
    }
  } catch (err) {
    for (const p of placed) rmSync(p, { force: true });
    throw err;
  } finally {
    if (stage) rmSync(stage, { recursive: true, force: true });
    release?.();
  }
}

/**
 * What an import killed while writing (SIGKILL, a power cut) left in the register: its staging folder,
 * and, when it was killed while placing, the files it had placed. Those are taken back (only a file that
 * is still the very file staged, the same inode, is removed), so the register is as it was before that
 * import; the folders of imports still running are left alone. Returns how many files were taken back.
 */
export function recoverImports(root: string): { stages: number; files: number } {
  let stages = 0;
  let files = 0;
  let names: string[];
  try {
    names = readdirSync(root).filter((n) => n.startsWith(STAGE_PREFIX));
  } catch {
    return { stages, files };
  }
  for (const name of names) {
    if (processAlive(Number(name.slice(STAGE_PREFIX.length).split('-')[0]))) continue;
    const stage = join(root, name);
    try {
      if (!lstatSync(stage).isDirectory()) continue;
    } catch {
      continue;
    }
    let journal: unknown;
    try {
      journal = JSON.parse(readFileSync(join(stage, JOURNAL), 'utf8'));
    } catch {
      journal = [];
    }
    for (const entry of Array.isArray(journal) ? journal : []) {
      const [file, rel] = Array.isArray(entry) ? entry : [];
      if (typeof file !== 'string' || typeof rel !== 'string' || file.includes('/') || rel.split('/').includes('..')) continue;
      try {
        const target = join(root, rel);
        const a = lstatSync(target);
        const b = lstatSync(join(stage, file));
        if (a.isFile() && a.ino === b.ino && a.dev === b.dev) {
          rmSync(target);
          files++;
        }
      } catch {
        // not placed, or gone already
      }
    }
    rmSync(stage, { recursive: true, force: true });
    stages++;
  }
  return { stages, files };
}

/**
 * Where the rejected rows go: --rejects, else beside the spreadsheet (the clerk fixes them there), never
 * inside the register, where a later `git add .` would commit them: for a spreadsheet kept in the register,
 * the folder that holds the register.
 */
export function rejectsPath(io: IO, opts: ImportOptions, input: string, registerRoot: string): string {
  if (opts.rejects !== undefined) return outputPath(io, opts.rejects);
  const beside = dirname(input);
  const inside = (dir: string): boolean => {
    const rel = relative(registerRoot, dir);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  const folder = inside(beside) ? dirname(registerRoot) : beside;
  const base = join(folder, `${basename(input, extname(input))}-rejects`);
  if (!existsSync(`${base}.csv`)) return `${base}.csv`;
  for (let n = 2; ; n++) if (!existsSync(`${base}-${n}.csv`)) return `${base}-${n}.csv`;
}

/** The rejected rows as they were, with the cell and the reason first: nothing in the sheet silently disappears. */
function rejectsCsv(sheet: Sheet, cols: ColumnMap, rows: readonly number[], problems: readonly Problem[], lang: Lang): string {
  const width = Math.max(maxOf(rows.map((r) => sheet.rows[r - 1]?.length ?? 0), 0), maxOf([...cols.headers.keys()].map((k) => k + 1), 0));
  const header = ['cell', 'problem', ...Array.from({ length: width }, (_, c) => cols.headers.get(c) ?? `column ${c + 1}`)];
  const lines = [header.map(csvField).join(',')];
  for (const r of rows) {
    const mine = problems.filter((p) => p.row === r && p.kind === 'reject');
    const first = mine[0];
    const cell = cellRef(sheet.name, r, first?.col);
    const text = mine.map((p) => problemText(p, lang)).join('; ');
    const values = Array.from({ length: width }, (_, c) => cellText(sheet.rows[r - 1]?.[c] ?? null));
    lines.push([cell, text, ...values].map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Whether anything (a broken link included) is at `p`. */
function lstatExists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
