// The content-hash cache (as ESLint's --cache), the register's index: for every record file checked on its
// own, its content hash, its normalised value and its own diagnostics (located, as the full parser placed
// them), so an unchanged file is neither parsed nor schema-checked again, whether it was clean, warned or
// broken. The dataset of an unchanged register is built from it without parsing any YAML. A result is
// kept only when it comes back from JSON exactly as it was (the fast reader's always do; the full
// parser's are checked), so a run from the cache says byte for byte what a run without it says.
//
// Where: in the user's own cache folder (XDG_CACHE_HOME, ~/.cache, ~/Library/Caches or %LOCALAPPDATA%,
// chosen by the CLI), one folder per register (by the hash of its real path), never in the register: a
// register, a pull request or an archive is untrusted, and no cache content that this machine did not
// write may change a verdict. So, on top of that:
// - every cache file is authenticated (HMAC-SHA256) with a random key kept in the cache folder (mode 600),
//   so a file copied from elsewhere, edited, truncated or corrupted is treated as absent;
// - the folders are refused when they are symbolic links or not the user's own, and files are opened
//   without following links (O_NOFOLLOW), so a cache can neither be redirected nor write elsewhere;
// - nothing but record values is cached: kerjasama.yaml is schema-checked on every run;
// - the key holds the cache format, the tool version, the schemas, kerjasama.yaml's bytes and a hash of
//   the contents of all of the tool's code (every file of dist/, or src/ when run from source);
// - a file is trusted by its stat only when size, modification time, change time and inode all match
//   (any write or chmod changes the change time, even one that restores the modification time); otherwise
//   its content hash decides. Entries whose time is too close to the cache's own writing are "racy" (git's
//   term) and always checked by hash.
// Writing is atomic (a temporary file renamed over the old one), so concurrent runs never see half a
// cache; a cache that cannot be read or written is silently ignored.

import { createHash } from 'node:crypto';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, readFileSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { schemaHash } from './schemas.js';
import { GIT_EARLY_MARK, registerCacheFolder } from './folders.js';
import type { Config, Diagnostic } from '../model/types.js';
import type { FoundFile } from './load.js';

const CACHE_FILE = 'records.json';
const FORMAT = 4;
/** File times this close (ms) to the cache's writing are not trusted alone (coarse file-system clocks). */
const RACY_MS = 2000;

interface Entry {
  /** SHA-256 of the file's bytes (contentHash): the same hash federation.lock gives a member's file. */
  h: string;
  /** size, mtimeMs, ctimeMs and inode when last seen. */
  s: number;
  m: number;
  c: number;
  i: number;
  /** racy: verify by hash even when size and time match. */
  r?: 1;
  /** The normalised record value, when the file has no error of its own. */
  v?: unknown;
  /** The file's own diagnostics (YAML, schema, id), located; absent when none. */
  d?: Diagnostic[];
  /** The loader had no text of it to show (an empty or binary file): excerpts show none from the cache either. */
  x?: 1;
}

/** What the cache knows of one file: its value (when valid) and its own diagnostics. */
export interface CachedFile { value?: unknown; diagnostics?: Diagnostic[]; textless?: true }

const answer = (e: Entry): CachedFile => ({ ...(e.v !== undefined ? { value: e.v } : {}), ...(e.d ? { diagnostics: e.d } : {}), ...(e.x ? { textless: true as const } : {}) });

interface Stored { format: number; key: string; entries: Record<string, Entry> }

export interface CacheStat { size?: number; mtimeMs?: number; ctimeMs?: number; ino?: number }

/** Where the cache lives: the user's cache folder (from the CLI); absent means no cache. */
export interface CacheLocation { readonly home: string }

