// kerjasama report expiring

import { expiringReport } from '../report/expiring.js';
import { expiringView } from '../view/expiring.js';
import { expiringAsIcs, icsMetaOf } from '../render/reportIcs.js';
import type { IO } from './io.js';
import { durationOption, runReport, type ReportOptions } from './report.js';

export interface ExpiringCliOptions extends ReportOptions { within?: string; all?: boolean }

export function expiringCommand(io: IO, opts: ExpiringCliOptions): number | Promise<number> {
  return runReport(io, opts, ['table', 'json', 'csv', 'markdown', 'ics', 'xlsx'], (ctx) => {
    const within = durationOption(opts.within, '--within') ?? ctx.loaded.config.expiryHorizon;
    const rep = expiringReport(ctx.dataset, ctx.asOf, { within, all: Boolean(opts.all), filters: ctx.filters });
    const prov = ctx.provenance('expiring', rep.considered, 'agreements');
    return {
      view: expiringView(rep, prov, ctx.lang, opts.format === 'csv'),
      json: { within: rep.within, horizonEnd: rep.horizonEnd, agreements: rep.rows },
      custom: { ics: () => expiringAsIcs(rep, icsMetaOf(ctx.loaded.config, ctx.asOfText), ctx.lang) },
    };
  });
}
