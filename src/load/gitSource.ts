// A register as it was at a git revision, read with git itself: `git ls-tree` lists the files and
// `git cat-file --batch` reads them, a batch of at most BATCH_BYTES at a time as the loader asks for them
// (in listing order), so memory and git's output stay bounded whatever the register's size (no ENOBUFS
// above 1 GiB). No checkout, no temporary clone, the working tree untouched.

import { CONFIG_FILE } from './config.js';
import { git, type GitRegister } from './git.js';
import { kindOf, MAX_FILE_BYTES, tooLarge, type FoundFile, type RegisterSource } from './load.js';
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

/** The most blob bytes read by one git process, and held at once. */
export const BATCH_BYTES = 64 * 1024 * 1024;

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

/** The register at `commit` (a full id from resolveRevision). `batchBytes` bounds each read (tests make it small). */
export function gitSource(repo: GitRegister, commit: string, label: string, batchBytes = BATCH_BYTES): RegisterSource {
  let files: FoundFile[] | undefined;
  let position: Map<string, number> | undefined;
  const unreadable = (rel: string, reason: string): Diagnostic[] => [{ code: 'file-unreadable', severity: 'error', file: rel, params: { reason } }];
  const list = (): FoundFile[] => {
    if (files) return files;
    files = [];
    for (const e of lsTree(repo, commit, 'data/')) {
      const rel = e.path.slice(repo.prefix.length);
      const parts = rel.split('/');
      if (parts.some((p) => p.startsWith('.')) || !/\.ya?ml$/i.test(rel)) continue;
      if (e.type !== 'blob') continue; // a submodule
      if (e.mode === '120000') {
        files.push({ rel, problem: unreadable(rel, 'it is a symbolic link; kerjasama diff reads only regular files')[0] });
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
    root: label,
    readConfig: () => {
      if (config) return config;
      const cfg = lsTree(repo, commit, CONFIG_FILE)[0];
      if (!cfg) return (config = unreadable(CONFIG_FILE, `there is no ${CONFIG_FILE} at ${label}`));
      if (cfg.size > MAX_FILE_BYTES) return (config = [tooLarge(CONFIG_FILE, cfg.size)]);
      return (config = readBlobs(repo, [cfg.object], cfg.size).get(cfg.object) ?? Buffer.alloc(0));
    },
    list,
    read: (f) => {
      if ((f.size ?? 0) > MAX_FILE_BYTES) return [tooLarge(f.rel, f.size ?? 0)];
      const b = f.blob ? blobOf(f) : undefined;
      return b ?? unreadable(f.rel, 'git could not read it');
    },
  };
}