/** The content hash the cache keys a file's bytes by: SHA-256, the one a federation's lock names a member's files by. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class RecordCache {
  private readonly old: Record<string, Entry>;
  private readonly next: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
  private changed = false;
  hits = 0;
  misses = 0;

  private constructor(private readonly store: Store | undefined, private readonly key: string, old: Record<string, Entry> | undefined) {
    this.old = old ?? (Object.create(null) as Record<string, Entry>);
    if (!old) this.changed = true;
  }

  /** Opens the cache of the register at `root` in the user's cache folder, keyed by `configBytes` and the tool; never throws. */
  static open(where: CacheLocation, root: string, configBytes: Uint8Array | undefined, version: string): RecordCache {
    const store = Store.open(where, root);
    const key = cacheKey(configBytes, version);
    let old: Record<string, Entry> | undefined;
    const stored = store?.read(CACHE_FILE) as Partial<Stored> | undefined;
    if (stored && stored.format === FORMAT && stored.key === key && isEntries(stored.entries)) {
      old = Object.assign(Object.create(null) as Record<string, Entry>, stored.entries);
    }
    return new RecordCache(store, key, old);
  }

  /** The cached result when size, times and inode match a non-racy entry: no need to read the file. */
  byStat(rel: string, st: CacheStat): CachedFile | undefined {
    const e = this.old[rel];
    if (!e || e.r || st.size === undefined || st.mtimeMs === undefined || st.ctimeMs === undefined || st.ino === undefined) return undefined;
    if (e.s !== st.size || e.m !== st.mtimeMs || e.c !== st.ctimeMs || e.i !== st.ino) return undefined;
    this.next[rel] = e;
    this.hits++;
    return answer(e);
  }

  /** The cached result for these bytes, by content hash (`hit`); the hash is returned for remember(). */
  byContent(rel: string, bytes: Uint8Array, st: CacheStat): { hit?: CachedFile; hash: string } {
    return this.byHash(rel, contentHash(bytes), st);
  }

  /** byContent for bytes hashed elsewhere (a worker thread, parallel.ts) with contentHash. */
  byHash(rel: string, hash: string, st: CacheStat): { hit?: CachedFile; hash: string } {
    const e = this.old[rel];
    if (e && e.h === hash) {
      this.hits++;
      const hit = answer(e);
      this.remember(rel, hash, st, hit);
      return { hit, hash };
    }
    this.misses++;
    return { hash };
  }

  /**
   * Records a file's result (see cacheable()). save() runs before any later stage sees the value, so it is
   * as read.
   */
  remember(rel: string, hash: string, st: CacheStat, result: CachedFile): void {
    const old = this.old[rel];
    const s = st.size ?? -1;
    const m = st.mtimeMs ?? -1;
    const c = st.ctimeMs ?? -1;
    const i = st.ino ?? -1;
    if (!old || old.h !== hash || old.s !== s || old.m !== m || old.c !== c || old.i !== i || old.r) this.changed = true;
    this.next[rel] = { h: hash, s, m, c, i, ...(result.value !== undefined ? { v: result.value } : {}), ...(result.diagnostics?.length ? { d: result.diagnostics } : {}), ...(result.textless ? { x: 1 as const } : {}) };
  }

  /** The content hash of a file this run's answer for it came with (a hit or a result kept); undefined when none. */
  hashOf(rel: string): string | undefined {
    return this.next[rel]?.h;
  }

  /** Writes the cache when anything changed; atomic, and silent when it cannot. */
  save(): void {
    const removed = Object.keys(this.old).some((rel) => !(rel in this.next));
    if (!this.store || (!this.changed && !removed)) return;
    this.store.write(CACHE_FILE, (written) => {
      // Entries as new as this write are racy.
      for (const e of Object.values(this.next)) {
        if (Math.max(e.m, e.c) >= written - RACY_MS) e.r = 1;
        else delete e.r;
      }
      const stored: Stored = { format: FORMAT, key: this.key, entries: this.next };
      return stored;
    });
  }
}

const HEX64 = /^[0-9a-f]{64}$/;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The shape of the entries, checked before any is used (authenticated, but checked all the same). */
function isEntries(v: unknown): v is Record<string, Entry> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  for (const [rel, e] of Object.entries(v as Record<string, unknown>)) {
    if (!e || typeof e !== 'object') return false;
    const x = e as Partial<Entry>;
    if (typeof x.h !== 'string' || !HEX64.test(x.h) || !isNum(x.s) || !isNum(x.m) || !isNum(x.c) || !isNum(x.i)) return false;
    if (x.v === undefined && x.d === undefined) return false;
    if (x.x !== undefined && x.x !== 1) return false;
    if (x.v !== undefined && (!x.v || typeof x.v !== 'object' || Array.isArray(x.v))) return false;
    if (x.d !== undefined && !(Array.isArray(x.d) && x.d.length > 0 && x.d.every((d) => isDiagnostic(d) && d.file === rel))) return false;
  }
  return true;
}

