// The options of each report command, beside the ones every report takes: declared by main.ts at start-up
// (data only; the reports themselves are in reports.ts, loaded when a report runs).

import type { Option } from 'commander';
import type { ReportName } from '../view/reportFormats.js';

export const BY = ['sector', 'country', 'category'] as const;

export interface ReportOptionSpec {
  /** The command's description in --help, in English (the help catalogue gives the Indonesian). */
  readonly description: string;
  /** Its own options; `option` makes one with its description in the run's language. */
  options(option: (flags: string, description: string) => Option): Option[];
}

export const REPORT_OPTIONS: { readonly [K in ReportName]: ReportOptionSpec } = {
  expiring: {
    description: 'agreements in force that end within the horizon, and overdue ones',
    options: (o) => [
      o('--within <duration>', 'horizon, e.g. 90d, 6m, 1y (default: thresholds.expiry_horizon, else 180d)'),
      o('--all', 'also list agreements already renewed, marked "renewed by"'),
    ],
  },
  inactive: {
    description: 'partnerships in force with no activity in the window, most dormant first',
    options: (o) => [o('--since <duration>', 'the window, e.g. 12m, 365d, 2y (default: thresholds.inactivity_window, else 12m)')],
  },
  coverage: {
    description: 'sectors covered by agreements in force, and the gaps',
    options: (o) => [
      o('--since <duration>', 'window for counting activities (default: thresholds.inactivity_window, else 12m)'),
      o('--by <pivot>', 'rows by sector, country or category').choices(BY).default('sector'),
      o('--matrix', 'sector × country counts of agreements in force'),
    ],
  },
  summary: {
    description: 'a one-screen overview of the register',
    options: () => [],
  },
};
