// kerjasama site: load → checks → the reports (siteData) → the site renderer → one writer. The site is
// staged in a temporary folder beside the target and renamed into place, so no reader sees half a site;
// a non-empty folder that is not an earlier site is never replaced without --force, and a register never.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Topology } from 'topojson-specification';
import { CONFIG_FILE } from '../load/config.js';
import { finalise, messageOf } from '../model/diagnostics.js';
import { privateFieldOf } from '../model/fields.js';
import type { Diagnostic, Lang } from '../model/types.js';
import { REPORTS, type ReportSpec } from '../view/reports.js';
import { listView } from '../view/records.js';
import { siteData } from '../report/siteData.js';
import { reportAsCsv } from '../render/reportCsv.js';
import { expiringAsIcs, icsMetaOf } from '../render/reportIcs.js';
import { reportAsJson } from '../render/reportJson.js';
import { renderSite, SITE_MARKER, type Download, type SiteHistory } from '../render/site/index.js';
import { RECENT_CHANGES } from '../render/site/pages.js';
import { W } from '../render/site/words.js';
import { L } from '../view/view.js';
import { inRegisterData, loadOrExplain, processAlive, type GlobalOptions, type Recorded, type RecordedOptions } from './common.js';
import { GitError, gitRegister, isShallow, resolveRevision, type GitRegister } from '../load/git.js';
import { registerSteps } from '../load/history.js';
import { registerEvents } from '../report/history.js';
import { privateFields } from '../model/fields.js';
import { KINDS } from '../model/types.js';
import { findRegister } from '../load/load.js';
import { safeRealpath } from '../load/read.js';
import { UsageError, type IO } from './io.js';
import { say, t, type MessageKey } from './messages.js';
import type { Values } from '../model/words.js';
import { provenanceOf, reportInputs } from './report.js';
import { VERSION } from './version.js';

export interface SiteOptions extends GlobalOptions, RecordedOptions { out?: string; force?: boolean; includePrivate?: boolean; sourceUrl?: string; /** false with --no-history */ history?: boolean }

/**
 * The register's history for the site: every record's events over the first-parent history of the commit
 * the site shows (HEAD, or the one --at or --recorded-as-of chose), and the latest across the register.
 * Outside git and in a shallow clone the site says why there is none; it never fails for it.
 */
