// kerjasama site: load → checks → the reports (siteData) → the site renderer → the one site writer
// (siteWriter.ts: staged beside the target and renamed into place; never over a folder that is not a site
// without --force, never over a register).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { day, humanDate } from '../model/dates.js';
import { finalise, messageOf } from '../model/diagnostics.js';
import { privateFieldOf } from '../model/fields.js';
import type { Diagnostic, Lang } from '../model/types.js';
import { REPORTS, type ReportSpec } from '../view/reports.js';
import { listView } from '../view/records.js';
import { siteData } from '../report/siteData.js';
import { reportAsCsv } from '../render/reportCsv.js';
import { expiringAsIcs, icsMetaOf } from '../render/reportIcs.js';
import { reportAsJson } from '../render/reportJson.js';
import { renderSite, type Download, type SiteHistory } from '../render/site/index.js';
import { RECENT_CHANGES } from '../render/site/pages.js';
import { W } from '../render/site/words.js';
import { L } from '../view/view.js';
import { loadOrExplain, type GlobalOptions, type Recorded, type RecordedOptions } from './common.js';
import { GitError, gitRegister, isShallow, resolveRevision, type GitRegister } from '../load/git.js';
import { registerSteps } from '../load/history.js';
import { registerEvents } from '../report/history.js';
import { privateFields } from '../model/fields.js';
import { KINDS } from '../model/types.js';
import { UsageError, type IO } from './io.js';
import { say, t, type MessageKey } from './messages.js';
import type { Values } from '../model/words.js';
import { provenanceOf, reportInputs } from './report.js';
import { writeSite } from './siteWriter.js';
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
export function worldTopology(): Topology {
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
  io.stderr(`kerjasama: ${t(lang, 'siteWritten', { out: shown, n: written, asOf: humanDate(day(asOfText), lang), private: opts.includePrivate ? 1 : 0, index: join(shown, 'index.html') })}\n`);
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

export { recoverSites, writeSite } from './siteWriter.js';
