// Options shared by commands: finding the register, the language, the as-of date, colour and output.

import { closeSync, constants as fsConstants, copyFileSync, fchmodSync, fsyncSync, openSync, readdirSync, writeFileSync, renameSync, existsSync, linkSync, lstatSync, statSync, mkdirSync, rmSync, type Stats } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { load } from '../load/lazy.js';
import { readBytes } from '../load/read.js';
import { dirname, basename, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE } from '../load/config.js';
import { findRegister, fsSource, loadConfig, loadRegister, type Loaded, type RegisterSource } from '../load/load.js';
import { GitError, gitRegisterShallow, lastCommitBefore, resolveRevision, type GitRegister } from '../load/git.js';
import { revisionSource } from '../load/gitSource.js';
import { BundleError, openBundle, type OpenedBundle } from '../load/bundle.js';
import { visible } from '../render/sanitise.js';
import { safeRealpath } from '../load/read.js';
import { diagnosticsAsStylish } from '../render/diagnosticsStylish.js';
import { makeStyle, type Style } from '../render/style.js';
import { dayEndIn, humanDate, iso, parseDate, todayIn } from '../model/dates.js';
import { finalise } from '../model/diagnostics.js';
import type { Config, Diagnostic, Lang } from '../model/types.js';
import { chooseWidth, UsageError, widthOption, type IO } from './io.js';
import { envLang, say, t, type MessageKey } from './messages.js';
import { orNoSuchDay } from './values.js';
import { fsError } from './fsError.js';
import { cacheHomeOf } from './cacheHome.js';

export { fsError };
import { VERSION } from './version.js';
import { formatNumber } from '../model/format.js';

export interface GlobalOptions {
  register?: string;
  lang?: string;
  asOf?: string;
  color?: boolean;
  /** false with --no-cache: neither read nor write the cache (in the user's cache folder, cacheHome). */
  cache?: boolean;
}

export function resolveRoot(io: IO, opts: GlobalOptions): string {
  if (opts.register !== undefined) {
    const dir = resolve(io.cwd, opts.register);
    // A bundle is read by the commands that read (loadOrExplain); any other needs the register's folder.
    if (registerIsBundle(io, opts)) throw new UsageError(say('bundleNeedsFolder', { bundle: opts.register }));
    if (!existsSync(join(dir, CONFIG_FILE))) throw new UsageError(say('registerNoConfig', { config: CONFIG_FILE, dir }));
    return dir;
  }
  const found = findRegister(io.cwd);
  if (!found) throw new UsageError(say('registerNotFound', { config: CONFIG_FILE, cwd: io.cwd }));
  return found;
}

/** --lang, else the register's language, else the environment (LANG, LC_ALL, LC_MESSAGES), else English. */
export function chooseLang(io: IO, opts: GlobalOptions, configLang?: Lang): Lang {
  if (opts.lang !== undefined) {
    if (opts.lang !== 'en' && opts.lang !== 'id') throw new UsageError(say('langInvalid', { value: opts.lang }));
    return opts.lang;
  }
  if (configLang) return configLang;
  return envLang(io.env);
}

export function chooseAsOf(io: IO, opts: GlobalOptions, timezone: string): number {
  const asOf = opts.asOf;
  if (asOf !== undefined) {
    const d = parseDate(asOf);
    if (!d || d.precision !== 'day') throw new UsageError((l) => t(l, 'asOfInvalid', { value: asOf }) + orNoSuchDay(asOf, l));
    return d.first;
  }
  return todayIn(timezone, io.now());
}

/**
 * Colour only on a terminal, unless --color/--no-color, NO_COLOR (any value but empty: off) or
 * FORCE_COLOR (0: off; 1, 2, 3 or empty: on) say otherwise. Borders and headers follow the same choice.
 */
export function chooseStyle(io: IO, opts: GlobalOptions, stream: 'stdout' | 'stderr' = 'stdout'): Style {
  if (opts.color === false) return makeStyle(false);
  if (opts.color === true) return makeStyle(true);
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return makeStyle(false);
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '0' || force === 'false') return makeStyle(false);
    if (force === '' || force === 'true' || /^[1-3]$/.test(force)) return makeStyle(true);
  }
  return makeStyle(stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY);
}

