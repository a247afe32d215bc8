// Every question kerjasama asks git, through one runner: the commit for report provenance, where the
// register sits in its repository, a revision's commit id, and which register files changed since a
// ref (--changed-since, and a pull request's files under GitHub Actions). gitSource.ts reads a revision.

import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../model/types.js';
import { say, type Values } from '../model/words.js';
import { GIT_WORDS, type GitWord } from './git.words.js';
import type { FoundFile } from './load.js';

import { COMMIT_ASKED, earlyEnv, GIT_BUFFER, gitArgv, runGit, safeConfigEnv, safeEnvIn, STATUS_ASKED, takeEarly, TREE_ASKED, type GitEnv } from './gitLine.js';

export { gitFolderAbove, mayBeInGit } from './folders.js';

/** Git failed for a reason the user can act on (a bad ref, not a git checkout, no git). */
/**
 * git could not answer. Ours: a key of GIT_WORDS with its values, worded in the reader's language by
 * `text`; git's own complaint (its first line of stderr) is kept as git wrote it.
 */
export class GitError extends Error {
  private constructor(
    message: string,
    readonly key: GitWord | undefined,
    readonly values: Values,
  ) {
    super(message);
  }
  /** git's own complaint. */
  static said(complaint: string): GitError {
    return new GitError(complaint, undefined, {});
  }
  /** Ours, by key. */
  static of(key: GitWord, values: Values = {}): GitError {
    return new GitError(say(GIT_WORDS, 'en', key, values), key, values);
  }
  /** In the reader's language. */
  text(lang: Lang): string {
    return this.key === undefined ? this.message : say(GIT_WORDS, lang, this.key, this.values);
  }
}

/** Per repository folder: the environment for git there (gitLine.ts), with every filter and diff driver its configuration names emptied. */
const envByCwd = new Map<string, GitEnv>();

function safeEnv(cwd: string): GitEnv {
  let env = envByCwd.get(cwd) ?? earlyEnv(cwd);
  if (env) return env;
  env = safeEnvIn(cwd, process.env);
  envByCwd.set(cwd, env);
  return env;
}

/**
 * Runs git in `cwd`; throws GitError with git's own first line of complaint. An exit status in `quiet`
 * with nothing on stderr is an answer, not a failure (git grep's 1: nothing found): its output is returned.
 */
export function git(cwd: string, args: string[], input?: string, maxBuffer = GIT_BUFFER, quiet: readonly number[] = []): Buffer {
  try {
    return execFileSync('git', gitArgv(cwd, args), { input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer, env: safeEnv(cwd) });
  } catch (err) {
    return failed(err, (err as { status?: number }).status, quiet);
  }
}

/**
 * `git` without waiting: git is started now and runs while this process does other work (listing
 * 100,000 files, as `git status` does, takes about as long as the listing itself); the answer, or the
 * same GitError, when awaited. A question bin/kerjasama.js asked before the CLI loaded (askEarly) is
 * answered by that run.
 */
export async function gitLater(cwd: string, args: string[], maxBuffer = GIT_BUFFER): Promise<Buffer> {
  const argv = gitArgv(cwd, args);
  const early = takeEarly(cwd, argv, maxBuffer);
  const { err, stdout, stderr } = await (early ?? runGit(argv, safeEnv(cwd), maxBuffer).answer);
  if (!err) return stdout;
  return failed(Object.assign(err, { stdout, stderr }), typeof err.code === 'number' ? err.code : undefined, []);
}

/** A failed git run as GitError (an exit status in `quiet` with nothing on stderr is an answer: its output). */
function failed(err: unknown, status: number | undefined, quiet: readonly number[]): Buffer {
  const e = err as { stderr?: Buffer; stdout?: Buffer; code?: string | number; message?: string };
  if (e.code === 'ENOENT') throw GitError.of('noGit');
  if (status !== undefined && quiet.includes(status) && (e.stderr?.length ?? 0) === 0) return e.stdout ?? Buffer.alloc(0);
  const msg = (e.stderr?.toString('utf8') ?? '').trim().split('\n')[0] ?? '';
  throw GitError.said(msg.replace(/^fatal: /, '') || String(e.message ?? err));
}

