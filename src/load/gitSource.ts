// A register as it was at a git revision, read with git itself: `git ls-tree` lists the files and
// one `git cat-file --batch` reads them. No checkout, no temporary clone, the working tree untouched.

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

/** Reads blobs in one git process. */
function readBlobs(repo: GitRegister, ids: string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  if (ids.length === 0) return blobs;
  const out = git(repo.top, ['cat-file', '--batch'], ids.join('\n') + '\n');
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

/** The register at `commit` (a full id from resolveRevision). */
export function gitSource(repo: GitRegister, commit: string, label: string): RegisterSource {
  let blobs: Map<string, Buffer> | undefined;
  let files: FoundFile[] | undefined;
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
  const load = (): Map<string, Buffer> => {
    if (!blobs) {
      const cfg = lsTree(repo, commit, CONFIG_FILE)[0];
      const wanted = [...list().filter((f) => f.blob && (f.size ?? 0) <= MAX_FILE_BYTES).map((f) => f.blob as string), ...(cfg && cfg.size <= MAX_FILE_BYTES ? [cfg.object] : [])];
      blobs = readBlobs(repo, [...new Set(wanted)]);
      if (cfg) blobs.set(CONFIG_FILE, blobs.get(cfg.object) ?? Buffer.alloc(0));
      if (cfg && cfg.size > MAX_FILE_BYTES) configTooLarge = cfg.size;
    }
    return blobs;
  };
  let configTooLarge: number | undefined;
  return {
    root: label,
    readConfig: () => {
      const b = load().get(CONFIG_FILE);
      if (configTooLarge !== undefined) return [tooLarge(CONFIG_FILE, configTooLarge)];
      return b ?? unreadable(CONFIG_FILE, `there is no ${CONFIG_FILE} at ${label}`);
    },
    list,
    read: (f) => {
      if ((f.size ?? 0) > MAX_FILE_BYTES) return [tooLarge(f.rel, f.size ?? 0)];
      const b = f.blob ? load().get(f.blob) : undefined;
      return b ?? unreadable(f.rel, 'git could not read it');
    },
  };
}
