// A register as it was at a git revision, or as it is staged in the index, read with git itself:
// `git ls-tree` (or `git ls-files --stage`) lists the files and one `git cat-file --batch` reads them.
// Blobs are read a batch of at most BATCH_BYTES at a time as the loader asks for them (in listing order),
// so memory and git's output stay bounded whatever the register's size (no ENOBUFS above 1 GiB).
// No checkout, no temporary clone, the working tree untouched.

import { CONFIG_FILE } from './config.js';
import { git, type GitRegister } from './git.js';
import { kindOf, MAX_FILE_BYTES, misnamedProblem, misnamedRecord, takenName, tooLarge, type FoundFile, type RegisterSource } from './load.js';
import type { Diagnostic } from '../model/types.js';

interface TreeEntry { mode: string; type: string; object: string; size: number; path: string }

function lsTree(repo: GitRegister, commit: string, path: string): TreeEntry[] {
  const out = git(repo.top, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', repo.prefix + path]).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const line of out.split('\0')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const [mode = '', type = '', object = '', size = ''] = line.slice(0, tab).split(/ +/);
    entries.push({ mode, type, object, size: Number(size), path: line.slice(tab + 1) });
  }
  return entries;
}

/**
 * The index (what the next commit holds) under `path`, as tree entries with their sizes. A file with merge
 * conflicts has no stage-0 entry; it is listed with type 'conflict'.
 */
function lsIndex(repo: GitRegister, path: string): TreeEntry[] {
  const out = git(repo.top, ['ls-files', '--stage', '-z', '--full-name', '--', repo.prefix + path]).toString('utf8');
  const byPath = new Map<string, TreeEntry>();
  for (const line of out.split('\0')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const [mode = '', object = '', stage = '0'] = line.slice(0, tab).split(' ');
    const p = line.slice(tab + 1);
    const type = mode === '160000' ? 'commit' : stage === '0' ? 'blob' : 'conflict';
    if (type === 'conflict' && byPath.has(p)) continue;
    byPath.set(p, { mode, type, object, size: 0, path: p });
  }
  const entries = [...byPath.values()];
  const sizes = blobSizes(repo, entries.filter((e) => e.type === 'blob').map((e) => e.object));
  for (const e of entries) e.size = sizes.get(e.object) ?? 0;
  return entries;
}

/** The sizes of blobs, in one git process. */
function blobSizes(repo: GitRegister, ids: string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  if (ids.length === 0) return sizes;
  for (const line of git(repo.top, ['cat-file', '--batch-check'], [...new Set(ids)].join('\n') + '\n').toString('utf8').split('\n')) {
    const [id = '', type = '', size = ''] = line.split(' ');
    if (type === 'blob') sizes.set(id, Number(size));
  }
  return sizes;
}

/** Reads blobs in one git process. */
function readBlobs(repo: GitRegister, ids: string[], bytes: number): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  if (ids.length === 0) return blobs;
  // Each blob's header line is at most about 80 bytes.
  const out = git(repo.top, ['cat-file', '--batch'], ids.join('\n') + '\n', bytes + ids.length * 100 + 4096);
  let pos = 0;
  while (pos < out.length) {
    const nl = out.indexOf(0x0a, pos);
    if (nl < 0) break;
    const [id = '', type = '', size = ''] = out.subarray(pos, nl).toString('utf8').split(' ');
    if (type === 'missing' || size === '') {
      pos = nl + 1;
      continue;
    }
    const n = Number(size);
    blobs.set(id, out.subarray(nl + 1, nl + 1 + n));
    pos = nl + 1 + n + 1;
  }
  return blobs;
}

/** The most blob bytes read by one git process, and held at once. */
export const BATCH_BYTES = 64 * 1024 * 1024;

/** The register at `commit` (a full id from resolveRevision). `batchBytes` bounds each read (tests make it small). */
export function gitSource(repo: GitRegister, commit: string, label: string, batchBytes = BATCH_BYTES): RegisterSource {
  return entriesSource(repo, (path) => lsTree(repo, commit, path), label, label, 'diff', batchBytes);
}

/**
 * The register at `commit` for a read command's --at or --recorded-as-of: read from git's objects, never
 * checked out. `root` is the register's folder (paths, the cache); `label` names the revision in messages.
 */
export function revisionSource(repo: GitRegister, commit: string, root: string, label: string): RegisterSource {
  return entriesSource(repo, (path) => lsTree(repo, commit, path), root, label, '--at', BATCH_BYTES);
}

/**
 * Blobs by id, read in batches of at most BATCH_BYTES (the versions of records a history reads): each
 * blob's bytes, or 'too-large' for one over MAX_FILE_BYTES (never read), or nothing when git has none.
 */