function siteHistory(root: string, recorded: Recorded | undefined, wanted: boolean, timeZone: string, includePrivate: boolean): SiteHistory {
  if (!wanted) return { unavailable: 'off' };
  let repo: GitRegister;
  let tip: string;
  try {
    repo = gitRegister(root);
    if (isShallow(repo.top)) return { unavailable: 'shallow' };
    tip = recorded?.id ?? resolveRevision(repo, 'HEAD');
  } catch (err) {
    if (err instanceof GitError) return { unavailable: 'notGit' };
    throw err;
  }
  const all = registerEvents(registerSteps(repo, { tip }));
  // Private fields (partner contacts) stay out of the published history, as they stay out of the pages.
  const hidden = new Map(KINDS.map((k) => [k, new Set(privateFields(k))]));
  const byRecord = includePrivate ? all : new Map([...all].map(([key, events]) => [key, events.filter((e) => e.field === undefined || !hidden.get(e.kind)?.has(e.field.split(/[.[]/)[0] ?? ''))]));
  const recent = [...byRecord.values()].flat().sort((a, b) => b.commit.committerTime - a.commit.committerTime).slice(0, RECENT_CHANGES);
  return { byRecord, recent, timeZone };
}

/** The bundled world map (Natural Earth 1:110m, from the world-atlas package): read from disk, never the network. */
function worldTopology(): Topology {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Topology;
}

export async function siteCommand(io: IO, opts: SiteOptions): Promise<number> {
  if (opts.sourceUrl !== undefined && !/^https?:\/\/[^\s]+$/i.test(opts.sourceUrl)) {
    throw new UsageError(say('siteSourceUrl', { value: String(opts.sourceUrl) }));
  }
  const { loaded, lang, asOf, asOfText, recorded } = loadOrExplain(io, opts, undefined, { readsBundle: true });
  const cfg = loaded.config;
  // The records reports rest on (those validate passes); the site also lists every diagnostic.
  const { dataset: d, diagnostics, validation } = reportInputs(io, loaded, asOf, lang);
  const diags = finalise(diagnostics);
  const data = siteData(d, asOf, { within: cfg.expiryHorizon, since: cfg.inactivityWindow, validation });
  const prov = provenanceOf(loaded, asOfText, {}, recorded);
  // Each report's JSON and CSV as the CLI writes them: from the registry of reports (view/reports.ts).
  const reports = { expiring: data.expiring, inactive: data.inactive, coverage: { ...data.coverage, matrix: null }, summary: data.summary } as const;
  const provOf = <K extends keyof typeof reports>(name: K) => prov(name, (REPORTS[name] as ReportSpec<(typeof reports)[K]>).considered(reports[name]), REPORTS[name].unit);
  const pCov = provOf('coverage');
  const lists = {
    agreements: { rows: data.agreements, title: L('Agreements', 'Perjanjian') },
    partners: { rows: data.partners, title: L('Partners', 'Mitra') },
    activities: { rows: data.activities, title: L('Activities', 'Kegiatan') },
  };
  // Each language's pages draw the view in that language (its cells carry words: "(stale)", "(usang)").
  const coverageTables = { en: REPORTS.coverage.view(reports.coverage, pCov, 'en', false), id: REPORTS.coverage.view(reports.coverage, pCov, 'id', false) };
  const files = new Map<string, string>([
    ['api/summary.json', reportAsJson(provOf('summary'), REPORTS.summary.json(data.summary))],
    ['api/expiring.json', reportAsJson(provOf('expiring'), REPORTS.expiring.json(data.expiring))],
    ['api/inactive.json', reportAsJson(provOf('inactive'), REPORTS.inactive.json(data.inactive))],
    // The site's coverage JSON has the sector × country matrix the coverage page draws.
    ['api/coverage.json', reportAsJson(pCov, REPORTS.coverage.json(data.coverage))],
    ['data/expiring.ics', expiringAsIcs(data.expiring, icsMetaOf(cfg, asOfText), lang)],
    ['data/expiring.csv', reportAsCsv(REPORTS.expiring.view(data.expiring, provOf('expiring'), lang, true), lang)],
    ['data/inactive.csv', reportAsCsv(REPORTS.inactive.view(data.inactive, provOf('inactive'), lang, true), lang)],
    ['data/coverage.csv', reportAsCsv(REPORTS.coverage.view(reports.coverage, pCov, lang, true), lang)],
  ]);
  for (const [name, l] of Object.entries(lists)) {
    const p = prov(`list ${name}`, l.rows.length, 'records');
    files.set(`api/${name}.json`, reportAsJson(p, { records: l.rows }));
    files.set(`data/${name}.csv`, reportAsCsv(listView(l.title, l.rows, p, lang), lang));
  }
  // A download's label in both languages, from the catalogue.
  const label = (key: MessageKey, values: Values = {}): Record<Lang, string> => L(t('en', key, values), t('id', key, values));
  const listLabel = (n: string): Record<Lang, string> => label('site.download.list', { name: n, title: lists[n as keyof typeof lists].title.id.toLowerCase() });
  const downloads: Download[] = [
    { path: 'api/summary.json', format: 'JSON', label: label('site.download.summaryJson') },
    { path: 'api/expiring.json', format: 'JSON', label: label('site.download.expiringJson') },
    { path: 'api/inactive.json', format: 'JSON', label: label('site.download.inactive') },
    { path: 'api/coverage.json', format: 'JSON', label: label('site.download.coverageJson') },
    ...Object.keys(lists).map((n) => ({ path: `api/${n}.json`, format: 'JSON', label: listLabel(n) })),
    { path: 'data/expiring.ics', format: 'iCalendar', label: label('site.download.calendar') },
    // The CSV tables, named as the glossary names the reports and lists.
    { path: 'data/expiring.csv', format: 'CSV', label: label('site.download.expiringCsv') },
    { path: 'data/inactive.csv', format: 'CSV', label: label('site.download.inactive') },
    { path: 'data/coverage.csv', format: 'CSV', label: label('site.download.coverageCsv') },
    ...Object.keys(lists).map((n) => ({ path: `data/${n}.csv`, format: 'CSV', label: listLabel(n) })),
  ];
  const commit = provOf('summary').commit;
  const site = renderSite({
    data, dataset: d, lang, asOf, register: cfg.name, ...(commit ? { commit } : {}), ...(recorded?.recordedAsOf ? { recordedAsOf: recorded.recordedAsOf } : {}), version: VERSION,
    history: siteHistory(loaded.root, recorded, opts.history !== false, cfg.timezone, Boolean(opts.includePrivate)), includePrivate: Boolean(opts.includePrivate),
    ...(opts.sourceUrl ? { sourceUrl: opts.sourceUrl } : {}), world: worldTopology(),
    diagnostics: diags.map((x) => ({ severity: x.severity, file: x.file, ...(x.line ? { line: x.line } : {}), code: x.code, message: publishedMessage(x, Boolean(opts.includePrivate)) })),
    downloads, views: { coverage: coverageTables },
  }, files);
  const out = resolve(io.cwd, opts.out ?? '_site');
  const written = await writeSite(out, site, Boolean(opts.force), loaded.root, io.onInterrupt);
  const shown = relative(io.cwd, out) || '.';
  io.stderr(`kerjasama: ${t(lang, 'siteWritten', { out: shown, n: written, asOf: asOfText, private: opts.includePrivate ? 1 : 0, index: join(shown, 'index.html') })}\n`);
  return 0;
}

/**
 * A diagnostic's message as the site publishes it: whole, except for a diagnostic about a private field
 * (without --include-private), which says only where and what kind of problem it is, never the value.
 */
function publishedMessage(d: Diagnostic, includePrivate: boolean): Record<Lang, string> {
  const field = includePrivate ? undefined : privateFieldOf(d);
  const say = (lang: Lang): string => (field === undefined ? messageOf(d, lang).message : `${field}: ${messageOf(d, lang).title.toLowerCase()} (${W.privateProblem[lang]})`);
  return { en: say('en'), id: say('id') };
}

function fsError(path: string, err: unknown): UsageError {
  const e = err as NodeJS.ErrnoException;
  return new UsageError(say('siteCannotWrite', { path, reason: `${e.code ?? ''} ${e.message}`.replace(/\s+/g, ' ').trim() }));
}

/**
 * Stages the files beside `out`, then renames the stage into place (replacing an earlier site). Ctrl-C
 * while staging removes the stage and leaves the earlier site as it was; the renames are synchronous,
 * and once they are done Ctrl-C waits for the earlier site's files to be removed. What a build killed
 * outright (SIGKILL) left beside `out` is cleared first (recoverSites).
 */
export async function writeSite(out: string, files: Iterable<[string, string]>, force: boolean, registerRoot: string, onInterrupt?: IO['onInterrupt']): Promise<number> {
  // Never among a register's records (data/ itself, a folder in it, through a link), whatever is there
  // already (an earlier site's marker included), with or without --force.
  const real = safeRealpath(out) ?? join(safeRealpath(dirname(out)) ?? dirname(out), basename(out));
  const above = findRegister(dirname(real));
  if (inRegisterData(real, registerRoot) || (above !== undefined && inRegisterData(real, above))) throw new UsageError(say('siteInRegister', { out }));
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new UsageError(say('siteNotFolder', { out }));
    if (resolve(out) === resolve(registerRoot) || resolve(registerRoot).startsWith(resolve(out) + '/') || holdsRegister(out)) {
      throw new UsageError(say('siteHoldsRegister', { out }));
    }
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(SITE_MARKER) && !force) {
      throw new UsageError(say('siteNotEmpty', { out }));
    }
  }
  const parent = dirname(out);
  let stage: string;
  let count: number;
  let interrupted = false;
  const release = onInterrupt?.(() => {
    interrupted = true;
  });
  try {
    try {
      mkdirSync(parent, { recursive: true });
      recoverSites(out);
      stage = mkdtempSync(join(parent, `${stagePrefix(out)}${process.pid}-`));
    } catch (err) {
      throw fsError(parent, err);
    }
    try {
      count = await writeAll(stage, files, () => interrupted);
    } catch (err) {
      rmSync(stage, { recursive: true, force: true });
      // A file-system error names the path; anything else (a bug while drawing a page) stays what it is.
      throw err instanceof UsageError || !(err as NodeJS.ErrnoException).code ? err : fsError(stage, err);
    }
    return await placeSite(out, stage, count);
  } finally {
    release?.();
  }
}

