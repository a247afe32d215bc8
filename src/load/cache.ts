// The content-hash cache (as ESLint's --cache): for every record file that was clean on its own, its
// content hash and its checked value, so an unchanged file is neither parsed nor schema-checked again.
// Files with diagnostics are never cached: they are read again, so their messages stay exact.
//
// Where: .kerjasama-cache/records.json in the register root (git-ignored; `kerjasama init` says so).
// Trusted only when the key matches: the cache format, the tool version, the schemas, kerjasama.yaml
// and the loader's own code (file names, sizes and times of its modules), so a changed tool or
// config never reads an old answer. A file's size and modification time let it skip reading the file;
// when they differ, its content hash decides (a touched but unchanged file is still a hit). Entries
// whose time is too close to the cache's own writing are "racy" (git's term): a change in the same
// clock tick could hide behind equal times, so those are always checked by hash.
// Writing is atomic (a temporary file renamed over the old one), so concurrent runs never see half a
// cache; a cache that cannot be read or written is silently ignored.

import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaHash } from './schemas.js';
import type { Config, Diagnostic } from '../model/types.js';
import type { FoundFile } from './load.js';

export const CACHE_DIR = '.kerjasama-cache';
const CACHE_FILE = 'records.json';
const FORMAT = 1;
/** File times this close (ms) to the cache's writing are not trusted alone (coarse file-system clocks). */
const RACY_MS = 2000;

interface Entry {
  /** sha1 of the file's bytes. */
  h: string;
  /** size and mtimeMs when last seen. */
  s: number;
  m: number;
  /** racy: verify by hash even when size and time match. */
  r?: 1;
  /** The normalised record value. */
  v: unknown;
}

interface Stored { format: number; key: string; configClean?: boolean; entries: Record<string, Entry> }

export interface CacheStat { size?: number; mtimeMs?: number }

export class RecordCache {
  private readonly old: Record<string, Entry>;
  private readonly next: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
  private changed = false;
  hits = 0;
  misses = 0;
  /** kerjasama.yaml (whose bytes are in the key) passed its schema when the cache was written. */
  configClean = false;
  private wasConfigClean = false;

  private constructor(private readonly dir: string, private readonly key: string, old: Record<string, Entry> | undefined) {
    this.old = old ?? (Object.create(null) as Record<string, Entry>);
    if (!old) this.changed = true;
  }

  /** Opens the cache of the register at `root`, keyed by `configBytes` and the tool; never throws. */
  static open(root: string, configBytes: Uint8Array | undefined, version: string): RecordCache {
    const dir = join(root, CACHE_DIR);
    const key = cacheKey(configBytes, version);
    let old: Record<string, Entry> | undefined;
    let configClean = false;
    try {
      const stored = JSON.parse(readFileSync(join(dir, CACHE_FILE), 'utf8')) as Stored;
      if (stored.format === FORMAT && stored.key === key && stored.entries && typeof stored.entries === 'object') {
        old = Object.assign(Object.create(null) as Record<string, Entry>, stored.entries);
        configClean = stored.configClean === true;
      }
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
    const cache = new RecordCache(dir, key, old);
    cache.configClean = configClean;
    cache.wasConfigClean = configClean;
    return cache;
  }

  /** The cached value when size and time match a non-racy entry: no need to read the file. */
  byStat(rel: string, st: CacheStat): { value: unknown } | undefined {
    const e = this.old[rel];
    if (!e || e.r || st.size === undefined || st.mtimeMs === undefined || e.s !== st.size || e.m !== st.mtimeMs) return undefined;
    this.next[rel] = e;
    this.hits++;
    return { value: e.v };
  }

  /** The cached value for these bytes, by content hash; the hash is returned for remember(). */
  byContent(rel: string, bytes: Uint8Array, st: CacheStat): { value?: unknown; hash: string } {
    const hash = createHash('sha1').update(bytes).digest('hex');
    const e = this.old[rel];
    if (e && e.h === hash) {
      this.hits++;
      this.remember(rel, hash, st, e.v);
      return { value: e.v, hash };
    }
    this.misses++;
    return { hash };
  }

  /** Records a clean file's value. save() runs before any later stage sees the value, so it is as read. */
  remember(rel: string, hash: string, st: CacheStat, value: unknown): void {
    const old = this.old[rel];
    const s = st.size ?? -1;
    const m = st.mtimeMs ?? -1;
    if (!old || old.h !== hash || old.s !== s || old.m !== m || old.r) this.changed = true;
    this.next[rel] = { h: hash, s, m, v: value };
  }

  /** Writes the cache when anything changed; atomic, and silent when it cannot. */
  save(): void {
    const removed = Object.keys(this.old).some((rel) => !(rel in this.next));
    if (!this.changed && !removed && this.configClean === this.wasConfigClean) return;
    writeAtomically(this.dir, CACHE_FILE, (written) => {
      // Entries as new as this write are racy.
      for (const e of Object.values(this.next)) {
        if (e.m >= written - RACY_MS) e.r = 1;
        else delete e.r;
      }
      const stored: Stored = { format: FORMAT, key: this.key, configClean: this.configClean, entries: this.next };
      return JSON.stringify(stored);
    });
  }
}

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
  private constructor(private readonly dir: string, private readonly key: string, private readonly newest: number) {}