export function readBlobsBounded(repo: GitRegister, ids: Iterable<string>): Map<string, Buffer | 'too-large'> {
  const out = new Map<string, Buffer | 'too-large'>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  const sizes = blobSizes(repo, unique);
  let batch: string[] = [];
  let bytes = 0;
  const flush = (): void => {
    for (const [id, b] of readBlobs(repo, batch, bytes)) out.set(id, b);
    batch = [];
    bytes = 0;
  };
  for (const id of unique) {
    const size = sizes.get(id);
    if (size === undefined) continue;
    if (size > MAX_FILE_BYTES) {
      out.set(id, 'too-large');
      continue;
    }
    if (batch.length > 0 && bytes + size > BATCH_BYTES) flush();
    batch.push(id);
    bytes += size;
  }
  if (batch.length > 0) flush();
  return out;
}

/**
 * The register as staged in the index: what `git commit` would record, whatever the working tree holds
 * (validate --staged, the pre-commit hook). `root` is the register's folder, for paths and the cache.
 */
export function indexSource(repo: GitRegister, root: string): RegisterSource {
  return entriesSource(repo, (path) => lsIndex(repo, path), root, '', 'validate --staged');
}

/** Paths by their folder (`data/partners/` → the names in it). */
function foldersOf(paths: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of paths) {
    const at = p.lastIndexOf('/') + 1;
    const folder = p.slice(0, at);
    const list = out.get(folder);
    if (list) list.push(p.slice(at));
    else out.set(folder, [p.slice(at)]);
  }
  return out;
}

/** `rev`: the revision read (empty: the git index); `command`: the kerjasama command that reads it, for messages. */
function entriesSource(repo: GitRegister, entries: (path: string) => TreeEntry[], root: string, rev: string, command: string, batchBytes = BATCH_BYTES): RegisterSource {
  let position: Map<string, number> | undefined;
  let files: FoundFile[] | undefined;
  const unreadable = (rel: string, reason: string, values: Record<string, string> = {}): Diagnostic[] => [{ code: 'file-unreadable', severity: 'error', file: rel, params: { reason, ...values } }];
  const list = (): FoundFile[] => {
    if (files) return files;
    files = [];
    const all = entries('data/');
    let byFolder: Map<string, string[]> | undefined;
    for (const e of all) {
      const rel = e.path.slice(repo.prefix.length);
      const parts = rel.split('/');
      if (parts.some((p) => p.startsWith('.'))) continue;
      if (!/\.ya?ml$/i.test(rel)) {
        // A record file an editor named (ntb-gimhae-mou.yaml.txt): said, as the working tree's listing says it; never read.
        const base = parts[parts.length - 1] as string;
        const m = e.type === 'commit' ? undefined : misnamedRecord(base);
        if (m) {
          // The names in its folder (git lists paths, not folders): the one the name to give it is taken by, if any.
          byFolder ??= foldersOf(all.map((x) => x.path));
          files.push({ rel, problem: misnamedProblem(rel, m, takenName(m.to, byFolder.get(e.path.slice(0, e.path.length - base.length)) ?? [])) });
        }
        continue;
      }
      if (e.type === 'conflict') {
        files.push({ rel, problem: unreadable(rel, 'merge-conflict')[0] });
        continue;
      }
      if (e.type !== 'blob') continue; // a submodule
      if (e.mode === '120000') {
        files.push({ rel, problem: unreadable(rel, 'git-link', { command })[0] });
        continue;
      }
      files.push({ rel, blob: e.object, size: e.size, ...kindOf(rel) });
    }
    files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    return files;
  };
  /** The blobs of the current batch only: files from the one asked for on, in listing order. */
  let batch = new Map<string, Buffer>();
  const blobOf = (f: FoundFile): Buffer | undefined => {
    const id = f.blob as string;
    const hit = batch.get(id);
    if (hit) return hit;
    const all = list();
    position ??= new Map(all.map((x, i) => [x.rel, i]));
    const ids: string[] = [id];
    let bytes = f.size ?? 0;
    for (let i = (position.get(f.rel) ?? all.length) + 1; i < all.length; i++) {
      const g = all[i] as FoundFile;
      if (!g.blob || (g.size ?? 0) > MAX_FILE_BYTES) continue;
      if (bytes + (g.size ?? 0) > batchBytes) break;
      bytes += g.size ?? 0;
      ids.push(g.blob);
    }
    batch = readBlobs(repo, [...new Set(ids)], bytes);
    return batch.get(id);
  };
  let config: Uint8Array | Diagnostic[] | undefined;
  return {
    root,
    readConfig: () => {
      if (config) return config;
      const cfg = entries(CONFIG_FILE).find((e) => e.type === 'blob');
      if (!cfg) return (config = unreadable(CONFIG_FILE, 'no-config', { rev }));
      if (cfg.mode === '120000') return (config = unreadable(CONFIG_FILE, 'git-link', { command }));
      if (cfg.size > MAX_FILE_BYTES) return (config = [tooLarge(CONFIG_FILE, cfg.size)]);
      return (config = readBlobs(repo, [cfg.object], cfg.size).get(cfg.object) ?? Buffer.alloc(0));
    },
    list,
    read: (f) => {
      if ((f.size ?? 0) > MAX_FILE_BYTES) return [tooLarge(f.rel, f.size ?? 0)];
      const b = f.blob ? blobOf(f) : undefined;
      return b ?? unreadable(f.rel, 'git-failed');
    },
  };
}
