// Report: the one-screen overview a head of bureau reads, with the data's own gaps counted beside the
// figures: unknown document types and statuses, uncertain dates, stale facts, missing sectors.

import { derivedStatus, endOf, signingOverdue, startOf } from '../model/agreement.js';
import { civil, parseDate } from '../model/dates.js';
import type { Agreement, Dataset } from '../model/types.js';
import { expiringReport, isStale } from './expiring.js';
import { agreementMatches, type Filters } from './filters.js';
import { inactiveReport } from './inactive.js';
import type { Stage } from './partnerships.js';

export interface SummaryReport {
  records: { partners: number; agreements: number; activities: number; invalidFiles: number };
  byCategory: Record<string, number>;
  byDeclaredStatus: Record<string, number>;
  byDerivedStatus: Record<string, number>;
  byDocumentType: Record<string, number>;
  /** Counterpart partners of the agreements considered, per country. */
  partnersByCountry: Record<string, number>;
  /** Agreements by the year they took effect, where that year is certain; the others under `uncertain`. */
  signedPerYear: Record<string, number>;
  expiringNext12Months: Array<{ id: string; title: string; end: string; endUncertain: boolean; endOpen: boolean; daysLeft: number }>;
  overdue: number;
  renewalsNotOnRecord: number;
  dormantPartnerships: number;
  partnershipsInForce: number;
  /** Ties that are not partnerships in force, per stage (loi, pending, negotiating, unknown). */
  tiesNotInForce: Partial<Record<Stage, number>>;
  /** What the register does not know, counted. */
  unknowns: {
    documentType: number;
    status: number;
    /** Agreements with at least one uncertain date (a month, a year, approximate, a range). */
    uncertainDates: number;
    /** Agreements in force that record no sectors. */
    noSectors: number;
    /** Agreements whose confirmed: is older than thresholds.stale_after (and not ended). */
    staleFacts: number;
    /** Approvals recorded as status: unknown. */
    approvalsUnknown: number;
  };
  /** Drafts and negotiations whose planned signing date has passed. */
  signingOverdue: Array<{ id: string; title: string; plannedSigning: string }>;
  validation: { errors: number; warnings: number };
  includeLoi: boolean;
}

/** Counts per key, keys sorted, with `unknown` and `uncertain` last (never mixed in with the known). */
export function tally(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  const last = (k: string): number => (k === 'unknown' || k === 'uncertain' ? 1 : 0);
  for (const k of [...keys].sort((a, b) => last(a) - last(b) || (a < b ? -1 : a > b ? 1 : 0))) out[k] = (out[k] ?? 0) + 1;
  return out;
}

const DATE_FIELDS = (a: Agreement): Array<string | undefined> => [
  a.data.effective, typeof a.data.end === 'string' ? a.data.end : undefined, a.data.planned_signing, a.data.termination?.date,
  ...(a.data.signatures ?? []).map((s) => s.date),
];

const ENDED = new Set(['expired', 'terminated', 'superseded']);

export function summaryReport(d: Dataset, asOf: number, o: { filters: Filters; validation: { errors: number; warnings: number }; includeLoi?: boolean }): SummaryReport {
  const includeLoi = Boolean(o.includeLoi);
  const ags = [...d.agreements.values()].filter((a) => agreementMatches(a, o.filters, d));
  const exp = expiringReport(d, asOf, { within: { count: 12, unit: 'm' }, all: false, filters: o.filters });
  const inactive = inactiveReport(d, asOf, { since: d.config.inactivityWindow, filters: o.filters, includeLoi });
  const derived = new Map(ags.map((a) => [a, derivedStatus(a.data, asOf)]));
  const year = (a: Agreement): string => {
    const s = startOf(a.data);
    if (!s) return 'unknown';
    const y = civil(s.first).year;
    return civil(s.last).year === y ? String(y) : 'uncertain';
  };
  const counterparts = new Set(ags.flatMap((a) => a.data.partners));
  const { loi, pending, negotiating, unknown } = inactive.stages;
  const inForce = (a: Agreement): boolean => derived.get(a) === 'in_force' || derived.get(a) === 'renewal_unrecorded';
  return {
    records: { partners: d.partners.size, agreements: d.agreements.size, activities: d.activities.size, invalidFiles: Object.values(d.invalidIds).reduce((n, s) => n + s.size, 0) },
    byCategory: tally(ags.map((a) => a.data.category)),
    byDeclaredStatus: tally(ags.map((a) => a.data.status)),
    byDerivedStatus: tally(ags.map((a) => derived.get(a) as string)),
    byDocumentType: tally(ags.map((a) => a.data.document_type)),
    partnersByCountry: tally([...counterparts].map((p) => d.partners.get(p)?.data.country ?? 'unknown')),
    signedPerYear: tally(ags.filter((a) => startOf(a.data) !== undefined).map(year)),
    expiringNext12Months: exp.rows.filter((r) => r.daysLeft >= 0).map((r) => ({ id: r.id, title: r.title, end: r.end, endUncertain: r.endUncertain, endOpen: r.endOpen, daysLeft: r.daysLeft })),
    overdue: exp.rows.filter((r) => r.bucket === 'overdue').length,
    renewalsNotOnRecord: exp.rows.filter((r) => r.bucket === 'renewal_unrecorded').length,
    dormantPartnerships: inactive.rows.length,
    partnershipsInForce: inactive.partnershipsInForce,
    tiesNotInForce: { loi, pending, negotiating, unknown },
    unknowns: {
      documentType: ags.filter((a) => a.data.document_type === 'unknown').length,
      status: ags.filter((a) => a.data.status === 'unknown').length,
      uncertainDates: ags.filter((a) => DATE_FIELDS(a).some((t) => t !== undefined && parseDate(t)?.uncertain) || endOf(a.data).kind === 'term' && (startOf(a.data)?.uncertain ?? false)).length,
      noSectors: ags.filter((a) => inForce(a) && (a.data.sectors ?? []).length === 0).length,
      staleFacts: ags.filter((a) => !ENDED.has(derived.get(a) as string) && isStale(a, d, asOf)).length,
      approvalsUnknown: ags.flatMap((a) => Object.values(a.data.approvals ?? {})).filter((ap) => ap?.status === 'unknown').length,
    },
    signingOverdue: ags.filter((a) => signingOverdue(a.data, asOf)).map((a) => ({ id: a.id, title: a.data.title, plannedSigning: a.data.planned_signing as string })),
    validation: o.validation,
    includeLoi,
  };
}
