// A register bundle (kerjasama export --format bundle, docs/export.md "Bundle") read as a register: a
// RegisterSource that serves the bundle's kerjasama.yaml and record files to the loader, so a bundle loads
// exactly as the folder it was made from (the same records, the same diagnostics at the same lines).
//
// A bundle is hostile input. It is unpacked in memory only (nothing is ever written to disk), within
// limits (the file, the unpacked bytes, each member); it must be a POSIX ustar archive of regular files
// whose names are plain relative paths in the places a register has (kerjasama.yaml, data/…/*.yaml) or
// the bundle's own manifest.json and records.json; and every member must have the size and SHA-256 its
// manifest gives, every member must be listed and every listed member present. Anything else is a
// BundleError (its words in bundle.words.ts), never a partial register.
//
// Here too: memorySource (a register held in memory) and snapshotSource (a register read once into
// memory, so that what an export validates and what it packs are the same bytes).

import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { CONFIG_FILE } from './config.js';
import { kindOf, MAX_FILE_BYTES, type FoundFile, type RegisterSource } from './load.js';
import { BUNDLE_WORDS, CHECK_PARTS, ENTRY_TYPES, NAME_WHY, type BundleWord } from './bundle.words.js';
import { say, type Values } from '../model/words.js';
import type { Diagnostic, Lang, Severity } from '../model/types.js';

export const BUNDLE_FORMAT = 'kerjasama-bundle';
/** The bundle format this kerjasama writes and reads (a newer one is refused). */
export const BUNDLE_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const RECORDS_FILE = 'records.json';
/** The most a bundle may unpack to (and the most its compressed file may be). */
export const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;

export interface BundleLimits {
  /** Unpacked bytes (the tar archive), and the compressed file's size. */
  total?: number;
  /** Each register file (kerjasama.yaml, a record): the loader's own limit. */
  file?: number;
}

export class BundleError extends Error {
  constructor(
    readonly key: BundleWord,
    readonly values: Values,
  ) {
    super(bundleText(key, values, 'en'));
  }
  /** In the reader's language. */
  text(lang: Lang): string {
    return bundleText(this.key, this.values, lang);
  }
}

function bundleText(key: BundleWord, values: Values, lang: Lang): string {
  const v: Record<string, string | number> = { ...values };
  if (values['why'] !== undefined) v['why'] = say(NAME_WHY, lang, String(values['why']));
  if (values['what'] !== undefined) v['what'] = say(ENTRY_TYPES, lang, String(values['what']), values);
  if (values['part'] !== undefined) v['part'] = say(CHECK_PARTS, lang, String(values['part']));
  return say(BUNDLE_WORDS, lang, key, v);
}

/** A name from the bundle, for a message: quoted, cut short (the CLI makes its controls visible). */
const shownName = (name: string): string => JSON.stringify(name.length > 200 ? `${name.slice(0, 200)}…` : name);

// ---- member names -------------------------------------------------------------------------------

/** A C0 or C1 control, DEL, or a character that reorders or hides text. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\u061c\ufeff]/;

/** Why a member name may not be in a bundle, or undefined when it may: one rule for the writer and the reader. */
export function memberNameProblem(name: string): keyof typeof NAME_WHY | undefined {
  if (CONTROL.test(name)) return 'control';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute';
  const parts = name.split('/');
  if (parts.includes('..')) return 'parent';
  if (parts.some((p) => p === '' || p === '.')) return 'not-normal';
  if (name === CONFIG_FILE || name === MANIFEST_FILE || name === RECORDS_FILE) return undefined;
  if (parts.some((p) => p.startsWith('.'))) return 'hidden';
  if (parts[0] !== 'data' || parts.length < 2 || !/\.ya?ml$/i.test(name)) return 'outside';
  return undefined;
}

/** Where a name goes in a ustar header: `name` (100 bytes), or `prefix` (155) and `name` split at a slash; undefined when it does not fit. */
export function ustarName(path: string): { name: Buffer; prefix: Buffer } | undefined {
  const whole = Buffer.from(path, 'utf8');
  if (whole.length <= 100) return { name: whole, prefix: Buffer.alloc(0) };
  for (let i = whole.length - 1; i > 0; i--) {
    if (whole[i] !== 0x2f) continue;
    const prefix = whole.subarray(0, i);
    const name = whole.subarray(i + 1);
    if (prefix.length <= 155 && name.length <= 100 && name.length > 0) return { name, prefix };
    if (name.length > 100) return undefined;
  }
  return undefined;
}

// ---- the manifest -------------------------------------------------------------------------------

/** A listed file the bundle does not hold (unreadable, a link, too large, a misnamed record file): the loader's diagnostics for it. */
export interface LeftOut {
  path: string;
  /** 'list': the listing's problem (a link, an unreadable folder); 'read': the file is listed and could not be read. */
  stage: 'list' | 'read';
  diagnostics: Diagnostic[];
}