/** The user's cache folder (cacheHomeOf): undefined when there is none, and then there is no cache. */
export function cacheHome(io: IO): string | undefined {
  return cacheHomeOf(io.env);
}

/**
 * KERJASAMA_READER=full: every file through the full parser, no cache, no run memo: slower, the same
 * answers. The reference test/identical.test.ts holds the fast paths to.
 */
function reference(io: IO): boolean {
  return io.env['KERJASAMA_READER'] === 'full';
}

/** The cache options for the loader, or none (--no-cache, KERJASAMA_READER=full, or no cache folder). */
export function cacheOption(io: IO, opts: GlobalOptions): { cache: { version: string; home: string } } | Record<string, never> {
  const home = opts.cache === false || reference(io) ? undefined : cacheHome(io);
  return home ? { cache: { version: VERSION, home } } : {};
}

/**
 * From this many files to read, a second thread pays (docs/performance.md, two threads): on 2 cores it
 * was level with one thread at 10,000 real-shaped files (V8's own background threads, garbage collection
 * and compiling, already use the other core), a quarter faster at 30,000 and a third at 100,000.
 */
const PARALLEL_MIN = 20_000;

/**
 * The loader's threshold for a second thread; KERJASAMA_PARALLEL_MIN sets another (tests, and measuring
 * with and without), and KERJASAMA_PARALLEL_HALF=1 leaves half the files to the worker (tests).
 */
function parallelMin(io: IO): number {
  const v = io.env['KERJASAMA_PARALLEL_MIN'];
  return v !== undefined && /^[0-9]+$/.test(v) ? Number(v) : PARALLEL_MIN;
}

/** --at and --recorded-as-of: which committed register a read command reads (report, list, show, validate, site). */
export interface RecordedOptions {
  /** --at REV: the register as at that revision, read from git's objects (no checkout). */
  at?: string;
  /** --recorded-as-of YYYY-MM-DD: the register as the main line recorded it at the end of that day. */
  recordedAsOf?: string;
}

/** Which committed register was read: its commit (full id, and as the provenance stamp shows it) and, with --recorded-as-of, the day. */
export interface Recorded { id: string; commit: string; recordedAsOf?: string }

/** The register's settings only (its time zone and language): kerjasama.yaml, never the records. */
export function registerConfig(io: IO, opts: GlobalOptions, root: string): Config {
  const c = loadConfig(fsSource(root));
  if (!c.configOk) {
    io.stderr(diagnosticsAsStylish(finalise(c.diagnostics), { lang: chooseLang(io, opts), style: chooseStyle(io, opts, 'stderr'), source: c.source, fileCount: 0 , ...widthOption(io) }));
    throw new UsageError(say('configHasErrors', { config: CONFIG_FILE }));
  }
  return c.config;
}

/** The register's repository; exit 2 outside git. */
export function registerRepo(root: string, command: string): GitRegister & { shallow: boolean } {
  try {
    return gitRegisterShallow(root);
  } catch (err) {
    if (err instanceof GitError) throw new UsageError(/not a git repository/i.test(err.message) ? say('historyNotGit', { root, command }) : (lang) => t(lang, 'historyGit', { message: err.text(lang) }));
    throw err;
  }
}

/** The register's repository for a history question: exit 2 outside git, and in a shallow clone (its history is cut short). */
export function historyRepo(root: string, command: string): GitRegister {
  const { shallow, ...repo } = registerRepo(root, command);
  if (shallow) throw new UsageError(say('historyShallow'));
  return repo;
}

/** Runs git's part of a command; a git failure (a bad revision) is a usage error naming git's complaint. */
export function gitStep<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof GitError) throw new UsageError((lang) => t(lang, 'historyGit', { message: err.text(lang) }));
    throw err;
  }
}

/**
 * The committed register --at or --recorded-as-of asks for, as a source read from git's objects; none
 * without them. --recorded-as-of takes the last first-parent commit of HEAD whose committer date is on or
 * before the end of that day in the register's time zone (the working tree's kerjasama.yaml says which);
 * a register in a sub-folder of a larger repository counts only the commits that touch that folder.
 */
