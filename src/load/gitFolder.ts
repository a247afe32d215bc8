// Whether a folder may be in a git repository, asked of the file system alone: no git process, and none
// of git.ts's child-process machinery loaded (a run answered by the run memo outside git needs neither).

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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
