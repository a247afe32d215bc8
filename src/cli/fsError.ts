// File-system errors as the user reads them: the path and the cause in words, exit code 2.

import { UsageError } from './io.js';

/** A file-system error as the one line the user reads: the path, and the cause in words. Exit code 2. */
export function fsError(err: unknown, shown: string, doing: 'write' | 'check' | 'create' | 'use' = 'write'): UsageError {
  const e = err as NodeJS.ErrnoException;
  const causes: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    ENOENT: 'the folder does not exist',
    ENOTDIR: 'a part of the path is not a folder',
    EISDIR: 'it is a folder',
    EEXIST: 'it already exists',
    EIO: 'an input/output error',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many open files',
  };
  const cause = (e.code && causes[e.code]) ?? e.message ?? String(err);
  return new UsageError(`kerjasama: could not ${doing} ${shown}: ${cause}${e.code && causes[e.code] ? ` (${e.code})` : ''}`);
}

