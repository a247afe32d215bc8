// federation.yaml (the member registers a province or Kemendagri reads as one) and federation.lock (what
// `kerjasama aggregate build` read of each): read, checked with the loader's YAML and schema machinery and
// positions, and each member opened as a RegisterSource: a folder through the working-tree reader, a git
// repository through gitSource (its objects at a commit, never checked out, through the one git runner).
// Nothing here reaches the network: `aggregate fetch` (fetchMember) is the one step that does, when asked.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseDuration, type Duration } from '../model/dates.js';
import type { Diagnostic } from '../model/types.js';
import { fetchRepository, git, gitFolderAbove, gitRegister, mayBeInGit, resolveRevision, type GitRegister } from './git.js';
import { gitSource } from './gitSource.js';
import { openBundle, snapshotSource } from './bundle.js';
import { fsSource, type FoundFile, type RegisterSource } from './load.js';
import { contentHash } from './cache.js';
import { locate } from './locate.js';
import { decodeText, parseText } from './parse.js';
import { readBytes } from './read.js';
import { schemaDiagnostics } from './schemas.js';

export const FEDERATION_FILE = 'federation.yaml';
export const LOCK_FILE = 'federation.lock';
/** The lock file's format; a newer one is refused. */
export const LOCK_VERSION = 1;

export type MemberSpec =
  | { readonly code: string; readonly name?: string; readonly line: number; readonly kind: 'path'; readonly path: string }
  | { readonly code: string; readonly name?: string; readonly line: number; readonly kind: 'git'; readonly git: string; readonly ref: string; readonly folder?: string }
  | { readonly code: string; readonly name?: string; readonly line: number; readonly kind: 'bundle'; readonly bundle: string };

export interface Federation {
  readonly name: string;
  readonly staleAfter?: Duration;
  readonly members: readonly MemberSpec[];
}

/** federation.yaml read: the federation when it has no errors, and its diagnostics with positions. */
export function readFederation(dir: string): { federation?: Federation; diagnostics: Diagnostic[]; text?: string } {
  const bytes = readBytes(join(dir, FEDERATION_FILE), FEDERATION_FILE);
  if (!(bytes instanceof Uint8Array)) return { diagnostics: bytes };
  const decoded = decodeText(bytes, FEDERATION_FILE);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const parsed = parseText(decoded.text, FEDERATION_FILE);
  const at = (d: Diagnostic): Diagnostic => (d.line === undefined ? locate(d, parsed.doc, parsed.lineCounter) : d);
  if (parsed.value === undefined || parsed.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: parsed.diagnostics.map(at), text: decoded.text };
  const schema = schemaDiagnostics('federation', parsed.value, FEDERATION_FILE);
  if (schema.length > 0) return { diagnostics: schema.map(at), text: decoded.text };
  const data = parsed.value as { name: string; stale_after?: string; members: Array<Record<string, string>> };
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  const members: MemberSpec[] = data.members.map((m, i) => {
    const line = at({ code: 'federation-member', severity: 'error', file: FEDERATION_FILE, pointer: `/members/${i}`, params: {} }).line ?? 1;
    const code = m['code'] as string;
    const other = seen.get(code);
    // Two members with one code would put two registers' records under one namespace.
    if (other !== undefined) diagnostics.push(at({ code: 'schema-constraint', severity: 'error', file: FEDERATION_FILE, pointer: `/members/${i}/code`, params: { field: `members[${i}].code`, rule: 'uniqueMember', other: `members[${other}]` } }));
    else seen.set(code, i);
    const base = { code, line, ...(m['name'] !== undefined ? { name: m['name'] } : {}) };
    if (m['path'] !== undefined) return { ...base, kind: 'path', path: m['path'] };
    if (m['git'] !== undefined) return { ...base, kind: 'git', git: m['git'], ref: m['ref'] as string, ...(m['folder'] !== undefined ? { folder: m['folder'] } : {}) };
    return { ...base, kind: 'bundle', bundle: m['bundle'] as string };
  });
  if (diagnostics.length > 0) return { diagnostics, text: decoded.text };
  const staleAfter = data.stale_after === undefined ? undefined : parseDuration(data.stale_after);
  return { federation: { name: data.name, members, ...(staleAfter ? { staleAfter } : {}) }, diagnostics, text: decoded.text };
}

