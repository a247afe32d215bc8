// The one way commands change the register's files (set, unset, renew, succeed, terminate,
// record-activity, migrate): the files as they would be are read into a second, in-memory register and
// checked whole; the change is shown in the words of `kerjasama diff` (records, fields, consequences,
// problems fixed), each file's lines as a unified diff, and the problems it would bring with their lines.
// It is written only when it leaves no error in a file it writes and brings no new error anywhere, and
// only when asked (--yes, or yes on a terminal): every file at once, all or nothing (commitChanges).

import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runChecks } from '../check/index.js';
import { CONFIG_FILE } from '../load/config.js';
import { configData, fsSource, kindOf, listRecordFiles, loadFrom, type FoundFile, type Loaded, type RegisterSource } from '../load/load.js';
import { readBytes } from '../load/read.js';
import { idsLike } from '../load/similar.js';
import { finalise } from '../model/diagnostics.js';
import { KINDS, KIND_DIRS, type AnyRecord, type Diagnostic, type Kind, type Lang } from '../model/types.js';
import { changeAsText } from '../render/diff.js';
import { recordNames } from '../view/records.js';
import { diagnosticsAsStylish } from '../render/diagnosticsStylish.js';
import { unifiedDiff } from '../render/textDiff.js';
import { diffReport, type DiffSide } from '../report/diff.js';
import { cacheOption, chooseStyle, commitChanges, loadOrExplain, recoverWrites, resolveRoot, type FileChange, type GlobalOptions } from './common.js';
import { UsageError, widthOption, type IO } from './io.js';
import { kindName, say, t } from './messages.js';
import { knownRecords } from './records.js';

export interface ChangeOptions extends GlobalOptions {
  dryRun?: boolean;
  yes?: boolean;
}

export interface ChangeContext {
  readonly loaded: Loaded;
  readonly lang: Lang;
  readonly asOf: number;
  readonly root: string;
  /** A path from the register root as messages show it (from the current folder). */
  readonly shown: (rel: string) => string;
}

/**
 * The register, ready to be changed: an earlier change that was interrupted is taken back first (not on
 * a dry run, which only says so), then the register is read.
 */
export function openForChange(io: IO, opts: ChangeOptions, o: { quietUpgrade?: boolean } = {}): ChangeContext {
  const root = resolveRoot(io, opts);
  const shown = (rel: string): string => relative(io.cwd, join(root, ...rel.split('/'))) || rel;
  const pending = txFolders(root);
  if (pending.length && opts.dryRun) {
    io.stderr(`kerjasama: ${t(chooseLangEarly(io, opts), 'change.pendingTx', { folder: pending.join(', ') })}\n`);
  } else if (pending.length) {
    for (const r of recoverWrites(root)) {
      const lang = chooseLangEarly(io, opts);
      const files = [...r.restored, ...r.removed].map(shown);
      if (files.length) io.stderr(`kerjasama: ${t(lang, 'tx.recovered', { folder: r.folder, files: files.join(', ') })}\n`);
      if (r.kept.length) io.stderr(`kerjasama: ${t(lang, 'tx.keptByHand', { folder: r.folder, files: r.kept.map(shown).join(', ') })}\n`);
    }
  }
  const { loaded, lang, asOf } = loadOrExplain(io, opts, undefined, o);
  return { loaded, lang, asOf, root, shown };
}

function txFolders(root: string): string[] {
  try {
    return readdirSync(root).filter((n) => n.startsWith('.kerjasama-tx-'));
  } catch {
    return [];
  }
}

/** The language before the register is read (for a message about the register's files themselves). */
function chooseLangEarly(io: IO, opts: GlobalOptions): Lang {
  return opts.lang === 'id' || opts.lang === 'en' ? opts.lang : /^id([_.-]|$)/i.test(io.env['LC_ALL'] || io.env['LC_MESSAGES'] || io.env['LANG'] || '') ? 'id' : 'en';
}

/** A record file as it is on disk, whatever its state: the path, its exact text, and its record when valid. */
export interface RecordFile {
  readonly kind: Kind;
  readonly id: string;
  readonly rel: string;
  /** The file's text exactly as it is (a byte-order mark included). */
  readonly text: string;
  /** The record, when the file is valid (in the dataset). */
  readonly record?: AnyRecord;
}

