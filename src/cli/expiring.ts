// kerjasama report expiring

import { formatDuration } from '../model/dates.js';
import { expiringReport } from '../report/expiring.js';
import { expiringView } from '../report/expiringView.js';
import { expiringAsIcs } from '../render/reportIcs.js';
import type { IO } from './io.js';
import { durationOption, runReport, type ReportOptions } from './report.js';

export interface ExpiringCliOptions extends ReportOptions { within?: string; all?: boolean }

export function expiringCommand(io: IO, opts: ExpiringCliOptions): number {
  return runReport(io, opts, ['table', 'json', 'csv', 'markdown', 'ics'], (ctx) => {
    const within = durationOption(opts.within, '--within') ?? ctx.loaded.config.expiryHorizon;
    const withinText = formatDuration(within, ctx.lang);
    const rep = expiringReport(ctx.loaded.dataset, ctx.asOf, { within, withinText, all: Boolean(opts.all), filters: ctx.filters });
    const considered = ctx.lang === 'id' ? `${rep.considered} perjanjian ditinjau` : `${rep.considered} agreements considered`;
    const prov = ctx.provenance('expiring', considered);
    return {
      view: expiringView(rep, prov, ctx.lang, opts.format === 'csv'),
      json: { within: rep.within, horizonEnd: rep.horizonEnd, agreements: rep.rows },
      custom: { ics: () => expiringAsIcs(rep, { asOf: ctx.asOfText, register: ctx.loaded.config.name }, ctx.lang) },
    };
  });
}
