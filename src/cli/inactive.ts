// kerjasama report inactive

import { formatDuration } from '../model/dates.js';
import { inactiveReport } from '../report/inactive.js';
import { inactiveView } from '../report/inactiveView.js';
import type { IO } from './io.js';
import { durationOption, runReport, type ReportOptions } from './report.js';

export function inactiveCommand(io: IO, opts: ReportOptions & { since?: string }): number {
  return runReport(io, opts, ['table', 'json', 'csv', 'markdown'], (ctx) => {
    const since = durationOption(opts.since, '--since') ?? ctx.loaded.config.inactivityWindow;
    const rep = inactiveReport(ctx.loaded.dataset, ctx.asOf, { since, sinceText: formatDuration(since, ctx.lang), filters: ctx.filters });
    const prov = ctx.provenance('inactive', ctx.lang === 'id' ? `${rep.partnershipsInForce} kemitraan berlaku ditinjau` : `${rep.partnershipsInForce} partnerships in force considered`);
    return { view: inactiveView(rep, prov, ctx.lang), json: { since: rep.since, windowStart: rep.windowStart, partnerships: rep.rows } };
  });
}