/**
 * The record with this id (of `kind` when given): valid or not, it is found by its file. An id no record
 * has is a usage error naming the closest ones; one several kinds share needs --kind.
 */
export function findRecord(ctx: ChangeContext, id: string, kind?: Kind, allowed: readonly Kind[] = KINDS): RecordFile {
  const d = ctx.loaded.dataset;
  const files = listRecordFiles(ctx.root).filter((f): f is FoundFile & { kind: Kind } => f.kind !== undefined && !f.problem);
  const base = (rel: string): string => (rel.split('/').pop() ?? '').replace(/\.ya?ml$/i, '');
  const hits = files.filter((f) => base(f.rel) === id && allowed.includes(f.kind) && (kind === undefined || f.kind === kind));
  if (hits.length === 0) {
    const ids = new Set(files.filter((f) => allowed.includes(f.kind) && (kind === undefined || f.kind === kind)).map((f) => base(f.rel)));
    // Every file's id (a record with errors too), with the names of those that were read.
    const named = knownRecords(d).filter((k) => ids.has(k.value));
    const read = new Set(named.map((k) => k.value));
    const known = [...named, ...[...ids].filter((i) => !read.has(i)).map((value) => ({ value, labels: [] }))];
    const like = idsLike(id, known);
    throw new UsageError((l) => t(l, 'change.unknownId', { id, kinds: orList((kind ? [kind] : allowed).map((k) => kindName(k, l)), l), like: like.length ? t(l, 'change.didYouMean', { like: orList(like, l) }) : '' }));
  }
  const kinds = [...new Set(hits.map((h) => h.kind))];
  if (kinds.length > 1) throw new UsageError(say('change.ambiguousId', { id, kinds: kinds.join(', ') }));
  if (hits.length > 1) throw new UsageError(say('change.duplicateId', { id, files: hits.map((h) => ctx.shown(h.rel)).join(', ') }));
  const f = hits[0] as FoundFile & { kind: Kind };
  const bytes = readBytes(join(ctx.root, ...f.rel.split('/')), f.rel);
  let text: string | undefined;
  try {
    text = bytes instanceof Uint8Array ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) : undefined;
  } catch {
    text = undefined;
  }
  if (text === undefined) throw new UsageError(say('change.unreadable', { path: ctx.shown(f.rel) }));
  const maps: Record<Kind, ReadonlyMap<string, AnyRecord>> = { partner: d.partners, agreement: d.agreements, activity: d.activities };
  const record = maps[f.kind].get(id);
  return { kind: f.kind, id, rel: f.rel, text, ...(record && record.file === f.rel ? { record } : {}) };
}

/** a, b or c; a atau b */
function orList(items: readonly string[], lang: Lang): string {
  const or = lang === 'id' ? ' atau ' : ' or ';
  return items.length > 2 ? `${items.slice(0, -1).join(', ')}${or}${items.at(-1) as string}` : items.join(or);
}

/** A new record's path: data/<kind folder>/<id>.yaml. */
export function newRecordPath(kind: Kind, id: string): string {
  return `${KIND_DIRS[kind]}/${id}.yaml`;
}

/** The register as it would be with the changed files: the working tree with these texts in their place. */
export function overlaySource(base: RegisterSource, changes: readonly FileChange[]): RegisterSource {
  const byRel = new Map(changes.map((c) => [c.rel, c.text]));
  const enc = new TextEncoder();
  return {
    root: base.root,
    readConfig: () => (byRel.has(CONFIG_FILE) ? enc.encode(byRel.get(CONFIG_FILE)) : base.readConfig()),
    list: () => {
      const listed: FoundFile[] = base.list().map((f) => (byRel.has(f.rel) ? { rel: f.rel, ...kindOf(f.rel) } : f));
      const known = new Set(listed.map((f) => f.rel));
      for (const rel of byRel.keys()) if (rel !== CONFIG_FILE && !known.has(rel)) listed.push({ rel, ...kindOf(rel) });
      return listed.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    },
    read: (f) => (byRel.has(f.rel) ? enc.encode(byRel.get(f.rel)) : base.read(f)),
  };
}

function side(loaded: Loaded, label: string, asOf: number): DiffSide {
  const config = configData(loaded);
  return { label, dataset: loaded.dataset, diagnostics: finalise([...loaded.diagnostics, ...loaded.locateAll(runChecks(loaded.dataset, asOf))]), source: loaded.source, ...(config ? { config } : {}) };
}