/** The name every staging folder of a site built at `out` starts with (the builder's pid follows). */
const stagePrefix = (out: string): string => `.${basename(out)}.staging-`;

/**
 * What a build killed outright left beside `out`: a staging folder (removed), and, killed between its
 * two renames, the earlier site under its hidden name with `out` missing (put back first). Folders of
 * builds still running are left alone.
 */
export function recoverSites(out: string): void {
  const parent = dirname(out);
  const prefix = stagePrefix(out);
  let names: string[];
  try {
    names = readdirSync(parent).filter((n) => n.startsWith(prefix) && !processAlive(Number(n.slice(prefix.length).split('-')[0])));
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.endsWith('.old'))) {
    if (!existsSync(out)) renameSync(join(parent, name), out);
    else rmSync(join(parent, name), { recursive: true, force: true });
  }
  for (const name of names.filter((n) => !n.endsWith('.old'))) rmSync(join(parent, name), { recursive: true, force: true });
}

/** The stage renamed into place; the earlier site, renamed aside, removed. */
async function placeSite(out: string, stage: string, count: number): Promise<number> {
  const old = `${stage}.old`;
  try {
    if (existsSync(out)) {
      renameSync(out, old);
      try {
        renameSync(stage, out);
      } catch (err) {
        renameSync(old, out);
        throw err;
      }
    } else renameSync(stage, out);
  } catch (err) {
    rmSync(stage, { recursive: true, force: true });
    throw fsError(out, err);
  }
  // The earlier site is out of sight already; removing its files is the slow part of a rebuild (a Ctrl-C
  // now waits for it: the new site is in place).
  await rm(old, { recursive: true, force: true, maxRetries: 2 });
  return count;
}

