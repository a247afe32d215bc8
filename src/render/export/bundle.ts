// The register bundle's archive (docs/export.md "Bundle"): a POSIX ustar tar, gzip-compressed, written
// here with no dependency. Deterministic: members sorted by name, every header alike but for name and
// size (mode 0644, uid and gid 0, owner and group "root", the commit's time), the gzip header without a
// time or a file name; so the same parts give the same bytes. manifest.json names every other member with
// its size and SHA-256 (load/bundle.ts checks them when a bundle is read).

import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { MANIFEST_FILE, memberNameProblem, ustarName, type BundleManifest, type ManifestMember } from '../../load/bundle.js';
import type { BundleParts } from '../../export/bundle.js';

const BLOCK = 512;
/** tar's record: the archive is padded to a whole number of these, as tar writes it. */
const RECORD = 20 * BLOCK;

function octalField(h: Buffer, at: number, len: number, n: number): void {
  h.write(n.toString(8).padStart(len - 1, '0') + '\0', at, len, 'latin1');
}

/** One regular file's ustar header. */
function header(path: string, size: number, mtime: number): Buffer {
  const where = ustarName(path);
  if (!where) throw new Error(`${path}: name too long for a ustar header`);
  const h = Buffer.alloc(BLOCK);
  where.name.copy(h, 0);
  octalField(h, 100, 8, 0o644);
  octalField(h, 108, 8, 0);
  octalField(h, 116, 8, 0);
  octalField(h, 124, 12, size);
  octalField(h, 136, 12, mtime);
  h.fill(0x20, 148, 156);
  h.write('0', 156, 'latin1');
  h.write('ustar\u000000', 257, 8, 'latin1');
  h.write('root', 265, 'latin1');
  h.write('root', 297, 'latin1');
  octalField(h, 329, 8, 0);
  octalField(h, 337, 8, 0);
  where.prefix.copy(h, 345);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
  return h;
}

/** A ustar archive of regular files, in the order given. */
export function tar(files: ReadonlyArray<{ path: string; bytes: Uint8Array }>, mtime: number): Buffer {
  const parts: Buffer[] = [];
  let length = 0;
  for (const f of files) {
    const pad = (BLOCK - (f.bytes.length % BLOCK)) % BLOCK;
    parts.push(header(f.path, f.bytes.length, mtime), Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.length), Buffer.alloc(pad));
    length += BLOCK + f.bytes.length + pad;
  }
  // The end: two zero blocks, then zeros to a whole record.
  const end = 2 * BLOCK + ((RECORD - ((length + 2 * BLOCK) % RECORD)) % RECORD);
  parts.push(Buffer.alloc(end));
  return Buffer.concat(parts);
}

/** gzip with a fixed header: no time, no name, the operating system always "Unix" (zlib writes its build's). */
export function gzip(bytes: Uint8Array): Buffer {
  const out = gzipSync(bytes, { level: 9 });
  out[9] = 3;
  return out;
}

const byName = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The archive of a bundle's parts, and its manifest (with every member's size and SHA-256). */
export function bundleArchive(parts: BundleParts): { bytes: Buffer; manifest: BundleManifest } {
  const files = [...parts.files].sort(byName);
  for (const f of files) {
    if (memberNameProblem(f.path) !== undefined || !ustarName(f.path)) throw new Error(`${f.path}: not a bundle member name`);
  }
  const members: ManifestMember[] = files.map((f) => ({ path: f.path, size: f.bytes.length, sha256: createHash('sha256').update(f.bytes).digest('hex') }));
  const manifest: BundleManifest = { ...parts.manifest, members };
  const all = [...files, { path: MANIFEST_FILE, bytes: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8') }].sort(byName);
  return { bytes: gzip(tar(all, parts.mtime)), manifest };
}