const SEVERITIES = new Set(['error', 'warning']);

function isDiagnostic(v: unknown): v is Diagnostic {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const d = v as Partial<Diagnostic>;
  return typeof d.code === 'string' && typeof d.file === 'string' && typeof d.severity === 'string' && SEVERITIES.has(d.severity) && !!d.params && typeof d.params === 'object';
}

/**
 * Whether a file's result may be cached: it must come back from JSON exactly as it is (no undefined
 * member, no -0, no non-finite number, no object of another kind), else a run from the cache could say
 * something else than a run without it. The fast reader's values are plain JSON by construction.
 */
export function cacheable(result: CachedFile, fast: boolean): boolean {
  if (fast && !result.diagnostics?.length) return result.value !== undefined;
  if (result.value === undefined && !result.diagnostics?.length) return false;
  try {
    return isDeepStrictEqual(JSON.parse(JSON.stringify(result)) as unknown, result);
  } catch {
    return false;
  }
}

/** The listing's problems whose outcome git's word on the register does not cover (RunMemo's `made`). */
const NOT_GITS_WORD = new Set(['file-symlink-unsafe', 'file-symlink-outside', 'file-unreadable', 'file-not-regular']);

/** What a whole validation found, as the run memo keeps it. */
export interface RunResult {
  asOf: string;
  config: Config;
  fileCount: number;
  /** Every file validate looked at (for JUnit). */
  files: string[];
  /** Every diagnostic, located and finalised, before any filter. */
  diagnostics: Diagnostic[];
}

const RUN_FILE = 'validate.json';

/**
 * The run memo: a whole validation's result, keyed by everything it depends on (the record cache's key,
 * and every listed file's path, size and modification time) and by the as-of day it was judged on.
 * A second validate of an unchanged register then lists the files and prints, without loading any
 * record. Files whose time is too close to the memo's writing are not trusted by time (racy, as
 * above): then there is no memo hit, and the record cache answers instead.
 */
export class RunMemo {
  private constructor(private readonly store: Store | undefined, private readonly key: string, private readonly newest: number, private readonly configKey: string, private readonly byGit: boolean) {}

  /**
   * The memo for the register as listed (`files`), or, with `git`, as git knows it: `files` are then the
   * paths git says differ from HEAD (GitState's `differ`), and the key is data/'s tree at HEAD with them,
   * so that no file need be listed (issue 28). An output kept under git's key is trusted only when the
   * files it was made from were all older than its writing by the racy margin (setOutput's `made`).
   */
  static open(where: CacheLocation, root: string, configBytes: Uint8Array | undefined, version: string, files: readonly FoundFile[], git?: string): RunMemo {
    const h = createHash('sha1');
    const configKey = cacheKey(configBytes, version);
    h.update(configKey);
    if (git !== undefined) h.update(`\0git ${git}`);
    let newest = 0;
    // The listing hashed as one text of names and one array of its numbers (size, times, inode; NaN for
    // none): writing 20,000 fractional times as decimal text cost more than the rest of a memo's answer.
    const lines: string[] = [];
    const numbers = new Float64Array(files.length * 4);
    let i = 0;
    for (const f of files) {
      lines.push(`\n${f.rel}\0${f.kind ?? ''}\0${f.problem ? JSON.stringify(f.problem) : ''}`);
      numbers[i++] = f.size ?? Number.NaN;
      numbers[i++] = f.mtimeMs ?? Number.NaN;
      numbers[i++] = f.ctimeMs ?? Number.NaN;
      numbers[i++] = f.ino ?? Number.NaN;
      // A file the listing could not stat cannot be trusted by time; every path git lists is the memo's to bind.
      newest = Math.max(newest, git !== undefined ? Math.max(f.mtimeMs ?? 0, f.ctimeMs ?? 0)
        : f.problem || f.kind === undefined ? 0 : Math.max(f.mtimeMs ?? Number.POSITIVE_INFINITY, f.ctimeMs ?? Number.POSITIVE_INFINITY));
    }
    h.update(lines.join(''));
    h.update(new Uint8Array(numbers.buffer));
    return new RunMemo(Store.open(where, root), h.digest('hex'), newest, configKey, git !== undefined);
  }

