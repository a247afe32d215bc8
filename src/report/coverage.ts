// Report: which sectors the agreements in force cover, with partners, countries, recent activities and
// their budgets, and the sectors no agreement in force covers. A sector is a gap only when it is known
// to be uncovered: while an agreement in force records no sectors, or an agreement of unknown status
// lists the sector, its coverage is unknown, never zero. Pivots by country or category.

import { addDuration, durationText, iso, type Duration } from '../model/dates.js';
import { vocabulary } from '../model/sectors.js';
import { CATEGORIES, type Activity, type Agreement, type Dataset } from '../model/types.js';
import { factsOf, isInForceStage, stageFor } from '../facts/facts.js';
import { activityMatches, agreementMatches, type Filters } from './filters.js';
import { activityTiming } from '../facts/partnerships.js';

/** covered: an agreement in force lists it; unknown: it may be covered; gap: it is known not to be. */
export type Coverage = 'covered' | 'unknown' | 'gap';

export interface CoverageRow {
  key: string;
  label: string;
  labelEn: string;
  /**
   * covered: an agreement in force has the key; unknown: none in force does, but an agreement of unknown
   * status does (by sector also: an agreement in force, or of unknown status, records no sectors); gap:
   * known not to be covered.
   */
  coverage: Coverage;
  /** Agreements in force that have the key. */
  agreements: string[];
  /** Agreements of unknown status (they may be in force) that have the key. */
  unknownStatus: string[];
  /** Of those two lists, the agreements whose facts are stale (confirmed longer ago than thresholds.stale_after). */
  stale: string[];
  partners: string[];
  countries: string[];
  activities: number;
  budget: Record<string, number>;
}

export interface CoverageReport {
  by: 'sector' | 'country' | 'category';
  /** The activity window as a duration ("12m"). */
  since: string;
  windowStart: string;
  rows: CoverageRow[];
  /** Keys known to be uncovered. */
  gaps: string[];
  /** Keys that may be covered: no agreement in force has them, but unknowns remain. */
  notKnown: string[];
  /** Agreements in force that record no sectors (each could cover any sector), and recent activities with none. */
  /**
   * What records no sectors: the agreements in force, the agreements of unknown status (each could cover
   * any sector: they are why sectors are "not known"), and the activities held in the window.
   */
  noSectors: { agreements: string[]; unknownStatus: string[]; activities: number };
  matrix: { countries: string[]; rows: Array<{ sector: string; counts: number[] }> } | null;
  agreementsInForce: number;
  /** The agreements in force counted here whose facts are stale (confirmed longer ago than thresholds.stale_after). */
  staleAgreements: string[];
  includeLoi: boolean;
  /**
   * The name of each partner the rows name, as the facts name it (a partner whose file was left out, by its
   * id): what tables show, as expiring and show do. Not in JSON, whose rows keep the ids.
   */
  partnerNames: Record<string, string>;
}

export interface CoverageOptions { by: 'sector' | 'country' | 'category'; since: Duration; matrix: boolean; filters: Filters; includeLoi?: boolean }

