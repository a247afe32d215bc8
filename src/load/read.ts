// Reading one file of a register, safely: never through a link put in its place, never from a pipe,
// a device or a folder, never more than the size limit. Every reason is a diagnostic in both languages.

import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, realpathSync, type Stats } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import type { Diagnostic } from '../model/types.js';

export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Reads one register file (kerjasama.yaml, or a listed record at its real path): opened without following
 * a link in its place and without waiting on a FIFO, and read only when it is a regular file within the
 * size limit. So a kerjasama.yaml linked to .git/config, /dev/zero or a pipe is a diagnostic, never read.
 */
export function readBytes(abs: string, rel: string): Uint8Array | Diagnostic[] {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP') {
      const real = safeRealpath(abs);
      const here = safeRealpath(dirname(abs)) ?? dirname(abs);
      // Shown relative to the file's folder when inside it (.git/config), else as it is.
      const target = real === undefined ? safeReadlink(abs) : real.startsWith(here + sep) ? relative(here, real) : real;
      return [{ code: 'file-symlink-unsafe', severity: 'error', file: rel, params: { target: target.split(sep).join('/'), why: 'config' } }];
    }
    return [{ code: 'file-unreadable', severity: 'error', file: rel, params: errText(err) }];
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return [notRegular(rel, st)];
    if (st.size > MAX_FILE_BYTES) return [tooLarge(rel, st.size)];
    const buf = Buffer.allocUnsafe(st.size + 1);
    let n = 0;
    for (let k = 1; k > 0 && n < buf.length; n += k) k = readSync(fd, buf, n, buf.length - n, null);
    if (n > st.size) return [{ code: 'file-unreadable', severity: 'error', file: rel, params: { reason: 'grew' } }];
    return buf.subarray(0, n);
  } catch (err) {
    return [{ code: 'file-unreadable', severity: 'error', file: rel, params: errText(err) }];
  } finally {
    closeSync(fd);
  }
}

/** A path that is not a regular file (a folder, a pipe, a socket, a device): never read. */
export function notRegular(rel: string, st: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket'>): Diagnostic {
  const what = st.isDirectory() ? 'folder' : st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : 'device';
  return { code: 'file-not-regular', severity: 'error', file: rel, params: { what } };
}

export function tooLarge(rel: string, size: number): Diagnostic {
  return { code: 'file-too-large', severity: 'error', file: rel, line: 1, column: 1, params: { size, limit: MAX_FILE_BYTES } };
}

/** Why a file could not be read: the system's error code (its words are the diagnostic catalogue's), or its own text. */
export function errText(err: unknown): { reason: string; detail?: string } {
  const e = err as NodeJS.ErrnoException;
  if (e.code !== undefined && ['ELOOP', 'EACCES', 'EPERM', 'ENOENT', 'EISDIR', 'EIO'].includes(e.code)) return { reason: e.code };
  return { reason: 'other', detail: e.code ?? e.message ?? String(err) };
}

export function safeReadlink(p: string): string {
  try {
    return readlinkSync(p);
  } catch {
    return '?';
  }
}

export function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

