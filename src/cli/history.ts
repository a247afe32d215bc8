// kerjasama log <id>, blame <id>, audit and maintenance: the register's history, read from git (never
// fetched, never checked out) → events, blame lines or audit rows (report/history.ts) → view → render.

import { GitError, hasCommitGraph, logCommits, resolveRevision, writeCommitGraph, type GitRegister } from '../load/git.js';
import { fsSource, loadFrom, onlyRecords } from '../load/load.js';
import { findRecordFiles, findRemovedRecord, recentCommits, recordIdsAt, recordSteps, registerSteps, relatedFiles } from '../load/history.js';
import { dayEndIn, dayStartIn, iso, parseDate } from '../model/dates.js';
import { ID_PATTERN } from '../model/ids.js';
import type { Config, Kind, Lang } from '../model/types.js';
import { reportAsCsv } from '../render/reportCsv.js';
import { reportAsJson } from '../render/reportJson.js';
import { reportAsMarkdown } from '../render/reportMarkdown.js';
import { reportAsTable } from '../render/reportTable.js';
import type { ConsideredUnit, Provenance, ReportView } from '../view/view.js';
import { recognisedRenames } from '../report/diff.js';
import { auditRows, blame, byCommitTime, normallyMerges, recordEvents, relatedEvents, type HistoryEvent, type RecordStep } from '../report/history.js';
import { recordNames } from '../view/records.js';
import { auditJson, auditView, blameJson, blameView, eventJson, logView, type HistoryViewOptions } from '../view/history.js';
import { chooseAsOf, chooseLang, chooseStyle, emit, gitStep, sayWritten, historyRepo, registerConfig, registerRepo, resolveRoot, type GlobalOptions } from './common.js';
import { chooseWidth, UsageError, type IO } from './io.js';
import { say, t } from './messages.js';
import { pushAll } from '../model/lists.js';
import { idsLike } from '../load/similar.js';
import { listWords } from '../model/words.js';

export const HISTORY_FORMATS = ['text', 'markdown', 'json', 'csv'] as const;

export interface HistoryOptions extends GlobalOptions {
  format?: string;
  output?: string;
  force?: boolean;
  /** The newest commit of the history (default HEAD). */
  at?: string;
  since?: string;
  until?: string;
  /** log: only events about this field (and the record's creation, renaming, removal and restoring). */
  field?: string;
  /** log: false with --no-follow (renames not followed). */
  follow?: boolean;
  withRelated?: boolean;
  showEmail?: boolean;
}

interface HistoryContext {
  root: string;
  repo: GitRegister;
  /** The newest commit read (full id). */
  tip: string;
  config: Config;
  lang: Lang;
  asOf: number;
  asOfText: string;
  /** The command's name (log, blame, audit), as the line a file written says it. */
  command: string;
  started: number;
}

/** A command as typed (`kerjasama log`), for the message outside git. */
const commandLine = (name: string): string => `kerjasama ${name}`;

/** `command` is the command's name (log, blame, audit). */
function context(io: IO, opts: HistoryOptions, command: string): HistoryContext {
  const format = opts.format ?? 'text';
  if (!(HISTORY_FORMATS as readonly string[]).includes(format)) throw new UsageError(say('formatInvalid', { formats: HISTORY_FORMATS.join(', '), value: format }));
  const root = resolveRoot(io, opts);
  const config = registerConfig(io, opts, root);
  const lang = chooseLang(io, opts, config.language);
  const asOf = chooseAsOf(io, opts, config.timezone);
  const asOfText = iso(asOf);
  const started = io.now().getTime();
  const repo = historyRepo(root, commandLine(command));
  const tip = gitStep(() => resolveRevision(repo, opts.at ?? 'HEAD'));
  return { root, repo, tip, config, lang, asOf, asOfText, command, started };
}



/** A --since or --until: a day (its start or end in the register's time zone) or a revision. */
type Bound = { time: number; text: string } | { rev: string; text: string };

function bound(ctx: HistoryContext, option: '--since' | '--until', value: string | undefined): Bound | undefined {
  if (value === undefined) return undefined;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDate(value) : undefined;
  if (d?.precision === 'day') {
    return { time: option === '--since' ? dayStartIn(ctx.config.timezone, d.first) : dayEndIn(ctx.config.timezone, d.first), text: `${option} ${value}` };
  }
  try {
    return { rev: resolveRevision(ctx.repo, value), text: `${option} ${value}` };
  } catch (err) {
    if (err instanceof GitError) throw new UsageError((lang) => t(lang, 'historyBound', { option, value, message: err.text(lang) }));
    throw err;
  }
}

function provenance(ctx: HistoryContext, report: string, considered: number, unit: ConsideredUnit, filters: string[]): Provenance {
  return { report, asOf: ctx.asOfText, register: ctx.config.name, commit: ctx.tip.slice(0, 12), considered, unit, filters };
}

function viewOptions(ctx: HistoryContext, opts: HistoryOptions): HistoryViewOptions {
  return { timeZone: ctx.config.timezone, showEmail: Boolean(opts.showEmail), raw: opts.format === 'csv', extraSectors: ctx.config.extraSectors };
}

