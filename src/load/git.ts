// Every question kerjasama asks git, through one runner: the commit for report provenance, where the
// register sits in its repository, a revision's commit id, and which register files changed since a
// ref (--changed-since, and a pull request's files under GitHub Actions). gitSource.ts reads a revision.

import { execFileSync } from 'node:child_process';

/** Git failed for a reason the user can act on (a bad ref, not a git checkout, no git). */
export class GitError extends Error {}

/**
 * Configuration that cannot run anything, given on every git command line (which outranks every config
 * file): a register's own .git/config is as untrusted as its records. core.fsmonitor would run a command
 * on every `git status`; an external diff and textconv drivers run on diffs; clean/smudge/process filters
 * (named by .gitattributes) run whenever git compares the working tree; a pager never applies (no tty).
 * Submodules are never looked into: git runs a child git in each one with the submodule's own
 * configuration (its filters, its fsmonitor), which neither this configuration nor the emptying of the
 * top repository's drivers reaches (see SUBMODULES_IGNORED for the flag that outranks .gitmodules).
 */
const SAFE_CONFIG: ReadonlyArray<readonly [string, string]> = [
  ['core.fsmonitor', 'false'],
  ['core.untrackedCache', 'false'],
  ['diff.external', ''],
  ['core.pager', 'cat'],
  ['core.hooksPath', '/dev/null'],
  ['diff.ignoreSubmodules', 'all'],
  ['status.submoduleSummary', 'false'],
  ['submodule.recurse', 'false'],
  ['fetch.recurseSubmodules', 'false'],
];

/**
 * The commands that compare a working tree or trees, which would otherwise ask every submodule whether it
 * is modified (a child git with the submodule's configuration). diff.ignoreSubmodules above is outranked
 * by submodule.<name>.ignore in .gitmodules and .git/config (both untrusted); the command-line flag
 * outranks them all, so the runner gives it to each of these, whoever calls.
 */
const SUBMODULES_IGNORED = new Set(['status', 'diff', 'diff-index', 'diff-files', 'diff-tree']);

/** The environment that carries configuration as the command line does (GIT_CONFIG_COUNT: no quoting issues). */
function configEnv(pairs: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(pairs.length) };
  pairs.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = k;
    env[`GIT_CONFIG_VALUE_${i}`] = v;
  });
  return env;
}

/** Per repository folder: the environment for git there, with every filter and diff driver its configuration names emptied. */
const envByCwd = new Map<string, Record<string, string | undefined>>();

function safeEnv(cwd: string): Record<string, string | undefined> {
  let env = envByCwd.get(cwd);
  if (env) return env;
  // No external diff from the environment either; no prompt for credentials.
  const base = { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_EXTERNAL_DIFF: '', GIT_TERMINAL_PROMPT: '0' };
  const pairs: Array<readonly [string, string]> = [...SAFE_CONFIG];
  try {
    // Reading configuration runs nothing; every driver found is emptied (git skips an empty command).
    const names = execFileSync('git', ['-C', cwd, 'config', '--name-only', '-z', '--get-regexp', '^(filter|diff)\\..*\\.(clean|smudge|process|command|textconv)$'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...base, ...configEnv(SAFE_CONFIG) },
    }).toString('utf8');
    for (const name of names.split('\0')) {
      if (!name) continue;
      pairs.push([name, '']);
      if (/^filter\..*\.process$/s.test(name)) pairs.push([name.replace(/\.process$/, '.required'), 'false']);
    }
  } catch {
    // No such keys (exit 1), or not a repository: nothing to empty.
  }
  env = { ...base, ...configEnv(pairs) };
  envByCwd.set(cwd, env);
  return env;
}

/** Runs git in `cwd`; throws GitError with git's own first line of complaint. */
export function git(cwd: string, args: string[], input?: string, maxBuffer = 64 * 1024 * 1024): Buffer {
  const [command, ...rest] = args;
  const full = command !== undefined && SUBMODULES_IGNORED.has(command) ? [command, '--ignore-submodules=all', ...rest] : args;
  try {
    return execFileSync('git', ['-C', cwd, ...full], { input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer, env: safeEnv(cwd) });
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
    const changed = zlist(text(root, ['diff', '--no-ext-diff', '--no-textconv', '--name-only', '--no-renames', '--relative', '-z', ...(opts.staged ? ['--cached'] : []), ref, '--']));
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
      return new Set(zlist(text(root, ['diff', '--no-ext-diff', '--no-textconv', '--name-only', '--no-renames', '--relative', '-z', ...revs, '--'])));
    } catch {
      // the next way
    }
  }
  return undefined;
}