export interface ManifestMember { path: string; size: number; sha256: string }

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  format_version: number;
  register: { name: string; owner: string | null; owner_name: string | null; owner_ids: Record<string, string> };
  source: { commit: string | null; commit_time: string | null; uncommitted_changes: boolean | null; folder: string | null; recorded_as_of?: string };
  tool: { name: 'kerjasama'; version: string };
  schema: { register_format: number; hash: string };
  counts: Record<'partner' | 'agreement' | 'activity' | 'misplaced', number>;
  validation: { as_of: string; errors: number; warnings: number; files_with_errors: number };
  left_out: LeftOut[];
  members: ManifestMember[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const SHA256 = /^[0-9a-f]{64}$/;
/** The codes a left-out file may have, each with its severity (a misnamed record file, file-extension, is only warned of). */
const LEFT_OUT_CODES: Readonly<Record<string, Severity>> = { 'file-unreadable': 'error', 'file-too-large': 'error', 'file-symlink-outside': 'error', 'file-symlink-unsafe': 'error', 'file-not-regular': 'error', 'file-extension': 'warning' };

/** A left-out file's diagnostic, as the manifest gives it: only the file codes, at their severity, plain values; else undefined. */
function leftOutDiagnostic(d: unknown, path: string): Diagnostic | undefined {
  if (!isObj(d) || typeof d['code'] !== 'string' || !Object.hasOwn(LEFT_OUT_CODES, d['code']) || d['severity'] !== LEFT_OUT_CODES[d['code']] || d['file'] !== path || !isObj(d['params'])) return undefined;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(d['params'])) {
    if (typeof v === 'number' && Number.isFinite(v)) params[k] = v;
    else if (typeof v === 'string' && v.length <= 4096) params[k] = v;
    else return undefined;
  }
  const out: Diagnostic = { code: d['code'], severity: LEFT_OUT_CODES[d['code']] as Severity, file: path, params };
  for (const k of ['line', 'column'] as const) {
    const n = d[k];
    if (n === undefined) continue;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) return undefined;
    out[k] = n;
  }
  return out;
}

