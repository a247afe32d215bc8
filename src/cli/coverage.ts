// kerjasama report coverage and kerjasama report summary

import { coverageReport } from '../report/coverage.js';
import { coverageView } from '../view/coverage.js';
import { summaryReport } from '../report/summary.js';
import { summaryView } from '../view/summary.js';
import { UsageError, type IO } from './io.js';
import { say } from './messages.js';
import { durationOption, runReport, type ReportOptions } from './report.js';

export function coverageCommand(io: IO, opts: ReportOptions & { since?: string; by?: string; matrix?: boolean }): number | Promise<number> {
  const by = opts.by ?? 'sector';
  if (by !== 'sector' && by !== 'country' && by !== 'category') throw new UsageError(say('byInvalid', { value: by }));
  return runReport(io, opts, ['table', 'json', 'csv', 'markdown', 'xlsx'], (ctx) => {
    const since = durationOption(opts.since, '--since') ?? ctx.loaded.config.inactivityWindow;
    const rep = coverageReport(ctx.dataset, ctx.asOf, { by, since, matrix: Boolean(opts.matrix), filters: ctx.filters, includeLoi: Boolean(opts.includeLoi) });
    const prov = ctx.provenance('coverage', rep.agreementsInForce, 'agreements_in_force');
    return { view: coverageView(rep, prov, ctx.lang, opts.format === 'csv'), json: rep };
  });
}

export function summaryCommand(io: IO, opts: ReportOptions): number | Promise<number> {
  return runReport(io, opts, ['table', 'json', 'markdown', 'xlsx'], (ctx) => {
    const rep = summaryReport(ctx.dataset, ctx.asOf, { filters: ctx.filters, validation: ctx.validation, includeLoi: Boolean(opts.includeLoi) });
    const prov = ctx.provenance('summary', ctx.loaded.dataset.fileCount, 'record_files');
    return { view: summaryView(rep, prov, ctx.lang), json: rep };
  });
}