  private stored: RunResult | null | undefined;

  /** The memoised result for this key, whatever its day; null when there is none or it cannot be trusted. */
  private read(): RunResult | null {
    if (this.stored !== undefined) return this.stored;
    this.stored = null;
    const stored = this.store?.read(RUN_FILE) as { format?: unknown; key?: unknown; written?: unknown; made?: unknown; result?: Partial<RunResult> } | undefined;
    const r = stored?.result;
    const made = this.byGit ? stored?.made : 0;
    if (stored && stored.format === FORMAT && stored.key === this.key && isNum(stored.written) && isNum(made) && Math.max(this.newest, made) < stored.written - RACY_MS && r
      && typeof r.asOf === 'string' && r.config && typeof r.config === 'object' && isNum(r.fileCount) && Array.isArray(r.files) && Array.isArray(r.diagnostics)) {
      this.stored = r as RunResult;
    }
    return this.stored;
  }

  private storedConfig: Config | null | undefined;
  private storedFiles: number | undefined;

  /**
   * The configuration read from these bytes of kerjasama.yaml by this tool (they are in the key), to
   * decide the as-of day and the language before anything is loaded; undefined when none is kept.
   */
  config(): Config | undefined {
    if (this.storedConfig === undefined) {
      const stored = configMemo(this.store, this.configKey);
      this.storedConfig = stored?.config ?? null;
      this.storedFiles = stored?.files;
    }
    return this.storedConfig ?? this.read()?.config;
  }

  /** Whether the next run will ask git of this register first (folders.ts GIT_EARLY_MARK). */
  markGitEarly(on: boolean): void {
    this.store?.mark(GIT_EARLY_MARK, on);
  }

  /**
   * How many files the register had when a result was last kept for this kerjasama.yaml: a hint, to judge
   * whether asking git is worth its processes (RunMemo.open's `git`) before anything is listed.
   */
  static filesKept(where: CacheLocation, root: string, configBytes: Uint8Array | undefined, version: string): number | undefined {
    return configMemo(Store.open(where, root), cacheKey(configBytes, version))?.files;
  }

  private keepConfig(config: Config, files: number | undefined): void {
    this.config();
    // Written again only when the count of files moved by a tenth: the hint need not be exact.
    if (this.storedConfig && (files === undefined || (this.storedFiles !== undefined && Math.abs(files - this.storedFiles) <= this.storedFiles / 10))) return;
    this.store?.write(CONFIG_MEMO, () => ({ format: FORMAT, key: this.configKey, config, ...(files !== undefined ? { files } : {}) }));
    this.storedConfig = config;
    this.storedFiles = files;
  }

  /**
   * A command's whole output, memoised for this register (the key) and for `inputs`: a text naming
   * everything else the output depends on (the command and its options, the as-of day, the language,
   * colour and width, the git commit the provenance names). Undefined when there is none or it cannot be
   * trusted (a file too close to the memo's writing, as above).
   */
  output(inputs: string): MemoOutput | undefined {
    const stored = this.store?.read(outputFile(inputs)) as { format?: unknown; key?: unknown; inputs?: unknown; written?: unknown; made?: unknown; output?: Partial<MemoOutput> } | undefined;
    const o = stored?.output;
    const made = this.byGit ? stored?.made : 0;
    if (stored && stored.format === FORMAT && stored.key === this.key && stored.inputs === inputs && isNum(stored.written) && isNum(made) && Math.max(this.newest, made) < stored.written - RACY_MS
      && o && typeof o.stdout === 'string' && typeof o.stderr === 'string' && isNum(o.code)) return o as MemoOutput;
    return undefined;
  }

  /**
   * Keeps a command's output (and the configuration, for the next run's as-of day); the oldest outputs
   * beyond OUTPUTS_KEPT are removed. Under git's key, `made` is the listing the output was made from: an
   * output is kept only when every file in it was listed whole (no problem), and their newest time goes
   * with it (a file changed while the output was made, even back again, is never trusted by git's word).
   */
  setOutput(inputs: string, config: Config, output: MemoOutput, made?: readonly FoundFile[]): void {
    const newest = this.madeNewest(made);
    if (output.stdout.length > MAX_OUTPUT_CHARS || newest === undefined) return;
    this.keepConfig(config, made?.length);
    this.store?.write(outputFile(inputs), (written) => ({ format: FORMAT, key: this.key, inputs, written, made: newest, output }));
    this.store?.prune(OUTPUT_PREFIX, OUTPUTS_KEPT);
  }