export function recordedSource(io: IO, opts: GlobalOptions & RecordedOptions, root: string): { source: RegisterSource; recorded: Recorded } | undefined {
  if (opts.at === undefined && opts.recordedAsOf === undefined) return undefined;
  if (opts.at !== undefined && opts.recordedAsOf !== undefined) throw new UsageError(say('atBoth'));
  if (opts.at !== undefined) {
    const { shallow: _shallow, ...repo } = registerRepo(root, '--at');
    const commit = gitStep(() => resolveRevision(repo, opts.at as string));
    return { source: revisionSource(repo, commit, root, `${opts.at} (${commit.slice(0, 12)})`), recorded: { id: commit, commit: commit.slice(0, 12) } };
  }
  const text = opts.recordedAsOf as string;
  const d = parseDate(text);
  if (!d || d.precision !== 'day') throw new UsageError((l) => t(l, 'recordedAsOfInvalid', { value: text }) + orNoSuchDay(text, l));
  const tz = registerConfig(io, opts, root).timezone;
  const repo = historyRepo(root, '--recorded-as-of');
  const commit = gitStep(() => lastCommitBefore(repo, resolveRevision(repo, 'HEAD'), dayEndIn(tz, d.first), repo.prefix ? [repo.prefix] : []));
  if (commit === undefined) throw new UsageError(say('recordedNone', { day: iso(d.first), timezone: tz }));
  return { source: revisionSource(repo, commit, root, `${iso(d.first)} (${commit.slice(0, 12)})`), recorded: { id: commit, commit: commit.slice(0, 12), recordedAsOf: iso(d.first) } };
}

/**
 * --register naming a bundle (a file, kerjasama export bundle) rather than a folder: the bundle opened and
 * checked (load/bundle.ts), or undefined when --register is not a file. A bundle that fails its checks
 * stops the command with exit code 2 and the reason, its names made visible.
 */
