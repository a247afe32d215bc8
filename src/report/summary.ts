// Report: the one-screen overview a head of bureau reads.

import { derivedStatus, startOf } from '../model/agreement.js';
import { iso } from '../model/dates.js';
import type { Dataset } from '../model/types.js';
import { expiringReport } from './expiring.js';
import { agreementMatches, type Filters } from './filters.js';
import { inactiveReport } from './inactive.js';

export interface SummaryReport {
  records: { partners: number; agreements: number; activities: number; invalidFiles: number };
  byCategory: Record<string, number>;
  byDeclaredStatus: Record<string, number>;
  byDerivedStatus: Record<string, number>;
  byDocumentType: Record<string, number>;
  byCountry: Record<string, number>;
  signedPerYear: Record<string, number>;
  expiringNext12Months: Array<{ id: string; title: string; end: string; daysLeft: number }>;
  overdue: number;
  dormantPartnerships: number;
  partnershipsInForce: number;
  validation: { errors: number; warnings: number };
}

const tally = (keys: string[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const k of keys.sort()) out[k] = (out[k] ?? 0) + 1;
  return out;
};

export function summaryReport(d: Dataset, asOf: number, o: { filters: Filters; validation: { errors: number; warnings: number } }): SummaryReport {
  const ags = [...d.agreements.values()].filter((a) => agreementMatches(a, o.filters, d));
  const exp = expiringReport(d, asOf, { within: { count: 12, unit: 'm' }, withinText: '12m', all: false, filters: o.filters });
  const inactive = inactiveReport(d, asOf, { since: d.config.inactivityWindow, sinceText: '', filters: o.filters });
  return {
    records: { partners: d.partners.size, agreements: d.agreements.size, activities: d.activities.size, invalidFiles: Object.values(d.invalidIds).reduce((n, s) => n + s.size, 0) },
    byCategory: tally(ags.map((a) => a.data.category)),
    byDeclaredStatus: tally(ags.map((a) => a.data.status)),
    byDerivedStatus: tally(ags.map((a) => derivedStatus(a.data, asOf))),
    byDocumentType: tally(ags.map((a) => a.data.document_type)),
    byCountry: tally(ags.flatMap((a) => [...new Set(a.data.partners.map((p) => d.partners.get(p)?.data.country ?? '?'))])),
    signedPerYear: tally(ags.map((a) => startOf(a.data)).filter((s) => s !== undefined).map((s) => iso(s.first).slice(0, 4))),
    expiringNext12Months: exp.rows.filter((r) => r.daysLeft >= 0).map((r) => ({ id: r.id, title: r.title, end: r.end, daysLeft: r.daysLeft })),
    overdue: exp.rows.filter((r) => r.daysLeft < 0).length,
    dormantPartnerships: inactive.rows.length,
    partnershipsInForce: inactive.partnershipsInForce,
    validation: o.validation,
  };
}
