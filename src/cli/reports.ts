// kerjasama report <name>: how each report's options become the report, over the registry of reports
// (view/reports.ts: formats, JSON shape, view). main.ts declares the commands from reportOptions.ts;
// runReport (report.ts) loads, checks, renders and sets the exit code.

import { coverageReport } from '../report/coverage.js';
import { expiringReport } from '../report/expiring.js';
import { inactiveReport } from '../report/inactive.js';
import { summaryReport } from '../report/summary.js';
import { expiringAsIcs, icsMetaOf } from '../render/reportIcs.js';
import { REPORTS, type ReportName, type Reports, type ReportSpec } from '../view/reports.js';
import { BY } from './reportOptions.js';
import { UsageError, type IO } from './io.js';
import { say } from './messages.js';
import { durationOption, runReport, type ReportBasis, type Rendered, type ReportOptions } from './report.js';

type ValueOf<S> = S extends ReportSpec<infer R> ? R : never;

export interface ReportCliOptions extends ReportOptions { within?: string; all?: boolean; since?: string; by?: string; matrix?: boolean }

export interface ReportCommand<K extends ReportName> {
  /** Checks its options before anything is read. */
  check?(opts: ReportCliOptions): void;
  run(ctx: ReportBasis, opts: ReportCliOptions): ValueOf<Reports[K]>;
  /** Formats drawn from the report value itself rather than its view. */
  custom?(ctx: ReportBasis, r: ValueOf<Reports[K]>): Partial<Record<string, () => string>>;
}

export const REPORT_COMMANDS: { readonly [K in ReportName]: ReportCommand<K> } = {
  expiring: {
    run: (ctx, opts) => expiringReport(ctx.dataset, ctx.asOf, { within: durationOption(opts.within, '--within') ?? ctx.dataset.config.expiryHorizon, all: Boolean(opts.all), filters: ctx.filters }),
    custom: (ctx, rep) => {
      const cfg = ctx.dataset.config;
      return { ics: () => expiringAsIcs(rep, icsMetaOf(cfg, ctx.asOfText), ctx.lang) };
    },
  },
  inactive: {
    run: (ctx, opts) => inactiveReport(ctx.dataset, ctx.asOf, { since: durationOption(opts.since, '--since') ?? ctx.dataset.config.inactivityWindow, filters: ctx.filters, includeLoi: Boolean(opts.includeLoi) }),
  },
  coverage: {
    check: (opts) => {
      const by = opts.by ?? 'sector';
      if (!(BY as readonly string[]).includes(by)) throw new UsageError(say('byInvalid', { value: by }));
    },
    run: (ctx, opts) => coverageReport(ctx.dataset, ctx.asOf, {
      by: (opts.by ?? 'sector') as (typeof BY)[number], since: durationOption(opts.since, '--since') ?? ctx.dataset.config.inactivityWindow,
      matrix: Boolean(opts.matrix), filters: ctx.filters, includeLoi: Boolean(opts.includeLoi),
    }),
  },
  summary: {
    run: (ctx, opts) => summaryReport(ctx.dataset, ctx.asOf, { filters: ctx.filters, validation: ctx.validation, includeLoi: Boolean(opts.includeLoi) }),
  },
};

/** Checks a report's own options before anything is read. */
export function checkReportOptions(name: ReportName, opts: ReportCliOptions): void {
  (REPORT_COMMANDS[name] as unknown as ReportCommand<ReportName>).check?.(opts);
}

/** A report of the registry made from its inputs (a register's or an aggregate's): the report, its view and JSON. */
export function buildReport(name: ReportName, ctx: ReportBasis, opts: ReportCliOptions): Rendered {
  const cmd = REPORT_COMMANDS[name] as unknown as ReportCommand<ReportName>;
  const spec = REPORTS[name] as unknown as ReportSpec<unknown>;
  const rep = cmd.run(ctx, opts);
  const prov = ctx.provenance(name, spec.considered(rep), spec.unit);
  const flat = opts.format === 'csv';
  return { view: spec.view(rep, prov, ctx.lang, flat), json: spec.json(rep), ...(cmd.custom ? { custom: cmd.custom(ctx, rep as never) } : {}) };
}

/** Runs `report <name>`: its options, the report, its view and JSON from the registry. */
export function reportCommand<K extends ReportName>(io: IO, name: K, opts: ReportCliOptions): number | Promise<number> {
  checkReportOptions(name, opts);
  return runReport(io, opts, `report ${name}`, REPORTS[name].formats, (ctx) => buildReport(name, ctx, opts));
}
