// Report: which sectors the agreements in force cover, with partners, countries, recent activities and
// their budgets, and, explicitly, the sectors no agreement in force covers. Pivots by country or category.

import { isInForce } from '../model/agreement.js';
import { addDuration, iso, type Duration } from '../model/dates.js';
import { vocabulary } from '../model/sectors.js';
import type { Activity, Agreement, Dataset } from '../model/types.js';
import { activityMatches, agreementMatches, type Filters } from './filters.js';
import { activityTiming } from './partnerships.js';

export interface CoverageRow {
  key: string;
  label: string;
  labelEn: string;
  agreements: string[];
  partners: string[];
  countries: string[];
  activities: number;
  budget: Record<string, number>;
}

export interface CoverageReport {
  by: 'sector' | 'country' | 'category';
  since: string;
  windowStart: string;
  rows: CoverageRow[];
  gaps: string[];
  matrix: { countries: string[]; rows: Array<{ sector: string; counts: number[] }> } | null;
  agreementsInForce: number;
}

export interface CoverageOptions { by: 'sector' | 'country' | 'category'; since: Duration; sinceText: string; matrix: boolean; filters: Filters }

export function coverageReport(d: Dataset, asOf: number, o: CoverageOptions): CoverageReport {
  const windowStart = addDuration(asOf, o.since, -1);
  const inForce = [...d.agreements.values()].filter((a) => isInForce(a, asOf) && agreementMatches(a, o.filters, d));
  const recent = [...d.activities.values()].filter((act) => {
    const t = activityTiming(act, asOf);
    return t?.held === true && t.day >= windowStart && activityMatches(act, o.filters, d);
  });
  const countriesOf = (a: Agreement): string[] => a.data.partners.map((p) => d.partners.get(p)?.data.country ?? '?');
  const keysOfAgreement = (a: Agreement): string[] => (o.by === 'sector' ? a.data.sectors ?? [] : o.by === 'country' ? countriesOf(a) : [a.data.category]);
  const keysOfActivity = (act: Activity): string[] => {
    if (o.by === 'sector') return act.data.sectors ?? [];
    const linked = (act.data.agreements ?? []).map((id) => d.agreements.get(id)).filter((a): a is Agreement => a !== undefined);
    if (o.by === 'category') return [...new Set(linked.map((a) => a.data.category))];
    return [...new Set([...linked.flatMap(countriesOf), ...(act.data.partners ?? []).map((p) => d.partners.get(p)?.data.country ?? '?')])];
  };

  const vocab = vocabulary(d.config.extraSectors);
  const rowKeys = o.by === 'sector' ? vocab.map((s) => s.id) : [...new Set(inForce.flatMap(keysOfAgreement).concat(recent.flatMap(keysOfActivity)))].sort();
  const rows: CoverageRow[] = rowKeys.map((key) => {
    const ags = inForce.filter((a) => keysOfAgreement(a).includes(key));
    const acts = recent.filter((act) => keysOfActivity(act).includes(key));
    const budget: Record<string, number> = {};
    for (const act of acts) if (act.data.budget) budget[act.data.budget.currency] = (budget[act.data.budget.currency] ?? 0) + act.data.budget.amount;
    const sector = vocab.find((s) => s.id === key);
    return {
      key,
      label: sector?.name ?? key,
      labelEn: sector?.name_en ?? key,
      agreements: ags.map((a) => a.id).sort(),
      partners: [...new Set(ags.flatMap((a) => a.data.partners))].sort(),
      countries: [...new Set(ags.flatMap(countriesOf))].sort(),
      activities: acts.length,
      budget,
    };
  });
  const gaps = o.by === 'sector' ? rows.filter((r) => r.agreements.length === 0).map((r) => r.key) : [];
  let matrix: CoverageReport['matrix'] = null;
  if (o.matrix) {
    const countries = [...new Set(inForce.flatMap(countriesOf))].sort();
    matrix = {
      countries,
      rows: vocab
        .map((s) => ({ sector: s.id, counts: countries.map((c) => inForce.filter((a) => (a.data.sectors ?? []).includes(s.id) && countriesOf(a).includes(c)).length) }))
        .filter((r) => r.counts.some((n) => n > 0)),
    };
  }
  return { by: o.by, since: o.sinceText, windowStart: iso(windowStart), rows, gaps, matrix, agreementsInForce: inForce.length };
}
