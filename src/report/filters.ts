// Report filters (--category, --partner, --country, --sector, --unit): which agreements, partners and
// activities a report considers. Comma-separated values match any of them.

import { COUNTRIES, isCountryCode } from '../model/countries.js';
import { vocabulary } from '../model/sectors.js';
import { CATEGORIES, type Activity, type Agreement, type Dataset, type Partner } from '../model/types.js';
import { nearest, type Known } from '../load/similar.js';

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

/** A filter value that names nothing the register knows, and the known values nearest to it. */
export interface UnknownFilterValue { filter: keyof Filters; value: string; closest: string[] }

/**
 * The filter values that name nothing known: a sector not in the register's vocabulary, a category that
 * is not one, a country that is not an ISO 3166-1 code, a partner id no record has (nor any agreement or
 * activity names), a unit no agreement or activity records (a unit matches by any part of its name).
 * A report filtered on such a value would find nothing and say all is well; the CLI refuses it instead.
 * `d` is the register as loaded, records with errors included: their ids are known all the same.
 */
export function unknownFilterValues(f: Filters, d: Dataset): UnknownFilterValue[] {
  const out: UnknownFilterValue[] = [];
  const check = (filter: keyof Filters, isKnown: (v: string) => boolean, known: () => Known[], n = 3): void => {
    for (const value of f[filter] ?? []) if (!isKnown(value)) out.push({ filter, value, closest: nearest(value, known(), n) });
  };
  check('category', (v) => (CATEGORIES as readonly string[]).includes(v.toUpperCase()), () => CATEGORIES.map((c) => ({ value: c, labels: [c] })), CATEGORIES.length);
  const vocab = vocabulary(d.config.extraSectors);
  check('sector', (v) => vocab.some((s) => s.id === v), () => vocab.map((s) => ({ value: s.id, labels: [s.id, s.name, s.name_en] })));
  check('country', (v) => isCountryCode(v.toUpperCase()), () => Object.entries(COUNTRIES).map(([code, c]) => ({ value: code, labels: [code, c.en, c.id] })));
  const partnerIds = new Set([...d.partners.keys(), ...[...d.agreements.values()].flatMap((a) => a.data.partners), ...[...d.activities.values()].flatMap((a) => a.data.partners ?? [])]);
  check('partner', (v) => partnerIds.has(v), () => [...partnerIds].map((id) => {
    const p = d.partners.get(id)?.data;
    return { value: id, labels: [id, ...(p ? [p.name, p.name_local ?? '', ...(p.aliases ?? [])] : [])] };
  }));
  const units = [...new Set([...d.agreements.values(), ...d.activities.values()].flatMap((r) => (r.data.unit ? [r.data.unit] : [])))];
  check('unit', (v) => units.some((u) => unitMatches(u, [v])), () => units.map((u) => ({ value: u, labels: [u] })));
  return out;
}
