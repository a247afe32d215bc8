// Reading the register's history from git: a record's versions (its file's per-path log, following a
// rename at its creation), the register's changes over a range of first-parent commits, and each
// version's content read as the loader reads a record. Every question goes through the one git runner
// (git.ts); what the versions mean is worked out in report/history.ts.

import { CONFIG_FILE } from './config.js';
import { commitsById, filesContaining, logCommits, treeChanges, treeFiles, type CommitMeta, type GitRegister, type LoggedCommit, type RawChange } from './git.js';
import { readBlobsBounded } from './gitSource.js';
import { checkFile, configOf, kindOf } from './load.js';
import { KIND_DIRS, type Kind } from '../model/types.js';

/** A record file's content at one commit, as the loader reads it. */
export interface RecordState {
  /** The record's value: normalised when valid; as YAML read it when not; absent when it could not be read at all. */
  value?: Record<string, unknown>;
  /** Passes the schema and the id rules on its own (cross-record rules are not asked). */
  valid: boolean;
  /** How many problems of its own it has (errors). */
  problems: number;
}

/** One first-parent commit, as the history commands show it. Times are seconds since the epoch. */
export interface HistoryCommit {
  id: string;
  parents: string[];
  /** Who wrote the change: the commit's author or, for a merge, the author of the merged branch's last commit. */
  author: string;
  email: string;
  authorTime: number;
  committerTime: number;
  /** The commit's subject or, for a merge of a pull request, the pull request's title (the merge's body). */
  subject: string;
  /** The pull request (or merge request) it merged, when it names one. */
  pr: number | null;
  merge: boolean;
  /** For a merge: who merged it. */
  mergedBy?: string;
  mergedByEmail?: string;
  /** For a merge: when the merged branch's last commit was authored and committed (back-dating is judged there). */
  branchAuthorTime?: number;
  branchCommitterTime?: number;
}

/** What git says of a commit, before it is read as a history commit. */
export interface CommitInput {
  id: string; parents: string[]; author: string; email: string; authorTime: number; committer?: string; committerTime: number; subject: string; body: string;
}

/**
 * A commit as history shows it: the pull request it merged (GitHub's "Merge pull request #12 from …" and
 * squash "… (#12)", GitLab's "See merge request …!12", Bitbucket's "(pull request #12)"), its title, and
 * for a merge the author of the merged branch's last commit.
 */
