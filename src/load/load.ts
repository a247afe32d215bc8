// The loader: the only stage that touches the file system. It finds the register, reads every record
// file, parses and schema-checks it, and builds the dataset. Bad files become diagnostics, never
// exceptions, and never stop the other files from being read.

import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { KIND_DIRS, KINDS, type Activity, type Agreement, type AnyRecord, type Config, type ConfigData, type Dataset, type Diagnostic, type Kind, type Lang, type Partner } from '../model/types.js';
import { KIND_FOLDER_WORDS } from './load.data.js';
import { CONFIG_FILE, configDiagnostics, DEFAULT_CONFIG, normaliseConfig } from './config.js';
import { locate, locateFast, pointerOf } from './locate.js';
import { yaml } from './lazy.js';
import { decodeText, parseText, type Parsed } from './parse.js';
import { normaliseRecord } from './normalise.js';
import { boundedForSchema, schemaDiagnostics, validatorFor } from './schemas.js';
import { fastParse, fastPositions, type Positions } from './fastParse.js';
import { cacheable, contentHash, RecordCache, type CacheLocation, type CachedFile } from './cache.js';
import { parallelAvailable, runParallel, type FileJob, type JobResult, type LocateRequest, type RemoteFiles } from './parallel.js';
import { ID_PATTERN, slug } from '../model/ids.js';
import { boundedPerFile } from '../model/diagnostics.js';
import { pushAll } from '../model/lists.js';
import { errText, MAX_FILE_BYTES, notRegular, readBytes, safeReadlink, safeRealpath, tooLarge } from './read.js';
import { CURRENT_VERSION, stepsFrom, upgradeValue, versionOf, type Migration } from '../model/versions.js';

export { MAX_FILE_BYTES, tooLarge };

const KIND_OF_DIR: Readonly<Record<string, Kind>> = { partners: 'partner', agreements: 'agreement', activities: 'activity' };

export interface Loaded {
  readonly root: string;
  readonly config: Config;
  /** False when kerjasama.yaml itself has errors: commands then stop with exit code 2. */
  readonly configOk: boolean;
  readonly dataset: Dataset;
  /** File, YAML, schema and identity diagnostics, with positions. */
  readonly diagnostics: Diagnostic[];
  /** Gives later diagnostics (cross-record rules) their line and column. */
  readonly locate: (d: Diagnostic) => Diagnostic;
  /** The text of a file that was read, for excerpts. */
  readonly source: (file: string) => string | undefined;
  /** How many record files a worker thread read and checked (parallel.ts), and how many diagnostics it located since; 0 when one thread did all. */
  readonly byWorker: { readonly files: number; readonly located: number };
  /** `locate` for many diagnostics at once, in their order: on two threads when a worker read the files. */
  readonly locateAll: (ds: readonly Diagnostic[]) => Diagnostic[];
  /** Set when the register is written in an older format, read upgraded in memory (kerjasama migrate upgrades its files). */
  readonly upgraded?: { readonly from: number; readonly to: number };
}

export { findRegister } from './folders.js';

export interface FoundFile { rel: string; abs?: string; kind?: Kind; problem?: Diagnostic; /** git: the blob to read */ blob?: string; size?: number; /** working tree: for the cache (ctime and inode change on any write or chmod, even one that keeps the time) */ mtimeMs?: number; ctimeMs?: number; ino?: number }

/**
 * A record file's name as an editor lengthened it, which the listing (`*.yaml`, `*.yml`) does not take:
 * Notepad's `.txt` or Word's `.docx` after `.yaml` or `.yml` (any case), or spaces or dots after them (a
 * name Windows cannot make, but Linux, macOS and git keep). `to` is the name to give it (case as written,
 * which the listing reads); undefined for any other name (a backup such as `x.yaml.bak` is not a record).
 */
export function misnamedRecord(name: string): { to: string; added: 'txt' | 'docx' | 'trailing' } | undefined {
  const m = /^(.+\.ya?ml)(?:\.(txt|docx)|[ .]+)$/i.exec(name);
  if (!m) return undefined;
  return { to: m[1] as string, added: m[2] === undefined ? 'trailing' : (m[2].toLowerCase() as 'txt' | 'docx') };
}

/**
 * The file in a folder (`names`, its entries) that the name to give a misnamed record file (`to`) would
 * collide with: one of the same name in any case (macOS and Windows keep `X.yaml` and `x.yaml` as one file,
 * and git on Linux keeps both, which a clone on those systems cannot), or the record of the same id under
 * the other ending (`x.yml` beside `x.yaml`: two files of one id). Undefined when none is there.
 */
export function takenName(to: string, names: Iterable<string>): string | undefined {
  const stem = (n: string): string | undefined => /^(.+)\.ya?ml$/i.exec(n)?.[1]?.toLowerCase();
  const want = stem(to);
  if (want === undefined) return undefined;
  let found: string | undefined;
  for (const n of names) {
    if (stem(n) !== want) continue;
    if (n === to) return n;
    found ??= n;
  }
  return found;
}

/**
 * The listing's warning on a misnamed record file (misnamedRecord): the name to give it, or, when a file is
 * there already (takenName), that file's name, marked taken; a name ending in spaces or dots is given as it is
 * (`was`), for the message to show them.
 */