  /** The memoised result for this as-of day. */
  get(asOf: string): RunResult | undefined {
    const r = this.read();
    return r && r.asOf === asOf ? r : undefined;
  }

  /** Keeps a result (under git's key, only as setOutput keeps an output: `made` is its listing); atomic, and silent when it cannot. */
  set(result: RunResult, made?: readonly FoundFile[]): void {
    const newest = this.madeNewest(made);
    if (newest === undefined) return;
    this.keepConfig(result.config, made?.length);
    this.store?.write(RUN_FILE, (written) => ({ format: FORMAT, key: this.key, written, made: newest, result }));
  }

  /** The newest time of the files a result was made from, under git's key; undefined when one was not listed whole (nothing is kept). */
  private madeNewest(made: readonly FoundFile[] | undefined): number | undefined {
    if (!this.byGit) return 0;
    if (!made) return undefined;
    let newest = 0;
    for (const f of made) {
      // A link, a folder that could not be listed, a pipe: what they lead to is not in git's word on the
      // register. Any other entry the listing warns of is a file git sees as it sees every other.
      if (f.problem && NOT_GITS_WORD.has(f.problem.code)) return undefined;
      if (f.problem) continue;
      if (f.mtimeMs === undefined || f.ctimeMs === undefined) return undefined;
      newest = Math.max(newest, f.mtimeMs, f.ctimeMs);
    }
    return newest;
  }
}

/**
 * What `aggregate build` last wrote to one output, as make knows a target is up to date: the key of
 * everything it was built from (the tool, federation.yaml, identity.yaml, the lock with every member's
 * commit and content hash, the as-of day, the format and language) and the SHA-256 of each file written.
 * An unchanged federation whose output is still exactly those files is not built again. Authenticated
 * like the rest of the cache; the output's files are hashed again each time, never trusted by their times.
 */
export class KeptBuild {
  private constructor(private readonly store: Store | undefined, private readonly name: string) {}

  /** The kept build of `target` (the output's absolute path) for the federation at `root`. */
  static open(where: CacheLocation, root: string, target: string): KeptBuild {
    return new KeptBuild(Store.open(where, root), `${BUILD_PREFIX}${createHash('sha256').update(target).digest('hex').slice(0, 24)}.json`);
  }

  /**
   * Whether the output was built from `key` and each of its files (at `pathOf(name)`) still has the bytes
   * written: a regular file of ours, read without following a link, hashed again.
   */
  unchanged(key: string, pathOf: (name: string) => string): { said: string } | undefined {
    const stored = this.store?.read(this.name) as { format?: unknown; key?: unknown; files?: unknown; said?: unknown } | undefined;
    if (!stored || stored.format !== FORMAT || stored.key !== key || !Array.isArray(stored.files) || stored.files.length === 0 || typeof stored.said !== 'string') return undefined;
    for (const f of stored.files as Array<{ name?: unknown; sha256?: unknown }>) {
      if (typeof f?.name !== 'string' || typeof f.sha256 !== 'string') return undefined;
      let bytes: Buffer;
      try {
        bytes = readNoFollow(pathOf(f.name), MAX_OUTPUT_BYTES);
      } catch {
        return undefined;
      }
      if (contentHash(bytes) !== f.sha256) return undefined;
    }
    return { said: stored.said };
  }

  /**
   * Keeps what was written: each file's name (relative to the output; '' for a one-file output) and bytes,
   * and what the build said of it (said again when it is up to date).
   */
  keep(key: string, files: ReadonlyArray<{ name: string; bytes: Uint8Array | string }>, said: string): void {
    const hashed = files.map((f) => ({ name: f.name, sha256: contentHash(typeof f.bytes === 'string' ? Buffer.from(f.bytes, 'utf8') : f.bytes) }));
    this.store?.write(this.name, () => ({ format: FORMAT, key, files: hashed, said }));
    this.store?.prune(BUILD_PREFIX, BUILDS_KEPT);
  }
}

const BUILD_PREFIX = 'build-';
/** An output file larger than this is built again rather than read to compare. */
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;
/** The outputs of one federation remembered: a few formats and languages. */
const BUILDS_KEPT = 8;

