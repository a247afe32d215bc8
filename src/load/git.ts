// Every question kerjasama asks git, through one runner: the commit for report provenance, where the
// register sits in its repository, a revision's commit id, and which register files changed since a
// ref (--changed-since, and a pull request's files under GitHub Actions). gitSource.ts reads a revision.

import { execFileSync } from 'node:child_process';

/** Git failed for a reason the user can act on (a bad ref, not a git checkout, no git). */
export class GitError extends Error {}

/** Runs git in `cwd`; throws GitError with git's own first line of complaint. */
export function git(cwd: string, args: string[], input?: string): Buffer {
  try {
    return execFileSync('git', ['-C', cwd, ...args], {
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
    });
  } catch (err) {
    const e = err as { stderr?: Buffer; code?: string; message?: string };
    if (e.code === 'ENOENT') throw new GitError('git is not installed (or not on PATH)');
    const msg = (e.stderr?.toString('utf8') ?? '').trim().split('\n')[0] ?? '';
    throw new GitError(msg.replace(/^fatal: /, '') || String(e.message ?? err));
  }
}

const text = (cwd: string, args: string[]): string => git(cwd, args).toString('utf8');

/** The register's commit for report provenance (+changes when its files differ); absent outside git. */
export function gitCommit(root: string): string | undefined {
  try {
    const head = text(root, ['rev-parse', '--short=12', 'HEAD']).trim();
    const dirty = text(root, ['status', '--porcelain', '--', 'kerjasama.yaml', 'data']).trim() !== '';
    return dirty ? `${head}+changes` : head;
  } catch {
    return undefined;
  }
}

export interface GitRegister {
  /** The repository's top folder. */
  top: string;
  /** The register's folder inside the repository, '' or ending in '/'. */
  prefix: string;
}

/** Where the register at `root` sits in its git repository; throws GitError when it is not in one. */
export function gitRegister(root: string): GitRegister {
  return { top: text(root, ['rev-parse', '--show-toplevel']).trim(), prefix: repoPrefix(root, true) };
}

/** The register root's folder inside its repository ("" at the top, "registers/ntb/" below it); "" outside git. */
export function repoPrefix(root: string, strict = false): string {
  try {
    return text(root, ['rev-parse', '--show-prefix']).trim();
  } catch (err) {
    if (strict) throw err;
    return '';
  }
}

/** The full commit id a revision names; throws GitError when it names none. */
export function resolveRevision(repo: GitRegister, rev: string): string {
  if (rev.startsWith('-')) throw new GitError(`${rev} is not a revision`);
  try {
    return text(repo.top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).trim();
  } catch {
    if (isShallow(repo.top)) {
      throw new GitError(`${rev} is not in this clone, which is shallow (it holds only the last commits, as CI checkouts do); fetch it first: git fetch --depth=1 origin ${rev.replace(/^origin\//, '')} (or check out with fetch-depth: 2 and compare with HEAD^1)`);
    }
    throw new GitError(`${rev} is not a commit, branch or tag in this repository (for a pull request base, fetch it first: git fetch origin ${rev.replace(/^origin\//, '')})`);
  }
}

/** Whether the repository is a shallow clone (its history cut off, as CI checkouts are). */
export function isShallow(cwd: string): boolean {
  try {
    return text(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  } catch {
    return false;
  }
}

/** NUL-separated git output as a list. */
const zlist = (out: string): string[] => out.split('\0').filter((s) => s !== '');

/**
 * Register files that differ between `ref` and the working tree (committed, staged or not), plus untracked
 * files under data/ and kerjasama.yaml; with `staged`, between `ref` and the index (what the next commit
 * records), untracked files left out. Throws GitError when `ref` is not a commit or root is not in git.
 */
export function changedSince(root: string, ref: string, opts: { staged?: boolean } = {}): Set<string> {
  if (ref === '' || ref.startsWith('-')) throw new GitError(`${JSON.stringify(ref)} is not a git revision`);
  try {
    text(root, ['rev-parse', '--is-inside-work-tree']);
  } catch (err) {
    throw new GitError(`${root} is not inside a git working tree (${(err as Error).message}); --changed-since needs git`);
  }
  try {
    text(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    if (isShallow(root)) throw new GitError(`${JSON.stringify(ref)} is not in this clone, which is shallow (it holds only the last commits, as CI checkouts do); fetch it first (git fetch --depth=1 origin ${ref.replace(/^origin\//, '')}), or on a pull request checked out with fetch-depth: 2 use HEAD^1`);
    throw new GitError(`${JSON.stringify(ref)} is not a commit in this repository (for a pull request, fetch the base first: git fetch origin main)`);
  }
  try {
    // --relative: paths relative to the register root, and only files under it.
    const changed = zlist(text(root, ['diff', '--name-only', '--no-renames', '--relative', '-z', ...(opts.staged ? ['--cached'] : []), ref, '--']));
    const untracked = opts.staged ? [] : zlist(text(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', 'kerjasama.yaml', 'data']));
    return new Set([...changed, ...untracked]);
  } catch (err) {
    throw new GitError(`git could not list the changes since ${ref}: ${(err as Error).message}`);
  }
}

/**
 * Under GitHub Actions on a pull request: the register files the pull request changes. Asked, in turn, as
 * git diff origin/$GITHUB_BASE_REF...HEAD (a full clone); origin/$GITHUB_BASE_REF HEAD, two dots (a
 * shallow clone with the base branch fetched: no merge base, but HEAD is the pull request merged into the
 * base, so the two trees differ by the pull request); HEAD^1 HEAD when HEAD is that merge commit (a
 * checkout with fetch-depth: 2). Undefined when none can be answered. Used only to choose which problems to
 * annotate first.
 */
export function pullRequestChanged(root: string, env: Readonly<Record<string, string | undefined>>): Set<string> | undefined {
  const base = env['GITHUB_BASE_REF'];
  if (!base || base.startsWith('-')) return undefined;
  const isMerge = (): boolean => {
    try {
      return text(root, ['rev-list', '--parents', '-n', '1', 'HEAD']).trim().split(' ').length === 3;
    } catch {
      return false;
    }
  };
  const tries: Array<() => string[] | undefined> = [
    () => [`origin/${base}...HEAD`],
    () => [`origin/${base}`, 'HEAD'],
    () => (isMerge() ? ['HEAD^1', 'HEAD'] : undefined),
  ];
  for (const t of tries) {
    const revs = t();
    if (!revs) continue;
    try {
      return new Set(zlist(text(root, ['diff', '--name-only', '--no-renames', '--relative', '-z', ...revs, '--'])));
    } catch {
      // the next way
    }
  }
  return undefined;
}