export function misnamedProblem(rel: string, m: { to: string; added: string }, taken: string | undefined): Diagnostic {
  const params: Record<string, string> = { name: taken ?? m.to, added: m.added };
  if (m.added === 'trailing') params['was'] = rel.slice(rel.lastIndexOf('/') + 1);
  if (taken !== undefined) params['taken'] = 'yes';
  return { code: 'file-extension', severity: 'warning', file: rel, params };
}

/** Why a symbolic link under data/ is not followed (a code the diagnostic catalogue words); undefined when it may be. */
function unsafeLink(target: string, realData: string, isDir: boolean): { why: string } | undefined {
  if (target.split(sep).includes('.git')) return { why: 'in-git' };
  if (!(target === realData || target.startsWith(realData + sep))) return { why: 'outside-data' };
  if (isDir) return { why: 'linked-folder' };
  return undefined;
}

/**
 * Lists YAML files under data/, deterministic order; a file named as a record an editor lengthened
 * (misnamedRecord: ntb-gimhae-mou.yaml.txt) is listed with a warning, never read. Only the register is read:
 * a link out of the register, into a .git folder, out of data/, or to a folder (data/ itself included) is a
 * diagnostic, never followed.
 * `withStats` false (no cache to trust by size and times): each entry's type is taken from the folder's
 * listing (readdir's file types, which name a link, a pipe or a device as such, without following it)
 * instead of an `lstat` per file, and a listed file has no size: it is checked and measured when read.
 */
