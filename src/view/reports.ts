// The registry of reports: for each, the formats it can be rendered in, what its `considered` counts,
// its JSON shape and its view. The CLI builds `report <name>` and its --format choices from it, and the
// site publishes the same JSON and CSV from it, so a report's shape is defined once.

import type { CoverageReport } from '../report/coverage.js';
import type { ExpiringReport } from '../report/expiring.js';
import type { InactiveReport } from '../report/inactive.js';
import type { SummaryReport } from '../report/summary.js';
import type { Lang } from '../model/types.js';
import { coverageView } from './coverage.js';
import { expiringView } from './expiring.js';
import { inactiveView } from './inactive.js';
import { summaryView } from './summary.js';
import type { ConsideredUnit, Provenance, ReportView } from './view.js';
import { FORMATS_OF, type ReportFormat } from './reportFormats.js';

export { REPORT_NAMES, type ReportName } from './reportFormats.js';

export interface ReportSpec<R> {
  /** The formats this report is rendered in; the first is the default. */
  readonly formats: readonly ReportFormat[];
  /** What its `considered` counts. */
  readonly unit: ConsideredUnit;
  considered(r: R): number;
  /** The report as JSON: the shape documented in docs/reports.md, the same from the CLI and in the site's api/. */
  json(r: R): unknown;
  /** The report as tables and notes; `flat` for CSV and workbooks (codes and field names, one table per file). */
  view(r: R, prov: Provenance, lang: Lang, flat: boolean): ReportView;
}

export interface Reports {
  readonly expiring: ReportSpec<ExpiringReport>;
  readonly inactive: ReportSpec<InactiveReport>;
  readonly coverage: ReportSpec<CoverageReport>;
  readonly summary: ReportSpec<SummaryReport>;
}

export const REPORTS: Reports = {
  expiring: {
    formats: FORMATS_OF.expiring,
    unit: 'agreements',
    considered: (r) => r.considered,
    json: (r) => ({ within: r.within, horizonEnd: r.horizonEnd, agreements: r.rows, endUnknown: r.endUnknown }),
    view: (r, prov, lang, flat) => expiringView(r, prov, lang, flat),
  },
  inactive: {
    formats: FORMATS_OF.inactive,
    unit: 'partnerships_in_force',
    considered: (r) => r.partnershipsInForce,
    json: (r) => {
      const { rows, ...rest } = r;
      return { ...rest, partnerships: rows };
    },
    view: (r, prov, lang, flat) => inactiveView(r, prov, lang, flat),
  },
  coverage: {
    formats: FORMATS_OF.coverage,
    unit: 'agreements_in_force',
    considered: (r) => r.agreementsInForce,
    // The rows name partners by id; the names are the tables'.
    json: ({ partnerNames: _names, ...r }) => r,
    view: (r, prov, lang, flat) => coverageView(r, prov, lang, flat),
  },
  summary: {
    formats: FORMATS_OF.summary,
    unit: 'record_files',
    // The register's record files: the valid records and the files left out.
    considered: (r) => r.records.partners + r.records.agreements + r.records.activities + r.records.invalidFiles,
    json: (r) => r,
    view: (r, prov, lang) => summaryView(r, prov, lang),
  },
};
