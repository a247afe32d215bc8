// kerjasama aggregate build | status | fetch: federation.yaml's members read (a folder through the loader,
// a git repository from its objects at a commit through the one git runner; no network but `fetch`),
// each validated and its records with errors left out (src/aggregate), written in the export's formats
// (src/export/aggregate.ts over exportTables, src/render/export), with federation.lock recording what
// was read. Only this module knows the clock, the environment and where files go.

import { existsSync, lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { aggregateOf, DEFAULT_STALE_AFTER, freshnessOf, type Aggregate, type Freshness, type MemberRead } from '../aggregate/aggregate.js';
import { conflicts, openConflicts } from '../aggregate/conflicts.js';
import { counterparts } from '../aggregate/counterparts.js';
import { identify, IDENTITY_FILE, readIdentity, type IdentityResult, type ReadIdentity } from '../aggregate/identity.js';
import { memberPath, type Member } from '../aggregate/members.js';
import { FEDERATION_TIME_ZONE } from '../aggregate/dataset.js';
import { codeHash, KeptBuild } from '../load/cache.js';
import { readBytes } from '../load/read.js';
import { createHash } from 'node:crypto';
import { aggregateTables } from '../export/aggregate.js';
import { FEDERATION_FILE, fetchMember, hashingSource, isRemote, LOCK_FILE, LOCK_VERSION, lockText, MemberError, openMember, readFederation, readLock, sourceOf, workingTrees, type Federation, type Lock, type LockMember } from '../load/federation.js';
import { BundleError } from '../load/bundle.js';
import { GitError } from '../load/git.js';
import { loadFrom } from '../load/load.js';
import { nearest } from '../load/similar.js';
import { decodeText } from '../load/parse.js';
import { day, humanDate, instantIn, iso, type Duration } from '../model/dates.js';
import { countOf, finalise } from '../model/diagnostics.js';
import type { Diagnostic, Lang } from '../model/types.js';
import { diagnosticsAsStylish } from '../render/diagnosticsStylish.js';
import { exportAsDataPackage } from '../render/export/datapackage.js';
import { exportAsSqlite } from '../render/export/sqlite.js';
import { reportAsJson } from '../render/reportJson.js';
import { reportAsTable } from '../render/reportTable.js';
import { aggregateStatusView } from '../view/aggregate.js';
import type { Provenance } from '../view/view.js';
import { cacheHome, cacheOption, chooseAsOf, chooseLang, chooseStyle, emit, replaceFile, sayWritten, type GlobalOptions } from './common.js';
import { refuseOut, writePackage } from './export.js';
import { chooseWidth, UsageError, type IO } from './io.js';
import { say, t, type MessageKey } from './messages.js';
import { formatNumber } from '../model/format.js';
import { VERSION } from './version.js';

export interface AggregateOptions extends GlobalOptions {
  federation?: string;
  format?: string;
  out?: string;
  output?: string;
  force?: boolean;
  locked?: boolean;
}

export const AGGREGATE_FORMATS = ['datapackage', 'sqlite'] as const;
export const STATUS_FORMATS = ['table', 'json'] as const;

/** The federation's folder: --federation, else this folder or the nearest above it holding federation.yaml. */
function federationDir(io: IO, opts: AggregateOptions): string {
  if (opts.federation !== undefined) {
    const dir = resolve(io.cwd, opts.federation);
    if (!existsSync(join(dir, FEDERATION_FILE))) throw new UsageError(say('federationNoFile', { dir, file: FEDERATION_FILE }));
    return dir;
  }
  let dir = resolve(io.cwd);
  for (;;) {
    if (existsSync(join(dir, FEDERATION_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new UsageError(say('federationNotFound', { file: FEDERATION_FILE, cwd: io.cwd }));
    dir = up;
  }
}

/** federation.yaml read, or its problems shown (file, line, column) and a usage error. */
function federationOrExplain(io: IO, opts: AggregateOptions, dir: string, lang: Lang): Federation {
  const r = readFederation(dir);
  if (r.federation) return r.federation;
  const style = chooseStyle(io, opts, 'stderr');
  // Without the summary line, which counts record files: the line below says what to do.
  io.stderr(diagnosticsAsStylish(r.diagnostics, { lang, style, source: (f) => (f === FEDERATION_FILE ? r.text : undefined), fileCount: 0, hiddenWarnings: 0, summary: false }));
  throw new UsageError(say('federationInvalid', { file: FEDERATION_FILE }));
}

const memberProblem = (e: unknown): never => {
  if (e instanceof MemberError) throw new UsageError(say(`member.${e.key}` as MessageKey, e.values));
  throw e;
};

export interface Read {
  readonly dir: string;
  readonly federation: Federation;
  readonly members: MemberRead[];
  readonly lock: Lock;
}

/**
 * Every member opened and loaded, or those `codes` names (a code that is no member's: a usage error naming
 * the closest, before any member is read); with `locked`, at the lock's commits and checked against its hashes.
 */
export function readMembers(io: IO, opts: AggregateOptions, lang: Lang, codes?: readonly string[]): Read {
  const dir = federationDir(io, opts);
  const federation = federationOrExplain(io, opts, dir, lang);
  for (const code of codes ?? []) {
    if (federation.members.some((m) => m.code === code)) continue;
    const closest = nearest(code, federation.members.map((m) => ({ value: m.code, labels: [m.code, m.name ?? ''] })));
    throw new UsageError(say('memberUnknown', { code, closest: closest.join(', ') }));
  }
  let locked: Lock | undefined;
  if (opts.locked) {
    const r = readLock(dir);
    if (!r.lock) throw new UsageError(say(`lock.${r.problem ?? 'unreadable'}` as MessageKey, { file: LOCK_FILE }));
    locked = r.lock;
  }
  const home = cacheHome(io);
  const members: MemberRead[] = [];
  const lockMembers: LockMember[] = [];
  // Every member opened before any is loaded: git is asked while the process is small (a child process
  // costs more the larger its parent), and once per repository for the folders in one.
  const chosen = codes ? federation.members.filter((m) => codes.includes(m.code)) : federation.members;
  const pins = new Map(chosen.map((m) => [m.code, locked?.members.find((l) => l.code === m.code)]));
  const trees = workingTrees(chosen.filter((m) => m.kind === 'path' && !pins.get(m.code)?.commit).map((m) => resolve(dir, (m as { path: string }).path)));
  const opening = chosen.map((m) => {
    const pin = pins.get(m.code);
    if (locked && !pin) throw new UsageError(say('member.lock-missing', { code: m.code, file: LOCK_FILE }));
    try {
      return { m, pin, opened: openMember(m, dir, home, pin?.commit ?? undefined, m.kind === 'path' ? trees.get(resolve(dir, m.path)) : undefined) };
    } catch (e) {
      if (e instanceof GitError) throw new UsageError((l) => t(l, 'member.git-failed', { code: m.code, git: e.text(l) }));
      if (e instanceof BundleError) throw new UsageError((l) => t(l, 'member.bundle-failed', { code: m.code, why: e.text(l) }));
      memberProblem(e);
      throw e;
    }
  });
  for (const { m, pin, opened } of opening) {
    const hashing = hashingSource(opened.source);
    // A working tree is read through the record cache, as `validate` reads it: an unchanged member is
    // answered by size and time, and the cache gives the content hash of each file it did not read.
    const known = new Map<string, string>();
    const cached = opened.workingTree !== undefined ? cacheOption(io, opts) : {};
    let loaded;
    try {
      loaded = loadFrom(hashing.source, { ...cached, ...(opened.workingTree !== undefined ? { cacheRoot: opened.workingTree, contentHashes: known } : {}) });
    } catch (e) {
      if (e instanceof GitError) throw new UsageError((l) => t(l, 'member.git-failed', { code: m.code, git: e.text(l) }));
      throw e;
    }
    const hash = hashing.hash(known);
    const own = loaded.config.ownerIds.kemendagri;
    if (own !== undefined && own !== m.code) io.stderr(`kerjasama: ${t(lang, 'memberCodeDiffers', { code: m.code, own })}\n`);
    if (pin && pin.content_hash !== hash) throw new UsageError(say('member.lock-changed', { code: m.code, file: LOCK_FILE, why: t(lang, 'lockWhy.content') }));
    // The day in the member's own time zone (instantIn: one formatter per zone, however many members).
    const lastCommitDay = opened.commitTime !== undefined ? instantIn(loaded.config.timezone, opened.commitTime).day : opened.commitDay ? day(opened.commitDay) : undefined;
    members.push({
      code: m.code,
      ...(m.name !== undefined ? { name: m.name } : {}),
      source: sourceOf(m),
      ...(opened.commit ? { commit: opened.commit } : {}),
      loaded,
      ...(lastCommitDay !== undefined ? { lastCommitDay } : {}),
    });
    lockMembers.push({ code: m.code, source: sourceOf(m), commit: opened.commit ?? null, content_hash: hash });
  }
  return { dir, federation, members, lock: { lock_version: LOCK_VERSION, tool: 'kerjasama', tool_version: VERSION, members: lockMembers } };
}

/** identity.yaml's text: none when there is no such file; its problems when it cannot be read. */
function identityText(dir: string): { text?: string; diagnostics: Diagnostic[] } {
  const abs = join(dir, IDENTITY_FILE);
  try {
    lstatSync(abs);
  } catch {
    return { diagnostics: [] };
  }
  const bytes = readBytes(abs, IDENTITY_FILE);
  if (!(bytes instanceof Uint8Array)) return { diagnostics: bytes };
  const decoded = decodeText(bytes, IDENTITY_FILE);
  return decoded.text === undefined ? { diagnostics: decoded.diagnostics } : { text: decoded.text, diagnostics: [] };
}

export interface Identified {
  name: string;
  members: readonly Member[];
  read: ReadIdentity;
  identity: IdentityResult;
  source: (file: string) => string | undefined;
  provenance: (report: string, considered: number) => Provenance;
  /** The day the aggregate is as of. */
  asOf: number;
  /** How many record files the members hold (the diagnostics' summary line). */
  fileCount: number;
}

/**
 * The members as the aggregate holds them: each with only the records its member tables and every report
 * hold (files with errors left out), so build, partners, conflicts and site speak of the same records.
 */
export function heldMembers(agg: Aggregate): Member[] {
  return agg.members.map((a) => ({ ...a.member, loaded: { ...a.member.loaded, dataset: a.dataset } }));
}

/**
 * The members, identity.yaml beside federation.yaml and the national partners, as aggregate build,
 * partners, conflicts and site all read them; identity.yaml with errors stops here (exit 2). `given`: the
 * members already read (build and site read them for the aggregate too), and the members held (heldMembers)
 * when the caller has them; else they are worked out here.
 */
export function identified(io: IO, opts: AggregateOptions, lang: Lang, given?: { read: Read; members?: readonly Member[]; evidence?: boolean }): Identified {
  const asOf = chooseAsOf(io, opts, FEDERATION_TIME_ZONE);
  const r = given?.read ?? readMembers(io, opts, lang);
  const file = identityText(r.dir);
  const read = file.diagnostics.length ? { decisions: readIdentity(undefined).decisions, diagnostics: file.diagnostics, locate: (d: Diagnostic) => d } : readIdentity(file.text);
  const members = given?.members ?? heldMembers(aggregateOf(r.federation, r.members, asOf));
  // A diagnostic's file: identity.yaml, or a member's file under its folder (memberPath).
  const source = (f: string): string | undefined => {
    if (f === IDENTITY_FILE) return read.text;
    for (const m of members) {
      const prefix = memberPath(m, '');
      if (f.startsWith(prefix)) return m.loaded.source(f.slice(prefix.length));
    }
    return undefined;
  };
  if (read.diagnostics.some((d) => d.severity === 'error')) {
    io.stderr(diagnosticsAsStylish(finalise(read.diagnostics), { lang, style: chooseStyle(io, opts, 'stderr'), source, fileCount: 1, hiddenWarnings: 0 }));
    throw new UsageError(say('identityInvalid', { file: IDENTITY_FILE }));
  }
  const identity = identify(members, read.decisions, read.locate, { evidence: given?.evidence !== false });
  const provenance = (report: string, considered: number): Provenance => ({ report, asOf: iso(asOf), register: r.federation.name, considered, unit: 'records', filters: [] });
  return { name: r.federation.name, members, read, identity, source, provenance, asOf, fileCount: members.reduce((n, m) => n + m.loaded.dataset.fileCount, 0) };
}

function staleLine(agg: { members: ReadonlyArray<{ member: { code: string }; freshness: Freshness }>; staleAfter: Duration }, lang: Lang): string | undefined {
  const stale = agg.members.filter((a) => a.freshness.stale === true);
  if (stale.length === 0) return undefined;
  return `kerjasama: ${t(lang, 'aggregateStale', { n: stale.length, after: `${agg.staleAfter.count}${agg.staleAfter.unit}`, codes: stale.map((a) => a.member.code).join(', ') })}\n`;
}

/** A file beside federation.yaml as bytes, or null when there is none (part of a build's key). */
function besideText(dir: string, name: string): string | null {
  const bytes = readBytes(join(dir, name), name);
  return bytes instanceof Uint8Array ? createHash('sha256').update(bytes).digest('hex') : null;
}

/**
 * The key of everything an aggregate's output is built from: the tool, federation.yaml and identity.yaml,
 * the lock (each member's source, commit and content hash), the as-of day, the format and the language.
 */
function buildKey(read: Read, asOf: number, format: string, lang: Lang): string {
  const inputs = { tool: VERSION, code: codeHash(), federation: besideText(read.dir, FEDERATION_FILE), identity: besideText(read.dir, IDENTITY_FILE), lock: lockText(read.lock), asOf: iso(asOf), format, lang };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

export async function aggregateBuildCommand(io: IO, opts: AggregateOptions): Promise<number> {
  const lang = chooseLang(io, opts);
  const format = opts.format ?? 'datapackage';
  if (!(AGGREGATE_FORMATS as readonly string[]).includes(format)) throw new UsageError(say('formatInvalid', { formats: AGGREGATE_FORMATS.join(', '), value: format }));
  if (opts.out === undefined || opts.out === '' || opts.out === '-') throw new UsageError(say('aggregateNeedsOut', { format }));
  const out = resolve(io.cwd, opts.out);
  // Refused before any member is read.
  refuseOut(out, opts.out, format === 'datapackage', opts.force, [FEDERATION_FILE]);
  const asOf = chooseAsOf(io, opts, FEDERATION_TIME_ZONE);
  const home = cacheOption(io, opts).cache;
  const kept = home ? KeptBuild.open(home, federationDir(io, opts), out) : undefined;
  // The members read and their tables built in a scope of their own: once the tables exist, the members'
  // records are let go before the tables are rendered (hundreds of members: hundreds of megabytes).
  const built = (() => {
    const read = readMembers(io, opts, lang);
    const key = buildKey(read, asOf, format, lang);
    const staleAfter = read.federation.staleAfter ?? DEFAULT_STALE_AFTER;
    const common = { dir: read.dir, lock: read.lock, key, members: read.members.length };
    // Built from the same inputs, and the output still holds exactly what was written: up to date, as make says.
    const same = kept?.unchanged(key, (name) => (name === '' ? out : join(out, name)));
    if (same) {
      const members = read.members.map((member) => ({ member, freshness: freshnessOf(member.lastCommitDay, asOf, staleAfter) }));
      return { ...common, x: undefined, stale: staleLine({ members, staleAfter }, lang), nationalLine: same.said, shown: '', errors: 0 };
    }
    const agg = aggregateOf(read.federation, read.members, asOf);
    // The national picture over the records the member tables hold whole (files with errors left out), with
    // identity.yaml read as aggregate partners reads it: with errors, nothing is written (exit 2).
    const held = heldMembers(agg);
    // Only who is in which candidate is written (the evidence is aggregate partners --unresolved's).
    const idf = identified(io, opts, lang, { read, members: held, evidence: false });
    const agreements = counterparts(held, idf.identity);
    const found = conflicts(held, idf.identity, agreements, idf.read.decisions.acknowledged, idf.read.locate);
    const decisionLine = (pointer: string): number | undefined => idf.read.locate({ code: 'identity-decision', severity: 'warning', file: IDENTITY_FILE, pointer, params: {} }).line;
    const national = { members: held, identity: idf.identity, agreements, conflicts: found.conflicts, decisionLine };
    const tables = aggregateTables(agg, { version: VERSION, hashes: new Map(read.lock.members.map((m) => [m.code, m.content_hash])), national });
    const open = openConflicts(found.conflicts).length;
    const nationalLine = `kerjasama: ${t(lang, 'aggregateNational', { partners: idf.identity.partners.length, agreements: agreements.length, conflicts: found.conflicts.length, open, candidates: idf.identity.candidates.length })}\n`;
    // Decisions or acknowledgements that name nothing: said (after the output is written) as aggregate partners and conflicts say them, exit 1.
    const diagnostics = finalise([...idf.identity.diagnostics, ...found.diagnostics]);
    const shown = diagnostics.length ? diagnosticsAsStylish(diagnostics, { lang, style: chooseStyle(io, opts, 'stderr'), source: idf.source, fileCount: idf.fileCount, hiddenWarnings: 0 }) : '';
    return { ...common, x: tables, stale: staleLine(agg, lang), nationalLine, shown, errors: countOf(diagnostics).errors };
  })();
  const { x, dir, members, stale, nationalLine, shown, errors } = built;
  const lockFile = join(dir, LOCK_FILE);
  const lockNow = lockText(built.lock);
  // The lock is written when it says something new (or is missing); never with --locked.
  const lockBytes = readBytes(lockFile, LOCK_FILE);
  const lockSame = lockBytes instanceof Uint8Array && Buffer.from(lockBytes).toString('utf8') === lockNow;
  if (!opts.locked && !lockSame) replaceFile(lockFile, lockNow, LOCK_FILE);
  const lock = t(lang, opts.locked ? 'aggregateLockKept' : lockSame ? 'aggregateLockSame' : 'aggregateLockWritten', { file: LOCK_FILE });
  if (x === undefined) {
    io.stderr(`kerjasama: ${t(lang, 'aggregateUpToDate', { members, out: opts.out, asOf: humanDate(asOf, lang), lock })}\n`);
    io.stderr(nationalLine);
    if (stale) io.stderr(stale);
    return 0;
  }
  let written: Array<{ name: string; bytes: Uint8Array | string }>;
  if (format === 'sqlite') {
    const bytes = Buffer.from(await exportAsSqlite(x, lang));
    replaceFile(out, bytes, opts.out);
    written = [{ name: '', bytes }];
  } else {
    const files = exportAsDataPackage(x, lang, undefined);
    writePackage(out, opts.out, files);
    written = [...files].map(([name, text]) => ({ name, bytes: text }));
  }
  // An output built with diagnostics on identity.yaml is not kept: the next build says them again.
  if (!shown) kept?.keep(built.key, written, nationalLine);
  const rows = x.tables.reduce((n, tb) => n + tb.rows.length, 0);
  io.stderr(`kerjasama: ${t(lang, 'aggregateWritten', { members, out: opts.out, format, tables: x.tables.length, rows: formatNumber(rows, lang), asOf: humanDate(asOf, lang), lock })}\n`);
  io.stderr(nationalLine);
  if (stale) io.stderr(stale);
  if (shown) io.stderr(shown);
  return errors > 0 ? 1 : 0;
}

export function aggregateStatusCommand(io: IO, opts: AggregateOptions): number {
  const lang = chooseLang(io, opts);
  const format = opts.format ?? 'table';
  if (!(STATUS_FORMATS as readonly string[]).includes(format)) throw new UsageError(say('formatInvalid', { formats: STATUS_FORMATS.join(', '), value: format }));
  const asOf = chooseAsOf(io, opts, FEDERATION_TIME_ZONE);
  const read = readMembers(io, opts, lang);
  const agg = aggregateOf(read.federation, read.members, asOf);
  // not prose: the command's name, as every report's provenance names its command
  const provenance: Provenance = { report: 'aggregate status', asOf: iso(asOf), register: agg.name, considered: agg.members.length, unit: 'members', filters: [] };
  let text: string;
  if (format === 'json') {
    text = reportAsJson(provenance, {
      stale_after: `${agg.staleAfter.count}${agg.staleAfter.unit}`,
      members: agg.members.map((a, i) => ({
        code: a.member.code,
        name: a.member.name ?? a.member.loaded.config.name,
        source: a.member.source,
        commit: a.member.commit ?? null,
        content_hash: read.lock.members[i]?.content_hash ?? null,
        last_commit: a.member.lastCommitDay === undefined ? null : iso(a.member.lastCommitDay),
        age_days: a.freshness.ageDays,
        stale: a.freshness.stale,
        errors: a.errors,
        warnings: a.warnings,
        left_out: a.leftOut,
        partners: a.counts.partners,
        agreements: a.counts.agreements,
        activities: a.counts.activities,
      })),
    });
  } else {
    const width = chooseWidth(io, opts.output);
    text = reportAsTable(aggregateStatusView(agg, provenance, lang), lang, opts.output ? chooseStyle(io, { color: false }) : chooseStyle(io, opts), width !== undefined ? { width } : {});
  }
  emit(io, text, opts.output, opts.force);
  sayWritten(io, opts.output, provenance.report, format, lang, asOf);
  return 0;
}

export function aggregateFetchCommand(io: IO, opts: AggregateOptions): number {
  const lang = chooseLang(io, opts);
  const dir = federationDir(io, opts);
  const federation = federationOrExplain(io, opts, dir, lang);
  const remote = federation.members.filter((m) => m.kind === 'git' && isRemote(m.git));
  if (remote.length === 0) {
    io.stderr(`kerjasama: ${t(lang, 'aggregateFetchNothing')}\n`);
    return 0;
  }
  const home = cacheHome(io);
  if (!home) throw new UsageError(say('aggregateNoCache'));
  for (const m of remote) {
    try {
      fetchMember(m, home);
    } catch (e) {
      if (e instanceof GitError) throw new UsageError((l) => t(l, 'member.git-failed', { code: m.code, git: e.text(l) }));
      throw e;
    }
    if (m.kind === 'git') io.stderr(`kerjasama: ${t(lang, 'aggregateFetched', { code: m.code, git: m.git })}\n`);
  }
  return 0;
}