/** How federation.yaml names a member's source, as the aggregate shows it: `path:diy`, `git:https://…@main`. */
export function sourceOf(m: MemberSpec): string {
  if (m.kind === 'path') return `path:${m.path}`;
  if (m.kind === 'git') return `git:${m.git}${m.folder ? `//${m.folder}` : ''}@${m.ref}`;
  return `bundle:${m.bundle}`;
}

// ---- what was read: a content hash of the files, in listing order ------------------------------------

/**
 * The source, hashing what the loader reads of it: kerjasama.yaml and every record file, by path. The
 * hash (SHA-256 over each path and its bytes' own SHA-256, in path order) names exactly the content read,
 * wherever it came from (a folder or a commit).
 */
export function hashingSource(source: RegisterSource): { source: RegisterSource; hash: (known?: ReadonlyMap<string, string>) => string } {
  const files = new Map<string, string>();
  const note = (rel: string, r: Uint8Array | Diagnostic[]): Uint8Array | Diagnostic[] => {
    // The record cache's content hash (contentHash): a file the cache answered unread hashes the same.
    files.set(rel, r instanceof Uint8Array ? contentHash(r) : 'unreadable');
    return r;
  };
  return {
    source: {
      root: source.root,
      readConfig: () => note('kerjasama.yaml', source.readConfig()),
      list: () => source.list(),
      read: (f: FoundFile) => note(f.rel, source.read(f)),
    },
    /** `known`: the hashes of files the record cache answered without their being read (LoadOptions.contentHashes). */
    hash: (known) => {
      const all = new Map(files);
      for (const [rel, h] of known ?? []) if (!all.has(rel)) all.set(rel, h);
      const h = createHash('sha256');
      for (const rel of [...all.keys()].sort()) h.update(`${rel}\0${all.get(rel)}\n`);
      return `sha256:${h.digest('hex')}`;
    },
  };
}

// ---- opening a member ----------------------------------------------------------------------------------

/** Why a member cannot be read, as a key the CLI words (with values), never a sentence. */
export class MemberError extends Error {
  constructor(
    readonly key: 'path-missing' | 'git-not-fetched' | 'git-ref' | 'folder-unsafe' | 'git-failed' | 'lock-missing' | 'lock-changed',
    readonly values: Readonly<Record<string, string>>,
  ) {
    super(key);
  }
}

/** Whether a git: source is a URL (fetched into the cache by `aggregate fetch`) rather than a local repository folder. */
export function isRemote(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/\\]+@[^/\\:]+:/.test(url);
}

/** The cache clone of a remote member: one bare repository per URL under the cache folder. */
export function cacheCloneOf(cacheHome: string, url: string): string {
  return join(cacheHome, 'kerjasama', 'federation', createHash('sha256').update(url).digest('hex').slice(0, 32) + '.git');
}

/** A folder inside a repository named by federation.yaml: relative, no `..`, no leading dot segment. */
function safeFolder(folder: string | undefined): string {
  if (folder === undefined || folder === '' || folder === '.') return '';
  const parts = folder.replace(/\/+$/, '').split('/');
  if (isAbsolute(folder) || parts.some((p) => p === '' || p === '..' || p === '.' || p.startsWith('-') || p.includes('\\'))) throw new MemberError('folder-unsafe', { folder });
  return parts.join('/') + '/';
}

/** A member opened: its source, the commit it is read at (when in git), and the repository to ask about that commit. */
export interface OpenedMember {
  readonly source: RegisterSource;
  readonly commit?: string;
  readonly repo?: GitRegister;
  /** When the commit read (or, with uncommitted changes, the repository's HEAD) was committed: seconds since the epoch. */
  readonly commitTime?: number;
  /** A bundle's last commit day (YYYY-MM-DD), from its manifest. */
  readonly commitDay?: string;
  /** A working tree read as it is: the folder the record cache may answer for (a commit or a bundle never needs it). */
  readonly workingTree?: string;
}