export function listRecordFiles(root: string, withStats = true): FoundFile[] {
  const out: FoundFile[] = [];
  const realRoot = safeRealpath(root) ?? root;
  const dataAbs = join(root, 'data');
  const shown = (p: string): string => (p === realRoot || p.startsWith(realRoot + sep) ? relative(realRoot, p).split(sep).join('/') : p);
  try {
    if (lstatSync(dataAbs).isSymbolicLink()) {
      const target = safeRealpath(dataAbs) ?? safeReadlink(dataAbs);
      return [{ rel: 'data', abs: dataAbs, problem: { code: 'file-symlink-unsafe', severity: 'error', file: 'data', params: { target: shown(target), why: 'data-linked' } } }];
    }
  } catch {
    // data/ is missing: walk() says nothing, as before.
  }
  const realData = join(realRoot, 'data');
  const walk = (absDir: string, relDir: string): void => {
    let entries: Array<string | Dirent>;
    try {
      entries = withStats ? readdirSync(absDir).sort() : readdirSync(absDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (err) {
      // A folder that cannot be listed would hide its records silently; data/ itself may simply be missing.
      const rel = relative(root, absDir).split(sep).join('/');
      if (rel !== 'data' || (err as NodeJS.ErrnoException).code !== 'ENOENT') out.push({ rel, abs: absDir, problem: { code: 'file-unreadable', severity: 'error', file: rel, params: errText(err) } });
      return;
    }
    // Every file in a folder has the same kind (the folder under data/): worked out once, not per file.
    const kindHere = kindOf(relDir + '/-');
    let names: string[] | undefined;
    /** A misnamed record file (misnamedRecord) is said, never read: the name to give it, and whether one here has it. */
    const misnamed = (name: string, rel: string, abs: string): void => {
      const m = misnamedRecord(name);
      if (!m) return;
      names ??= entries.map((e) => (typeof e === 'string' ? e : e.name));
      out.push({ rel, abs, problem: misnamedProblem(rel, m, takenName(m.to, names)) });
    };
    for (const entry of entries) {
      const name = typeof entry === 'string' ? entry : entry.name;
      if (name.startsWith('.')) continue;
      const abs = absDir + sep + name;
      const rel = relDir + '/' + name;
      let st: Dirent | Stats;
      try {
        st = typeof entry === 'string' ? lstatSync(abs) : entry;
      } catch {
        continue;
      }
      const isYaml = /\.ya?ml$/i.test(name);
      if (st.isSymbolicLink()) {
        const target = safeRealpath(abs);
        if (!target) {
          // A broken link (its target is missing, or it loops): nothing to read, wherever it points.
          out.push({ rel, abs, problem: { code: 'file-unreadable', severity: 'error', file: rel, params: { reason: 'broken-link', to: safeReadlink(abs) } } });
          continue;
        }
        let tst;
        try {
          tst = statSync(abs);
        } catch {
          continue;
        }
        if (!tst.isDirectory() && !isYaml) {
          misnamed(name, rel, abs);
          continue;
        }
        if (!(target === realRoot || target.startsWith(realRoot + sep))) {
          out.push({ rel, abs, problem: { code: 'file-symlink-outside', severity: 'error', file: rel, params: { target } } });
          continue;
        }
        const unsafe = unsafeLink(target, realData, tst.isDirectory());
        if (unsafe) {
          out.push({ rel, abs, problem: { code: 'file-symlink-unsafe', severity: 'error', file: rel, params: { target: shown(target), ...unsafe } } });
          continue;
        }
        st = tst;
        // Read at its real path, which no link can change between listing and reading (O_NOFOLLOW).
        if (st.isFile() && isYaml) out.push({ rel, abs: target, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, ...kindHere });
        continue;
      }
      if (st.isDirectory()) walk(abs, rel);
      else if (st.isFile() && isYaml) out.push('size' in st ? { rel, abs, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, ...kindHere } : { rel, abs, ...kindHere });
      // A pipe, socket or device named like a record: said, never opened (a FIFO would block the read).
      else if (isYaml) out.push({ rel, abs, problem: notRegular(rel, st) });
      else misnamed(name, rel, abs);
    }
  };
  walk(dataAbs, 'data');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

export function kindOf(rel: string): { kind?: Kind } {
  const dir = rel.split('/')[1];
  const kind = dir === undefined ? undefined : KIND_OF_DIR[dir];
  return kind && rel.split('/').length > 2 ? { kind } : {};
}

/** Where a register's files come from: the working tree here, a git revision in git.ts. */
export interface RegisterSource {
  /** Shown as the register's root (a folder, or "rev:" for git). */
  readonly root: string;
  /** kerjasama.yaml's bytes, or the diagnostics that stop it being read. */
  readConfig(): Uint8Array | Diagnostic[];
  /** The record files under data/, sorted by path, with listing problems as entries. */
  list(): FoundFile[];
  /** One listed file's bytes (at most MAX_FILE_BYTES), or the diagnostics that stop it being read. */
  read(file: FoundFile): Uint8Array | Diagnostic[];
  /** True when a listed file with `abs` and `size` may be read by any thread with runJob (the working tree). */
  readonly parallel?: boolean;
}

/** The working tree under `root`; `withStats` false when no cache will trust its files by size and times (listRecordFiles). */
export function fsSource(root: string, withStats = true): RegisterSource {
  let config: Uint8Array | Diagnostic[] | undefined;
  let listed: FoundFile[] | undefined;
  return {
    root,
    // Read and listed once: the run memo (cache.ts) fingerprints what the loader then uses.
    readConfig: () => (config ??= readBytes(join(root, CONFIG_FILE), CONFIG_FILE)),
    list: () => (listed ??= listRecordFiles(root, withStats)),
    read: (f) => (f.abs !== undefined && (f.size !== undefined || !withStats) ? readListed(f.abs, f.rel, f.size) : readBytes(f.abs ?? join(root, f.rel), f.rel)),
    parallel: true,
  };
}

/** kerjasama.yaml as written, its YAML's value (diff says what of it changed); undefined when it does not read as a mapping. */
export function configData(loaded: Pick<Loaded, 'source'>): Record<string, unknown> | undefined {
  const text = loaded.source(CONFIG_FILE);
  const value = text === undefined ? undefined : parseText(text, CONFIG_FILE).value;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * The records of `source` named by `ids` alone (a record's file name is its id), with its kerjasama.yaml:
 * a few files read instead of the register (log's names for the records its events name).
 */
export function onlyRecords(source: RegisterSource, ids: ReadonlySet<string>): RegisterSource {
  return { ...source, list: () => source.list().filter((f) => ids.has(basename(f.rel).replace(/\.ya?ml$/i, ''))) };
}

const scratch = { buf: undefined as Buffer | undefined };

/** A listed file whose size is known: one open and read, no second stat (10,000 files add up); its size unknown, one `fstat` of the open file. */
function readListed(abs: string, rel: string, size: number | undefined): Uint8Array | Diagnostic[] {
  const r = readListedView(abs, rel, size);
  return r instanceof Uint8Array ? Uint8Array.prototype.slice.call(r, 0) : r;
}

/** readListed without the copy: the bytes are a view of a buffer the next read reuses (runJob consumes them first). */
function readListedView(abs: string, rel: string, listedSize: number | undefined): Uint8Array | Diagnostic[] {
  if (listedSize !== undefined && listedSize > MAX_FILE_BYTES) return [tooLarge(rel, listedSize)];
  const buf = (scratch.buf ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1));
  let n = 0;
  let size = listedSize ?? 0;
  try {
    // Never through a link put in its place since it was listed; listed without its size, never waiting on a pipe put there.
    const fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (listedSize === undefined ? constants.O_NONBLOCK ?? 0 : 0));
    try {
      if (listedSize === undefined) {
        // Listed by its folder's file types alone: a regular file then, but anything may be there now.
        const st = fstatSync(fd);
        if (!st.isFile()) return [notRegular(rel, st)];
        if (st.size > MAX_FILE_BYTES) return [tooLarge(rel, st.size)];
        size = st.size;
      }
      // One read of size + 1 bytes: a regular file returns fewer than asked only at its end, so a file
      // unchanged since it was listed is read in one call. Short of the listed size (it shrank, or a file
      // system that reads in parts), or past it (it grew), it is read on to its end.
      let k = readSync(fd, buf, 0, size + 1, null);
      n = k;
      while (k > 0 && n < size) n += k = readSync(fd, buf, n, size + 1 - n, null);
      if (n > size) while (k > 0 && n < buf.length) n += k = readSync(fd, buf, n, buf.length - n, null);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    return [{ code: 'file-unreadable', severity: 'error', file: rel, params: errText(err) }];
  }
  // It grew past the limit since it was listed: let the careful path say so.
  if (n > MAX_FILE_BYTES) return readBytes(abs, rel);
  return buf.subarray(0, n);
}

/** Reads and parses one file; total: every failure is a diagnostic. */
export function readAndParse(abs: string, rel: string): Parsed {
  return parseBytes(readBytes(abs, rel), rel);
}

function parseBytes(bytes: Uint8Array | Diagnostic[], rel: string): Parsed {
  if (!(bytes instanceof Uint8Array)) return { diagnostics: bytes };
  const decoded = decodeText(bytes, rel);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  return parseText(decoded.text, rel);
}

/** One record file, checked on its own: a pure function of (kind, path, bytes). */
export interface FileResult {
  parsed: Parsed;
  /** Its own diagnostics (YAML, schema, id), located. Duplicates across files are found later. */
  diagnostics: Diagnostic[];
  /** The normalised record value when the file has no errors of its own. */
  value?: unknown;
  /** Read on the fast path (fastParse.ts): a clean file whose value is plain JSON, safe to cache. */
  fast?: boolean;
  /** Answered by the cache, its text not read: read when an excerpt or a position needs it. */
  cached?: boolean;
}

/** Upgrades a record's value, read from an older register format, to the current one (versions.ts). */
export type Upgrade = (kind: Kind, value: unknown) => void;

export function checkFile(kind: Kind, rel: string, bytes: Uint8Array | Diagnostic[], upgrade?: Upgrade): FileResult {
  return fastCheck(kind, rel, bytes, upgrade) ?? fullCheck(kind, rel, bytes, upgrade);
}

/**
 * The fast path: a file in plain YAML (fastParse.ts) that passes the schema and the id rules needs no
 * positions, so it is done without the full parser. Anything else, and every file with a diagnostic,
 * goes through fullCheck, so diagnostics always come from one place.
 */
function fastCheck(kind: Kind, rel: string, bytes: Uint8Array | Diagnostic[], upgrade?: Upgrade): FileResult | undefined {
  const id = basename(rel, extname(rel));
  if (!ID_PATTERN.test(id)) return undefined;
  const parsed = fastText(bytes);
  if (!parsed) return undefined;
  const { value, text } = parsed;
  upgrade?.(kind, value);
  if (!validatorFor(kind)(boundedForSchema(value))) return undefined;
  const declared = (value as { id?: unknown }).id;
  if (declared !== undefined && declared !== id) return undefined;
  normaliseRecord(kind, value);
  return { parsed: { value, text, diagnostics: [] }, diagnostics: [], value, fast: true };
}

/** Decoded and read by fastParse, when it can be: the value and text, no positions, no diagnostics. */
function fastText(bytes: Uint8Array | Diagnostic[]): (Parsed & { value: unknown; text: string }) | undefined {
  if (!(bytes instanceof Uint8Array) || bytes.indexOf(0) >= 0) return undefined;
  const decoded = decodeText(bytes, '');
  if (decoded.text === undefined) return undefined;
  const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
  const value = fastParse(text);
  return value === undefined ? undefined : { value, text, diagnostics: [] };
}

/** The full path alone (the full parser, positions for everything): what checkFile must always agree with. */
export function fullCheck(kind: Kind, rel: string, bytes: Uint8Array | Diagnostic[], upgrade?: Upgrade): FileResult {
  const id = basename(rel, extname(rel));
  const parsed = parseBytes(bytes, rel);
  if (parsed.value !== undefined) upgrade?.(kind, parsed.value);
  const own: Diagnostic[] = parsed.diagnostics.slice();
  if (!ID_PATTERN.test(id)) {
    const suggestion = slug(id, Number.POSITIVE_INFINITY);
    own.push({ code: 'id-invalid', severity: 'error', file: rel, ...idPlace(parsed), params: { id, ...(suggestion ? { suggestion } : {}) } });
  }
  if (parsed.value !== undefined) {
    const schema = schemaDiagnostics(kind, parsed.value, rel);
    // A complete record of another kind (a partner saved in data/agreements/) is said as that, once, not as
    // every field the folder's kind misses and every field it does not know.
    const holds = schema.length > 0 ? otherKindHeld(kind, parsed.value) : undefined;
    if (holds !== undefined) {
      const move = `${KIND_DIRS[holds]}/${basename(rel)}`;
      own.push({ code: 'file-wrong-folder', severity: 'error', file: rel, ...idPlace(parsed), params: { holds, readAs: kind, folder: dirname(rel), move, file: rel } });
    } else pushAll(own, schema);
    const declared = (parsed.value as { id?: unknown } | null)?.id;
    if (typeof declared === 'string' && declared !== id) {
      own.push({ code: 'id-mismatch', severity: 'error', file: rel, pointer: '/id', params: { id: declared, fileId: id } });
    }
  }
  const diagnostics = boundedPerFile(own, rel, parsed.omitted).map((d) => locate(d, parsed.doc, parsed.lineCounter));
  const ok = parsed.value !== undefined && diagnostics.every((d) => d.severity !== 'error');
  if (ok) normaliseRecord(kind, parsed.value);
  return { parsed, diagnostics, ...(ok ? { value: parsed.value } : {}) };
}

/** The one other kind whose schema `value` passes whole, if there is exactly one. */
function otherKindHeld(kind: Kind, value: unknown): Kind | undefined {
  const bounded = boundedForSchema(value);
  const held = KINDS.filter((k) => k !== kind && validatorFor(k)(bounded));
  return held.length === 1 ? held[0] : undefined;
}

/**
 * Where id-invalid (the file name is the id) points: the record's `id:` key, else its first key; line 1
 * only when the file has no mapping (line 1 of a record file is the schema comment, which says nothing of
 * the id).
 */
function idPlace(parsed: Parsed): Pick<Diagnostic, 'pointer' | 'target'> | Pick<Diagnostic, 'line' | 'column'> {
  const { isMap, isScalar } = yaml();
  const root = parsed.doc?.contents;
  if (!isMap(root)) return { line: 1, column: 1 };
  const keys = root.items.flatMap((p) => (isScalar(p.key) ? [String(p.key.value)] : []));
  const key = keys.includes('id') ? 'id' : keys[0];
  return key === undefined ? { line: 1, column: 1 } : { pointer: pointerOf([key]), target: 'key' };
}

/**
 * One file's whole work, as the main thread and the worker (parallel.ts) both do it: read, hash for the
 * cache, check. Without `keepText`, the text is kept only for a file with something to say; a clean one's
 * is read again if a later (cross-record) message needs an excerpt or a position, as for files answered
 * by the cache.
 */
/** A job's file read again, as the loader's textOf reads a file it kept no text of (the worker's positions). */
export function jobText(job: FileJob): string | undefined {
  return textOfBytes(readListedView(job.abs, job.rel, job.size), job.rel);
}

export function runJob(job: FileJob, withHash: boolean, keepText = true): JobResult {
  // Checked and hashed before the next read reuses the buffer; nothing keeps the bytes themselves.
  const bytes = readListedView(job.abs, job.rel, job.size);
  const r = checkFile(job.kind, job.rel, bytes);
  const clean = r.value !== undefined && r.diagnostics.length === 0;
  const out: JobResult = { diagnostics: r.diagnostics };
  if (r.value !== undefined) out.value = r.value;
  if ((keepText || !clean) && r.parsed.text !== undefined) out.text = r.parsed.text;
  if (r.fast) out.fast = true;
  if (withHash && bytes instanceof Uint8Array) out.hash = contentHash(bytes);
  return out;
}

/** A file answered by the cache: its value and its own diagnostics as they were found, no text read. */
function cachedResult(hit: CachedFile): FileResult {
  const parsed: Parsed = { diagnostics: [] };
  if (hit.value !== undefined) parsed.value = hit.value;
  return { parsed, diagnostics: hit.diagnostics ?? [], ...(hit.value !== undefined ? { value: hit.value } : {}), ...(hit.textless ? {} : { cached: true }) };
}

/** A job's result as the loader keeps it, through the cache as checkCached would have it. */
function fromJob(cache: RecordCache | undefined, f: FoundFile, r: JobResult): FileResult {
  if (cache && r.hash !== undefined) {
    const { hit } = cache.byHash(f.rel, r.hash, f);
    if (hit) return cachedResult(hit);
    rememberResult(cache, f, r.hash, r, r.text);
  }
  const parsed: Parsed = { diagnostics: [] };
  if (r.value !== undefined) parsed.value = r.value;
  if (r.text !== undefined) parsed.text = r.text;
  return { parsed, diagnostics: r.diagnostics, ...(r.value !== undefined ? { value: r.value } : {}), ...(r.fast ? { fast: true } : {}) };
}

export interface LoadOptions {
  /**
   * Share reading and checking with a worker thread (parallel.ts) when at least this many files need
   * reading, on a working tree, with more than one core. Unset: one thread.
   */
  parallel?: number;
  /** With `parallel`: the main thread leaves half of the files to the worker (tests: parallel.ts runParallel). */
  parallelHalf?: boolean;
  /** Use the record cache (cache.ts) in the user's cache folder `home`; `version` is the tool's version, part of its key. */
  cache?: { version: string } & CacheLocation;
  /** 'full': every file through the full parser alone, no fast path: the reference test/identical.test.ts holds the fast paths to. */
  reader?: 'full';
  /** Called after each record file, for a progress line (the caller decides whether to show one). */
  progress?: (done: number, total: number) => void;
  /**
   * With `cache`: filled with each record file's content hash (SHA-256) as the cache knows it, for files it
   * answered without their being read (an aggregate's lock names every member's file by it).
   */
  contentHashes?: Map<string, string>;
}

/** checkFile through the cache: by size and time, else by content hash, else checked and remembered. */
function checkCached(cache: RecordCache, source: RegisterSource, f: FoundFile, kind: Kind): FileResult {
  const byStat = cache.byStat(f.rel, f);
  if (byStat) return cachedResult(byStat);
  const bytes = source.read(f);
  if (!(bytes instanceof Uint8Array)) return checkFile(kind, f.rel, bytes);
  const { hit, hash } = cache.byContent(f.rel, bytes, f);
  if (hit) return cachedResult(hit);
  const result = checkFile(kind, f.rel, bytes);
  rememberResult(cache, f, hash, result, result.parsed.text);
  return result;
}

/** Keeps a file's result in the cache when it may be kept (cache.ts cacheable()). */
function rememberResult(cache: RecordCache, f: FoundFile, hash: string, result: { value?: unknown; diagnostics: Diagnostic[]; fast?: boolean }, text: string | undefined): void {
  const kept: CachedFile = { ...(result.value !== undefined ? { value: result.value } : {}), ...(result.diagnostics.length ? { diagnostics: result.diagnostics, ...(text === undefined ? { textless: true as const } : {}) } : {}) };
  if (cacheable(kept, result.fast === true)) cache.remember(f.rel, hash, f, kept);
}

/** Text as the loader gives it for excerpts: decoded, without a byte-order mark; none when unreadable. */
export function textOfBytes(bytes: Uint8Array | Diagnostic[], file: string): string | undefined {
  const text = bytes instanceof Uint8Array ? decodeText(bytes, file).text : undefined;
  return text?.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * The text of the register's files, read when first asked for: for excerpts when a run was answered
 * without loading (the run memo), the same text Loaded.source would give.
 */
export function sourceTexts(source: RegisterSource): (file: string) => string | undefined {
  const texts = new Map<string, string | undefined>();
  let byRel: Map<string, FoundFile> | undefined;
  return (file) => {
    if (!texts.has(file)) {
      byRel ??= new Map(source.list().map((f) => [f.rel, f]));
      const f = byRel.get(file);
      const bytes = file === CONFIG_FILE ? source.readConfig() : f && !f.problem ? source.read(f) : [];
      texts.set(file, textOfBytes(bytes, file));
    }
    return texts.get(file);
  };
}

export function loadRegister(root: string, options: LoadOptions & { source?: RegisterSource } = {}): Loaded {
  const { source, ...rest } = options;
  // Without the cache no file's size and times are needed: the listing takes each entry's type from its folder's (listRecordFiles).
  return loadFrom(source ?? fsSource(root, rest.cache !== undefined), rest.cache ? { ...rest, cacheRoot: root } : rest);
}

/**
 * The files' results worked out ahead, on two threads (parallel.ts), by listed index: those the cache
 * answers by size and time, and those read. Undefined when there are fewer than `min` files, or no second
 * thread; with fewer than `min` to read, only the cache's answers: the loader does the others in its loop.
 */
/** Up to this many files read on two threads, every text is kept (for excerpts and positions); above, only those with a problem. */
const KEEP_TEXTS_UP_TO = 20_000;

function inParallel(listed: readonly FoundFile[], cache: RecordCache | undefined, min: number, progress: LoadOptions['progress'], half: boolean): { results: Array<FileResult | undefined>; ran: boolean; byWorker: number; remote?: RemoteFiles } | undefined {
  if (!parallelAvailable() || listed.length < min) return undefined;
  const pre: Array<FileResult | undefined> = new Array(listed.length);
  const jobs: FileJob[] = [];
  const at: number[] = [];
  for (let i = 0; i < listed.length; i++) {
    const f = listed[i] as FoundFile;
    if (f.problem || !f.kind) continue;
    const byStat = cache?.byStat(f.rel, f);
    if (byStat) {
      pre[i] = cachedResult(byStat);
      continue;
    }
    if (f.abs === undefined) continue;
    jobs.push({ rel: f.rel, abs: f.abs, ...(f.size !== undefined ? { size: f.size } : {}), kind: f.kind });
    at.push(i);
  }
  // Too few to read for a second thread to pay: the hits found stay (byStat is asked once per file).
  if (jobs.length < min) return { results: pre, ran: false, byWorker: 0 };
  const withHash = cache !== undefined;
  const hits = listed.length - jobs.length;
  // Texts sent back cost little at 10,000 files and save reading warned files again; at 100,000 they are
  // memory. (`half`, for tests, keeps none: the path of the largest registers, on a small one.)
  const keepTexts = !half && jobs.length <= KEEP_TEXTS_UP_TO;
  // Nor, past that, does the worker stay to find positions on its files: it ends with them, and frees about
  // 70 MB at 100,000 files; finding those positions here costs about 3 % more time. (`half` keeps it, so
  // the tests go through the worker's positions.)
  const stay = keepTexts || half;
  const { results: out, byWorker, remote } = runParallel(jobs, { withHash, keepTexts, stay }, (j) => runJob(j, withHash, keepTexts), progress ? (n) => progress(hits + n, listed.length) : undefined, half);
  for (let k = 0; k < out.length; k++) {
    const i = at[k] as number;
    pre[i] = fromJob(cache, listed[i] as FoundFile, out[k] as JobResult);
  }
  return { results: pre, ran: true, byWorker, ...(remote ? { remote } : {}) };
}

/** At least this many diagnostics to place on the worker's files before it is asked (a request costs a little). */
const REMOTE_LOCATE_MIN = 50;

/**
 * Locates diagnostics in order: those on files the worker read on the fast path (and that the main thread
 * has no full parse of) are placed by the worker while this thread places the rest; whatever the worker
 * does not answer is placed here, as locate() would.
 */
function locateAll(ds: readonly Diagnostic[], locateHere: (d: Diagnostic) => Diagnostic, remote: RemoteFiles | undefined, parsed: (file: string) => Parsed | undefined, stats: { located: number }, forget: (file: string) => void): Diagnostic[] {
  const out: Diagnostic[] = new Array(ds.length);
  const byFile = new Map<string, number[]>();
  const here: number[] = [];
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i] as Diagnostic;
    if (remote && d.line === undefined && remote.has(d.file) && !parsed(d.file)?.doc) {
      let list = byFile.get(d.file);
      if (!list) byFile.set(d.file, (list = []));
      list.push(i);
    } else here.push(i);
  }
  // File by file, each file's positions forgotten once its diagnostics are placed: kept, they were tens of
  // MB at 100,000 files with a tenth of them warned.
  const placeHere = (idx: readonly number[]): void => {
    const order = idx.slice().sort((a, b) => {
      const fa = (ds[a] as Diagnostic).file;
      const fb = (ds[b] as Diagnostic).file;
      return fa < fb ? -1 : fa > fb ? 1 : a - b;
    });
    for (let k = 0; k < order.length; k++) {
      const d = ds[order[k] as number] as Diagnostic;
      out[order[k] as number] = locateHere(d);
      if (k + 1 === order.length || (ds[order[k + 1] as number] as Diagnostic).file !== d.file) forget(d.file);
    }
  };
  let count = 0;
  for (const list of byFile.values()) count += list.length;
  if (!remote || count < REMOTE_LOCATE_MIN) {
    placeHere(ds.map((_, i) => i));
    return out;
  }
  const files = [...byFile];
  const requests: LocateRequest[] = files.map(([rel, idx]) => ({ rel, diagnostics: idx.map((i) => ds[i] as Diagnostic) }));
  const answers = remote.locate(requests, () => placeHere(here));
  files.forEach(([, idx], k) => {
    idx.forEach((i, j) => {
      const a = answers[k]?.[j];
      if (a) stats.located++;
      out[i] = a ?? locateHere(ds[i] as Diagnostic);
    });
  });
  return out;
}

/** kerjasama.yaml read and checked: the configuration (defaults when it has errors) and its own diagnostics. */
export function configOf(bytes: Uint8Array | Diagnostic[]): { config: Config; configOk: boolean; parsed: Parsed; diagnostics: Diagnostic[]; steps?: Migration[]; version?: number } {
  const parsed = fastText(bytes) ?? parseBytes(bytes, CONFIG_FILE);
  const diagnostics = boundedPerFile(parsed.diagnostics.slice(), CONFIG_FILE, parsed.omitted);
  let config = DEFAULT_CONFIG;
  // The register format: a newer one is refused; an older one is read upgraded, every file through the same steps.
  const version = parsed.value !== undefined ? versionOf(parsed.value) : undefined;
  const steps = version !== undefined && version < CURRENT_VERSION ? stepsFrom(version) : undefined;
  if (version !== undefined && (version > CURRENT_VERSION || (version < CURRENT_VERSION && !steps))) {
    diagnostics.push({ code: 'config-invalid', severity: 'error', file: CONFIG_FILE, pointer: '/schema_version', params: { field: 'schema_version', reason: version > CURRENT_VERSION ? 'format-newer' : 'format-unreadable', value: version, current: CURRENT_VERSION } });
  }
  if (steps?.length) upgradeValue('config', parsed.value, steps);
  if (parsed.value !== undefined && diagnostics.every((d) => d.severity !== 'error')) {
    // Always checked: no verdict on kerjasama.yaml is ever taken from a cache.
    const schemaErrs = schemaDiagnostics('config', parsed.value, CONFIG_FILE);
    pushAll(diagnostics, schemaErrs);
    if (schemaErrs.length === 0) {
      const data = parsed.value as ConfigData;
      pushAll(diagnostics, configDiagnostics(data));
      config = normaliseConfig(data);
    }
  }
  // A kerjasama.yaml with an error elsewhere still says which language its register is read in: its errors
  // are said in that language, as everything else is.
  const language = config === DEFAULT_CONFIG ? languageOf(parsed.value) : undefined;
  if (language) config = { ...DEFAULT_CONFIG, language };
  return { config, configOk: diagnostics.every((d) => d.severity !== 'error'), parsed, diagnostics, ...(steps?.length ? { steps } : {}), ...(version !== undefined ? { version } : {}) };
}

/** `language:` of a kerjasama.yaml read with errors, when it is one the tool speaks. */
function languageOf(value: unknown): Lang | undefined {
  const l = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { language?: unknown }).language : undefined;
  return l === 'en' || l === 'id' ? l : undefined;
}

/**
 * Only kerjasama.yaml, as loadFrom reads it: for commands that need the register's settings (its time
 * zone, its language) and not its records (the history commands, choosing a revision by date).
 */
export function loadConfig(source: RegisterSource): { config: Config; configOk: boolean; diagnostics: Diagnostic[]; source: (file: string) => string | undefined } {
  const { config, configOk, parsed, diagnostics } = configOf(source.readConfig());
  // Read on the fast path, the file has no positions yet: parsed again, fully, only to place a problem.
  const full = parsed.doc === undefined && parsed.text !== undefined && diagnostics.some((d) => d.line === undefined) ? parseText(parsed.text, CONFIG_FILE) : parsed;
  return { config, configOk, diagnostics: diagnostics.map((d) => (d.line === undefined ? locate(d, full.doc, full.lineCounter) : d)), source: (file) => (file === CONFIG_FILE ? parsed.text : undefined) };
}

export function loadFrom(source: RegisterSource, options: LoadOptions & { cacheRoot?: string } = {}): Loaded {
  const parsedByFile = new Map<string, Parsed>();
  const foundByFile = new Map<string, FoundFile>();
  /** Files answered by the cache without reading them: their text is read if an excerpt needs it. */
  const unread = new Set<string>();
  const diagnostics: Diagnostic[] = [];

  // 1. The configuration.
  const cfgBytes = source.readConfig();
  const cache = options.cache && options.cacheRoot !== undefined ? RecordCache.open(options.cache, options.cacheRoot, cfgBytes instanceof Uint8Array ? cfgBytes : undefined, options.cache.version) : undefined;
  const { config, parsed: cfgParsed, diagnostics: cfgDiags, steps, version } = configOf(cfgBytes);
  const upgrade: Upgrade | undefined = steps ? (kind, value) => upgradeValue(kind, value, steps) : undefined;
  parsedByFile.set(CONFIG_FILE, cfgParsed);
  for (const d of cfgDiags) diagnostics.push(d);

  // 2. The records.
  const maps = { partner: new Map<string, Partner>(), agreement: new Map<string, Agreement>(), activity: new Map<string, Activity>() };
  const firstFile = { partner: new Map<string, string>(), agreement: new Map<string, string>(), activity: new Map<string, string>() };
  const invalidIds = { partner: new Set<string>(), agreement: new Set<string>(), activity: new Set<string>() };
  let fileCount = 0;
  const misplaced = new Map<string, string>();
  const listed = source.list();
  // An older register is read on one thread, without the cache: every file through the upgrade.
  const pre = upgrade || options.reader === 'full' || options.parallel === undefined || !source.parallel ? undefined : inParallel(listed, cache, options.parallel, options.progress, options.parallelHalf === true);
  let done = 0;
  for (let n = 0; n < listed.length; n++) {
    const f = listed[n] as FoundFile;
    if (!pre?.ran) options.progress?.(++done, listed.length);
    if (f.problem) {
      diagnostics.push(f.problem);
      continue;
    }
    if (!f.kind) {
      // A folder named for its kind in other words (data/mitra/): the folder it goes in.
      const kind = f.rel.split('/').slice(1, -1).map((seg) => KIND_FOLDER_WORDS[seg.toLowerCase()]).find((k) => k !== undefined);
      diagnostics.push({ code: 'file-misplaced', severity: 'warning', file: f.rel, params: kind ? { folder: KIND_DIRS[kind] } : {} });
      const named = basename(f.rel, extname(f.rel));
      if (!misplaced.has(named)) misplaced.set(named, f.rel);
      continue;
    }
    fileCount++;
    const kind = f.kind;
    const id = basename(f.rel, extname(f.rel));
    foundByFile.set(f.rel, f);
    const result = pre?.results[n] ?? (upgrade ? checkFile(kind, f.rel, source.read(f), upgrade) : options.reader === 'full' ? fullCheck(kind, f.rel, source.read(f)) : cache ? checkCached(cache, source, f, kind) : checkFile(kind, f.rel, source.read(f)));
    parsedByFile.set(f.rel, result.parsed);
    if (result.parsed.text === undefined && (result.value !== undefined || result.cached)) unread.add(f.rel);
    for (const d of result.diagnostics) diagnostics.push(d);
    const other = firstFile[kind].get(id);
    if (other !== undefined) {
      diagnostics.push({ code: 'id-duplicate', severity: 'error', file: f.rel, line: 1, column: 1, params: { kind, id, other } });
    } else {
      firstFile[kind].set(id, f.rel);
      if (result.value !== undefined) {
        const rec = { kind, id, file: f.rel, data: result.value } as AnyRecord;
        (maps[kind] as Map<string, AnyRecord>).set(id, rec);
      } else {
        invalidIds[kind].add(id);
      }
    }
  }

  const dataset: Dataset = {
    config,
    partners: maps.partner,
    agreements: maps.agreement,
    activities: maps.activity,
    invalidIds,
    fileCount,
    ...(misplaced.size ? { misplaced } : {}),
  };
  if (cache && options.contentHashes) {
    for (const rel of foundByFile.keys()) {
      const h = cache.hashOf(rel);
      if (h !== undefined) options.contentHashes.set(rel, h);
    }
  }
  cache?.save();
  /** A file's text, read again when it came from the cache. */
  const textOf = (file: string): string | undefined => {
    const p = parsedByFile.get(file);
    if (!p || p.text !== undefined || !unread.has(file)) return p?.text;
    unread.delete(file);
    const f = foundByFile.get(file);
    p.text = f ? textOfBytes(source.read(f), file) : undefined;
    return p.text;
  };
  /** Fast positions of files read on the fast path or from the cache (null: the fast reader gives up on it). */
  const fastAt = new Map<string, Positions | null>();
  const locateLater = (d: Diagnostic): Diagnostic => {
    let p = parsedByFile.get(d.file);
    const text = d.line === undefined && p && !p.doc ? textOf(d.file) : undefined;
    if (p && text !== undefined) {
      // Read on the fast path or from the cache, so without the full parser's positions: the fast
      // reader's, when they answer (test/differential.test.ts shows they are the same) …
      let at = fastAt.get(d.file);
      if (at === undefined) fastAt.set(d.file, (at = fastPositions(text) ?? null));
      const located = at ? locateFast(d, at) : undefined;
      if (located) return located;
      // … else parse this one file again, fully.
      p = { ...parseText(text, d.file), text };
      parsedByFile.set(d.file, p);
      fastAt.delete(d.file);
    }
    return locate(d, p?.doc, p?.lineCounter);
  };
  const worker = { files: pre?.byWorker ?? 0, located: 0 };
  return {
    root: source.root,
    config,
    configOk: cfgDiags.every((d) => d.severity !== 'error'),
    dataset,
    diagnostics: diagnostics.map((d) => (d.line === undefined && d.file === CONFIG_FILE ? locateLater(d) : d)),
    locate: locateLater,
    source: textOf,
    byWorker: worker,
    locateAll: (ds) => locateAll(ds, locateLater, pre?.remote, (file) => parsedByFile.get(file), worker, (file) => fastAt.delete(file)),
    ...(upgrade && version !== undefined ? { upgraded: { from: version, to: CURRENT_VERSION } } : {}),
  };
}