function render(io: IO, opts: HistoryOptions, ctx: HistoryContext, view: ReportView, json: () => unknown): void {
  const format = opts.format ?? 'text';
  const text =
    format === 'json' ? reportAsJson(view.provenance, json())
    : format === 'csv' ? reportAsCsv(view, ctx.lang)
    : format === 'markdown' ? reportAsMarkdown(view, ctx.lang)
    : reportAsTable(view, ctx.lang, opts.output ? chooseStyle(io, { color: false }) : chooseStyle(io, opts), { width: chooseWidth(io, opts.output) });
  emit(io, text, opts.output, opts.force);
  sayWritten(io, opts.output, ctx.command, format, ctx.lang, ctx.asOf);
  // A slow history on a repository without a commit-graph: say what makes it fast.
  const seconds = (io.now().getTime() - ctx.started) / 1000;
  if (seconds > 2 && !hasCommitGraph(ctx.repo)) io.stderr(`kerjasama: ${t(ctx.lang, 'historySlow', { seconds: seconds.toFixed(1) })}\n`);
}

/**
 * An id no record has had: a usage error (exit 2, as show's and set's), with the closest ids of the
 * records at the tip.
 */
function unknownId(ctx: HistoryContext, id: string): UsageError {
  const like = idsLike(id, gitStep(() => recordIdsAt(ctx.repo, ctx.tip)).map((value) => ({ value, labels: [] })));
  return new UsageError((l) => t(l, 'historyUnknownId', { id, tip: ctx.tip.slice(0, 12), like: like.length ? t(l, 'change.didYouMean', { like: listWords(like, l, true) }) : '' }));
}

function checkId(id: string): void {
  if (!ID_PATTERN.test(id)) throw new UsageError(say('historyIdInvalid', { id }));
}

/** Keeps the events inside --since and --until: by committer date for a day, by first-parent ancestry for a revision. */
function inRange(ctx: HistoryContext, events: HistoryEvent[], since: Bound | undefined, until: Bound | undefined, paths: string[]): HistoryEvent[] {
  let out = events;
  if (since && 'time' in since) out = out.filter((e) => e.commit.committerTime >= since.time);
  if (until && 'time' in until) out = out.filter((e) => e.commit.committerTime <= until.time);
  if ((since && 'rev' in since) || (until && 'rev' in until)) {
    const tip = until && 'rev' in until ? until.rev : ctx.tip;
    const exclude = since && 'rev' in since ? [since.rev] : [];
    const allowed = new Set(logCommits(ctx.repo, { tip, exclude, paths: [...new Set(paths)].map((p) => ctx.repo.prefix + p), noChanges: true }).map((c) => c.commit.id));
    out = out.filter((e) => allowed.has(e.commit.id));
  }
  return out;
}

const fieldMatches = (e: HistoryEvent, field: string): boolean =>
  ['created', 'renamed', 'removed', 'restored'].includes(e.type) ||
  (e.field !== undefined && (e.field === field || e.field.startsWith(field + '.') || e.field.startsWith(field + '[')));

/**
 * The names of the records the values name (log's events, blame's and audit's values), as show and diff
 * name them (recordNames), from the register in the working tree; only the files of the ids the values
 * mention are read. An id it does not know stays an id.
 */
function namesOf(ctx: HistoryContext, values: readonly unknown[]): (kind: Kind, id: string) => string | undefined {
  const ids = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === 'string') { if (ID_PATTERN.test(v)) ids.add(v); }
    else if (Array.isArray(v)) v.forEach(add);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(add);
  };
  values.forEach(add);
  if (ids.size === 0) return () => undefined;
  return recordNames(loadFrom(onlyRecords(fsSource(ctx.root, false), ids)).dataset);
}

/** kerjasama log <id>: the record's life, oldest first, as domain events. */
export function logCommand(io: IO, id: string, opts: HistoryOptions): number {
  checkId(id);
  const ctx = context(io, opts, 'log');
  const since = bound(ctx, '--since', opts.since);
  const until = bound(ctx, '--until', opts.until);
  const follow = opts.follow !== false;
  const found = gitStep(() => {
    const here = findRecordFiles(ctx.repo, ctx.tip, id);
    return here.length > 0 ? here : findRemovedRecord(ctx.repo, ctx.tip, id);
  });
  if (found.length === 0) throw unknownId(ctx, id);
  let events: HistoryEvent[] = [];
  const paths: string[] = [];
  const stepsOf = (kind: Kind, path: string, f: boolean): RecordStep[] => {
    const steps = gitStep(() => recordSteps(ctx.repo, ctx.tip, { kind, path }, { follow: f, recognise: recognisedRenames }));
    for (const s of steps) {
      paths.push(s.change.path);
      if (s.change.from) paths.push(s.change.from);
    }
    return steps;
  };
  for (const f of found) {
    pushAll(events, recordEvents(f.kind, stepsOf(f.kind, f.path, follow)));
    if (opts.withRelated && f.kind !== 'activity') {
      const others = gitStep(() => relatedFiles(ctx.repo, ctx.tip, id)).map((r) => ({ kind: r.kind, steps: stepsOf(r.kind, r.path, follow) }));
      pushAll(events, relatedEvents(f.kind, id, others));
    }
  }
  events = inRange(ctx, byCommitTime(events), since, until, paths);
  if (opts.field !== undefined) events = events.filter((e) => fieldMatches(e, opts.field as string));
  const filters = [since?.text, until?.text, opts.field !== undefined ? `--field ${opts.field}` : undefined, follow ? undefined : '--no-follow', opts.withRelated ? '--with-related' : undefined].filter((x): x is string => x !== undefined);
  const prov = provenance(ctx, `log ${id}`, events.length, 'events', filters);
  const kind = (found[0] as { kind: Kind }).kind;
  const o = { ...viewOptions(ctx, opts), name: namesOf(ctx, events.flatMap((e) => [e.party, e.other, e.before, e.after, e.added, e.removed])) };
  render(io, opts, ctx, logView(kind, id, events, prov, ctx.lang, o), () => ({
    records: found.map((f) => ({ kind: f.kind, id, file: f.path, ...('removedIn' in f ? { removedIn: f.removedIn } : {}) })),
    timeZone: ctx.config.timezone,
    events: events.map((e) => eventJson(e, ctx.lang, o)),
  }));
  return 0;
}

