// What the national site (kerjasama aggregate site) shows, pure: the aggregate (each member validated,
// its records with errors left out) and the national partners (identify) in, values out. Every number is
// a member's report as `kerjasama report` computes it on that member's records (the same facts and report
// functions), or a sum of them; every value keeps its member (code, name, commit) so a page can name it.

import type { DerivedStatus } from '../model/agreement.js';
import { placeOfRegion } from '../model/regions.js';
import type { PartnerType } from '../model/types.js';
import { factsOf, isInForceStage, stageFor } from '../facts/facts.js';
import { coverageReport, type Coverage, type CoverageReport } from './coverage.js';
import { inactiveReport, type InactiveReport, type InactiveRow } from './inactive.js';
import type { Aggregate, AggregateMember } from '../aggregate/aggregate.js';
import { splitMemberId } from '../aggregate/members.js';
import type { IdentityResult } from '../aggregate/identity.js';

/** A member as the national pages name it: its code, its name, the commit read (null outside git). */
export interface MemberRef {
  code: string;
  name: string;
  commit: string | null;
}

export interface NationalMember extends MemberRef {
  source: string;
  /** The day of the last commit read; null when not known (never "never"). */
  lastCommit: number | null;
  ageDays: number | null;
  stale: boolean | null;
  errors: number;
  warnings: number;
  leftOut: number;
  counts: { partners: number; agreements: number; activities: number };
  /** Agreements in force, as report coverage counts them (coverage.agreementsInForce). */
  agreementsInForce: number;
  /** Partnerships in force and the dormant ones among them, as report inactive counts them. */
  partnershipsInForce: number;
  dormant: number;
  /** Where the national map draws it; null when the map cannot place its code (listed on the page). */
  place: { lon: number; lat: number } | null;
  coverage: CoverageReport;
  inactive: InactiveReport;
}

export interface NationalCoverageRow {
  key: string;
  label: string;
  labelEn: string;
  /** Covered when a member covers it; unknown when none does and one may; gap when every member knows it does not. */
  coverage: Coverage;
  /** The sum over members of the agreements in force that have the sector. */
  agreements: number;
  /** The sum over members of the agreements of unknown status that have it. */
  unknownStatus: number;
  /** Each member's numbers, in the federation's order (a member whose vocabulary lacks the sector: null). */
  byMember: Array<{ code: string; agreements: number; coverage: Coverage } | null>;
}

export interface NationalDormantRow { member: MemberRef; row: InactiveRow }

/** A member's tie to a foreign partner: its record(s) of the partner and its agreements with it. */
export interface PartnerTie {
  member: MemberRef;
  records: Array<{ id: string; name: string }>;
  agreements: Array<{ id: string; title: string; status: DerivedStatus; inForce: boolean }>;
}

export interface NationalPartnerPage {
  /** The national partner's id (identify): `34:kyoto`. */
  id: string;
  name: string;
  country: string;
  type: PartnerType;
  /** Every member tied to it, in the federation's order. */
  ties: PartnerTie[];
  /** Partners it may be (candidates identity.yaml has not decided): never merged, named on its page. */
  undecided: Array<{ id: string; name: string }>;
}

export interface NationalSite {
  name: string;
  asOf: number;
  staleAfter: string;
  members: NationalMember[];
  totals: { agreementsInForce: number; partnershipsInForce: number; dormant: number; partners: number; agreements: number; activities: number; errors: number; warnings: number; leftOut: number };
  coverage: NationalCoverageRow[];
  dormant: NationalDormantRow[];
  partners: NationalPartnerPage[];
}

const refOf = (a: AggregateMember): MemberRef => ({ code: a.member.code, name: a.member.name ?? a.member.loaded.config.name, commit: a.member.commit ?? null });

function nationalMember(a: AggregateMember, asOf: number): NationalMember {
  const d = a.dataset;
  const since = d.config.inactivityWindow;
  const coverage = coverageReport(d, asOf, { by: 'sector', since, matrix: false, filters: {} });
  const inactive = inactiveReport(d, asOf, { since, filters: {} });
  const place = placeOfRegion(a.member.code);
  return {
    ...refOf(a),
    source: a.member.source,
    lastCommit: a.member.lastCommitDay ?? null,
    ageDays: a.freshness.ageDays,
    stale: a.freshness.stale,
    errors: a.errors,
    warnings: a.warnings,
    leftOut: a.leftOut,
    counts: { ...a.counts },
    agreementsInForce: coverage.agreementsInForce,
    partnershipsInForce: inactive.partnershipsInForce,
    dormant: inactive.rows.length,
    place: place ?? null,
    coverage,
    inactive,
  };
}