  static open(root: string, configBytes: Uint8Array | undefined, version: string, files: readonly FoundFile[]): RunMemo {
    const h = createHash('sha1');
    h.update(cacheKey(configBytes, version));
    let newest = 0;
    for (const f of files) {
      h.update(`\n${f.rel}\0${f.kind ?? ''}\0${f.size ?? ''}\0${f.mtimeMs ?? ''}\0${f.problem ? JSON.stringify(f.problem) : ''}`);
      // A file the listing could not stat cannot be trusted by time.
      newest = Math.max(newest, f.problem || f.kind === undefined ? 0 : (f.mtimeMs ?? Number.POSITIVE_INFINITY));
    }
    return new RunMemo(join(root, CACHE_DIR), h.digest('hex'), newest);
  }

  private stored: RunResult | null | undefined;

  /** The memoised result for this key, whatever its day; null when there is none or it cannot be trusted. */
  private read(): RunResult | null {
    if (this.stored !== undefined) return this.stored;
    this.stored = null;
    try {
      const stored = JSON.parse(readFileSync(join(this.dir, RUN_FILE), 'utf8')) as { format: number; key: string; written: number; result: RunResult };
      if (stored.format === FORMAT && stored.key === this.key && typeof stored.written === 'number' && this.newest < stored.written - RACY_MS && stored.result) this.stored = stored.result;
    } catch {
      // none, or unreadable
    }
    return this.stored;
  }

  /** The configuration the memo was made with (the same bytes: they are in the key), to decide the as-of day. */
  config(): Config | undefined {
    return this.read()?.config;
  }

  /** The memoised result for this as-of day. */
  get(asOf: string): RunResult | undefined {
    const r = this.read();
    return r && r.asOf === asOf ? r : undefined;
  }

  /** Keeps a result; atomic, and silent when it cannot. */
  set(result: RunResult): void {
    writeAtomically(this.dir, RUN_FILE, (written) => JSON.stringify({ format: FORMAT, key: this.key, written, result }));
  }
}

/**
 * Writes dir/name atomically (a temporary file renamed over it, so concurrent runs never see half a
 * file), and silently does nothing when it cannot (a read-only register, a full disk). `content` gets
 * the temporary file's time by the file system's own clock, which racy entries are judged against.
 */
function writeAtomically(dir: string, name: string, content: (written: number) => string): void {
  let tmp: string | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    tmp = join(dir, `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, content(statSync(tmp).mtimeMs));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, join(dir, name));
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

/** What the cached answers depend on, besides each file's own bytes. */
let lastKey: { configBytes: Uint8Array | undefined; version: string; key: string } | undefined;

function cacheKey(configBytes: Uint8Array | undefined, version: string): string {
  // The record cache and the run memo both ask, with the same bytes (fsSource reads kerjasama.yaml once).
  if (lastKey && lastKey.configBytes === configBytes && lastKey.version === version) return lastKey.key;
  const h = createHash('sha1');
  h.update(`kerjasama-cache ${FORMAT} ${version}\n`);
  h.update(configBytes ?? new Uint8Array());
  h.update(`\nschemas ${schemaHash()}`);
  // The code that produces the values: this folder and the model's, by name, size and time.
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, '..', 'model')]) {
    for (const name of safeList(dir).sort()) {
      try {
        const st = statSync(join(dir, name));
        h.update(`\n${name} ${st.size} ${st.mtimeMs}`);
      } catch {
        h.update(`\n${name} ?`);
      }
    }
  }
  lastKey = { configBytes, version, key: h.digest('hex') };
  return lastKey.key;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