const text = (cwd: string, args: string[]): string => git(cwd, args).toString('utf8');

/** The register's commit for report provenance (+changes when its files differ); absent outside git. */
export function gitCommit(root: string): string | undefined {
  return gitCommitIn(root)?.commit;
}

/**
 * The register's commit for report provenance (+changes when its files differ), and its folder in the
 * repository ('' at the top; `registers/ntb/` when the register is a sub-folder of a larger repository,
 * whose commit this then is); undefined outside git.
 */
export function gitCommitIn(root: string): { commit: string; folder: string } | undefined {
  try {
    return commitOf(text(root, COMMIT_ASKED), statusEntries(text(root, STATUS_ASKED)));
  } catch {
    return undefined;
  }
}

/**
 * What git says of the register's working tree, asked without waiting (see gitLater): the commit for
 * provenance, and the register's content as git knows it, for the run memo (RunMemo.open's `git`): the
 * tree of data/ at HEAD, and each path under kerjasama.yaml and data/ that differs from HEAD (changed,
 * added, untracked or ignored, as `git status` lists it) with its `lstat` now. Git trusts an unchanged
 * file by its index, as the memo would by an `lstat` of its own; the paths git lists are the memo's to
 * bind. `tree` is undefined when HEAD has no data/, or git gave a path it cannot be trusted with.
 */
export interface GitState {
  here: { commit: string; folder: string };
  tree?: string;
  /** As the listing gives files: `rel` is git's entry (the status letters and the path), with its lstat when it is there. */
  differ: FoundFile[];
}

/** The register's GitState, both questions started now; undefined outside git. */
export async function gitStateLater(root: string): Promise<GitState | undefined> {
  try {
    const status = gitLater(root, STATUS_ASKED);
    const withTree = gitLater(root, TREE_ASKED).then((b) => b.toString('utf8'), () => undefined);
    const [asked, listed] = await Promise.all([withTree, status]);
    const entries = statusEntries(listed.toString('utf8'));
    if (asked === undefined) {
      // No data/ at HEAD (a register whose records are not committed yet): the commit alone.
      return { here: commitOf((await gitLater(root, COMMIT_ASKED)).toString('utf8'), entries), differ: [] };
    }
    const [folder = '', tree = '', head = ''] = asked.split('\n').map((l) => l.trim());
    const here = commitOf(`${folder}\n${head}\n`, entries);
    const differ: GitState['differ'] = [];
    let trusted = /^[0-9a-f]{40,64}$/.test(tree);
    for (const e of entries) {
      for (const path of e.paths) {
        // A path git gave that is not the register's, or not UTF-8 (no lstat could find it): no key.
        if (!path.startsWith(folder) || path.includes('\uFFFD')) trusted = false;
        let stat: Stats | undefined;
        try {
          stat = lstatSync(join(root, path.slice(folder.length)));
        } catch {
          // Deleted, or moved away: the entry says so.
        }
        const rel = `${e.xy} ${path}`;
        differ.push(stat ? { rel, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino } : { rel });
      }
    }
    return { here, ...(trusted ? { tree } : {}), differ };
  } catch {
    return undefined;
  }
}

/** `git status --porcelain -z` as entries: the two status letters and the path (a rename's source after it). */
function statusEntries(out: string): Array<{ xy: string; paths: string[] }> {
  const parts = out.split('\0');
  const entries: Array<{ xy: string; paths: string[] }> = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (part.length < 4) continue;
    const xy = part.slice(0, 2);
    const paths = [part.slice(3)];
    // Renamed or copied, in the index or (an intent-to-add rename) in the working tree: the source follows.
    if (/[RC]/.test(xy)) paths.push(parts[++i] ?? '');
    entries.push({ xy, paths });
  }
  return entries;
}