/** The manifest's text checked for what the reader relies on; a BundleError otherwise. */
export function parseManifest(bytes: Uint8Array, bundle: string): BundleManifest {
  const bad = (detail: string): BundleError => new BundleError('manifestInvalid', { bundle, detail });
  let m: unknown;
  try {
    m = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw bad('JSON');
  }
  if (!isObj(m) || m['format'] !== BUNDLE_FORMAT) throw bad('format');
  const version = m['format_version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) throw bad('format_version');
  if (version > BUNDLE_VERSION) throw new BundleError('manifestNewer', { bundle, version, current: BUNDLE_VERSION });
  const members = m['members'];
  if (!Array.isArray(members)) throw bad('members');
  for (const x of members) {
    if (!isObj(x) || typeof x['path'] !== 'string' || typeof x['size'] !== 'number' || !Number.isSafeInteger(x['size']) || x['size'] < 0 || typeof x['sha256'] !== 'string' || !SHA256.test(x['sha256'])) throw bad('members');
    if (x['path'] === MANIFEST_FILE || memberNameProblem(x['path']) !== undefined) throw bad(`members: ${shownName(x['path'])}`);
  }
  const leftOut = m['left_out'] ?? [];
  if (!Array.isArray(leftOut)) throw bad('left_out');
  const cleanLeftOut: LeftOut[] = [];
  for (const x of leftOut) {
    if (!isObj(x) || typeof x['path'] !== 'string' || (x['stage'] !== 'list' && x['stage'] !== 'read') || !Array.isArray(x['diagnostics'])) throw bad('left_out');
    const path = x['path'];
    const parts = path.split('/');
    // A left-out path is a file or folder under data/ (a folder that could not be listed, data itself).
    if (parts[0] !== 'data' || parts.some((p) => p === '' || p === '.' || p === '..')) throw bad(`left_out: ${shownName(path)}`);
    const ds = x['diagnostics'].map((d) => leftOutDiagnostic(d, path));
    if (ds.length === 0 || ds.length > 10 || ds.some((d) => d === undefined)) throw bad(`left_out: ${shownName(path)}`);
    cleanLeftOut.push({ path, stage: x['stage'], diagnostics: ds as Diagnostic[] });
  }
  return { ...(m as unknown as BundleManifest), left_out: cleanLeftOut };
}

// ---- reading the archive ------------------------------------------------------------------------

const BLOCK = 512;

/** An octal field of a ustar header (digits, then spaces or NULs); undefined when it is not one (GNU base-256 too). */
function octal(h: Uint8Array, at: number, len: number): number | undefined {
  let n = 0;
  let i = at;
  const end = at + len;
  while (i < end && h[i] === 0x20) i++;
  let digits = 0;
  for (; i < end; i++) {
    const c = h[i] as number;
    if (c < 0x30 || c > 0x37) break;
    n = n * 8 + (c - 0x30);
    digits++;
  }
  for (; i < end; i++) if (h[i] !== 0 && h[i] !== 0x20) return undefined;
  return digits === 0 ? undefined : n;
}

/** A NUL-terminated field's bytes. */
function field(h: Uint8Array, at: number, len: number): Uint8Array {
  const z = h.subarray(at, at + len).indexOf(0);
  return h.subarray(at, z < 0 ? at + len : at + z);
}

const TYPE_OF: Readonly<Record<string, string>> = { '1': 'hardlink', '2': 'symlink', '3': 'device', '4': 'device', '5': 'folder', '6': 'fifo', x: 'pax', g: 'pax', L: 'gnu', K: 'gnu', S: 'gnu', V: 'gnu', M: 'gnu', N: 'gnu', D: 'gnu' };

/** The regular files of a ustar archive, by name; a BundleError for anything else in it. */
export function untar(tar: Uint8Array, bundle: string, limits: Required<BundleLimits>): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let pos = 0;
  let n = 0;
  for (;;) {
    if (pos + BLOCK > tar.length) throw new BundleError('truncated', { bundle, entry: '' });
    const h = tar.subarray(pos, pos + BLOCK);
    if (h.every((b) => b === 0)) {
      // The end: two zero blocks, then only zeros (the padding to a whole record).
      if (pos + 2 * BLOCK > tar.length) throw new BundleError('truncated', { bundle, entry: '' });
      if (!tar.subarray(pos).every((b) => b === 0)) throw new BundleError('notTar', { bundle, at: n + 1 });
      return out;
    }
    n++;
    // POSIX ustar only: its magic and version, and a header whose checksum holds.
    const magic = Buffer.from(h.subarray(257, 265)).toString('latin1');
    const sum = octal(h, 148, 8);
    let actual = 0;
    for (let i = 0; i < BLOCK; i++) actual += i >= 148 && i < 156 ? 0x20 : (h[i] as number);
    if (magic !== 'ustar\u000000' || sum !== actual) throw new BundleError('notTar', { bundle, at: n });
    let name: string;
    try {
      const prefix = utf8.decode(field(h, 345, 155));
      const base = utf8.decode(field(h, 0, 100));
      name = prefix ? `${prefix}/${base}` : base;
    } catch {
      throw new BundleError('entryName', { bundle, entry: `#${n}`, why: 'not-utf8' });
    }
    const type = String.fromCharCode(h[156] as number);
    if (type !== '0' && type !== '\u0000') {
      const what = TYPE_OF[type] ?? 'other';
      throw new BundleError('entryType', { bundle, entry: shownName(name), what, type: JSON.stringify(type) });
    }
    const why = memberNameProblem(name);
    if (why) throw new BundleError('entryName', { bundle, entry: shownName(name), why });
    const size = octal(h, 124, 12);
    if (size === undefined) throw new BundleError('notTar', { bundle, at: n });
    const limit = name === MANIFEST_FILE || name === RECORDS_FILE ? limits.total : limits.file;
    if (size > limit) throw new BundleError('entryTooLarge', { bundle, entry: shownName(name), size, limit });
    const start = pos + BLOCK;
    if (start + size > tar.length) throw new BundleError('truncated', { bundle, entry: shownName(name) });
    if (out.has(name)) throw new BundleError('entryDuplicate', { bundle, entry: shownName(name) });
    out.set(name, tar.subarray(start, start + size));
    pos = start + Math.ceil(size / BLOCK) * BLOCK;
  }
}