/** A working tree's place in git, as workingTrees() found it: nothing outside git (or untracked there). */
export interface WorkingTree {
  readonly repo?: GitRegister;
  /** HEAD, when nothing under kerjasama.yaml and data/ differs from it. */
  readonly commit?: string;
  /** HEAD's commit time (seconds since the epoch). */
  readonly commitTime?: number;
}

/**
 * Where each register folder stands in git, asked before any record is read and once per repository, not
 * once per folder: a federation of hundreds of folders in one repository asks git three times. Each
 * repository: its top (rev-parse), one `git status` over every member's kerjasama.yaml and data/ (its
 * branch.oid line names HEAD; a changed, untracked or ignored file is a change; a kerjasama.yaml untracked
 * or ignored means the folder is not in git at all), and HEAD's time. A folder with no repository above
 * it asks nothing. Folders git cannot answer for are left out of the map (openMember asks on its own).
 */
export function workingTrees(roots: readonly string[], env: NodeJS.ProcessEnv = process.env): Map<string, WorkingTree> {
  const out = new Map<string, WorkingTree>();
  if (env['GIT_DIR'] || env['GIT_WORK_TREE']) return out;
  const groups = new Map<string, string[]>();
  for (const root of roots) {
    const above = gitFolderAbove(root);
    if (above === undefined) {
      out.set(root, {});
      continue;
    }
    groups.set(above, [...(groups.get(above) ?? []), root]);
  }
  for (const [above, members] of groups) {
    let top: string;
    try {
      top = realpathSync(git(above, ['rev-parse', '--show-toplevel']).toString('utf8').replace(/\n$/, ''));
    } catch {
      continue;
    }
    const prefixOf = new Map<string, string>();
    for (const root of members) {
      let rel: string;
      try {
        rel = relative(top, realpathSync(root)).split(sep).join('/');
      } catch {
        continue;
      }
      if (rel.startsWith('..') || isAbsolute(rel)) continue;
      prefixOf.set(root, rel === '' ? '' : `${rel}/`);
    }
    if (prefixOf.size === 0) continue;
    // Literal pathspecs: a folder named with * or ? is that folder, not a pattern.
    const specs = [...prefixOf.values()].flatMap((pre) => [`:(literal)${pre}kerjasama.yaml`, `:(literal)${pre}data`]);
    let status: string;
    try {
      status = git(top, ['status', '--porcelain=v2', '-z', '--branch', '--ignored=matching', '--untracked-files=all', '--', ...specs]).toString('utf8');
    } catch {
      continue;
    }
    const { head, changed, untracked } = statusOf(status, [...prefixOf.values()]);
    const headId = head !== undefined && /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
    const commitTime = headId ? commitTimeOf({ top, prefix: '' }, headId) : undefined;
    for (const [root, pre] of prefixOf) {
      if (untracked.has(pre)) {
        out.set(root, {});
        continue;
      }
      out.set(root, { repo: { top, prefix: pre }, ...(headId && !changed.has(pre) ? { commit: headId } : {}), ...(commitTime !== undefined ? { commitTime } : {}) });
    }
  }
  return out;
}

/**
 * `git status --porcelain=v2 -z --branch --ignored=matching` over members' folders (`prefixes`, each ''
 * or ending in '/', as paths from the repository's top): HEAD, the folders with anything changed,
 * untracked or ignored, and those whose kerjasama.yaml git does not track (it, or a folder holding it,
 * is untracked or ignored).
 */