/** kerjasama blame <id>: for each field of the record as it is now, the commit that last set it. */
export function blameCommand(io: IO, id: string, opts: HistoryOptions): number {
  checkId(id);
  const ctx = context(io, opts, 'blame');
  const found = gitStep(() => findRecordFiles(ctx.repo, ctx.tip, id));
  if (found.length === 0) throw unknownId(ctx, id);
  const all = found.map((f) => ({ f, lines: blame(gitStep(() => recordSteps(ctx.repo, ctx.tip, f, { follow: opts.follow !== false, recognise: recognisedRenames }))) }));
  const o = { ...viewOptions(ctx, opts), ...(opts.format === 'csv' || opts.format === 'json' ? {} : { name: namesOf(ctx, all.flatMap((a) => a.lines.map((l) => l.value))) }) };
  const first = all[0] as (typeof all)[number];
  const lines = all.flatMap((a) => a.lines);
  const prov = provenance(ctx, `blame ${id}`, lines.length, 'fields', opts.follow === false ? ['--no-follow'] : []);
  const view = blameView(first.f.kind, id, first.lines, prov, ctx.lang, o);
  for (const a of all.slice(1)) view.tables.push({ ...(blameView(a.f.kind, id, a.lines, prov, ctx.lang, o).tables[0] as ReportView['tables'][number]), title: { en: `${a.f.kind} ${id}`, id: `${a.f.kind} ${id}` } });
  render(io, opts, ctx, view, () => ({
    records: all.map((a) => ({ kind: a.f.kind, id, file: a.f.path, fields: a.lines.map((l) => blameJson(a.f.kind, l, o)) })),
    timeZone: ctx.config.timezone,
  }));
  return 0;
}

/** How many of the last first-parent commits decide whether the register normally merges pull requests. */
const RECENT = 50;

/** kerjasama audit: one row per (commit, record, field, old → new) over a range, with the auditor's flags. */
export function auditCommand(io: IO, opts: HistoryOptions): number {
  const ctx = context(io, opts, 'audit');
  const since = bound(ctx, '--since', opts.since);
  const until = bound(ctx, '--until', opts.until);
  const tip = until && 'rev' in until ? until.rev : ctx.tip;
  const steps = gitStep(() => registerSteps(ctx.repo, {
    tip,
    ...(since && 'rev' in since ? { exclude: [since.rev] } : {}),
    ...(since && 'time' in since ? { since: since.time } : {}),
    ...(until && 'time' in until ? { until: until.time } : {}),
  }));
  const merges = normallyMerges(gitStep(() => recentCommits(ctx.repo, tip, RECENT)));
  const rows = auditRows(steps, { normallyMerges: merges });
  const filters = [since?.text, until?.text].filter((x): x is string => x !== undefined);
  const prov = provenance(ctx, 'audit', rows.length, 'changes', filters);
  const o = { ...viewOptions(ctx, opts), ...(opts.format === 'csv' || opts.format === 'json' ? {} : { name: namesOf(ctx, rows.flatMap((r) => [r.before, r.after])) }) };
  render(io, opts, ctx, auditView(rows, prov, ctx.lang, o), () => ({
    timeZone: ctx.config.timezone,
    commits: steps.length,
    normallyMergesPullRequests: merges,
    rows: rows.map((r) => auditJson(r, o)),
  }));
  return 0;
}

/** kerjasama maintenance: git's commit-graph with changed-path filters, so per-record history is fast. */
export function maintenanceCommand(io: IO, opts: GlobalOptions): number {
  const root = resolveRoot(io, opts);
  const lang = chooseLang(io, opts, registerConfig(io, opts, root).language);
  const repo = registerRepo(root, commandLine('maintenance'));
  gitStep(() => writeCommitGraph(repo));
  io.stdout(`${t(lang, 'maintenanceDone', { top: repo.top })}\n`);
  return 0;
}