/** National coverage by sector: the members' coverage reports, summed sector by sector. */
function nationalCoverage(members: readonly NationalMember[]): NationalCoverageRow[] {
  const rows = new Map<string, NationalCoverageRow>();
  members.forEach((m, i) => {
    for (const r of m.coverage.rows) {
      let row = rows.get(r.key);
      if (!row) rows.set(r.key, (row = { key: r.key, label: r.label, labelEn: r.labelEn, coverage: 'gap', agreements: 0, unknownStatus: 0, byMember: members.map(() => null) }));
      row.agreements += r.agreements.length;
      row.unknownStatus += r.unknownStatus.length;
      row.byMember[i] = { code: m.code, agreements: r.agreements.length, coverage: r.coverage };
    }
  });
  for (const row of rows.values()) {
    const known = row.byMember.filter((x) => x !== null);
    row.coverage = known.some((x) => x.coverage === 'covered') ? 'covered' : known.some((x) => x.coverage === 'unknown') ? 'unknown' : 'gap';
  }
  return [...rows.values()];
}

/** The foreign partners nationally (country other than Indonesia), each with every member tied to it. */
function nationalPartners(agg: Aggregate, identity: IdentityResult, asOf: number): NationalPartnerPage[] {
  const nameOf = new Map(identity.partners.map((p) => [p.id, p.name]));
  const undecidedOf = new Map<string, string[]>();
  for (const c of identity.candidates) for (const id of c.partners) undecidedOf.set(id, c.partners.filter((x) => x !== id));
  const out: NationalPartnerPage[] = [];
  for (const p of identity.partners) {
    if (p.country === 'ID') continue;
    const ties: PartnerTie[] = [];
    const codes = new Set(p.records.map((r) => r.member));
    for (const a of agg.members) {
      if (!codes.has(a.member.code)) continue;
      const records = p.records.filter((r) => r.member === a.member.code);
      const ids = new Set(records.map((r) => splitMemberId(r.key)?.id ?? r.partner.id));
      const facts = factsOf(a.dataset, asOf);
      const agreements = [...a.dataset.agreements.values()].filter((x) => x.data.partners.some((id) => ids.has(id))).map((x) => {
        const f = facts.of(x);
        return { id: x.id, title: x.data.title, status: f.status, inForce: isInForceStage(stageFor(f, false)) };
      });
      ties.push({ member: refOf(a), records: records.map((r) => ({ id: r.partner.id, name: r.partner.data.name })), agreements });
    }
    const undecided = (undecidedOf.get(p.id) ?? []).map((id) => ({ id, name: nameOf.get(id) ?? id }));
    out.push({ id: p.id, name: p.name, country: p.country, type: p.type, ties, undecided });
  }
  return out;
}

export function nationalSite(agg: Aggregate, identity: IdentityResult): NationalSite {
  const members = agg.members.map((a) => nationalMember(a, agg.asOf));
  const sum = (f: (m: NationalMember) => number): number => members.reduce((n, m) => n + f(m), 0);
  const dormant = agg.members.flatMap((a, i) => (members[i] as NationalMember).inactive.rows.map((row) => ({ member: refOf(a), row })));
  return {
    name: agg.name,
    asOf: agg.asOf,
    staleAfter: `${agg.staleAfter.count}${agg.staleAfter.unit}`,
    members,
    totals: {
      agreementsInForce: sum((m) => m.agreementsInForce),
      partnershipsInForce: sum((m) => m.partnershipsInForce),
      dormant: sum((m) => m.dormant),
      partners: sum((m) => m.counts.partners),
      agreements: sum((m) => m.counts.agreements),
      activities: sum((m) => m.counts.activities),
      errors: sum((m) => m.errors),
      warnings: sum((m) => m.warnings),
      leftOut: sum((m) => m.leftOut),
    },
    coverage: nationalCoverage(members),
    dormant,
    partners: nationalPartners(agg, identity, agg.asOf),
  };
}
