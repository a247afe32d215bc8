// kerjasama export: load → check (records with errors are left out, as for reports) → the export's tables
// (src/export) → one format (src/render/export) → written atomically, never over anything without --force.
// A Data Package is a folder: each CSV, then datapackage.json last (a reader never finds a descriptor
// naming a file not yet written), and the files an earlier export listed and this one does not (the
// contacts of an export with --include-private) are removed. An SQLite file or an SQL script is one file;
// the script may go to stdout (--out -). A bundle (--format bundle, or `export bundle`) is one .tar.gz of
// the register's own files, records.json and a manifest: the register is read once into memory, loaded and
// checked from there, and exactly those bytes are packed (export/bundle.ts, render/export/bundle.ts).

import { lstatSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CONFIG_FILE } from '../load/config.js';
import { gitCommit } from '../load/git.js';
import { exportTables } from '../export/build.js';
import { exportAsDataPackage } from '../render/export/datapackage.js';
import { exportAsSql, type Dialect } from '../render/export/sql.js';
import { exportAsSqlite } from '../render/export/sqlite.js';
import { emit, fsError, loadOrExplain, makeRealFolder, outputPath, recordedSource, replaceFile, resolveRoot, type GlobalOptions, type RecordedOptions } from './common.js';
import { snapshotSource } from '../load/bundle.js';
import { fsSource } from '../load/load.js';
import { gitHead } from '../load/git.js';
import { schemaHash } from '../load/schemas.js';
import { day, humanDate } from '../model/dates.js';
import { CURRENT_VERSION } from '../model/versions.js';
import { finalise } from '../model/diagnostics.js';
import { closest } from '../load/similar.js';
import { bundleParts, filesWithPrivateData } from '../export/bundle.js';
import { bundleArchive } from '../render/export/bundle.js';
import { UsageError, type IO } from './io.js';
import { say, t } from './messages.js';
import { reportInputs } from './report.js';
import { formatNumber } from '../model/format.js';
import { VERSION } from './version.js';

export interface ExportOptions extends GlobalOptions, RecordedOptions {
  format?: string;
  /** The format given as `export FORMAT`. */
  positional?: string;
  /** --format was given (not its default). */
  formatGiven?: boolean;
  dialect?: string;
  out?: string;
  force?: boolean;
  includePrivate?: boolean;
}

export const EXPORT_FORMATS = ['datapackage', 'sqlite', 'sql', 'bundle'] as const;
export const SQL_DIALECTS = ['sqlite', 'postgres'] as const;

/** What is at a path: nothing, a folder, a regular file, or something else (a link, a device). */
/**
 * What is at --out must be nothing or, with --force, an earlier output: a folder for a Data Package (never
 * a register's, a repository's, nor one holding any of `alsoRefused`, a federation), a file otherwise.
 */
export function refuseOut(out: string, shown: string, folder: boolean, force: boolean | undefined, alsoRefused: readonly string[] = []): void {
  const here = what(out, shown);
  if (folder) {
    if (here === 'file' || here === 'other') throw new UsageError(say('exportNotFolder', { out: shown }));
    if (here === 'folder') {
      const entries = readdirSync(out);
      if ([CONFIG_FILE, '.git', ...alsoRefused].some((n) => entries.includes(n))) throw new UsageError(say('exportHoldsRegister', { out: shown }));
      if (entries.length > 0 && !force) throw new UsageError(say('exportFolderNotEmpty', { out: shown }));
    }
  } else if (here !== 'none' && !force) throw new UsageError(say('outputExists', { output: shown }));
}

export function what(path: string, shown: string): 'none' | 'folder' | 'file' | 'other' {
  try {
    const st = lstatSync(path);
    return st.isDirectory() ? 'folder' : st.isFile() ? 'file' : 'other';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw fsError(err, shown, 'check');
  }
}

export async function exportCommand(io: IO, opts: ExportOptions): Promise<number> {
  if (opts.positional !== undefined) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(opts.positional)) throw new UsageError(say('exportFormatInvalid', { formats: EXPORT_FORMATS.join(', '), value: opts.positional, near: closest(opts.positional, EXPORT_FORMATS) ?? '' }));
    if (opts.formatGiven && opts.format !== opts.positional) throw new UsageError(say('exportFormatTwice', { positional: opts.positional, format: opts.format ?? '' }));
  }
  const format = opts.positional ?? opts.format ?? 'datapackage';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(say('formatInvalid', { formats: EXPORT_FORMATS.join(', '), value: format }));
  if (opts.dialect !== undefined && format !== 'sql') throw new UsageError(say('exportDialectOnlySql', { format }));
  const dialect = (opts.dialect ?? 'sqlite') as Dialect;
  if (!(SQL_DIALECTS as readonly string[]).includes(dialect)) throw new UsageError(say('exportDialectInvalid', { dialects: SQL_DIALECTS.join(', '), value: dialect }));
  if (opts.out === undefined || opts.out === '') throw new UsageError(say('exportNeedsOut', { format }));
  const toStdout = opts.out === '-';
  if (toStdout && format !== 'sql') throw new UsageError(say('exportStdoutOnlySql', { format }));
  const out = resolve(io.cwd, opts.out);
  // Refuse before the register is read: what is at --out decides whether anything may be written.
  if (!toStdout) refuseOut(out, opts.out, format === 'datapackage', opts.force);

  if (format === 'bundle') return exportBundle(io, opts, outputPath(io, opts.out));

  const { loaded, lang, asOf, asOfText, recorded } = loadOrExplain(io, opts, undefined, { readsBundle: true });
  const { dataset } = reportInputs(io, loaded, asOf, lang);
  // The register read from a commit (--at, --recorded-as-of) is that commit's, as a checkout of it would say.
  const commit = recorded ? recorded.commit : gitCommit(loaded.root);
  const x = exportTables(dataset, { asOf, includePrivate: Boolean(opts.includePrivate), version: VERSION, ...(commit ? { commit } : {}), ...(recorded?.recordedAsOf ? { recordedAsOf: recorded.recordedAsOf } : {}) });
  const rows = x.tables.reduce((n, tb) => n + tb.rows.length, 0);

  if (format === 'sql') emit(io, exportAsSql(x, dialect, lang), opts.out, opts.force);
  else if (format === 'sqlite') replaceFile(out, Buffer.from(await exportAsSqlite(x, lang)), opts.out);
  else writePackage(out, opts.out, exportAsDataPackage(x, lang, loaded.config.owner));

  if (!toStdout) {
    io.stderr(`kerjasama: ${t(lang, 'exportWritten', { out: opts.out, format: format === 'sql' ? `sql (${dialect})` : format, tables: x.tables.length, rows: formatNumber(rows, lang), asOf: humanDate(day(asOfText), lang) })}${opts.includePrivate ? ` ${t(lang, 'exportPrivate')}` : ''}\n`);
  }
  return 0;
}

