// kerjasama report inactive

import { inactiveReport } from '../report/inactive.js';
import { inactiveView } from '../view/inactive.js';
import type { IO } from './io.js';
import { durationOption, runReport, type ReportOptions } from './report.js';

export function inactiveCommand(io: IO, opts: ReportOptions & { since?: string }): number | Promise<number> {
  return runReport(io, opts, ['table', 'json', 'csv', 'markdown', 'xlsx'], (ctx) => {
    const since = durationOption(opts.since, '--since') ?? ctx.loaded.config.inactivityWindow;
    const rep = inactiveReport(ctx.dataset, ctx.asOf, { since, filters: ctx.filters, includeLoi: Boolean(opts.includeLoi) });
    const prov = ctx.provenance('inactive', rep.partnershipsInForce, 'partnerships_in_force');
    const { rows, ...rest } = rep;
    return { view: inactiveView(rep, prov, ctx.lang, opts.format === 'csv'), json: { ...rest, partnerships: rows } };
  });
}
