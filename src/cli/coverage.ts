// kerjasama report coverage and kerjasama report summary

import { runChecks } from '../check/index.js';
import { formatDuration } from '../model/dates.js';
import { countOf, finalise } from '../model/diagnostics.js';
import { coverageReport } from '../report/coverage.js';
import { coverageView } from '../report/coverageView.js';
import { summaryReport } from '../report/summary.js';
import { summaryView } from '../report/summaryView.js';
import { UsageError, type IO } from './io.js';
import { durationOption, runReport, type ReportOptions } from './report.js';

export function coverageCommand(io: IO, opts: ReportOptions & { since?: string; by?: string; matrix?: boolean }): number {
  const by = opts.by ?? 'sector';
  if (by !== 'sector' && by !== 'country' && by !== 'category') throw new UsageError(`kerjasama: --by must be sector, country or category, not ${by}`);
  return runReport(io, opts, ['table', 'json', 'csv', 'markdown'], (ctx) => {
    const since = durationOption(opts.since, '--since') ?? ctx.loaded.config.inactivityWindow;
    const rep = coverageReport(ctx.loaded.dataset, ctx.asOf, { by, since, sinceText: formatDuration(since, ctx.lang), matrix: Boolean(opts.matrix), filters: ctx.filters });
    const prov = ctx.provenance('coverage', ctx.lang === 'id' ? `${rep.agreementsInForce} perjanjian berlaku ditinjau` : `${rep.agreementsInForce} agreements in force considered`);
    return { view: coverageView(rep, prov, ctx.lang), json: rep };
  });
}

export function summaryCommand(io: IO, opts: ReportOptions): number {
  return runReport(io, opts, ['table', 'json', 'markdown'], (ctx) => {
    const diags = finalise([...ctx.loaded.diagnostics, ...runChecks(ctx.loaded.dataset, ctx.asOf)]);
    const c = countOf(diags);
    const rep = summaryReport(ctx.loaded.dataset, ctx.asOf, { filters: ctx.filters, validation: { errors: c.errors, warnings: c.warnings } });
    const prov = ctx.provenance('summary', ctx.lang === 'id' ? `${ctx.loaded.dataset.fileCount} berkas rekaman` : `${ctx.loaded.dataset.fileCount} record files`);
    return { view: summaryView(rep, prov, ctx.lang), json: rep };
  });
}