function statusOf(status: string, prefixes: readonly string[]): { head?: string; changed: Set<string>; untracked: Set<string> } {
  const changed = new Set<string>();
  const untracked = new Set<string>();
  let head: string | undefined;
  const entries = status.split('\0');
  const byPrefix = [...prefixes].sort((a, b) => b.length - a.length);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as string;
    if (e === '') continue;
    if (e.startsWith('# branch.oid ')) {
      head = e.slice('# branch.oid '.length);
      continue;
    }
    if (e.startsWith('#')) continue;
    // Ordinary (1) and unmerged (u) entries end with the path after a fixed number of fields; a rename (2)
    // has one field more, and its original path follows as the next entry; ? and ! are the path alone.
    const fields = e[0] === '1' ? 8 : e[0] === '2' ? 9 : e[0] === 'u' ? 10 : 1;
    const path = e.split(' ').slice(fields).join(' ');
    if (e[0] === '2') i++;
    const notTracked = e[0] === '?' || e[0] === '!';
    for (const pre of byPrefix) {
      // A folder untracked or ignored whole is listed as the folder: every member inside it is not in git.
      if (notTracked && path.endsWith('/') && `${pre}kerjasama.yaml`.startsWith(path)) {
        changed.add(pre);
        untracked.add(pre);
        continue;
      }
      if (!path.startsWith(pre)) continue;
      changed.add(pre);
      if (notTracked && path === `${pre}kerjasama.yaml`) untracked.add(pre);
      break;
    }
  }
  return { ...(head !== undefined ? { head } : {}), changed, untracked };
}

