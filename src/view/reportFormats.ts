// The reports and the formats each is rendered in: the light part of the registry of reports
// (reports.ts), which the CLI reads to declare `report <name>` and its --format choices at start-up.

/** Every format a report may be rendered in (render/ has one function for each). */
export const REPORT_FORMATS = ['table', 'json', 'csv', 'markdown', 'ics', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Each report's formats; the first is the default. */
export const FORMATS_OF = {
  expiring: ['table', 'json', 'csv', 'markdown', 'ics', 'xlsx'],
  inactive: ['table', 'json', 'csv', 'markdown', 'xlsx'],
  coverage: ['table', 'json', 'csv', 'markdown', 'xlsx'],
  // One screen of counts: no CSV (its blocks are not one table).
  summary: ['table', 'json', 'markdown', 'xlsx'],
} as const satisfies Record<string, readonly ReportFormat[]>;

export type ReportName = keyof typeof FORMATS_OF;
export const REPORT_NAMES = Object.keys(FORMATS_OF) as ReportName[];
