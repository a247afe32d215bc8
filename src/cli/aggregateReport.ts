// kerjasama aggregate report <name>: every report of the registry (view/reports.ts) over a federation's
// members as one dataset (aggregate/dataset.ts: ids, references and files namespaced by member), or over
// the members --member names. The report, its view and its renderers are the register's (cli/reports.ts,
// cli/report.ts); only the inputs differ: the members read as the other aggregate commands read them, each
// validated with its own configuration and its records with errors left out, and a provenance naming the
// federation and each member's commit.

import { aggregateOf } from '../aggregate/aggregate.js';
import { aggregateDataset, aggregateLoadedDataset, FEDERATION_TIME_ZONE } from '../aggregate/dataset.js';
import { iso } from '../model/dates.js';
import { describeFilters, parseList, type Filters } from '../report/filters.js';
import type { ReportName } from '../view/reports.js';
import { REPORTS } from '../view/reports.js';
import type { Provenance, ProvenanceMember } from '../view/view.js';
import { readMembers, type AggregateOptions } from './aggregate.js';
import { chooseAsOf, chooseLang, sayWritten } from './common.js';
import type { IO } from './io.js';
import { t } from './messages.js';
import { refuseUnknownFilters, renderReport, reportFormat, type ReportBasis } from './report.js';
import { buildReport, checkReportOptions, type ReportCliOptions } from './reports.js';

export interface AggregateReportOptions extends AggregateOptions, ReportCliOptions {
  /** --member, as given: each a code or a comma-separated list of codes. */
  member?: string[];
}

/** The member codes --member names (comma-separated or repeated), each once, in the order given; undefined: every member. */
export function memberCodes(given: readonly string[] | undefined): string[] | undefined {
  if (given === undefined) return undefined;
  const codes = [...new Set(given.flatMap((g) => parseList(g) ?? []))];
  return codes.length ? codes : undefined;
}

export async function aggregateReportCommand(io: IO, name: ReportName, opts: AggregateReportOptions): Promise<number> {
  const lang = chooseLang(io, opts);
  const spec = REPORTS[name];
  const format = reportFormat(io, opts, spec.formats);
  checkReportOptions(name, opts);
  const asOf = chooseAsOf(io, opts, FEDERATION_TIME_ZONE);
  const asOfText = iso(asOf);
  const codes = memberCodes(opts.member);
  // Only the members named are read.
  const read = readMembers(io, opts, lang, codes);
  const agg = aggregateOf(read.federation, read.members, asOf);
  const filters: Filters = {};
  for (const k of ['category', 'partner', 'country', 'sector', 'unit'] as const) {
    const v = parseList(opts[k]);
    if (v) filters[k] = v;
  }
  // As in one register: a filter value that names nothing in the members read is refused, not an all-clear.
  if (Object.keys(filters).length > 0) refuseUnknownFilters(aggregateLoadedDataset(agg), filters);
  for (const a of agg.members) if (a.leftOut > 0) io.stderr(`kerjasama: ${t(lang, 'memberLeftOut', { code: a.member.code, n: a.leftOut })}\n`);
  const members: ProvenanceMember[] = agg.members.map((a) => ({ code: a.member.code, name: a.member.name ?? a.member.loaded.config.name, source: a.member.source, commit: a.member.commit ?? null }));
  const ctx: ReportBasis = {
    dataset: aggregateDataset(agg),
    validation: { errors: agg.members.reduce((n, a) => n + a.errors, 0), warnings: agg.members.reduce((n, a) => n + a.warnings, 0) },
    lang,
    asOf,
    asOfText,
    filters,
    provenance: (report, considered, unit): Provenance => ({
      report, asOf: asOfText, register: agg.name, members, considered, unit,
      filters: [...(codes ? [`--member ${codes.join(',')}`] : []), ...describeFilters(filters)],
    }),
  };
  const r = buildReport(name, ctx, opts);
  const code = opts.strict && agg.members.some((a) => a.leftOut > 0) ? 1 : 0;
  const text = renderReport(io, opts, format, r, lang);
  if (typeof text !== 'string') await text;
  // What it wrote, as report --output, export and site say it.
  // not prose: the command as typed, named in the line a file written says (sayWritten)
  const command = `aggregate report ${name}`;
  sayWritten(io, opts.output, command, format, lang, asOf);
  return code;
}
