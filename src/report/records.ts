// list and show: the records themselves, filtered, with the derived status as of the date.

import { derivedStatus, endOf, startOf } from '../model/agreement.js';
import { iso, parseDate, rangeDate, type KDate } from '../model/dates.js';
import { isStale } from './expiring.js';
import type { Activity, Agreement, Dataset, Partner } from '../model/types.js';
import { activityMatches, agreementMatches, partnerMatches, type Filters } from './filters.js';
import { activityTiming, chainIds } from './partnerships.js';

/** The end as a date text: a recorded end as written (2024, ~2030), a term's or cycle's last day (a range when uncertain), or none. */
export function endText(a: Agreement): string | null {
  const e = endOf(a.data);
  if (e.kind === 'none') return 'none';
  if (e.kind === 'unknown') return null;
  if (e.kind === 'date') return e.date.text;
  if (e.last === undefined) return null;
  if (e.open) return `..${iso(e.latest ?? e.last)}`;
  return rangeDate(e.last, e.latest ?? e.last).text;
}

const uncertain = (text: string | null | undefined): boolean => (text ? parseDate(text)?.uncertain ?? false : false);
const kdateText = (k: KDate | undefined): string | null => k?.text ?? null;

export function listAgreements(d: Dataset, asOf: number, f: Filters) {
  return [...d.agreements.values()].filter((a) => agreementMatches(a, f, d)).map((a) => {
    const start = kdateText(startOf(a.data));
    const end = endText(a);
    return {
      id: a.id, title: a.data.title, category: a.data.category, document_type: a.data.document_type, partners: a.data.partners,
      start, start_uncertain: uncertain(start), end, end_uncertain: end !== 'none' && (uncertain(end) || (endOf(a.data).kind !== 'date' && (startOf(a.data)?.uncertain ?? false))),
      status: a.data.status, derived_status: derivedStatus(a.data, asOf), confirmed: a.data.confirmed ?? null, stale: isStale(a, d, asOf), file: a.file,
    };
  });
}

export function listPartners(d: Dataset, f: Filters) {
  return [...d.partners.values()].filter((p) => partnerMatches(p, f)).map((p) => ({
    id: p.id, name: p.data.name, type: p.data.type, country: p.data.country,
    agreements: [...d.agreements.values()].filter((a) => a.data.partners.includes(p.id)).length, file: p.file,
  }));
}

export function listActivities(d: Dataset, asOf: number, f: Filters) {
  return [...d.activities.values()].filter((act) => activityMatches(act, f, d)).map((act) => ({
    id: act.id, title: act.data.title, type: act.data.type, start: act.data.start, start_uncertain: uncertain(act.data.start), end: act.data.end ?? null, end_uncertain: uncertain(act.data.end),
    agreements: act.data.agreements ?? [], partners: act.data.partners ?? [],
    state: act.data.status === 'cancelled' ? 'cancelled' : activityTiming(act, asOf)?.planned ? 'planned' : 'held', file: act.file,
  }));
}

export type Shown =
  | { kind: 'partner'; record: Partner; agreements: Agreement[]; activities: Activity[] }
  | { kind: 'agreement'; record: Agreement; derivedStatus: string; start: string | null; end: string | null; stale: boolean; chain: Agreement[]; parent: Agreement | null; children: Agreement[]; renews: Agreement | null; renewedBy: Agreement[]; activities: Activity[] }
  | { kind: 'activity'; record: Activity; agreements: Agreement[] };

const firstDay = (t: string): number => parseDate(t)?.first ?? Number.POSITIVE_INFINITY;
const byStart = (a: Activity, b: Activity): number => firstDay(a.data.start) - firstDay(b.data.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function showRecord(d: Dataset, id: string, asOf: number): Shown[] {
  const out: Shown[] = [];
  const p = d.partners.get(id);
  if (p) {
    const agreements = [...d.agreements.values()].filter((a) => a.data.partners.includes(id) || a.data.owner === id);
    const ids = new Set(agreements.map((a) => a.id));
    const activities = [...d.activities.values()].filter((act) => (act.data.partners ?? []).includes(id) || (act.data.agreements ?? []).some((x) => ids.has(x))).sort(byStart);
    out.push({ kind: 'partner', record: p, agreements, activities });
  }
  const a = d.agreements.get(id);
  if (a) {
    const chains = chainIds(d);
    const chain = [...d.agreements.values()].filter((x) => chains.get(x.id) === chains.get(id)).sort((x, y) => (startOf(x.data)?.first ?? 0) - (startOf(y.data)?.first ?? 0));
    out.push({
      kind: 'agreement', record: a, derivedStatus: derivedStatus(a.data, asOf), start: kdateText(startOf(a.data)), end: endText(a), stale: isStale(a, d, asOf), chain,
      parent: a.data.parent ? d.agreements.get(a.data.parent) ?? null : null,
      children: [...d.agreements.values()].filter((x) => x.data.parent === id),
      renews: a.data.renews ? d.agreements.get(a.data.renews) ?? null : null,
      renewedBy: [...d.agreements.values()].filter((x) => x.data.renews === id),
      activities: [...d.activities.values()].filter((act) => (act.data.agreements ?? []).includes(id)).sort(byStart),
    });
  }
  const act = d.activities.get(id);
  if (act) out.push({ kind: 'activity', record: act, agreements: (act.data.agreements ?? []).map((x) => d.agreements.get(x)).filter((x): x is Agreement => x !== undefined) });
  return out;
}