/**
 * The bundle: the register (the working tree, or the commit --at or --recorded-as-of names) read once into
 * memory, loaded and checked as validate checks it, and those same bytes packed with records.json and the
 * manifest. A register whose files hold partner contacts needs --include-private: the files go as they are.
 */
async function exportBundle(io: IO, opts: ExportOptions, out: string): Promise<number> {
  const shown = opts.out as string;
  const root = resolveRoot(io, opts);
  const chosen = recordedSource(io, opts, root);
  const snapshot = snapshotSource(chosen?.source ?? fsSource(root));
  const { loaded, lang, asOf, asOfText } = loadOrExplain(io, opts, snapshot.source);
  const { runChecks } = await import('../check/index.js');
  const diagnostics = finalise([...loaded.diagnostics, ...loaded.locateAll(runChecks(loaded.dataset, asOf))]);
  const head = chosen ? gitHead(root, chosen.recorded.id) : gitHead(root);
  const input = {
    snapshot, dataset: loaded.dataset, diagnostics, text: loaded.source,
    ...(head ? { head: { ...head, ...(chosen?.recorded.recordedAsOf ? { recordedAsOf: chosen.recorded.recordedAsOf } : {}) } } : {}),
    version: VERSION, schemaHash: schemaHash(), registerFormat: loaded.upgraded?.from ?? CURRENT_VERSION, asOf: asOfText,
  };
  const privateFiles = filesWithPrivateData(input);
  if (privateFiles.length > 0 && !opts.includePrivate) throw new UsageError(say('exportBundlePrivate', { n: privateFiles.length, file: privateFiles[0] as string }));
  const parts = bundleParts(input);
  const { bytes, manifest } = bundleArchive(parts);
  replaceFile(out, bytes, shown);
  const records = manifest.counts.partner + manifest.counts.agreement + manifest.counts.activity;
  const commit = head ? t(lang, head.dirty ? 'exportBundleDirty' : 'exportBundleCommit', { commit: head.commit.slice(0, 12) }) : t(lang, 'exportBundleNoCommit');
  io.stderr(`kerjasama: ${t(lang, 'exportBundleWritten', { out: shown, files: manifest.members.length + 1, records, asOf: humanDate(day(asOfText), lang), errors: manifest.validation.errors, warnings: manifest.validation.warnings, commit })}${privateFiles.length > 0 ? ` ${t(lang, 'exportPrivate')}` : ''}\n`);
  return 0;
}

/** The names an earlier export's datapackage.json lists as its files (plain names of CSV files only). */
function earlierFiles(dir: string): string[] {
  let text: string;
  try {
    text = readFileSync(join(dir, 'datapackage.json'), 'utf8');
  } catch {
    return [];
  }
  try {
    const d = JSON.parse(text) as { resources?: Array<{ path?: unknown }> };
    return (Array.isArray(d.resources) ? d.resources : []).map((r) => r?.path).filter((p): p is string => typeof p === 'string' && /^[a-z0-9_]+\.csv$/.test(p));
  } catch {
    return [];
  }
}

export function writePackage(dir: string, shown: string, files: Map<string, string>): void {
  try {
    mkdirSync(dirname(dir), { recursive: true });
  } catch (err) {
    throw fsError(err, dirname(shown) || '.', 'create');
  }
  makeRealFolder(dirname(dir), basename(dir));
  const stale = earlierFiles(dir).filter((name) => !files.has(name));
  const descriptor = files.get('datapackage.json') as string;
  for (const [name, text] of files) if (name !== 'datapackage.json') replaceFile(join(dir, name), text, join(shown, name));
  replaceFile(join(dir, 'datapackage.json'), descriptor, join(shown, 'datapackage.json'));
  for (const name of stale) {
    const path = join(dir, name);
    if (what(path, join(shown, name)) === 'file') {
      try {
        rmSync(path);
      } catch (err) {
        throw fsError(err, join(shown, name));
      }
    }
  }
}