/** A bundle opened: its files served to the loader, its manifest, and any member's bytes. */
export interface OpenedBundle {
  readonly source: RegisterSource;
  readonly manifest: BundleManifest;
  member(path: string): Uint8Array | undefined;
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** A bundle's bytes (gzip) checked and opened; `shown` names it in messages and is the source's root. */
export function readBundle(gz: Uint8Array, shown: string, limits: BundleLimits = {}): OpenedBundle {
  const lim = { total: limits.total ?? MAX_BUNDLE_BYTES, file: limits.file ?? MAX_FILE_BYTES };
  const bundle = shown;
  if (gz.length > lim.total) throw new BundleError('fileTooLarge', { bundle, size: gz.length, limit: lim.total });
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b) throw new BundleError('notGzip', { bundle });
  let tar: Buffer;
  try {
    // Unpacked at most to the limit: zlib stops there (a decompression bomb never fills memory).
    tar = gunzipSync(gz, { maxOutputLength: lim.total });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE') throw new BundleError('tooLarge', { bundle, limit: lim.total });
    throw new BundleError('damaged', { bundle, detail: e.message ?? String(err) });
  }
  const files = untar(tar, bundle, lim);
  const manifestBytes = files.get(MANIFEST_FILE);
  if (!manifestBytes) throw new BundleError('noManifest', { bundle });
  const manifest = parseManifest(manifestBytes, bundle);
  const listed = new Map<string, ManifestMember>();
  for (const m of manifest.members) {
    if (listed.has(m.path)) throw new BundleError('manifestInvalid', { bundle, detail: `members: ${shownName(m.path)}` });
    listed.set(m.path, m);
  }
  for (const [name, bytes] of files) {
    if (name === MANIFEST_FILE) continue;
    const m = listed.get(name);
    if (!m) throw new BundleError('notListed', { bundle, entry: shownName(name) });
    if (m.size !== bytes.length) throw new BundleError('checksum', { bundle, entry: shownName(name), part: 'size' });
    if (m.sha256 !== sha256(bytes)) throw new BundleError('checksum', { bundle, entry: shownName(name), part: 'sha256' });
  }
  for (const name of listed.keys()) if (!files.has(name)) throw new BundleError('missing', { bundle, entry: shownName(name) });
  const config = files.get(CONFIG_FILE);
  if (!config) throw new BundleError('noConfig', { bundle });

  const memory: MemoryFile[] = [];
  const taken = new Set<string>();
  for (const [name, bytes] of files) {
    if (!name.startsWith('data/')) continue;
    memory.push({ found: { rel: name, size: bytes.length, ...kindOf(name) }, bytes });
    taken.add(name);
  }
  for (const l of manifest.left_out) {
    if (taken.has(l.path)) throw new BundleError('manifestInvalid', { bundle, detail: `left_out: ${shownName(l.path)}` });
    taken.add(l.path);
    if (l.stage === 'list') memory.push({ found: { rel: l.path, problem: l.diagnostics[0] as Diagnostic } });
    else memory.push({ found: { rel: l.path, ...kindOf(l.path) }, bytes: l.diagnostics });
  }
  return { source: memorySource(shown, config, memory), manifest, member: (path) => files.get(path) };
}

/** Reads a bundle file (at most the limit, never a FIFO or a device) and opens it. */
export function openBundle(path: string, shown = path, limits: BundleLimits = {}): OpenedBundle {
  const total = limits.total ?? MAX_BUNDLE_BYTES;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new BundleError('unreadable', { bundle: shown, detail: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  let bytes: Buffer;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new BundleError('notFile', { bundle: shown });
    if (st.size > total) throw new BundleError('fileTooLarge', { bundle: shown, size: st.size, limit: total });
    bytes = Buffer.allocUnsafe(st.size + 1);
    let n = 0;
    for (let k = 1; k > 0 && n < bytes.length; n += k) k = readSync(fd, bytes, n, bytes.length - n, null);
    bytes = bytes.subarray(0, Math.min(n, st.size));
  } catch (err) {
    if (err instanceof BundleError) throw err;
    throw new BundleError('unreadable', { bundle: shown, detail: (err as NodeJS.ErrnoException).code ?? String(err) });
  } finally {
    closeSync(fd);
  }
  return readBundle(bytes, shown, limits);
}

// ---- a register in memory -------------------------------------------------------------------------

/** One listed file of a register held in memory: its listing, and its bytes or why it could not be read. */
export interface MemoryFile {
  found: FoundFile;
  bytes?: Uint8Array | Diagnostic[];
}

/** A register held in memory, served to the loader as a RegisterSource (sorted by path, as the loader lists). */
export function memorySource(root: string, config: Uint8Array | Diagnostic[], files: readonly MemoryFile[]): RegisterSource {
  const sorted = [...files].sort((a, b) => (a.found.rel < b.found.rel ? -1 : a.found.rel > b.found.rel ? 1 : 0));
  const byRel = new Map(sorted.map((f) => [f.found.rel, f]));
  const listed = sorted.map((f) => f.found);
  return {
    root,
    readConfig: () => config,
    list: () => listed,
    read: (f) => byRel.get(f.rel)?.bytes ?? [{ code: 'file-unreadable', severity: 'error', file: f.rel, params: { reason: 'ENOENT' } }],
  };
}

/** A register read once into memory: what the loader then validates is what an export packs, byte for byte. */
export interface Snapshot {
  readonly source: RegisterSource;
  readonly config: Uint8Array | Diagnostic[];
  readonly files: readonly MemoryFile[];
}

export function snapshotSource(source: RegisterSource): Snapshot {
  const config = source.readConfig();
  const files: MemoryFile[] = source.list().map((found) => (found.problem || !/\.ya?ml$/i.test(found.rel) ? { found } : { found, bytes: source.read(found) }));
  return { source: memorySource(source.root, config, files), config, files };
}

