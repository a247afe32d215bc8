// The register's git commit, for report provenance. Absent when the register is not a git checkout.

import { execFileSync } from 'node:child_process';

export function gitCommit(root: string): string | undefined {
  const git = (args: string[]): string => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
  try {
    const head = git(['rev-parse', '--short=12', 'HEAD']);
    const dirty = git(['status', '--porcelain', '--', 'kerjasama.yaml', 'data']) !== '';
    return dirty ? `${head}+changes` : head;
  } catch {
    return undefined;
  }
}
