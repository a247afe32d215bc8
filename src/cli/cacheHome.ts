// The user's cache folder, in a module of its own with no imports but node:path: bin/kerjasama.js reads it
// before anything else loads, to put Node's compile cache there (never in a shared temporary folder, where
// another user could leave compiled code for this one to run).

import { isAbsolute, join } from 'node:path';

/**
 * The user's cache folder, where kerjasama keeps its cache (never in the register, which is untrusted):
 * $KERJASAMA_CACHE_HOME, else $XDG_CACHE_HOME, else the platform's (~/Library/Caches, %LOCALAPPDATA%,
 * ~/.cache). Undefined when there is none (no home folder): then there is no cache.
 */
export function cacheHomeOf(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | undefined {
  const abs = (p: string | undefined): string | undefined => (p && isAbsolute(p) ? p : undefined);
  const chosen = abs(env['KERJASAMA_CACHE_HOME']) ?? abs(env['XDG_CACHE_HOME']);
  if (chosen) return chosen;
  if (platform === 'win32') return abs(env['LOCALAPPDATA']);
  const home = abs(env['HOME']);
  if (!home) return undefined;
  return platform === 'darwin' ? join(home, 'Library', 'Caches') : join(home, '.cache');
}