/** What a command printed, and its exit code, as the run memo keeps it. */
export interface MemoOutput { stdout: string; stderr: string; code: number }

const CONFIG_MEMO = 'config.json';

/** The kept configuration for this key, with the count of files last seen. */
function configMemo(store: Store | undefined, key: string): { config: Config; files?: number } | undefined {
  const stored = store?.read(CONFIG_MEMO) as { format?: unknown; key?: unknown; config?: unknown; files?: unknown } | undefined;
  if (!stored || stored.format !== FORMAT || stored.key !== key || !stored.config || typeof stored.config !== 'object') return undefined;
  return { config: stored.config as Config, ...(isNum(stored.files) ? { files: stored.files } : {}) };
}
const OUTPUT_PREFIX = 'output-';
/** The outputs kept per register: a day's reports in a few formats and languages. */
const OUTPUTS_KEPT = 24;
/** An output larger than this is not kept (reading it back would cost about what it saves). */
const MAX_OUTPUT_CHARS = 64 * 1024 * 1024;

function outputFile(inputs: string): string {
  return `${OUTPUT_PREFIX}${createHash('sha1').update(inputs).digest('hex').slice(0, 24)}.json`;
}

/** The largest cache file read (a cache of 100,000 records is well under this). */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/**
 * One register's folder in the user's cache folder: files authenticated with the folder's key, read and
 * written without following links. Absent (open() gives undefined) when the folder cannot be made safe.
 */
class Store {
  private constructor(private readonly dir: string, private readonly secret: Buffer) {}

  static open(where: CacheLocation, root: string): Store | undefined {
    try {
      const home = join(where.home, 'kerjasama');
      // On a fresh account ~/.cache (or $XDG_CACHE_HOME) does not exist yet: made as the XDG rules say
      // (private to the user), else the cache would silently never work there.
      mkdirSync(where.home, { recursive: true, mode: 0o700 });
      safeDir(where.home, false);
      safeDir(home, true);
      const secret = keyOf(home);
      const dir = registerCacheFolder(home, root);
      safeDir(join(home, 'registers'), true);
      safeDir(dir, true);
      return new Store(dir, secret);
    } catch {
      return undefined;
    }
  }

  private mac(body: Buffer): Buffer {
    return createHmac('sha256', this.secret).update(body).digest();
  }

