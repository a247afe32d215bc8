// Report: the one-screen overview a head of bureau reads, with the data's own gaps counted beside the
// figures: unknown document types and statuses, uncertain dates, stale facts, missing sectors.

import { endOf, signingOverdue, startOf } from '../model/agreement.js';
import { parseDate } from '../model/dates.js';
import type { Agreement, Dataset } from '../model/types.js';
import { factsOf, isInForceStage, staleNotEnded, stageFor, startYearOf, type Facts, type PartnerRef } from '../facts/facts.js';
import { expiringReport } from './expiring.js';
import { activityMatches, agreementMatches, describeFilters, partnerMatches, type Filters } from './filters.js';
import { inactiveReport } from './inactive.js';
import type { Stage } from '../facts/partnerships.js';

export interface SummaryReport {
  /** Record files read; `ownRegions`: the partner records that are our own regions and no one's counterpart, which partnersByCountry leaves out. */
  records: { partners: number; ownRegions: number; agreements: number; activities: number; invalidFiles: number };
  byCategory: Record<string, number>;
  byDeclaredStatus: Record<string, number>;
  byDerivedStatus: Record<string, number>;
  byDocumentType: Record<string, number>;
  /**
   * The register's partners per country (`unknown` for a partner whose file was left out): every partner
   * but our own regions; with filters, the counterparts of the agreements and activities considered.
   * The site's map counts the same partners.
   */
  partnersByCountry: Record<string, number>;
  /** Agreements by the year they took effect, where that year is certain; under `uncertain` when the start spans years, `unknown` when no date is recorded. */
  signedPerYear: Record<string, number>;
  expiringNext12Months: Array<{ id: string; title: string; end: string; endUncertain: boolean; endOpen: boolean; daysLeft: number }>;
  /** Agreements in force, signed or of unknown status whose end is not known (report expiring's "end not known"). */
  endUnknown: number;
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
    /** Agreements in force that record no sectors (under --sector too: they may be in that sector). */
    noSectors: number;
    /** Agreements whose confirmed: is older than thresholds.stale_after (and not ended). */
    staleFacts: number;
    /** Approvals recorded as status: unknown (approvals, not agreements: one agreement may have three). */
    approvalsUnknown: number;
    /** Agreements with at least one approval recorded as status: unknown. */
    agreementsWithApprovalUnknown: number;
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

/** The partner records the facts do not count as partners: our own regions that are no one's counterpart. */
function ownOnly(f: Facts): number {
  const counted = new Set(f.partners.map((p) => p.id));
  let n = 0;
  for (const id of f.dataset.partners.keys()) if (!counted.has(id)) n++;
  return n;
}

/**
 * The partners a count of partners counts (the summary's partners by country, the site's map): the
 * register's partners, or, with filters, the counterparts of the agreements and activities they keep.
 */
export function countedPartners(f: Facts, filters: Filters): PartnerRef[] {
  if (describeFilters(filters).length === 0) return [...f.partners];
  const d = f.dataset;
  const ids = new Set<string>();
  for (const a of d.agreements.values()) if (agreementMatches(a, filters, d)) for (const p of f.of(a).counterparts) ids.add(p.id);
  for (const act of d.activities.values()) if (activityMatches(act, filters, d)) for (const id of act.data.partners ?? []) ids.add(id);
  return [...ids].sort().flatMap((id) => {
    const p = f.partner(id);
    return p && partnerMatches(p, filters) ? [p] : [];
  });
}

export function summaryReport(d: Dataset, asOf: number, o: { filters: Filters; validation: { errors: number; warnings: number }; includeLoi?: boolean }): SummaryReport {
  const includeLoi = Boolean(o.includeLoi);
  const facts = factsOf(d, asOf);
  const ags = [...d.agreements.values()].filter((a) => agreementMatches(a, o.filters, d));
  const { sector: _sector, ...others } = o.filters;
  const withoutSectorFilter = o.filters.sector ? [...d.agreements.values()].filter((a) => agreementMatches(a, others, d)) : ags;
  const exp = expiringReport(d, asOf, { within: { count: 12, unit: 'm' }, all: false, filters: o.filters });
  const inactive = inactiveReport(d, asOf, { since: d.config.inactivityWindow, filters: o.filters, includeLoi });
  const derived = new Map(ags.map((a) => [a, facts.of(a).status]));
  const year = (a: Agreement): string => String(startYearOf(facts.of(a).start) ?? 'unknown');
  const { loi, pending, negotiating, unknown } = inactive.stages;
  // In force as coverage counts it: an LoI only with --include-loi.
  const inForce = (a: Agreement): boolean => isInForceStage(stageFor(facts.of(a), includeLoi));
  return {
    records: { partners: d.partners.size, ownRegions: ownOnly(facts), agreements: d.agreements.size, activities: d.activities.size, invalidFiles: Object.values(d.invalidIds).reduce((n, s) => n + s.size, 0) },
    byCategory: tally(ags.map((a) => a.data.category)),
    byDeclaredStatus: tally(ags.map((a) => a.data.status)),
    byDerivedStatus: tally(ags.map((a) => derived.get(a) as string)),
    byDocumentType: tally(ags.map((a) => a.data.document_type)),
    partnersByCountry: tally(countedPartners(facts, o.filters).map((p) => p.country)),
    // Every agreement in one bucket: a year, `uncertain` (its start spans years), or `unknown` (no date at all).
    signedPerYear: tally(ags.map(year)),
    expiringNext12Months: exp.rows.filter((r) => r.daysLeft >= 0).map((r) => ({ id: r.id, title: r.title, end: r.end, endUncertain: r.endUncertain, endOpen: r.endOpen, daysLeft: r.daysLeft })),
    endUnknown: exp.endUnknown.length,
    overdue: exp.rows.filter((r) => r.bucket === 'overdue').length,
    renewalsNotOnRecord: exp.rows.filter((r) => r.bucket === 'renewal_unrecorded').length,
    dormantPartnerships: inactive.rows.length,
    partnershipsInForce: inactive.partnershipsInForce,
    tiesNotInForce: { loi, pending, negotiating, unknown },
    unknowns: {
      documentType: ags.filter((a) => a.data.document_type === 'unknown').length,
      status: ags.filter((a) => a.data.status === 'unknown').length,
      uncertainDates: ags.filter((a) => DATE_FIELDS(a).some((t) => t !== undefined && parseDate(t)?.uncertain) || endOf(a.data).kind === 'term' && (startOf(a.data)?.uncertain ?? false)).length,
      // As coverage counts them: under --sector too, an agreement that records no sectors may be in that sector.
      noSectors: withoutSectorFilter.filter((a) => inForce(a) && (a.data.sectors ?? []).length === 0).length,
      staleFacts: ags.filter((a) => staleNotEnded(facts.of(a))).length,
      approvalsUnknown: ags.flatMap((a) => Object.values(a.data.approvals ?? {})).filter((ap) => ap?.status === 'unknown').length,
      agreementsWithApprovalUnknown: ags.filter((a) => Object.values(a.data.approvals ?? {}).some((ap) => ap?.status === 'unknown')).length,
    },
    signingOverdue: ags.filter((a) => signingOverdue(a.data, asOf)).map((a) => ({ id: a.id, title: a.data.title, plannedSigning: a.data.planned_signing as string })),
    validation: o.validation,
    includeLoi,
  };
}
