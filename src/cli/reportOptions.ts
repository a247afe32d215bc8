// The options of each report command, beside the ones every report takes: declared by main.ts at start-up
// (data only; the reports themselves are in reports.ts, loaded when a report runs).

import type { Option } from 'commander';
import type { ReportName } from '../view/reportFormats.js';
import type { HelpKey } from './help.words.js';

export const BY = ['sector', 'country', 'category'] as const;

export interface ReportOptionSpec {
  /** The key of the command's description in the help catalogue (help.words.ts). */
  readonly description: HelpKey;
  /** Its own options; `option` makes one with its description (a help key) in the run's language. */
  options(option: (flags: string, description: HelpKey) => Option): Option[];
}

export const REPORT_OPTIONS: { readonly [K in ReportName]: ReportOptionSpec } = {
  expiring: {
    description: 'report.expiring',
    options: (o) => [
      o('--within <duration>', 'report.expiring.within'),
      o('--all', 'report.expiring.all'),
    ],
  },
  inactive: {
    description: 'report.inactive',
    options: (o) => [o('--since <duration>', 'report.inactive.since')],
  },
  coverage: {
    description: 'report.coverage',
    options: (o) => [
      o('--since <duration>', 'report.coverage.since'),
      o('--by <pivot>', 'report.coverage.by').choices(BY).default('sector'),
      o('--matrix', 'report.coverage.matrix'),
    ],
  },
  summary: {
    description: 'report.summary',
    options: () => [],
  },
};