/** The commit for provenance: `+changes` when git lists any path that is not an ignored one. */
function commitOf(asked: string, entries: ReadonlyArray<{ xy: string }>): { commit: string; folder: string } {
  // git prints the prefix first (an empty line at the top), then the commit, whatever the order asked.
  const [folder = '', head = ''] = asked.split('\n').map((l) => l.trim());
  return { commit: entries.some((e) => e.xy !== '!!') ? `${head}+changes` : head, folder };
}

/**
 * The register's HEAD for a bundle: its full commit id, its committer time (seconds since 1970), the
 * register's folder in the repository, and whether kerjasama.yaml or data/ differ from it (uncommitted or
 * untracked record files); undefined outside git. With `commit` (a full id, --at): that commit, unchanged.
 */
export function gitHead(root: string, commit = 'HEAD'): { commit: string; time: number; folder: string; dirty: boolean } | undefined {
  try {
    const folder = text(root, ['rev-parse', '--show-prefix']).trim();
    const [id = '', time = ''] = text(root, ['log', '-1', '--format=%H %ct', commit, '--']).trim().split(' ');
    if (!/^[0-9a-f]{40,64}$/.test(id) || !/^[0-9]+$/.test(time)) return undefined;
    const dirty = commit === 'HEAD' && text(root, ['status', '--porcelain', '--', 'kerjasama.yaml', 'data']).trim() !== '';
    return { commit: id, time: Number(time), folder, dirty };
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
  // One git process for both answers; a top folder whose name holds a line break is asked for alone.
  const lines = text(root, ['rev-parse', '--show-toplevel', '--show-prefix']).split('\n');
  if (lines.length === 3 && lines[2] === '') return { top: (lines[0] ?? '').trim(), prefix: (lines[1] ?? '').trim() };
  return { top: text(root, ['rev-parse', '--show-toplevel']).trim(), prefix: repoPrefix(root, true) };
}

/**
 * Where the register at `root` sits in its repository, and whether the clone is shallow: one git process
 * (a history command's first question). Throws GitError when it is not in a repository.
 */
export function gitRegisterShallow(root: string): GitRegister & { shallow: boolean } {
  const [top = '', prefix = '', shallow = ''] = text(root, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository']).split('\n');
  return { top: top.trim(), prefix: prefix.trim(), shallow: shallow.trim() === 'true' };
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
  if (rev.startsWith('-')) throw GitError.of('notRevision', { rev });
  try {
    return text(repo.top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).trim();
  } catch {
    if (isShallow(repo.top)) {
      throw GitError.of('notRevisionShallow', { rev });
    }
    throw GitError.of('notRevisionHere', { rev });
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
  if (ref === '' || ref.startsWith('-')) throw GitError.of('notGitRevision', { rev: JSON.stringify(ref) });
  try {
    text(root, ['rev-parse', '--is-inside-work-tree']);
  } catch (err) {
    throw GitError.of('notWorkTree', { root, git: (err as Error).message });
  }
  try {
    text(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    if (isShallow(root)) throw GitError.of('changedShallow', { rev: JSON.stringify(ref) });
    throw GitError.of('changedNotHere', { rev: JSON.stringify(ref) });
  }
  try {
    // --relative: paths relative to the register root, and only files under it.
    const changed = zlist(text(root, ['diff', '--no-ext-diff', '--no-textconv', '--name-only', '--no-renames', '--relative', '-z', ...(opts.staged ? ['--cached'] : []), ref, '--']));
    const untracked = opts.staged ? [] : zlist(text(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', 'kerjasama.yaml', 'data']));
    return new Set([...changed, ...untracked]);
  } catch (err) {
    throw GitError.of('changesUnlisted', { rev: ref, git: (err as Error).message });
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

/**
 * The refs a remote repository lists (`git ls-remote`), name to commit id (a tag's own entry is the commit
 * it points at). For `kerjasama init`, which checks that the git URL a register will pin can be reached.
 * Only the transports npm itself uses for git dependencies (no ext::, which runs a command); no prompt for
 * credentials; given up after `timeoutMs`. Throws GitError with git's own complaint.
 */
export function remoteRefs(url: string, timeoutMs = 30_000): Map<string, string> {
  if (url.startsWith('-')) throw GitError.of('notGitUrl', { url });
  const out = remoteGit(['ls-remote', '--', url], timeoutMs);
  const refs = new Map<string, string>();
  for (const line of out.split('\n')) {
    const [id, name] = line.split('\t');
    if (!id || !name) continue;
    if (name.endsWith('^{}')) refs.set(name.slice(0, -3), id);
    else if (!refs.has(name)) refs.set(name, id);
  }
  return refs;
}

/**
 * git run where it may reach another machine (ls-remote, fetch): only the transports npm itself uses for
 * git dependencies (no ext::, which runs a command), no prompt for credentials, ssh in batch mode, given
 * up after `timeoutMs`. Its output; GitError with git's own complaint when it fails.
 */
function remoteGit(args: string[], timeoutMs: number): string {
  const env = { ...process.env, ...safeConfigEnv(), GIT_TERMINAL_PROMPT: '0', GIT_ALLOW_PROTOCOL: 'file:git:http:https:ssh', GIT_SSH_COMMAND: process.env['GIT_SSH_COMMAND'] ?? 'ssh -o BatchMode=yes' };
  try {
    return execFileSync('git', args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env }).toString('utf8');
  } catch (err) {
    const e = err as { stderr?: Buffer; code?: string; signal?: string; message?: string };
    if (e.code === 'ENOENT') throw GitError.of('noGit');
    if (e.signal === 'SIGTERM') throw GitError.of('noAnswer', { seconds: Math.round(timeoutMs / 1000) });
    const lines = (e.stderr?.toString('utf8') ?? '').trim().split('\n').filter((l) => l.trim() !== '');
    const msg = lines.find((l) => l.startsWith('fatal: ')) ?? lines[0] ?? '';
    throw GitError.said(msg.replace(/^fatal: /, '') || String(e.message ?? err));
  }
}

/**
 * `kerjasama aggregate fetch`: a remote member's branches and tags fetched into a bare repository of our
 * own under the cache folder (made when missing), the one place the aggregate reaches the network. The
 * same limits as remoteRefs: only the transports npm uses for git dependencies, no credential prompt, no
 * submodules, given up after `timeoutMs`. Nothing is checked out, so no hook, filter or checkout runs.
 */
export function fetchRepository(clone: string, url: string, timeoutMs = 300_000): void {
  if (url.startsWith('-')) throw GitError.of('notGitUrl', { url });
  const run = (args: string[]): void => void remoteGit(args, timeoutMs);
  if (!existsSync(join(clone, 'HEAD'))) run(['init', '--bare', '--quiet', '--', clone]);
  run(['-C', clone, 'fetch', '--quiet', '--no-tags', '--prune', '--no-recurse-submodules', '--', url, '+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*']);
}

// ---- history: what changed, when, by whom (kerjasama log, blame, audit, --recorded-as-of) -------------

/**
 * Options every history question gives git, whatever the repository's configuration says: no colour, no
 * signature checking (it would run gpg), messages in UTF-8, the root commit's files as created
 * (log.showRoot), no textconv or external diff, and no --follow (log.follow) behind the tool's back.
 */
const HISTORY_CONFIG = ['-c', 'log.follow=false', '-c', 'log.showRoot=true', '-c', 'log.showSignature=false', '-c', 'color.ui=false'];
const HISTORY_FLAGS = ['--no-color', '--encoding=UTF-8', '--no-textconv', '--no-ext-diff'];

/** One commit as history shows it: who wrote it and when (seconds since the epoch), and its message. */
export interface CommitMeta {
  id: string;
  parents: string[];
  author: string;
  email: string;
  authorTime: number;
  committer: string;
  committerTime: number;
  subject: string;
  body: string;
}

/** One file a commit changed, against its first parent: git's raw diff line. Paths are from the repository's top. */
export interface RawChange {
  /** A added, M modified, D deleted, R renamed (git's rename detection), T type changed. */
  status: string;
  /** For R: how alike git found the two files, in percent. */
  score?: number;
  oldMode: string;
  newMode: string;
  /** The blob before and after; null when absent (added, deleted). */
  oldBlob: string | null;
  newBlob: string | null;
  path: string;
  /** For R: the path before. */
  from?: string;
}

export interface LoggedCommit { commit: CommitMeta; changes: RawChange[] }

const COMMIT_FORMAT = '%H%x00%P%x00%an%x00%ae%x00%at%x00%cn%x00%ct%x00%s%x00%b';
const COMMIT_FIELDS = 9;
const NULL_BLOB = /^0+$/;

/** Parses `git log -z --raw --format=COMMIT_FORMAT` (and the same without --raw). Newest first, as git gives it. */
export function parseLog(out: string): LoggedCommit[] {
  const tokens = out.split('\0');
  const commits: LoggedCommit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = (tokens[i] as string).replace(/^\n+/, '');
    if (first === '') {
      i++;
      continue;
    }
    const f = tokens.slice(i, i + COMMIT_FIELDS);
    if (f.length < COMMIT_FIELDS) break;
    i += COMMIT_FIELDS;
    const commit: CommitMeta = {
      id: first,
      parents: (f[1] as string).split(' ').filter(Boolean),
      author: f[2] as string,
      email: f[3] as string,
      authorTime: Number(f[4]),
      committer: f[5] as string,
      committerTime: Number(f[6]),
      subject: f[7] as string,
      body: (f[8] as string).replace(/\n+$/, ''),
    };
    const changes: RawChange[] = [];
    for (;;) {
      while (i < tokens.length && tokens[i] === '') i++;
      const meta = i < tokens.length ? /^\n*:(\d+) (\d+) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/.exec(tokens[i] as string) : null;
      if (!meta) break;
      const [, oldMode = '', newMode = '', oldBlob = '', newBlob = '', status = '', score = ''] = meta;
      const two = status === 'R' || status === 'C';
      const a = tokens[i + 1] ?? '';
      const b = two ? (tokens[i + 2] ?? '') : undefined;
      i += two ? 3 : 2;
      changes.push({
        status, oldMode, newMode, oldBlob: NULL_BLOB.test(oldBlob) ? null : oldBlob, newBlob: NULL_BLOB.test(newBlob) ? null : newBlob,
        path: b ?? a, ...(two ? { from: a } : {}), ...(score !== '' ? { score: Number(score) } : {}),
      });
    }
    commits.push({ commit, changes });
  }
  return commits;
}

export interface LogQuery {
  /** The newest commit (a full id). */
  tip: string;
  /** Commits reachable from these are left out (full ids): `--since REV`. */
  exclude?: string[];
  /** Paths from the repository's top, taken literally (no pathspec magic). */
  paths: string[];
  /** Let git pair deleted and added files as renames (-M). */
  renames?: boolean;
  /** Only commits whose committer date is at or after (since) / at or before (until) these instants, in seconds. */
  since?: number;
  until?: number;
  /** At most this many commits. */
  limit?: number;
  /** Without the files each commit changed. */
  noChanges?: boolean;
}

/**
 * The first-parent commits of `tip` that change `paths`, newest first, each with the files it changed
 * against its first parent (for a merge: what the merge brought to the main line). Path-limited, so git's
 * changed-path filters (kerjasama maintenance) let it skip the commits that do not touch them.
 */
export function logCommits(repo: GitRegister, q: LogQuery): LoggedCommit[] {
  const args = [
    '--literal-pathspecs', ...HISTORY_CONFIG, 'log', '--first-parent', '-z', `--format=${COMMIT_FORMAT}`, ...HISTORY_FLAGS,
    ...(q.noChanges ? [] : ['--diff-merges=first-parent', '--raw', '--no-abbrev', q.renames ? '-M' : '--no-renames']),
    ...(q.since !== undefined ? [`--max-age=${Math.floor(q.since)}`] : []),
    ...(q.until !== undefined ? [`--min-age=${Math.floor(q.until)}`] : []),
    ...(q.limit !== undefined ? [`--max-count=${q.limit}`] : []),
    '--end-of-options', q.tip, ...(q.exclude ?? []).map((e) => `^${e}`), '--', ...q.paths,
  ];
  return parseLog(git(repo.top, args, undefined, 1024 * 1024 * 1024).toString('utf8'));
}

/** Commits by id, with their metadata only (the authors of merged branches, say). */
export function commitsById(repo: GitRegister, ids: string[]): Map<string, CommitMeta> {
  const out = new Map<string, CommitMeta>();
  if (ids.length === 0) return out;
  const text = git(repo.top, [...HISTORY_CONFIG, 'log', '--no-walk=unsorted', '-z', `--format=${COMMIT_FORMAT}`, ...HISTORY_FLAGS, '--stdin'], [...new Set(ids)].join('\n') + '\n').toString('utf8');
  for (const c of parseLog(text)) out.set(c.commit.id, c.commit);
  return out;
}

/** The files changed between two commits under `path`, with git's rename detection: the rename check at a record's creation. */
export function treeChanges(repo: GitRegister, from: string, to: string, path: string): RawChange[] {
  const out = git(repo.top, ['--literal-pathspecs', 'diff-tree', '-r', '-z', '--raw', '--no-abbrev', '-M', ...HISTORY_FLAGS, '--end-of-options', from, to, '--', path]).toString('utf8');
  // diff-tree -z prints the raw lines alone: give them the commit header parseLog expects.
  return parseLog(['x', '', '', '', '0', '', '0', '', '', out].join('\0'))[0]?.changes ?? [];
}

/**
 * The last first-parent commit of `tip` whose committer date is at or before `instant` (seconds), among
 * those that change `paths` (none: every commit): `git rev-list -1 --first-parent --before=…`.
 * Undefined when there is none.
 */
export function lastCommitBefore(repo: GitRegister, tip: string, instant: number, paths: string[]): string | undefined {
  const out = text(repo.top, ['--literal-pathspecs', 'rev-list', '-1', '--first-parent', `--min-age=${Math.floor(instant)}`, '--end-of-options', tip, '--', ...paths]).trim();
  return out === '' ? undefined : out;
}

/** Tree entries at `commit` under `paths` (from the repository's top): path and blob. */
export function treeFiles(repo: GitRegister, commit: string, paths: string[]): Array<{ path: string; blob: string; mode: string }> {
  const out = git(repo.top, ['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit, '--', ...paths]).toString('utf8');
  const files: Array<{ path: string; blob: string; mode: string }> = [];
  for (const line of out.split('\0')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', type = '', object = ''] = line.slice(0, tab).split(/ +/);
    if (type === 'blob') files.push({ path: line.slice(tab + 1), blob: object, mode });
  }
  return files;
}

/** Files at `commit` under `paths` whose text holds `needle` (git grep, fixed string); none is no error. */
export function filesContaining(repo: GitRegister, commit: string, needle: string, paths: string[]): string[] {
  // git grep exits 1, saying nothing, when no file matches.
  const out = git(repo.top, ['--literal-pathspecs', 'grep', '-l', '-z', '-F', '--no-color', '-I', '-e', needle, commit, '--', ...paths], undefined, undefined, [1]).toString('utf8');
  return out.split('\0').filter(Boolean).map((p) => (p.startsWith(commit + ':') ? p.slice(commit.length + 1) : p));
}

/** Whether git keeps a commit-graph for this repository (kerjasama maintenance writes one). */
export function hasCommitGraph(repo: GitRegister): boolean {
  try {
    const base = text(repo.top, ['rev-parse', '--path-format=absolute', '--git-path', 'objects/info']).trim();
    return existsSync(join(base, 'commit-graph')) || existsSync(join(base, 'commit-graphs', 'commit-graph-chain'));
  } catch {
    return false;
  }
}

/** Writes git's commit-graph with changed-path (Bloom) filters: per-path history then skips untouched commits. */
export function writeCommitGraph(repo: GitRegister): void {
  git(repo.top, ['commit-graph', 'write', '--reachable', '--changed-paths']);
}