/** What a change would do, checked: the register after it, and whether it may be written. */
export interface Checked {
  readonly after: Loaded;
  /** The problems to show: new ones anywhere, and every error left in a file written. */
  readonly shown: Diagnostic[];
  /** Errors that stop the change. */
  readonly errors: number;
  readonly text: string;
}

/** The change checked against the whole register and described, without writing anything. */
export function checkChange(io: IO, opts: ChangeOptions, ctx: ChangeContext, changes: readonly FileChange[], o: { onlyNew?: boolean } = {}): Checked {
  // Through the record cache, as the register itself was read: only the files changed are read again.
  const cached = cacheOption(io, opts);
  const after = loadFrom(overlaySource(fsSource(ctx.root), changes), cached.cache ? { cache: cached.cache, cacheRoot: ctx.root } : {});
  const base = side(ctx.loaded, 'register', ctx.asOf);
  const head = side(after, 'change', ctx.asOf);
  const report = diffReport(base, head, ctx.asOf, { inactivityWindow: ctx.loaded.config.inactivityWindow });
  const written = new Set(changes.map((c) => c.rel));
  const introduced = new Set(report.validation.introduced);
  const shown = finalise(head.diagnostics.filter((d) => introduced.has(d) || (!o.onlyNew && d.severity === 'error' && written.has(d.file))));
  const style = chooseStyle(io, opts);
  const diffs = changes.map((c) => unifiedDiff(c.rel, c.before, c.text, style)).filter(Boolean).join('\n');
  const summary = changeAsText(report, ctx.lang, style, { extraSectors: after.config.extraSectors, name: recordNames(after.dataset, ctx.loaded.dataset) });
  const text = [summary, diffs].filter(Boolean).join('\n');
  return { after, shown, errors: shown.filter((d) => d.severity === 'error').length, text };
}

/**
 * Shows the change and its problems, then writes it when it may be and is asked to (`onlyNew`: only new
 * errors stop it, not those a file written already had: migrate). Exit code: 0 written
 * (or declined, or a dry run of a good change), 1 the change would leave errors, 2 not asked (no
 * terminal and no --yes).
 */
export async function applyChanges(io: IO, opts: ChangeOptions, ctx: ChangeContext, changes: readonly FileChange[], notes: readonly string[] = [], o: { onlyNew?: boolean } = {}): Promise<number> {
  const real = changes.filter((c) => c.before !== c.text);
  const lang = ctx.lang;
  if (real.length === 0) {
    io.stderr(`kerjasama: ${t(lang, 'change.nothing')}\n`);
    return 0;
  }
  const checked = checkChange(io, opts, ctx, real, o);
  io.stdout(checked.text);
  if (checked.shown.length) {
    io.stderr(diagnosticsAsStylish(checked.shown, { lang, style: chooseStyle(io, opts, 'stderr'), source: (f) => checked.after.source(f), fileCount: checked.after.dataset.fileCount, ...widthOption(io) }));
  }
  for (const n of notes) io.stderr(`kerjasama: ${n}\n`);
  if (checked.errors) {
    io.stderr(`kerjasama: ${t(lang, 'change.blocked')}\n`);
    return 1;
  }
  if (opts.dryRun) {
    io.stderr(`kerjasama: ${t(lang, 'change.dryRun')}\n`);
    return 0;
  }
  if (!opts.yes) {
    if (!io.prompt) {
      io.stderr(`kerjasama: ${t(lang, 'change.noTerminal')}\n`);
      return 2;
    }
    const answer = await io.prompt(t(lang, 'change.ask', { n: real.length }));
    if (!/^(y|yes|ya)$/i.test(answer.trim())) {
      io.stderr(`kerjasama: ${t(lang, 'change.declined')}\n`);
      return 0;
    }
  }
  const interrupted = await commitChanges(ctx.root, real, ctx.shown, io.onInterrupt ? { onInterrupt: io.onInterrupt } : {});
  io.stderr(`kerjasama: ${t(lang, 'change.wrote', { files: real.map((c) => ctx.shown(c.rel)).join(', ') })}\n`);
  if (interrupted) io.stderr(`kerjasama: ${t(lang, 'change.interrupted')}\n`);
  return 0;
}