/** Whether a folder holds a register or a repository anywhere below it (kerjasama.yaml, .git): never replaced. */
function holdsRegister(dir: string): boolean {
  const todo = [dir];
  for (let d = todo.pop(); d !== undefined; d = todo.pop()) {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name === CONFIG_FILE || e.name === '.git') return true;
      if (e.isDirectory()) todo.push(join(d, e.name));
    }
  }
  return false;
}

/**
 * The writer thread: plain script text (it runs the same from dist/ and from the sources under test).
 * It writes each batch of [path, bytes] it is sent, in order, and answers with the count written, or with
 * the first path it could not write and why (then it writes nothing more).
 * not prose: JavaScript, run in a worker thread.
 */
const WRITER = `
const { parentPort } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
let failed = false;
parentPort.on('message', (batch) => {
  if (failed) return;
  for (const [path, bytes] of batch) {
    try {
      writeFileSync(path, bytes);
    } catch (err) {
      failed = true;
      parentPort.postMessage({ path, code: err && err.code, message: String(err && err.message) });
      return;
    }
  }
  parentPort.postMessage(batch.length);
});
`;

/** Files go to the writer in batches of this many; at most IN_FLIGHT batches are drawn and not yet written. */
const BATCH = 64;
const IN_FLIGHT = 4;

/**
 * Writes the files into `stage` from a second thread, while this one draws the next pages: a site of
 * 100,000 records is 200,000 files, and opening, writing and closing each costs the main thread more
 * as promises than the page costs to draw. Folders are made here, in order, before their files are sent.
 */
async function writeAll(stage: string, files: Iterable<[string, string]>, interrupted: () => boolean = () => false): Promise<number> {
  // The writer holds only paths and the bytes moved to it (outside its heap): a small heap of its own.
  const worker = new Worker(WRITER, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 64 } });
  let count = 0;
  let pending = 0;
  let failed: { path: string; err: unknown } | undefined;
  let wake: (() => void) | undefined;
  const settle = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  worker.on('message', (m: number | { path: string; code?: string; message: string }) => {
    pending--;
    if (typeof m !== 'number') failed ??= { path: m.path, err: Object.assign(new Error(m.message), m.code ? { code: m.code } : {}) };
    settle();
  });
  worker.on('error', (err) => {
    failed ??= { path: stage, err };
    settle();
  });
  worker.on('exit', () => {
    failed ??= { path: stage, err: Object.assign(new Error('the writer stopped'), { code: 'EIO' }) };
    pending = 0;
    settle();
  });
  const until = async (ok: () => boolean): Promise<void> => {
    while (!ok() && !failed) await new Promise<void>((r) => (wake = r));
  };
  try {
    const made = new Set<string>();
    // Each file goes as its UTF-8 bytes, moved (not copied) to the writer: its text is never held twice.
    const utf8 = new TextEncoder();
    let batch: Array<[string, Uint8Array]> = [];
    const send = async (): Promise<void> => {
      if (batch.length === 0) return;
      worker.postMessage(batch, batch.map(([, bytes]) => bytes.buffer as ArrayBuffer));
      pending++;
      batch = [];
      await until(() => pending < IN_FLIGHT);
      // A turn of the event loop per batch, whether or not the writer kept up: a Ctrl-C gets in.
      await new Promise((r) => setImmediate(r));
    };
    for (const [rel, text] of files) {
      const abs = join(stage, rel);
      const dir = dirname(abs);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      batch.push([abs, utf8.encode(text)]);
      count++;
      if (batch.length >= BATCH) await send();
      if (failed) break;
      if (interrupted()) throw new UsageError(say('siteCancelled'), 2, '\nkerjasama: ');
    }
    if (interrupted()) throw new UsageError(say('siteCancelled'), 2, '\nkerjasama: ');
    if (!failed) await send();
    await until(() => pending === 0);
    if (failed) throw fsError(failed.path, failed.err);
    if (interrupted()) throw new UsageError(say('siteCancelled'), 2, '\nkerjasama: ');
    return count;
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
