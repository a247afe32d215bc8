// Where the register is, and whether it may be in a git repository, asked of the file system alone: no
// git process, and none of the loader's or git.ts's machinery loaded (bin/kerjasama.js asks both before
// the CLI loads, to start git early; a run answered by the run memo outside git needs no git at all).

import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The register's configuration file, which marks its folder. */
export const CONFIG_FILE = 'kerjasama.yaml';

/** The register holding `start`: the nearest folder at or above it with kerjasama.yaml; undefined when none. */
export function findRegister(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * Whether git could find a repository holding `root`, asked of the file system alone (no git process): a
 * `.git` in the folder or one above it, or a folder above that is itself a repository's git folder. When
 * the environment names a repository (GIT_DIR, GIT_WORK_TREE) git is asked. False means `gitRegister`
 * would fail: an aggregate of hundreds of folders outside git spawns no git process for them.
 */
export function mayBeInGit(root: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['GIT_DIR'] || env['GIT_WORK_TREE']) return true;
  return gitFolderAbove(root) !== undefined;
}

/**
 * The nearest folder at or above `root` that git would take for a repository's top (it holds `.git`)
 * or git folder (HEAD, objects and refs), asked of the file system alone; undefined when none. A guess
 * to group folders by: git itself is asked what the top is.
 */
export function gitFolderAbove(root: string): string | undefined {
  let dir = resolve(root);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects')) && existsSync(join(dir, 'refs'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** A register's own folder in kerjasama's cache folder (`home`: …/kerjasama), named by its real path. */
export function registerCacheFolder(home: string, root: string): string {
  let real: string;
  try {
    real = realpathSync(root);
  } catch {
    real = root;
  }
  return join(home, 'registers', createHash('sha256').update(real).digest('hex').slice(0, 32));
}

/**
 * The mark a validate leaves in the register's cache folder when its next run will ask git (a register of
 * thousands of files); bin/kerjasama.js then starts git before the CLI loads. An empty file: it decides
 * only when git is asked, never what an answer is.
 */
export const GIT_EARLY_MARK = 'git-early';
