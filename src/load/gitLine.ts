// How git is run: the command line and environment under which a register's own configuration cannot
// make git run anything, and the questions bin/kerjasama.js starts before the CLI has loaded (the CLI's
// git.ts takes their answers). Node's child_process alone: no other module of the CLI is loaded with it.

import { execFile, execFileSync, type ChildProcess, type ExecFileException } from 'node:child_process';

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
  // git status looks at every file's size, times and inode, as the run memo's listing does, when it is
  // the memo's word on the register (gitStateLater): no configuration may make it look at less.
  ['core.ignoreStat', 'false'],
  ['core.checkStat', 'default'],
  ['core.trustctime', 'true'],
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

export type GitEnv = Record<string, string | undefined>;

/** The environment that carries configuration as the command line does (GIT_CONFIG_COUNT: no quoting issues). */
function configEnv(pairs: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(pairs.length) };
  pairs.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = k;
    env[`GIT_CONFIG_VALUE_${i}`] = v;
  });
  return env;
}

/** SAFE_CONFIG as environment, for git run where no repository's drivers are read first (a remote's). */
export function safeConfigEnv(): Record<string, string> {
  return configEnv(SAFE_CONFIG);
}

/**
 * The environment for every git command in `cwd`: the first question there, before any other, is the
 * names of its filters and diff drivers (reading configuration runs nothing, about 5 ms), and each one
 * named is emptied (git skips an empty command).
 */
export function safeEnvIn(cwd: string, env: NodeJS.ProcessEnv): GitEnv {
  const argv = ['-C', cwd, 'config', '--name-only', '-z', '--get-regexp', '^(filter|diff)\\..*\\.(clean|smudge|process|command|textconv)$'];
  const pairs: Array<readonly [string, string]> = [...SAFE_CONFIG];
  try {
    const names = execFileSync('git', argv, { stdio: ['ignore', 'pipe', 'ignore'], env: { ...baseEnv(env), ...configEnv(SAFE_CONFIG) } }).toString('utf8');
    for (const name of names.split('\0')) {
      if (!name) continue;
      pairs.push([name, '']);
      if (/^filter\..*\.process$/s.test(name)) pairs.push([name.replace(/\.process$/, '.required'), 'false']);
    }
  } catch {
    // No such keys (exit 1), or not a repository: nothing to empty.
  }
  return { ...baseEnv(env), ...configEnv(pairs) };
}

/** No external diff from the environment either; no prompt for credentials; never a lock git may skip. */
function baseEnv(env: NodeJS.ProcessEnv): GitEnv {
  return { ...env, GIT_OPTIONAL_LOCKS: '0', GIT_EXTERNAL_DIFF: '', GIT_TERMINAL_PROMPT: '0' };
}

/** The command line for git in `cwd`: submodules ignored by every command that compares trees. */
export function gitArgv(cwd: string, args: readonly string[]): string[] {
  const [command, ...rest] = args;
  return ['-C', cwd, ...(command !== undefined && SUBMODULES_IGNORED.has(command) ? [command, '--ignore-submodules=all', ...rest] : args)];
}

/** The commit and where the register sits in its repository (`--show-prefix`). */
export const COMMIT_ASKED = ['rev-parse', '--show-prefix', '--short=12', 'HEAD'];
/** The same with the tree of data/ at HEAD (the run memo's key, with STATUS_ASKED), in one process. */
export const TREE_ASKED = [...COMMIT_ASKED.slice(0, 2), 'HEAD:./data', ...COMMIT_ASKED.slice(2)];
/**
 * What differs from HEAD, NUL-separated, paths from the repository's top: each untracked file named (not
 * its folder), and ignored files too, which the listing reads though git keeps them out of the commit.
 */
export const STATUS_ASKED = ['status', '--porcelain', '-z', '--ignored', '--untracked-files=all', '--', 'kerjasama.yaml', 'data'];

/** A git run's outcome, as execFile gives it. */
export interface GitAnswer {
  err: ExecFileException | null;
  stdout: Buffer;
  stderr: Buffer;
}

/** Runs git (argv already whole, as gitArgv gives it) without waiting; the child, and its answer. */
export function runGit(argv: string[], env: GitEnv, maxBuffer: number): { child: ChildProcess; answer: Promise<GitAnswer> } {
  let child: ChildProcess | undefined;
  const answer = new Promise<GitAnswer>((resolve) => {
    child = execFile('git', argv, { encoding: 'buffer', maxBuffer, env }, (err, stdout, stderr) => resolve({ err, stdout, stderr }));
  });
  return { child: child as unknown as ChildProcess, answer };
}

/**
 * Questions asked before the CLI loaded, for one folder: the environment (after the drivers were read)
 * and each command line's answer, taken once. Kept on globalThis: bin/kerjasama.js loads this module from
 * dist/load/, the CLI from its bundle, so the two are different copies of it.
 */
interface Early {
  cwd: string;
  env: GitEnv;
  asked: Map<string, { child: ChildProcess; answer: Promise<GitAnswer> }>;
}
const EARLY = Symbol.for('kerjasama.gitEarly');
type Holder = { [EARLY]?: Early };

/** The largest answer git may give a question (git status of a register of a million files is about 60 MB). */
export const GIT_BUFFER = 64 * 1024 * 1024;

/**
 * Starts the questions `asked` (each args as gitLater takes them) in `cwd` now, while the CLI loads. The
 * drivers are read first, as for any git command; nothing else of git runs until they are. Unasked-for
 * answers are ended by `dropEarly` when the run ends.
 */
export function askEarly(cwd: string, asked: ReadonlyArray<readonly string[]>, env: NodeJS.ProcessEnv): void {
  // The drivers are read while waiting: a child's answer is not heard until the CLI's modules have loaded,
  // which is the time the questions are to use.
  const safe = safeEnvIn(cwd, env);
  const early: Early = { cwd, env: safe, asked: new Map() };
  for (const args of asked) {
    const argv = gitArgv(cwd, args);
    early.asked.set(argv.join('\0'), runGit(argv, safe, GIT_BUFFER));
  }
  (globalThis as Holder)[EARLY] = early;
}

/** The environment found early for `cwd`, if git was asked early there. */
export function earlyEnv(cwd: string): GitEnv | undefined {
  const early = (globalThis as Holder)[EARLY];
  return early?.cwd === cwd ? early.env : undefined;
}

/** The answer to `argv` (gitArgv's) asked early in `cwd`, once; undefined when it was not asked. */
export function takeEarly(cwd: string, argv: readonly string[], maxBuffer: number): Promise<GitAnswer> | undefined {
  const early = (globalThis as Holder)[EARLY];
  if (early?.cwd !== cwd || maxBuffer !== GIT_BUFFER) return undefined;
  const key = argv.join('\0');
  const entry = early.asked.get(key);
  if (!entry) return undefined;
  early.asked.delete(key);
  return entry.answer;
}

/** Ends what was asked early and never taken (the command did not need it), so the run need not wait for it. */
export function dropEarly(): void {
  const early = (globalThis as Holder)[EARLY];
  if (!early) return;
  for (const entry of early.asked.values()) entry.child.kill();
  early.asked.clear();
}