export function registerIsBundle(io: IO, opts: GlobalOptions): boolean {
  if (opts.register === undefined) return false;
  try {
    // Followed: a register's folder named through a link is still a folder.
    return !statSync(resolve(io.cwd, opts.register)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The register a bundle named by --register holds, as a source, with the commit its manifest names (as
 * --at's would be); never cached. --at, --recorded-as-of and --staged need the register's folder in git.
 */
export function bundleSource(io: IO, opts: GlobalOptions & RecordedOptions & { staged?: boolean; changedSince?: string }): { source: RegisterSource; recorded?: Recorded } | undefined {
  const bundle = registerBundle(io, opts);
  if (!bundle) return undefined;
  const other = opts.staged ? '--staged' : opts.changedSince !== undefined ? '--changed-since' : opts.at !== undefined ? '--at' : opts.recordedAsOf !== undefined ? '--recorded-as-of' : undefined;
  if (other) throw new UsageError(say('bundleConflict', { bundle: opts.register as string, option: other }));
  const from = bundle.manifest.source;
  const made = typeof from === 'object' && from !== null && !Array.isArray(from) ? (from as Record<string, unknown>) : undefined;
  const commit = typeof made?.['commit'] === 'string' && /^[0-9a-f]{40,64}$/.test(made['commit']) ? made['commit'] : undefined;
  return { source: bundle.source, ...(commit ? { recorded: { id: commit, commit: `${commit.slice(0, 12)}${made?.['uncommitted_changes'] === true ? '+changes' : ''}` } } : {}) };
}

export function registerBundle(io: IO, opts: GlobalOptions): OpenedBundle | undefined {
  if (opts.register === undefined) return undefined;
  const path = resolve(io.cwd, opts.register);
  let st: Stats;
  try {
    // Followed: a register's folder named through a link is still a folder.
    st = statSync(path);
  } catch {
    return undefined;
  }
  if (st.isDirectory()) return undefined;
  try {
    return openBundle(path, opts.register);
  } catch (err) {
    if (err instanceof BundleError) throw new UsageError((lang) => visible(err.text(lang)));
    throw err;
  }
}

/** Loads the register; a broken kerjasama.yaml stops the command with exit code 2. With --at or --recorded-as-of, the committed register. */
export function loadOrExplain(io: IO, opts: GlobalOptions & RecordedOptions, source?: RegisterSource, o: { quietUpgrade?: boolean; readsBundle?: boolean; configErrors?: (diags: Diagnostic[], lang: Lang, root: string) => void } = {}): { loaded: Loaded; lang: Lang; asOf: number; asOfText: string; recorded?: Recorded } {
  // --register naming a bundle: read from it as from a folder, never cached, by the commands that only
  // read (readsBundle); any other is refused by resolveRoot, so nothing is ever written for a bundle.
  const bundled = source === undefined && o.readsBundle === true ? bundleSource(io, opts) : undefined;
  if (bundled) opts = { ...opts, cache: false };
  const root = source?.root ?? bundled?.source.root ?? resolveRoot(io, opts);
  const chosen = bundled ?? (source === undefined ? recordedSource(io, opts, root) : undefined);
  const from = chosen?.source ?? source;
  const progress = progressLine(io, opts.lang === 'id' || opts.lang === 'en' ? opts.lang : envLang(io.env));
  const loaded = loadRegister(root, { ...cacheOption(io, opts), ...(reference(io) ? { reader: 'full' as const } : {}), parallel: parallelMin(io), ...(io.env['KERJASAMA_PARALLEL_HALF'] === '1' ? { parallelHalf: true } : {}), progress: progress.update, ...(from ? { source: from } : {}) });
  progress.end();
  const lang = chooseLang(io, opts, loaded.config.language);
  if (!loaded.configOk) {
    const cfgDiags = finalise(loaded.diagnostics.filter((d) => d.file === CONFIG_FILE));
    io.stderr(diagnosticsAsStylish(cfgDiags, { lang, style: chooseStyle(io, opts, 'stderr'), source: loaded.source, fileCount: 0 , ...widthOption(io) }));
    // validate in GitHub Actions: annotated on the file's lines as well.
    o.configErrors?.(cfgDiags, lang, loaded.root);
    throw new UsageError(say('configHasErrors', { config: CONFIG_FILE }));
  }
  // An older register format, read upgraded: said once, whatever the command.
  if (loaded.upgraded && !o.quietUpgrade) io.stderr(`kerjasama: ${t(lang, 'formatOlder', { from: loaded.upgraded.from, to: loaded.upgraded.to })}\n`);
  const asOf = chooseAsOf(io, opts, loaded.config.timezone);
  return { loaded, lang, asOf, asOfText: iso(asOf), ...(chosen?.recorded ? { recorded: chosen.recorded } : {}) };
}

/**
 * A progress line on stderr for long loads, only on a terminal: the count and the elapsed time, shown
 * after the first second and rewritten in place; erased when loading ends. Nothing when not a terminal.
 */
export function progressLine(io: IO, lang: Lang = 'en'): { update: (done: number, total: number) => void; end: () => void } {
  if (!io.stderrIsTTY) return { update: () => undefined, end: () => undefined };
  const start = io.now().getTime();
  let shown = false;
  let lastShown = 0;
  return {
    update: (done, total) => {
      if (done % 250 !== 0 && done !== total) return;
      const now = io.now().getTime();
      if (now - start < 1000 || (now - lastShown < 100 && done !== total)) return;
      lastShown = now;
      shown = true;
      io.stderr(`\rkerjasama: ${t(lang, 'progress', { done: formatNumber(done, lang), total: formatNumber(total, lang), seconds: formatNumber((now - start) / 1000, lang, 1) })}`);
    },
    end: () => {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}

/**
 * What a command's printed text depends on besides the register's files, as the run memo keys a kept
 * output (reports, list, show, validate's list): the command and every option, the as-of day, the
 * language, colour and width, and what else the command names (`extra`: a report's commit).
 */
export function outputInputs(io: IO, opts: GlobalOptions & { output?: string }, command: string, config: Config, extra: Record<string, unknown> = {}): string {
  const options = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const color = (opts.output ? chooseStyle(io, { color: false }) : chooseStyle(io, opts)).enabled;
  return JSON.stringify({
    command, options, lang: chooseLang(io, opts, config.language), asOf: iso(chooseAsOf(io, opts, config.timezone)),
    color, width: chooseWidth(io, opts.output) ?? null, ...extra,
  });
}

/**
 * The one line an output written to a file (--output, not -) says on stderr, as export and site say
 * theirs: what (the command as typed: report expiring, list agreements, show ntb, report periodic, log,
 * blame, audit, diff, aggregate status, aggregate partners, aggregate conflicts, aggregate report …),
 * where, in which format, as of which day. Every command with --output says it by this function, after
 * emit. To stdout, nothing: the output is there.
 */
export function sayWritten(io: IO, output: string | undefined, what: string, format: string, lang: Lang, asOf: number): void {
  if (output === undefined || output === '-') return;
  io.stderr(`kerjasama: ${t(lang, 'reportWritten', { what, out: output, format, asOf: humanDate(asOf, lang) })}\n`);
}

/** Writes output to stdout, or atomically to --output FILE (refusing to overwrite without --force). */
export function emit(io: IO, text: string, output: string | undefined, force = false): void {
  if (output === undefined || output === '-') {
    io.stdout(text);
    return;
  }
  const path = outputPath(io, output);
  const st = lstatOrUndefined(path, output);
  if (st && !force) throw new UsageError(say('outputExists', { output }));
  replaceFile(path, text, output, st);
}

/**
 * The path of an output file the user named (--output, --write-mapping, --rejects, an export), checked
 * before anything is written: never among a register's records (data/) nor over its kerjasama.yaml,
 * wherever the path leads through links. A report is not a record, and --force must not make it one.
 */
export function outputPath(io: IO, given: string): string {
  const path = resolve(io.cwd, given);
  const real = join(safeRealpath(dirname(path)) ?? dirname(path), basename(path));
  const root = findRegister(dirname(real));
  if (root !== undefined && inRegisterData(real, root)) throw new UsageError(say('outputInRegister', { path: given }));
  return path;
}

/** True when `abs` (a real path) is the register's data/ folder, in it, or its kerjasama.yaml. */
export function inRegisterData(abs: string, root: string): boolean {
  const real = safeRealpath(root) ?? root;
  const data = join(real, 'data');
  return abs === join(real, CONFIG_FILE) || abs === data || abs.startsWith(data + sep);
}

function lstatOrUndefined(path: string, shown: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fsError(err, shown, 'check');
  }
}

/** What a path is, when it is not a regular file. */
export function kindOfPath(st: Stats): MessageKey {
  return st.isSymbolicLink() ? 'kind.symlink' : st.isDirectory() ? 'kind.folder' : st.isFIFO() ? 'kind.fifo' : st.isSocket() ? 'kind.socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'kind.device' : 'kind.other';
}

/**
 * Replaces (or creates) a regular file atomically with write-file-atomic: a temporary file beside it,
 * fsynced, given the old file's mode, then renamed over it; on any failure the temporary file is removed.
 * Anything that is not a regular file (a symbolic link, a FIFO, a device such as /dev/null, a folder) is
 * refused, never replaced. File-system errors become one clear line naming the path (exit 2).
 */
export function replaceFile(path: string, text: string | Buffer, shown = path, known?: Stats): void {
  const st = known ?? lstatOrUndefined(path, shown);
  if (st && !st.isFile()) throw new UsageError((l) => t(l, 'notRegularFile', { path: shown, kind: t(l, kindOfPath(st)) }));
  try {
    // Loaded on first write (src/load/lazy.ts): a command that writes nothing does not load it.
    load<typeof import('write-file-atomic')>('write-file-atomic').sync(path, text, { fsync: true, ...(st ? { mode: st.mode & 0o7777 } : {}) });
  } catch (err) {
    throw fsError(err, shown);
  }
}

function tempBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/**
 * Makes the folder `rel` under `root` (a/b/c), refusing when any part of it is a symbolic link or not a
 * folder: a record is written only into the register's own folders, never through a link out of it.
 */
export function makeRealFolder(root: string, rel: string): void {
  let abs = root;
  for (const part of rel.split('/').filter(Boolean)) {
    abs = join(abs, part);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      mkdirSync(abs);
      continue;
    }
    const shown = relative(root, abs).split(sep).join('/');
    if (st.isSymbolicLink()) throw new UsageError(say('folderIsLink', { path: shown }));
    if (!st.isDirectory()) throw new UsageError(say('notAFolder', { path: shown }));
  }
}

/**
 * Creates a new file atomically and never overwrites: the temporary file is hard-linked to the name, which
 * fails if the name exists, even when another process creates it meanwhile. Where the file system has no
 * hard links, a check and a rename stand in. `shown` is the path as messages name it.
 */
export function writeNewFile(path: string, text: string, shown = path): void {
  const tmp = tempBeside(path);
  try {
    const fd = openSync(tmp, 'wx', 0o666);
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(tmp, path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new UsageError(say('fileExists', { path: shown }));
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw err;
      if (existsSync(path)) throw new UsageError(say('fileExists', { path: shown }));
      renameSync(tmp, path);
    }
  } catch (err) {
    throw err instanceof UsageError ? err : fsError(err, shown, 'create');
  } finally {
    rmSync(tmp, { force: true });
  }
}

// ---- Changing the register's files, all or nothing ----------------------------------------------

/** One file a command writes: a new one, or a replacement of the text it read. */
export interface FileChange {
  /** From the register root, with forward slashes: kerjasama.yaml, or a record under data/. */
  readonly rel: string;
  readonly text: string;
  /** The text the file held when the change was worked out; undefined for a new file (never over one that exists). */
  readonly before?: string;
}

/** Where a transaction keeps its staged files, its backups and its journal: a hidden folder at the register root. */
const TX_PREFIX = '.kerjasama-tx-';
const TX_NAME = /^\.kerjasama-tx-(\d+)-[0-9a-f]+$/;

interface Journal {
  version: 1;
  pid: number;
  host: string;
  started: string;
  /** sha256: of the new text, to tell whether a file holds it (was placed) when recovering. */
  changes: Array<{ rel: string; op: 'create' | 'replace'; staged: string; backup?: string; sha256: string }>;
}

/** A file a command may write: kerjasama.yaml, or a YAML record under data/partners, data/agreements or data/activities; no part a dot-name, none `..`. */
export function writablePath(rel: string): boolean {
  const parts = rel.split('/');
  if (!parts.every((p) => /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(p) && !p.includes('..'))) return false;
  if (rel === CONFIG_FILE) return true;
  return parts.length >= 3 && parts[0] === 'data' && ['partners', 'agreements', 'activities'].includes(parts[1] as string) && /\.ya?ml$/.test(rel);
}

export interface CommitOptions {
  /** Calls the handler on Ctrl-C instead of ending the process, until released (io.onInterrupt). */
  onInterrupt?: IO['onInterrupt'];
}

/**
 * Writes every change or none. Each new text is staged in a hidden folder at the register root
 * (.kerjasama-tx-PID-…, with a hard link to each file it replaces and a journal), then placed with one
 * rename (a replacement) or one link that fails if the name is taken (a new file). A failure takes back
 * what was placed; Ctrl-C waits until the last file is placed. A process killed in between (SIGKILL, a
 * power cut) leaves the journal, and the next writing command takes the placed files back first
 * (recoverWrites): every file is always its old or its new self, and the register all old or all new.
 * Nothing is written through a link, to a path outside the record folders, or over a file that changed
 * since it was read. Returns true when Ctrl-C came meanwhile (the changes are written in full).
 */
export async function commitChanges(root: string, changes: readonly FileChange[], shown: (rel: string) => string, o: CommitOptions = {}): Promise<boolean> {
  // 1. Checked before anything is made.
  for (const c of changes) {
    if (!writablePath(c.rel)) throw new UsageError(say('tx.unsafePath', { path: c.rel }));
    const abs = join(root, ...c.rel.split('/'));
    const st = lstatOrUndefined(abs, shown(c.rel));
    if (c.before === undefined) {
      if (st) throw new UsageError(say('fileExists', { path: shown(c.rel) }));
    } else {
      if (!st) throw new UsageError(say('tx.changedSince', { path: shown(c.rel) }));
      if (!st.isFile()) throw new UsageError((l) => t(l, 'notRegularFile', { path: shown(c.rel), kind: t(l, kindOfPath(st)) }));
      const now = readBytes(abs, c.rel);
      if (!(now instanceof Uint8Array) || Buffer.from(now).toString('utf8') !== c.before) throw new UsageError(say('tx.changedSince', { path: shown(c.rel) }));
    }
  }
  let interrupted = false;
  const release = o.onInterrupt?.(() => {
    interrupted = true;
  });
  try {
    for (const c of changes) makeRealFolder(root, dirname(c.rel) === '.' ? '' : dirname(c.rel));
    const tx = join(root, `${TX_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      mkdirSync(tx, { mode: 0o700 });
    } catch (err) {
      throw fsError(err, '.', 'create');
    }
    const journal: Journal = { version: 1, pid: process.pid, host: hostname(), started: new Date().toISOString(), changes: [] };
    // kerjasama.yaml says how the records are read (its format version): it is placed after every record,
    // so a migration killed part-way leaves the register declaring the older version, and its records, old
    // or new, read the same through the upgrade in memory.
    const ordered = [...changes.filter((c) => c.rel !== CONFIG_FILE), ...changes.filter((c) => c.rel === CONFIG_FILE)];
    try {
      // 2. Staged: every new text, fsynced, with the old file's mode; a hard link to each file replaced.
      ordered.forEach((c, i) => {
        const abs = join(root, ...c.rel.split('/'));
        const staged = `new-${i}`;
        const mode = c.before === undefined ? 0o666 : lstatSync(abs).mode & 0o7777;
        try {
          const fd = openSync(join(tx, staged), 'wx', mode);
          try {
            writeFileSync(fd, c.text);
            if (c.before !== undefined) fchmodSync(fd, mode);
            fsyncSync(fd);
          } finally {
            closeSync(fd);
          }
        } catch (err) {
          throw fsError(err, shown(c.rel));
        }
        const entry: Journal['changes'][number] = { rel: c.rel, op: c.before === undefined ? 'create' : 'replace', staged, sha256: sha256(Buffer.from(c.text, 'utf8')) };
        if (c.before !== undefined) {
          entry.backup = `old-${i}`;
          try {
            linkSync(abs, join(tx, entry.backup));
          } catch {
            // No hard links here: a copy, fsynced, stands in.
            try {
              copyFileSync(abs, join(tx, entry.backup), fsConstants.COPYFILE_EXCL);
              syncFile(join(tx, entry.backup));
            } catch (err) {
              throw fsError(err, shown(c.rel));
            }
          }
        }
        journal.changes.push(entry);
      });
      try {
        const fd = openSync(join(tx, 'journal.json'), 'wx', 0o600);
        try {
          writeFileSync(fd, JSON.stringify(journal, null, 2) + '\n');
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        syncDir(tx);
      } catch (err) {
        throw fsError(err, '.', 'create');
      }
    } catch (err) {
      rmSync(tx, { recursive: true, force: true });
      throw err;
    }

    // 3. Placed, one after another, synchronously: no Ctrl-C handler can run in between.
    const placed: Journal['changes'] = [];
    try {
      for (const e of journal.changes) {
        const abs = join(root, ...e.rel.split('/'));
        if (e.op === 'create') {
          try {
            linkSync(join(tx, e.staged), abs);
          } catch (err) {
            const code = (err as NodeJS.ErrnoException).code;
            if (code === 'EEXIST') throw new UsageError(say('fileExists', { path: shown(e.rel) }));
            if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw fsError(err, shown(e.rel), 'create');
            if (existsSync(abs)) throw new UsageError(say('fileExists', { path: shown(e.rel) }));
            renameSync(join(tx, e.staged), abs);
          }
        } else {
          try {
            renameSync(join(tx, e.staged), abs);
          } catch (err) {
            throw fsError(err, shown(e.rel));
          }
        }
        placed.push(e);
        syncDir(dirname(abs));
      }
    } catch (err) {
      const left = undo(root, tx, placed);
      if (left.length) throw new UsageError(say('tx.rollbackFailed', { files: left.map(shown).join(', '), folder: basename(tx) }));
      rmSync(tx, { recursive: true, force: true });
      throw err;
    }
    // 4. Done: the journal goes first (from here on nothing is taken back), then the folder.
    rmSync(join(tx, 'journal.json'), { force: true });
    rmSync(tx, { recursive: true, force: true });
  } finally {
    // Ctrl-C during the writes is seen here, once they are done (a signal reaches its handler a turn or two later).
    for (let i = 0; i < 5 && !interrupted && release; i++) await new Promise((r) => setTimeout(r, 10));
    release?.();
  }
  return interrupted;
}

/** Takes back placed changes, last first; returns the files it could not restore. */
function undo(root: string, tx: string, placed: Journal['changes']): string[] {
  const left: string[] = [];
  for (const e of [...placed].reverse()) {
    const abs = join(root, ...e.rel.split('/'));
    try {
      if (e.op === 'create') rmSync(abs, { force: true });
      else renameSync(join(tx, e.backup as string), abs);
    } catch {
      left.push(e.rel);
    }
  }
  return left;
}

/** What recoverWrites did: the files put back as they were, and any it left alone. */
export interface Recovered { folder: string; pid: number; started: string; restored: string[]; removed: string[]; kept: string[] }

/**
 * Before a command writes: an earlier write that was killed part-way (its journal still there, its
 * process gone) is taken back, so the register is all old again; a write still running (its process
 * alive) stops this one. A file changed by hand since is left as it is (`kept`), with its old text in
 * the folder.
 */
export function recoverWrites(root: string): Recovered[] {
  let names: string[];
  try {
    names = readdirSync(root).filter((n) => n.startsWith(TX_PREFIX));
  } catch {
    return [];
  }
  const out: Recovered[] = [];
  for (const name of names.sort()) {
    const tx = join(root, name);
    const m = TX_NAME.exec(name);
    const st = lstatOrUndefined(tx, name);
    if (!m || !st || !st.isDirectory() || st.isSymbolicLink()) continue;
    const jb = readBytes(join(tx, 'journal.json'), 'journal.json');
    let journal: Journal | undefined;
    try {
      journal = jb instanceof Uint8Array ? (JSON.parse(Buffer.from(jb).toString('utf8')) as Journal) : undefined;
    } catch {
      journal = undefined;
    }
    const pid = journal?.pid ?? Number(m[1]);
    if ((journal && journal.host !== hostname()) || processAlive(pid)) throw new UsageError(say('tx.busy', { pid, folder: name }));
    const rec: Recovered = { folder: name, pid, started: journal?.started ?? '', restored: [], removed: [], kept: [] };
    for (const e of [...(journal?.changes ?? [])].reverse()) {
      if (!writablePath(e.rel) || (e.backup !== undefined && !/^old-\d+$/.test(e.backup))) continue;
      const abs = join(root, ...e.rel.split('/'));
      const now = readBytes(abs, e.rel);
      const current = now instanceof Uint8Array ? sha256(now) : undefined;
      const backup = e.backup !== undefined ? readBytes(join(tx, e.backup), e.backup) : undefined;
      const old = backup instanceof Uint8Array ? sha256(backup) : undefined;
      // A file that holds the new text was placed by that write: taken back. One that holds its old text
      // was not reached. Anything else was changed since, by hand: left as it is (its old text kept aside).
      if (current === e.sha256) {
        if (e.op === 'create') {
          rmSync(abs, { force: true });
          rec.removed.push(e.rel);
        } else if (old !== undefined) {
          renameSync(join(tx, e.backup as string), abs);
          rec.restored.push(e.rel);
        } else rec.kept.push(e.rel);
      } else if (e.op === 'replace' && current !== undefined && current !== old) {
        rec.kept.push(e.rel);
      }
    }
    if (rec.kept.length === 0) rmSync(tx, { recursive: true, force: true });
    else {
      // The old texts of files changed since are kept, in a folder no later command touches again.
      rmSync(join(tx, 'journal.json'), { force: true });
      rec.folder = name.replace(TX_PREFIX, '.kerjasama-kept-');
      renameSync(tx, join(root, rec.folder));
    }
    if (journal) out.push(rec);
  }
  return out;
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Whether process `pid` is running (and not this one): the owner of a staging folder or a journal. */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** fsync a folder, so that the names placed in it last (where the system allows it). */
function syncDir(dir: string): void {
  try {
    syncFile(dir);
  } catch {
    // Not every system can open a folder for fsync (Windows): the renames themselves still hold.
  }
}