  /** The parsed content of `name`, or undefined when it is missing, unreadable, unauthenticated or malformed. */
  read(name: string): unknown {
    try {
      const bytes = readNoFollow(join(this.dir, name), MAX_CACHE_BYTES);
      const nl = bytes.indexOf(0x0a);
      if (nl !== 64) return undefined;
      const tag = Buffer.from(bytes.subarray(0, 64).toString('latin1'), 'hex');
      const body = bytes.subarray(65);
      const want = this.mac(body);
      if (tag.length !== want.length || !timingSafeEqual(tag, want)) return undefined;
      return JSON.parse(body.toString('utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  /** Makes the empty file `name`, or removes it (`on` false); silent when it cannot. */
  mark(name: string, on: boolean): void {
    const path = join(this.dir, name);
    try {
      if (on) closeSync(openSync(path, constants.O_WRONLY | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0), 0o600));
      else unlinkSync(path);
    } catch {
      // Already there or already gone; or a cache that cannot be written: git is asked when the command asks.
    }
  }

  /** Removes the oldest files named `prefix`… beyond the newest `keep`; silent when it cannot. */
  prune(prefix: string, keep: number): void {
    try {
      const found = readdirSync(this.dir).filter((n) => n.startsWith(prefix) && n.endsWith('.json'));
      if (found.length <= keep) return;
      const aged = found.map((n) => {
        try {
          return { n, t: lstatSync(join(this.dir, n)).mtimeMs };
        } catch {
          return { n, t: 0 };
        }
      }).sort((a, b) => b.t - a.t);
      for (const { n } of aged.slice(keep)) {
        try {
          unlinkSync(join(this.dir, n));
        } catch {
          // already gone
        }
      }
    } catch {
      // Run without pruning.
    }
  }

  /**
   * Writes `name` atomically (a temporary file renamed over it, so concurrent runs never see half a file),
   * and silently does nothing when it cannot (a read-only folder, a full disk). `content` gets the
   * temporary file's time by the file system's own clock, which racy entries are judged against.
   */
  write(name: string, content: (written: number) => unknown): void {
    let tmp: string | undefined;
    try {
      tmp = join(this.dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
      const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
      try {
        // Written in pieces as it is serialised, the tag last in the room left for it at the start: no
        // whole-cache string or buffer (at 100,000 records they were 80 MB each, and their time).
        writeAll(fd, Buffer.alloc(65, 0x0a));
        const mac = createHmac('sha256', this.secret);
        let pending: string[] = [];
        let size = 0;
        const flush = (): void => {
          const buf = Buffer.from(pending.join(''), 'utf8');
          mac.update(buf);
          writeAll(fd, buf);
          pending = [];
          size = 0;
        };
        for (const piece of jsonPieces(content(fstatSync(fd).mtimeMs))) {
          pending.push(asciiJson(piece));
          size += piece.length;
          if (size >= 1 << 20) flush();
        }
        flush();
        const tag = Buffer.from(mac.digest('hex'), 'latin1');
        for (let off = 0; off < tag.length; ) off += writeSync(fd, tag, off, tag.length - off, off);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, join(this.dir, name));
      tmp = undefined;
    } catch {
      // Run without the cache.
    } finally {
      if (tmp) {
        try {
          unlinkSync(tmp);
        } catch {
          // already gone
        }
      }
    }
  }
}

/**
 * JSON.stringify(value), in pieces: the first two levels of objects and arrays piece by piece (a cache's
 * entries, a memo's diagnostics), each member whole. JSON.parse reads the joined pieces as the value.
 */
export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  if (depth > 1 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      const v: unknown = value[i];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else yield* jsonPieces(v, depth + 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(k)}:`;
    first = false;
    yield* jsonPieces(v, depth + 1);
  }
  yield '}';
}

const NOT_ASCII = /[^\x00-\x7e]/;
const NOT_ASCII_ALL = /[^\x00-\x7e]/g;

/**
 * JSON text with every character past ASCII written as a \u escape (they are only ever inside strings):
 * an ASCII cache file is decoded into a one-byte string, which V8 decodes and JSON.parse reads much faster
 * than the two-byte string a single non-ASCII character makes of the whole file (measured on 100,000
 * records: decoding and parsing 2.5 s instead of 5.7 s, on the busy shared machine).
 */
export function asciiJson(json: string): string {
  return NOT_ASCII.test(json) ? json.replace(NOT_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

function writeAll(fd: number, buf: Buffer): void {
  for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
}

/** Makes (when `create`) and checks a folder: a real folder, not a link, owned by this user where that is known. */
function safeDir(dir: string, create: boolean): void {
  if (create) {
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  const st = lstatSync(dir);
  if (st.isSymbolicLink() || !st.isDirectory()) throw new Error(`${dir} is not a folder`);
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  if (create && uid !== undefined && st.uid !== uid) throw new Error(`${dir} is not ours`);
}

/** The folder's secret key (32 random bytes, mode 600), made on first use. */
function keyOf(home: string): Buffer {
  const path = join(home, 'key');
  try {
    const key = readNoFollow(path, 64);
    if (key.length === 32) return key;
  } catch {
    // none yet
  }
  const key = randomBytes(32);
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
  try {
    try {
      writeAll(fd, key);
    } finally {
      closeSync(fd);
    }
    // Two first runs at once: the first key wins, the other run uses it.
    renameSync(tmp, path);
  } catch (err) {
    // A full disk, a read-only folder: no temporary key is left behind.
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw err;
  }
  const kept = readNoFollow(path, 64);
  if (kept.length !== 32) throw new Error('bad cache key');
  return kept;
}

/** A regular file's bytes, never through a link, at most `max` bytes. */
function readNoFollow(path: string, max: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > max) throw new Error(`${path} is not a cache file`);
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    if (uid !== undefined && st.uid !== uid) throw new Error(`${path} is not ours`);
    const buf = Buffer.alloc(st.size);
    for (let n = 0, k = 1; k > 0 && n < buf.length; n += k) k = readSync(fd, buf, n, buf.length - n, null);
    return buf;
  } finally {
    closeSync(fd);
  }
}

/** What the cached answers depend on, besides each file's own bytes. */
let lastKey: { configBytes: Uint8Array | undefined; version: string; key: string } | undefined;

function cacheKey(configBytes: Uint8Array | undefined, version: string): string {
  // The record cache and the run memo both ask, with the same bytes (fsSource reads kerjasama.yaml once).
  if (lastKey && lastKey.configBytes === configBytes && lastKey.version === version) return lastKey.key;
  const h = createHash('sha1');
  h.update(`kerjasama-cache ${FORMAT} ${version}\n`);
  h.update(configBytes ?? new Uint8Array());
  h.update(`\nschemas ${schemaHash()}\ncode ${codeHash()}`);
  lastKey = { configBytes, version, key: h.digest('hex') };
  return lastKey.key;
}

let codeDigest: string | undefined;

/** Written by the build (`npm run compile`) beside the code it describes: its hash, and each file's size and time. */
export const CODE_HASH_FILE = 'code-hash.json';

interface CodeFile { path: string; abs: string; size: number; mtimeMs: number }

/** The tool's code files under `top` (dist/ when installed, src/ when run from source), by path. */
function codeFiles(top: string): CodeFile[] | undefined {
  const out: CodeFile[] = [];
  let ok = true;
  const walk = (dir: string, rel: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      ok = false;
      return;
    }
    for (const name of names) {
      const abs = join(dir, name);
      const path = rel ? `${rel}/${name}` : name;
      try {
        const st = statSync(abs);
        if (st.isDirectory()) walk(abs, path);
        else if (/\.(c?js|mjs|ts|json)$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.map') && path !== CODE_HASH_FILE) out.push({ path, abs, size: st.size, mtimeMs: st.mtimeMs });
      } catch {
        ok = false;
      }
    }
  };
  walk(top, '');
  return ok ? out : undefined;
}

/** The hash of the contents of the code files under `top`, by path and bytes (what the build writes down). */
export function computeCodeHash(top: string): { hash: string; files: Array<[string, number, number]> } {
  const h = createHash('sha256');
  const files = codeFiles(top);
  if (!files) h.update('unreadable');
  for (const f of files ?? []) {
    try {
      h.update(`\n${f.path} ${f.size}\n`).update(readFileSync(f.abs));
    } catch {
      h.update(`\n${f.path} ?`);
    }
  }
  return { hash: h.digest('hex'), files: (files ?? []).map((f) => [f.path, f.size, f.mtimeMs]) };
}

/**
 * A hash of the contents of all of the tool's code: every file under the folder above this module (dist/
 * when installed, src/ when run from source), by path and bytes. Any change to any check, report or
 * loader code gives another key, whatever its file times. The build writes it down (code-hash.json) with
 * every file's size and time; a run then lists the files (no reading) and takes the written hash only
 * when the same files have the same sizes and times, else hashes the contents itself (a partial rebuild,
 * an edited file).
 */
export function codeHash(): string {
  if (codeDigest) return codeDigest;
  const top = join(dirname(fileURLToPath(import.meta.url)), '..');
  codeDigest = writtenCodeHash(top) ?? computeCodeHash(top).hash;
  return codeDigest;
}

export function writtenCodeHash(top: string): string | undefined {
  try {
    const written = JSON.parse(readFileSync(join(top, CODE_HASH_FILE), 'utf8')) as { hash?: unknown; files?: unknown };
    if (typeof written.hash !== 'string' || !/^[0-9a-f]{64}$/.test(written.hash) || !Array.isArray(written.files)) return undefined;
    const now = codeFiles(top);
    if (!now || now.length !== written.files.length) return undefined;
    let sameTimes = true;
    for (let i = 0; i < now.length; i++) {
      const f = now[i] as CodeFile;
      const w = written.files[i] as unknown;
      if (!Array.isArray(w) || w[0] !== f.path || w[1] !== f.size) return undefined;
      if (w[2] !== f.mtimeMs) sameTimes = false;
    }
    // npm installs a package's files with one fixed time (1985-10-26), so times cannot match the build's
    // there; such a folder is replaced whole by an upgrade, and the tool's version is in the key too.
    const installed = now.length > 0 && now.every((f) => f.mtimeMs === (now[0] as CodeFile).mtimeMs);
    return sameTimes || installed ? written.hash : undefined;
  } catch {
    return undefined;
  }
}
