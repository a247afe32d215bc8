// Git questions the CI formats ask: where the register sits inside its repository (so paths match what
// GitHub and code scanning see), and which register files changed since a ref (--changed-since, and
// the pull request's files under GitHub Actions). Paths come back relative to the register root.

import { execFileSync } from 'node:child_process';

/** Git failed for a reason the user can act on (a bad ref, not a git checkout). */
export class GitError extends Error {}

function git(root: string, args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 15000, maxBuffer: 64 * 1024 * 1024 });
}

function stderrOf(err: unknown): string {
  const e = err as { stderr?: string | Buffer; message?: string; code?: string };
  if (e.code === 'ENOENT') return 'git is not installed (or not on PATH)';
  const text = String(e.stderr ?? '').trim().split('\n')[0] ?? '';
  return text.replace(/^fatal: /, '') || String(e.message ?? err);
}

/** The register root's folder inside its git repository ("" at the top, "registers/ntb/" below it); "" outside git. */
export function repoPrefix(root: string): string {
  try {
    return git(root, ['rev-parse', '--show-prefix']).trim();
  } catch {
    return '';
  }
}

/** NUL-separated git output as a list. */
const zlist = (out: string): string[] => out.split('\0').filter((s) => s !== '');

/**
 * Register files that differ between `ref` and the working tree (committed, staged or not), plus untracked
 * files under data/ and kerjasama.yaml. Throws GitError when `ref` is not a commit or root is not in git.
 */
export function changedSince(root: string, ref: string): Set<string> {
  if (ref === '' || ref.startsWith('-')) throw new GitError(`${JSON.stringify(ref)} is not a git revision`);
  try {
    git(root, ['rev-parse', '--is-inside-work-tree']);
  } catch (err) {
    throw new GitError(`${root} is not inside a git working tree (${stderrOf(err)}); --changed-since needs git`);
  }
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new GitError(`${JSON.stringify(ref)} is not a commit in this repository (for a pull request, fetch the base first: git fetch origin main)`);
  }
  try {
    // --relative: paths relative to the register root, and only files under it.
    const changed = zlist(git(root, ['diff', '--name-only', '--no-renames', '--relative', '-z', ref, '--']));
    const untracked = zlist(git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', 'kerjasama.yaml', 'data']));
    return new Set([...changed, ...untracked]);
  } catch (err) {
    throw new GitError(`git could not list the changes since ${ref}: ${stderrOf(err)}`);
  }
}

/**
 * Under GitHub Actions on a pull request: the register files the pull request changes
 * (git diff origin/$GITHUB_BASE_REF...HEAD). Undefined when that cannot be known: no base ref, a shallow
 * clone without the base, not git. Used only to choose which problems to annotate first.
 */
export function pullRequestChanged(root: string, env: Readonly<Record<string, string | undefined>>): Set<string> | undefined {
  const base = env['GITHUB_BASE_REF'];
  if (!base || base.startsWith('-')) return undefined;
  try {
    return new Set(zlist(git(root, ['diff', '--name-only', '--no-renames', '--relative', '-z', `origin/${base}...HEAD`, '--'])));
  } catch {
    return undefined;
  }
}
