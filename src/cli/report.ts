// kerjasama report <name>: load → (checks, for the invalid-record count) → report → view → render.

import { parseDuration } from '../model/dates.js';
import { gitCommit } from '../load/git.js';
import { describeFilters, parseList, type Filters } from '../report/filters.js';
import { reportAsCsv } from '../render/reportCsv.js';
import { reportAsJson } from '../render/reportJson.js';
import { reportAsMarkdown } from '../render/reportMarkdown.js';
import { reportAsTable } from '../render/reportTable.js';
import type { Provenance, ReportView } from '../render/view.js';
import type { Loaded } from '../load/load.js';
import type { Lang } from '../model/types.js';
import { chooseStyle, emit, loadOrExplain, type GlobalOptions } from './common.js';
import { UsageError, type IO } from './io.js';

export interface ReportOptions extends GlobalOptions {
  format?: string;
  output?: string;
  force?: boolean;
  strict?: boolean;
  category?: string;
  partner?: string;
  country?: string;
  sector?: string;
  unit?: string;
}

export interface ReportContext {
  loaded: Loaded;
  lang: Lang;
  asOf: number;
  asOfText: string;
  filters: Filters;
  provenance: (report: string, considered: string) => Provenance;
}

export interface Rendered { view: ReportView; json: unknown; custom?: Partial<Record<string, () => string>> }

export function durationOption(text: string | undefined, name: string): ReturnType<typeof parseDuration> {
  if (text === undefined) return undefined;
  const d = parseDuration(text);
  if (!d) throw new UsageError(`kerjasama: ${name} takes a duration like 90d, 6m or 1y, not ${text}`);
  return d;
}

/** The provenance every report (and the site's data files) carries: which report, as of when, which commit. */
export function provenanceOf(loaded: Loaded, asOfText: string, filters: Filters): (report: string, considered: string) => Provenance {
  const commit = gitCommit(loaded.root);
  return (report, considered) => ({
    report, asOf: asOfText, register: loaded.config.name, ...(commit ? { commit } : {}), considered, filters: describeFilters(filters),
  });
}

/** Shared by every report: load, warn about left-out records, build, render, exit code. */
export function runReport(io: IO, opts: ReportOptions, formats: readonly string[], build: (ctx: ReportContext) => Rendered): number {
  const format = opts.format ?? 'table';
  if (!formats.includes(format)) throw new UsageError(`kerjasama: --format must be one of ${formats.join(', ')}, not ${format}`);
  const { loaded, lang, asOf, asOfText } = loadOrExplain(io, opts);
  const filters: Filters = {};
  for (const k of ['category', 'partner', 'country', 'sector', 'unit'] as const) {
    const v = parseList(opts[k]);
    if (v) filters[k] = v;
  }
  const provenance = provenanceOf(loaded, asOfText, filters);
  const invalid = Object.values(loaded.dataset.invalidIds).reduce((n, s) => n + s.size, 0);
  if (invalid > 0) {
    io.stderr(lang === 'id'
      ? `kerjasama: ${invalid} berkas rekaman bermasalah dan tidak diikutkan; jalankan \`kerjasama validate\` untuk rinciannya.\n`
      : `kerjasama: ${invalid} record file${invalid === 1 ? ' has' : 's have'} errors and ${invalid === 1 ? 'was' : 'were'} left out; run \`kerjasama validate\` for details.\n`);
  }
  const r = build({ loaded, lang, asOf, asOfText, filters, provenance });
  const custom = r.custom?.[format];
  let text: string;
  if (custom) text = custom();
  else if (format === 'json') text = reportAsJson(r.view.provenance, r.json);
  else if (format === 'csv') text = reportAsCsv(r.view, lang);
  else if (format === 'markdown') text = reportAsMarkdown(r.view, lang);
  else text = reportAsTable(r.view, lang, opts.output ? chooseStyle(io, { color: false }) : chooseStyle(io, opts));
  emit(io, text, opts.output, opts.force);
  return opts.strict && invalid > 0 ? 1 : 0;
}