export function coverageReport(d: Dataset, asOf: number, o: CoverageOptions): CoverageReport {
  const includeLoi = Boolean(o.includeLoi);
  const facts = factsOf(d, asOf);
  const windowStart = addDuration(asOf, o.since, -1);
  // The filters other than --sector decide which agreements are looked at; --sector then picks the rows,
  // so that an agreement recording no sectors still makes the chosen sector's coverage unknown.
  const { sector: sectorFilter, ...others } = o.filters;
  const looked = [...d.agreements.values()].filter((a) => agreementMatches(a, others, d));
  const inForceAll = looked.filter((a) => isInForceStage(stageFor(facts.of(a), includeLoi)));
  const inForce = sectorFilter ? inForceAll.filter((a) => agreementMatches(a, { sector: sectorFilter }, d)) : inForceAll;
  const unknown = looked.filter((a) => facts.of(a).status === 'unknown');
  const noSectorAgreements = inForceAll.filter((a) => (a.data.sectors ?? []).length === 0);
  const recentAll = [...d.activities.values()].filter((act) => {
    const t = activityTiming(act, asOf);
    return t?.held === true && t.day >= windowStart && activityMatches(act, others, d);
  });
  const recent = sectorFilter ? recentAll.filter((act) => activityMatches(act, { sector: sectorFilter }, d)) : recentAll;
  const isStale = (a: Agreement): boolean => facts.of(a).stale;
  const countriesOf = (a: Agreement): string[] => facts.of(a).counterparts.map((p) => p.country);
  const keysOfAgreement = (a: Agreement): string[] => (o.by === 'sector' ? a.data.sectors ?? [] : o.by === 'country' ? countriesOf(a) : [a.data.category]);
  const keysOfActivity = (act: Activity): string[] => {
    if (o.by === 'sector') return act.data.sectors ?? [];
    const linked = (act.data.agreements ?? []).map((id) => d.agreements.get(id)).filter((a): a is Agreement => a !== undefined);
    if (o.by === 'category') return [...new Set(linked.map((a) => a.data.category))];
    return [...new Set([...linked.flatMap(countriesOf), ...(act.data.partners ?? []).flatMap((p) => facts.partner(p)?.country ?? [])])];
  };

  const vocab = vocabulary(d.config.extraSectors);
  const wanted = sectorFilter ? new Set(sectorFilter) : undefined;
  const wantedCategories = others.category?.map((c) => c.toUpperCase());
  // Rows: every sector of the vocabulary, every category, or every country a tie looked at (whatever its
  // stage) or a recent activity reaches: a country whose ties all ended or are not yet in force is a gap.
  const rowKeys = o.by === 'sector'
    ? vocab.map((s) => s.id).filter((id) => !wanted || wanted.has(id))
    : o.by === 'category'
      ? CATEGORIES.filter((c) => !wantedCategories || wantedCategories.includes(c))
      : [...new Set((sectorFilter ? looked.filter((a) => agreementMatches(a, { sector: sectorFilter }, d)) : looked).flatMap(keysOfAgreement).concat(recent.flatMap(keysOfActivity)))].sort();
  // By sector, an agreement in force or of unknown status that records no sectors could cover any sector.
  const sectorsUnknown = o.by === 'sector' && (noSectorAgreements.length > 0 || unknown.some((a) => (a.data.sectors ?? []).length === 0));
  const rows: CoverageRow[] = rowKeys.map((key) => {
    const ags = inForce.filter((a) => keysOfAgreement(a).includes(key));
    const unsure = unknown.filter((a) => keysOfAgreement(a).includes(key));
    const acts = recent.filter((act) => keysOfActivity(act).includes(key));
    const budget: Record<string, number> = {};
    for (const act of acts) if (act.data.budget) budget[act.data.budget.currency] = (budget[act.data.budget.currency] ?? 0) + act.data.budget.amount;
    const sector = o.by === 'sector' ? vocab.find((s) => s.id === key) : undefined;
    return {
      key,
      label: sector?.name ?? key,
      labelEn: sector?.name_en ?? key,
      coverage: ags.length > 0 ? 'covered' : unsure.length > 0 || sectorsUnknown ? 'unknown' : 'gap',
      agreements: ags.map((a) => a.id).sort(),
      unknownStatus: unsure.map((a) => a.id).sort(),
      stale: [...ags, ...unsure].filter(isStale).map((a) => a.id).sort(),
      partners: [...new Set(ags.flatMap((a) => a.data.partners))].sort(),
      countries: [...new Set(ags.flatMap(countriesOf))].sort(),
      activities: acts.length,
      budget,
    };
  });
  let matrix: CoverageReport['matrix'] = null;
  if (o.matrix) {
    const countries = [...new Set(inForce.flatMap(countriesOf))].sort();
    const count = (pick: (a: Agreement) => boolean): number[] => countries.map((c) => inForce.filter((a) => pick(a) && countriesOf(a).includes(c)).length);
    matrix = {
      countries,
      rows: vocab
        .filter((s) => !wanted || wanted.has(s.id))
        .map((s) => ({ sector: s.id, counts: count((a) => (a.data.sectors ?? []).includes(s.id)) }))
        .concat(noSectorAgreements.length ? [{ sector: NOT_RECORDED, counts: count((a) => (a.data.sectors ?? []).length === 0) }] : [])
        .filter((r) => r.counts.some((n) => n > 0)),
    };
  }
  return {
    by: o.by,
    since: durationText(o.since),
    windowStart: iso(windowStart),
    rows,
    gaps: rows.filter((r) => r.coverage === 'gap').map((r) => r.key),
    notKnown: rows.filter((r) => r.coverage === 'unknown').map((r) => r.key),
    noSectors: { agreements: noSectorAgreements.map((a) => a.id).sort(), unknownStatus: unknown.filter((a) => (a.data.sectors ?? []).length === 0).map((a) => a.id).sort(), activities: recentAll.filter((act) => (act.data.sectors ?? []).length === 0).length },
    matrix,
    agreementsInForce: inForce.length,
    staleAgreements: inForce.filter(isStale).map((a) => a.id).sort(),
    includeLoi,
    partnerNames: Object.fromEntries([...new Set(rows.flatMap((r) => r.partners))].map((id) => [id, facts.partner(id)?.name ?? id])),
  };
}

/** The matrix row (and CSV row) for agreements in force that record no sectors. */
export const NOT_RECORDED = 'not_recorded';
