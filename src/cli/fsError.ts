// File-system errors as the user reads them: the path and the cause in words, exit code 2.

import { UsageError } from './io.js';
import { t, type MessageKey } from './messages.js';

/** A file-system error as the one line the user reads: the path, and the cause in words (both languages). Exit code 2. */
export function fsError(err: unknown, shown: string, doing: 'write' | 'check' | 'create' | 'use' = 'write'): UsageError {
  const e = err as NodeJS.ErrnoException;
  const known = e.code !== undefined && CAUSES.has(e.code);
  return new UsageError((lang) => {
    const cause = known ? `${t(lang, `fs.${e.code}` as MessageKey)} (${e.code})` : e.message ?? String(err);
    return t(lang, 'fsError', { doing: t(lang, `fs.${doing}`), path: shown, cause });
  });
}

const CAUSES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST', 'EIO', 'ENAMETOOLONG', 'EMFILE']);