/** When a commit was committed (seconds since the epoch); undefined when git cannot say. */
export function commitTimeOf(repo: GitRegister, commit: string): number | undefined {
  try {
    const seconds = Number(git(repo.top, ['show', '-s', '--no-show-signature', '--format=%ct', commit, '--']).toString('utf8').trim());
    return Number.isFinite(seconds) ? seconds : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens a member for reading. `dir`: federation.yaml's folder; `cacheHome`: the user's cache folder;
 * `pinned`: the commit federation.lock gives (aggregate build --locked), read instead of the ref or the
 * working tree; `tree`: a folder member's place in git as workingTrees() found it (else git is asked here).
 */
export function openMember(m: MemberSpec, dir: string, cacheHome: string | undefined, pinned?: string, tree?: WorkingTree): OpenedMember {
  if (m.kind === 'bundle') {
    // A bundle (kerjasama export bundle) checked whole by its reader: checksums, names, sizes; a BundleError says why not.
    const b = openBundle(resolve(dir, m.bundle), m.bundle);
    const { commit, commit_time: time, uncommitted_changes: dirty } = b.manifest.source;
    const day = typeof time === 'string' && /^\d{4}-\d{2}-\d{2}/.test(time) ? time.slice(0, 10) : undefined;
    return { source: b.source, ...(commit && /^[0-9a-f]{40,64}$/.test(commit) && !dirty ? { commit } : {}), ...(day ? { commitDay: day } : {}) };
  }
  if (m.kind === 'path') {
    const root = resolve(dir, m.path);
    if (!existsSync(join(root, 'kerjasama.yaml'))) throw new MemberError('path-missing', { code: m.code, path: m.path });
    if (tree && !pinned) {
      return { source: fsSource(root), workingTree: root, ...(tree.repo ? { repo: tree.repo } : {}), ...(tree.commit ? { commit: tree.commit } : {}), ...(tree.commitTime !== undefined ? { commitTime: tree.commitTime } : {}) };
    }
    let repo: GitRegister | undefined;
    // A folder outside any repository asks git nothing (hundreds of members: one process each cost seconds).
    if (mayBeInGit(root)) {
      try {
        repo = gitRegister(root);
      } catch {
        repo = undefined;
      }
    }
    if (repo && pinned) {
      const time = commitTimeOf(repo, pinned);
      return { source: snapshotSource(gitSource(repo, pinned, `${m.path}@${pinned.slice(0, 12)}`)).source, commit: pinned, repo, ...(time !== undefined ? { commitTime: time } : {}) };
    }
    if (repo) {
      // The working tree as it is, and the commit it is at when nothing under the register differs from it:
      // one `git status` answers both (its branch.oid line names the commit, "(initial)" before the first).
      try {
        // Paths in the status are from the repository's top: the register's are under its prefix.
        const text = git(repo.top, ['status', '--porcelain=v2', '-z', '--branch', '--ignored=matching', '--untracked-files=all', '--', `:(literal)${repo.prefix}kerjasama.yaml`, `:(literal)${repo.prefix}data`]).toString('utf8');
        const { head, changed, untracked } = statusOf(text, [repo.prefix]);
        // A kerjasama.yaml git does not track (untracked or ignored): the folder is not in git.
        if (untracked.size > 0) return { source: fsSource(root), workingTree: root };
        const dirty = changed.size > 0;
        const time = commitTimeOf(repo, 'HEAD');
        return { source: fsSource(root), workingTree: root, ...(!dirty && head && /^[0-9a-f]{40,64}$/.test(head) ? { commit: head } : {}), repo, ...(time !== undefined ? { commitTime: time } : {}) };
      } catch {
        return { source: fsSource(root), workingTree: root };
      }
    }
    return { source: fsSource(root), workingTree: root };
  }
  const prefix = safeFolder(m.folder);
  let top: string;
  if (isRemote(m.git)) {
    if (!cacheHome) throw new MemberError('git-not-fetched', { code: m.code, git: m.git });
    top = cacheCloneOf(cacheHome, m.git);
    if (!existsSync(top)) throw new MemberError('git-not-fetched', { code: m.code, git: m.git });
  } else {
    top = resolve(dir, m.git);
    if (!existsSync(top)) throw new MemberError('path-missing', { code: m.code, path: m.git });
  }
  const repo: GitRegister = { top, prefix };
  let commit: string;
  try {
    commit = pinned ?? resolveRevision(repo, m.ref);
    if (pinned) resolveRevision(repo, pinned);
  } catch {
    throw new MemberError(isRemote(m.git) ? 'git-not-fetched' : 'git-ref', { code: m.code, git: m.git, ref: pinned ?? m.ref });
  }
  const time = commitTimeOf(repo, commit);
  // Read whole now, before any member is loaded: git's processes are started while the process is small.
  return { source: snapshotSource(gitSource(repo, commit, `${m.code}@${commit.slice(0, 12)}`)).source, commit, repo, ...(time !== undefined ? { commitTime: time } : {}) };
}

/** `aggregate fetch`: brings a remote member's repository into its cache clone (the one step that reaches the network). */
export function fetchMember(m: MemberSpec, cacheHome: string): string | undefined {
  if (m.kind !== 'git' || !isRemote(m.git)) return undefined;
  const clone = cacheCloneOf(cacheHome, m.git);
  mkdirSync(join(clone, '..'), { recursive: true });
  fetchRepository(clone, m.git);
  return clone;
}

// ---- federation.lock -------------------------------------------------------------------------------------

export interface LockMember {
  readonly code: string;
  readonly source: string;
  /** The full commit read; null when the member is a folder outside git or with changes not committed. */
  readonly commit: string | null;
  readonly content_hash: string;
}

export interface Lock {
  readonly lock_version: number;
  readonly tool: string;
  readonly tool_version: string;
  readonly members: readonly LockMember[];
}

/** The lock as written: JSON, keys in a fixed order, members in federation.yaml's order, one newline at the end. */
export function lockText(lock: Lock): string {
  const members = lock.members.map((m) => ({ code: m.code, source: m.source, commit: m.commit, content_hash: m.content_hash }));
  return JSON.stringify({ lock_version: lock.lock_version, tool: lock.tool, tool_version: lock.tool_version, members }, null, 2) + '\n';
}

/** federation.lock read: the lock, or why it cannot be used (a key the CLI words). */
export function readLock(dir: string): { lock?: Lock; problem?: 'missing' | 'unreadable' | 'newer' } {
  const bytes = readBytes(join(dir, LOCK_FILE), LOCK_FILE);
  if (!(bytes instanceof Uint8Array)) return { problem: bytes.some((d) => d.params['reason'] === 'ENOENT') ? 'missing' : 'unreadable' };
  try {
    const v = JSON.parse(Buffer.from(bytes).toString('utf8')) as Lock;
    if (typeof v !== 'object' || v === null || !Array.isArray(v.members)) return { problem: 'unreadable' };
    if (typeof v.lock_version !== 'number' || v.lock_version > LOCK_VERSION) return { problem: 'newer' };
    const ok = v.members.every((m) => typeof m === 'object' && m !== null && typeof m.code === 'string' && (m.commit === null || (typeof m.commit === 'string' && /^[0-9a-f]{40,64}$/.test(m.commit))) && typeof m.content_hash === 'string');
    return ok ? { lock: v } : { problem: 'unreadable' };
  } catch {
    return { problem: 'unreadable' };
  }
}

