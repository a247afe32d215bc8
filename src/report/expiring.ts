// Report: agreements in force whose end falls within the horizon, plus overdue ones (ended but still
// declared active or signed). Renewed agreements are left out unless asked for.

import { derivedStatus, endOf } from '../model/agreement.js';
import { addDuration, iso, type Duration } from '../model/dates.js';
import type { Agreement, Category, Dataset, DeclaredStatus } from '../model/types.js';
import { agreementMatches, type Filters } from './filters.js';

export type Bucket = 'overdue' | 'within_30' | 'within_90' | 'within_180' | 'later';

export interface ExpiringRow {
  id: string;
  title: string;
  partners: Array<{ id: string; name: string; country: string }>;
  category: Category;
  status: DeclaredStatus;
  /** The last day in force (ISO); for a partial end, the earliest day it could be. */
  end: string;
  /** The end as recorded: a date, a partial date, or a term. */
  endAsRecorded: string;
  partialEnd: boolean;
  daysLeft: number;
  bucket: Bucket;
  renewalStart: string;
  renewalStartPassed: boolean;
  renewedBy: string | null;
}

export interface ExpiringReport {
  within: string;
  horizonEnd: string;
  rows: ExpiringRow[];
  considered: number;
}

export function bucketOf(daysLeft: number): Bucket {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= 30) return 'within_30';
  if (daysLeft <= 90) return 'within_90';
  if (daysLeft <= 180) return 'within_180';
  return 'later';
}

export interface ExpiringOptions { within: Duration; withinText: string; all: boolean; filters: Filters }

export function expiringReport(d: Dataset, asOf: number, o: ExpiringOptions): ExpiringReport {
  const horizon = addDuration(asOf, o.within);
  const renewedBy = new Map<string, string>();
  for (const a of d.agreements.values()) if (a.data.renews) renewedBy.set(a.data.renews, a.id);
  const considered = [...d.agreements.values()].filter((a) => agreementMatches(a, o.filters, d));
  const rows: ExpiringRow[] = [];
  for (const a of considered) {
    const row = rowOf(a, d, asOf, horizon, renewedBy.get(a.id) ?? null);
    if (row && (o.all || row.renewedBy === null)) rows.push(row);
  }
  rows.sort((x, y) => x.daysLeft - y.daysLeft || (x.id < y.id ? -1 : 1));
  return { within: o.withinText, horizonEnd: iso(horizon), rows, considered: considered.length };
}

function rowOf(a: Agreement, d: Dataset, asOf: number, horizon: number, renewedBy: string | null): ExpiringRow | undefined {
  if (a.data.status !== 'active' && a.data.status !== 'signed' && !(renewedBy && a.data.status === 'superseded')) return undefined;
  const end = endOf(a.data);
  if (end.kind !== 'date' && end.kind !== 'term') return undefined;
  if (end.last === undefined || end.last > horizon) return undefined;
  const status = derivedStatus(a.data, asOf);
  if (status !== 'in_force' && status !== 'expired' && status !== 'superseded') return undefined;
  if (status === 'superseded' && end.last < asOf) return undefined;
  const lead = d.config.renewalLead[a.data.category];
  const renewalStart = addDuration(end.last, lead, -1);
  const daysLeft = end.last - asOf;
  return {
    id: a.id,
    title: a.data.title,
    partners: a.data.partners.map((id) => {
      const p = d.partners.get(id);
      return { id, name: p?.data.name ?? id, country: p?.data.country ?? '' };
    }),
    category: a.data.category,
    status: a.data.status,
    end: iso(end.last),
    endAsRecorded: end.kind === 'date' ? end.date.text : `${a.data.effective ?? '?'} + ${end.term}`,
    partialEnd: end.partial,
    daysLeft,
    bucket: bucketOf(daysLeft),
    renewalStart: iso(renewalStart),
    renewalStartPassed: renewalStart <= asOf,
    renewedBy,
  };
}