export function historyCommit(c: CommitInput, branch?: { author: string; email: string; authorTime: number; committerTime: number }): HistoryCommit {
  const merge = c.parents.length > 1;
  const firstBodyLine = c.body.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  let pr: number | null = null;
  let subject = c.subject;
  const gh = /^Merge pull request #(\d+) from /.exec(c.subject);
  const squash = /\(#(\d+)\)\s*$/.exec(c.subject);
  const gitlab = /See merge request \S*!(\d+)/.exec(c.body);
  const bitbucket = /\(pull request #(\d+)\)/.exec(c.subject);
  if (gh) {
    pr = Number(gh[1]);
    if (firstBodyLine) subject = firstBodyLine;
  } else if (gitlab && merge) {
    pr = Number(gitlab[1]);
    if (/^Merge branch /.test(c.subject) && firstBodyLine && !/^See merge request/.test(firstBodyLine)) subject = firstBodyLine;
  } else if (squash) pr = Number(squash[1]);
  else if (bitbucket) pr = Number(bitbucket[1]);
  return {
    id: c.id, parents: c.parents,
    author: merge && branch ? branch.author : c.author,
    email: merge && branch ? branch.email : c.email,
    authorTime: c.authorTime, committerTime: c.committerTime, subject, pr, merge,
    ...(merge ? { mergedBy: c.author, mergedByEmail: c.email } : {}),
    ...(merge && branch ? { branchAuthorTime: branch.authorTime, branchCommitterTime: branch.committerTime } : {}),
  };
}

/** One register file a commit changed (against its first parent). Paths are the register's (data/…, kerjasama.yaml). */
export interface StepChange {
  kind: Kind | 'config';
  /** A added, M modified, D deleted, R renamed (git's detection, or the fields' where git found none). */
  status: 'A' | 'M' | 'D' | 'R';
  path: string;
  /** For R: the path before, and how the rename was recognised. */
  from?: string;
  how?: 'git' | 'fields';
  /** For R: how alike the two were, 0–1 (git's score, or the share of equal fields). */
  similarity?: number;
  before?: RecordState;
  after?: RecordState;
}

export interface HistoryStep { commit: HistoryCommit; changes: StepChange[] }

export const idOfPath = (path: string): string => (path.split('/').pop() ?? '').replace(/\.ya?ml$/i, '');

/** One step of one record's history: the commit and what it did to the record's file. */
export interface RecordStep { commit: HistoryCommit; change: StepChange }

/** A record on one side of a rename question (as report/diff.ts's RenameCandidate). */
export interface RenameCandidate { kind: Kind; id: string; file: string; value: Record<string, unknown> }

/**
 * How the diff machinery recognises renames (report/diff.ts recognisedRenames), given by the caller: pairs
 * of indexes into `added` and `removed`, with how alike the two are.
 */
export type RecogniseRenames = (removed: readonly RenameCandidate[], added: readonly RenameCandidate[]) => Array<{ added: number; removed: number; similarity: number }>;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A register file (relative to the register) of a path from the repository's top: a record or kerjasama.yaml. */
export function registerFile(repo: GitRegister, path: string): { rel: string; kind: Kind | 'config' } | undefined {
  if (!path.startsWith(repo.prefix)) return undefined;
  const rel = path.slice(repo.prefix.length);
  if (rel === CONFIG_FILE) return { rel, kind: 'config' };
  const parts = rel.split('/');
  if (parts[0] !== 'data' || parts.some((p) => p.startsWith('.')) || !/\.ya?ml$/i.test(rel)) return undefined;
  const kind = kindOf(rel).kind;
  return kind ? { rel, kind } : undefined;
}

/** A version's content as the loader reads a record (or kerjasama.yaml): its value, and whether it is valid on its own. */
export function stateOf(kind: Kind | 'config', rel: string, bytes: Buffer | 'too-large' | undefined): RecordState {
  if (bytes === undefined || bytes === 'too-large') return { valid: false, problems: 1 };
  if (kind === 'config') {
    const c = configOf(bytes);
    return { ...(isObj(c.parsed.value) ? { value: c.parsed.value } : {}), valid: c.configOk, problems: c.diagnostics.filter((d) => d.severity === 'error').length };
  }
  const r = checkFile(kind, rel, bytes);
  if (r.value !== undefined) return { value: r.value as Record<string, unknown>, valid: true, problems: 0 };
  const raw = r.parsed.value;
  return { ...(isObj(raw) ? { value: raw } : {}), valid: false, problems: Math.max(1, r.diagnostics.filter((d) => d.severity === 'error').length) };
}

/** Reads every version the changes name (one git process per batch) and gives each change its states. */
function fillStates(repo: GitRegister, pending: Array<{ change: StepChange; before?: string | null; after?: string | null; beforeRel?: string }>): void {
  const ids: string[] = [];
  for (const p of pending) {
    if (p.before) ids.push(p.before);
    if (p.after) ids.push(p.after);
  }
  const blobs = readBlobsBounded(repo, ids);
  const states = new Map<string, RecordState>();
  const state = (kind: Kind | 'config', rel: string, blob: string): RecordState => {
    const key = `${blob}\0${rel}`;
    let s = states.get(key);
    if (!s) states.set(key, (s = stateOf(kind, rel, blobs.get(blob))));
    return s;
  };
  for (const p of pending) {
    if (p.before) p.change.before = state(p.change.kind, p.beforeRel ?? p.change.from ?? p.change.path, p.before);
    if (p.after) p.change.after = state(p.change.kind, p.change.path, p.after);
  }
}

/** For merges: the merged branch's last commit (its author wrote the change); one git process for all. */
function historyCommits(repo: GitRegister, metas: readonly CommitMeta[]): Map<string, HistoryCommit> {
  const second = metas.filter((m) => m.parents.length > 1).map((m) => m.parents[1] as string);
  const branch = commitsById(repo, second);
  return new Map(metas.map((m) => {
    const b = m.parents.length > 1 ? branch.get(m.parents[1] as string) : undefined;
    return [m.id, historyCommit(m, b ? { author: b.author, email: b.email, authorTime: b.authorTime, committerTime: b.committerTime } : undefined)];
  }));
}

const STATUS: Record<string, StepChange['status']> = { A: 'A', M: 'M', D: 'D', T: 'M', R: 'R', C: 'A' };

/**
 * Where the record `id` is at `tip`: its file in each kind's folder (a partner and an agreement may share
 * an id). Looked up by its literal paths first; a record in a sub-folder of data/<kind>/ by listing data/.
 */
export function findRecordFiles(repo: GitRegister, tip: string, id: string): Array<{ kind: Kind; path: string }> {
  const kinds = Object.entries(KIND_DIRS) as Array<[Kind, string]>;
  const literal = kinds.flatMap(([, dir]) => ['.yaml', '.yml'].map((ext) => `${repo.prefix}${dir}/${id}${ext}`));
  let files = treeFiles(repo, tip, literal);
  if (files.length === 0) files = treeFiles(repo, tip, [`${repo.prefix}data`]).filter((f) => idOfPath(f.path) === id);
  const out: Array<{ kind: Kind; path: string }> = [];
  for (const f of files) {
    const r = registerFile(repo, f.path);
    if (r && r.kind !== 'config' && idOfPath(r.rel) === id && !out.some((o) => o.kind === r.kind)) out.push({ kind: r.kind, path: r.rel });
  }
  return out;
}

/** The ids of the records at `tip` (one tree listing of data/, no file read): what an id typed by hand may mean. */
export function recordIdsAt(repo: GitRegister, tip: string): string[] {
  const ids = new Set<string>();
  for (const f of treeFiles(repo, tip, [`${repo.prefix}data`])) {
    const r = registerFile(repo, f.path);
    if (r && r.kind !== 'config') ids.add(idOfPath(r.rel));
  }
  return [...ids].sort();
}

/**
 * A record no longer at `tip`: the files with its id that first-parent history removed, newest removal
 * first (one log of data/, without reading any file).
 */
export function findRemovedRecord(repo: GitRegister, tip: string, id: string): Array<{ kind: Kind; path: string; removedIn: string }> {
  const out: Array<{ kind: Kind; path: string; removedIn: string }> = [];
  for (const c of logCommits(repo, { tip, paths: [`${repo.prefix}data`] })) {
    for (const ch of c.changes) {
      if (ch.status !== 'D') continue;
      const r = registerFile(repo, ch.path);
      if (r && r.kind !== 'config' && idOfPath(r.rel) === id && !out.some((o) => o.kind === r.kind)) out.push({ kind: r.kind, path: r.rel, removedIn: c.commit.id });
    }
  }
  return out;
}

/** Most renames followed back from one record (a loop of renames, or a very long chain, stops there). */
const MAX_RENAMES = 100;

/**
 * One record's versions, oldest first: the first-parent commits of `tip` that changed its file (git log
 * of that one path, which git's changed-path filters answer without reading other commits), and, when
 * the oldest one created the file, whether that commit renamed another record of its kind into it (git's
 * rename detection, else the diff machinery's by equal fields); if so, that file's versions before it.
 */
export function recordSteps(repo: GitRegister, tip: string, start: { kind: Kind; path: string }, o: { follow: boolean; recognise: RecogniseRenames }): RecordStep[] {
  const segments: RecordStep[][] = [];
  const pending: Array<{ change: StepChange; before?: string | null; after?: string | null; beforeRel?: string }> = [];
  let path = start.path;
  let until = tip;
  const seen = new Set<string>();
  for (let hop = 0; hop <= MAX_RENAMES; hop++) {
    seen.add(`${path}\0${until}`);
    const logged = logCommits(repo, { tip: until, paths: [repo.prefix + path] }).reverse();
    if (logged.length === 0) break;
    const commits = historyCommits(repo, logged.map((l) => l.commit));
    const steps: RecordStep[] = [];
    for (const l of logged) {
      const raw = l.changes.find((c) => c.path === repo.prefix + path);
      if (!raw) continue;
      const change: StepChange = { kind: start.kind, status: STATUS[raw.status] ?? 'M', path };
      pending.push({ change, after: raw.newBlob });
      steps.push({ commit: commits.get(l.commit.id) as HistoryCommit, change });
    }
    segments.unshift(steps);
    const first = logged[0] as LoggedCommit;
    const firstStep = steps[0];
    if (!o.follow || !firstStep || firstStep.change.status !== 'A' || first.commit.parents.length === 0) break;
    const found = renamedInto(repo, first.commit, start.kind, path, o.recognise);
    if (!found) break;
    Object.assign(firstStep.change, { status: 'R', from: found.from, how: found.how, similarity: found.similarity });
    if (found.before) firstStep.change.before = found.before;
    else pending.push({ change: firstStep.change, before: found.blob, beforeRel: found.from });
    path = found.from;
    until = first.commit.parents[0] as string;
    if (seen.has(`${path}\0${until}`)) break;
  }
  fillStates(repo, pending);
  return segments.flat();
}

/** Whether `commit` made the record file `path` by renaming another of the same kind (register paths). */
function renamedInto(repo: GitRegister, commit: CommitMeta, kind: Kind, path: string, recognisedRenames: RecogniseRenames): { from: string; how: 'git' | 'fields'; similarity: number; blob: string | null; before?: RecordState } | undefined {
  const changes = treeChanges(repo, commit.parents[0] as string, commit.id, `${repo.prefix}${KIND_DIRS[kind]}/`);
  const inRegister = (c: RawChange, p: string): string | undefined => {
    const r = registerFile(repo, p);
    return r && r.kind === kind ? r.rel : undefined;
  };
  const git = changes.find((c) => c.status === 'R' && c.path === repo.prefix + path && c.from !== undefined && inRegister(c, c.from));
  if (git?.from) return { from: inRegister(git, git.from) as string, how: 'git', similarity: (git.score ?? 100) / 100, blob: git.oldBlob };
  // git paired nothing into it: the diff machinery's recognition, by equal fields, among the records removed.
  const added = changes.find((c) => c.status === 'A' && c.path === repo.prefix + path);
  const removed = changes.filter((c) => c.status === 'D' && inRegister(c, c.path));
  if (!added?.newBlob || removed.length === 0) return undefined;
  const blobs = readBlobsBounded(repo, [added.newBlob, ...removed.map((r) => r.oldBlob as string)]);
  const a = stateOf(kind, path, blobs.get(added.newBlob));
  const rs = removed.map((r) => ({ rel: inRegister(r, r.path) as string, blob: r.oldBlob, state: stateOf(kind, inRegister(r, r.path) as string, blobs.get(r.oldBlob as string)) }));
  const cands = rs.filter((r) => r.state.value);
  if (!a.value || cands.length === 0) return undefined;
  const pair = recognisedRenames(cands.map((r) => ({ kind, id: idOfPath(r.rel), file: r.rel, value: r.state.value as Record<string, unknown> })), [{ kind, id: idOfPath(path), file: path, value: a.value }])[0];
  if (!pair) return undefined;
  const r = cands[pair.removed] as (typeof cands)[number];
  return { from: r.rel, how: 'fields', similarity: pair.similarity, blob: r.blob, before: r.state };
}

export interface RangeQuery { tip: string; exclude?: string[]; since?: number; until?: number; limit?: number }

/**
 * The register's first-parent commits in a range (oldest first), each with the register files it changed
 * (git's rename detection on), and every version read. Commits that touch nothing of the register are
 * not there: a register in a sub-folder of a larger repository has only its own.
 */
export function registerSteps(repo: GitRegister, q: RangeQuery): HistoryStep[] {
  const logged = logCommits(repo, { ...q, paths: [repo.prefix + CONFIG_FILE, `${repo.prefix}data`], renames: true }).reverse();
  const commits = historyCommits(repo, logged.map((l) => l.commit));
  const pending: Array<{ change: StepChange; before?: string | null; after?: string | null; beforeRel?: string }> = [];
  const steps: HistoryStep[] = [];
  for (const l of logged) {
    const changes: StepChange[] = [];
    const add = (kind: Kind | 'config', status: StepChange['status'], path: string, before: string | null, after: string | null, extra: Partial<StepChange> = {}): void => {
      const change: StepChange = { kind, status, path, ...extra };
      changes.push(change);
      pending.push({ change, ...(before ? { before } : {}), ...(after ? { after } : {}) });
    };
    for (const raw of l.changes) {
      const to = registerFile(repo, raw.path);
      const from = raw.from !== undefined ? registerFile(repo, raw.from) : undefined;
      if (raw.status === 'R' && from && to && from.kind === to.kind) {
        add(to.kind, 'R', to.rel, raw.oldBlob, raw.newBlob, { from: from.rel, how: 'git', similarity: (raw.score ?? 100) / 100 });
        continue;
      }
      if (raw.status === 'R' || raw.status === 'C') {
        // Renamed across kinds, or into or out of the register: a removal and an addition (a copy: an addition).
        if (from && raw.status === 'R') add(from.kind, 'D', from.rel, raw.oldBlob, null);
        if (to) add(to.kind, 'A', to.rel, null, raw.newBlob);
        continue;
      }
      if (!to) continue;
      const status = STATUS[raw.status] ?? 'M';
      add(to.kind, status, to.rel, status === 'A' ? null : raw.oldBlob, status === 'D' ? null : raw.newBlob);
    }
    if (changes.length > 0) steps.push({ commit: commits.get(l.commit.id) as HistoryCommit, changes });
  }
  fillStates(repo, pending);
  return steps;
}

/** The last `n` first-parent commits of `tip` that touch the register, newest first, without their files. */
export function recentCommits(repo: GitRegister, tip: string, n: number): HistoryCommit[] {
  const logged = logCommits(repo, { tip, paths: [repo.prefix + CONFIG_FILE, `${repo.prefix}data`], limit: n, noChanges: true });
  return logged.map((l) => historyCommit(l.commit));
}

/**
 * Records at `tip` that may point at `id` (--with-related): agreements and activities whose text holds the
 * id (git grep of the tree, so no version is read that cannot match); report/history.ts decides which do.
 */
export function relatedFiles(repo: GitRegister, tip: string, id: string): Array<{ kind: Kind; path: string }> {
  const out: Array<{ kind: Kind; path: string }> = [];
  for (const p of filesContaining(repo, tip, id, [`${repo.prefix}${KIND_DIRS.agreement}`, `${repo.prefix}${KIND_DIRS.activity}`])) {
    const r = registerFile(repo, p);
    if (r && r.kind !== 'config' && idOfPath(r.rel) !== id) out.push({ kind: r.kind, path: r.rel });
  }
  return out;
}
