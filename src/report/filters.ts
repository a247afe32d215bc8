// Report filters (--category, --partner, --country, --sector, --unit): which agreements, partners and
// activities a report considers. Comma-separated values match any of them.

import type { Activity, Agreement, Dataset, Partner } from '../model/types.js';

export interface Filters {
  category?: string[];
  partner?: string[];
  country?: string[];
  sector?: string[];
  unit?: string[];
}

export function parseList(v: string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const parts = v.split(',').map((s) => s.trim()).filter(Boolean);
  return parts.length ? parts : undefined;
}

const unitMatches = (unit: string | undefined, wanted: string[]): boolean =>
  unit !== undefined && wanted.some((w) => unit.toLowerCase().includes(w.toLowerCase()));

export function agreementMatches(a: Agreement, f: Filters, d: Dataset): boolean {
  if (f.category && !f.category.map((c) => c.toUpperCase()).includes(a.data.category)) return false;
  if (f.partner && !a.data.partners.some((p) => f.partner?.includes(p))) return false;
  if (f.country && !a.data.partners.some((p) => f.country?.map((c) => c.toUpperCase()).includes(d.partners.get(p)?.data.country ?? ''))) return false;
  if (f.sector && !(a.data.sectors ?? []).some((s) => f.sector?.includes(s))) return false;
  if (f.unit && !unitMatches(a.data.unit, f.unit)) return false;
  return true;
}

/** A partner (a record, or a reference as the facts give it, left-out ones with country unknown) against the filters. */
export function partnerMatches(p: Partner | { id: string; country: string }, f: Filters): boolean {
  const country = 'data' in p ? p.data.country : p.country;
  if (f.partner && !f.partner.includes(p.id)) return false;
  if (f.country && !f.country.map((c) => c.toUpperCase()).includes(country)) return false;
  return true;
}

export function activityMatches(act: Activity, f: Filters, d: Dataset): boolean {
  const agreements = (act.data.agreements ?? []).map((id) => d.agreements.get(id)).filter((a): a is Agreement => a !== undefined);
  const partnerIds = new Set([...(act.data.partners ?? []), ...agreements.flatMap((a) => a.data.partners)]);
  if (f.category && !agreements.some((a) => f.category?.map((c) => c.toUpperCase()).includes(a.data.category))) return false;
  if (f.partner && ![...partnerIds].some((p) => f.partner?.includes(p))) return false;
  if (f.country && ![...partnerIds].some((p) => f.country?.map((c) => c.toUpperCase()).includes(d.partners.get(p)?.data.country ?? ''))) return false;
  if (f.sector && !(act.data.sectors ?? []).some((s) => f.sector?.includes(s))) return false;
  if (f.unit && !unitMatches(act.data.unit, f.unit)) return false;
  return true;
}

export function describeFilters(f: Filters): string[] {
  return Object.entries(f).filter(([, v]) => v !== undefined).map(([k, v]) => `--${k} ${(v as string[]).join(',')}`);
}
