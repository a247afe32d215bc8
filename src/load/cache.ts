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
import { SCHEMA_DIR } from './schemas.js';

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
    let tmp: string | undefined;
    try {
      mkdirSync(this.dir, { recursive: true });
      tmp = join(this.dir, `.${CACHE_FILE}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
      const fd = openSync(tmp, 'w');
      try {
        // The file system's own clock, not the process's: entries as new as this write are racy.
        const written = statSync(tmp).mtimeMs;
        for (const e of Object.values(this.next)) {
          if (e.m >= written - RACY_MS) e.r = 1;
          else delete e.r;
        }
        const stored: Stored = { format: FORMAT, key: this.key, configClean: this.configClean, entries: this.next };
        writeSync(fd, JSON.stringify(stored));
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, join(this.dir, CACHE_FILE));
      tmp = undefined;
    } catch {
      // A read-only register, a full disk: run without the cache.
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

/** What the cached answers depend on, besides each file's own bytes. */
function cacheKey(configBytes: Uint8Array | undefined, version: string): string {
  const h = createHash('sha1');
  h.update(`kerjasama-cache ${FORMAT} ${version}\n`);
  h.update(configBytes ?? new Uint8Array());
  for (const name of safeList(SCHEMA_DIR).filter((n) => n.endsWith('.json')).sort()) {
    h.update(`\n${name}\n`);
    try {
      h.update(readFileSync(join(SCHEMA_DIR, name)));
    } catch {
      h.update('?');
    }
  }
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
  return h.digest('hex');
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
