// What the website shows, gathered from the reports: every report value the site draws or publishes,
// the records with their relations (show), and each partnership's agreements and activities per year
// for the timeline pictures. Pure: the dataset and an as-of day in, values out.

import type { DerivedStatus } from '../model/agreement.js';
import type { Duration } from '../model/dates.js';
import type { Activity, Dataset } from '../model/types.js';
import { coverageReport, type CoverageReport } from './coverage.js';
import { expiringReport, type ExpiringReport } from './expiring.js';
import type { Filters } from './filters.js';
import { inactiveReport, type InactiveReport } from './inactive.js';
import { activityTiming, factsOf, partnershipActivityParts, partnershipInForce, partnerships, undatedActivity } from '../facts/partnerships.js';
import { startYearOf } from '../facts/facts.js';
import { listActivities, listAgreements, listPartners, showRecord, type Shown } from './records.js';
import { countedPartners, summaryReport, type SummaryReport } from './summary.js';
import type { PartnerRef } from '../facts/facts.js';

export interface TimelineAgreement {
  id: string;
  title: string;
  documentType: string;
  /** First day in force (day number), when known: the earliest it could be, where the bar is drawn from. */
  start: number | null;
  /** The start as the facts write it (`~2019`, `2019-05-20..2019-05-31`), and the year it took effect (facts' startYearOf). */
  startText: string | null;
  startYear: number | 'uncertain' | null;
  /** The last day in force as the facts write it (lastInForce.text): a date, a range, `none`, or null when not known. */
  endText: string | null;
  /** Last day in force, when known (for a terminated agreement, the day before its termination); null with endKind none (no end) or unknown. */
  end: number | null;
  endKind: 'date' | 'term' | 'cycle' | 'none' | 'unknown' | 'terminated';
  /** The start or end is an uncertain date (a month, a year, approximate, a range); drawn as early as it could be. */
  uncertain: boolean;
  status: DerivedStatus;
}

export interface PartnershipLine {
  key: string;
  owner: string | null;
  partner: { id: string; name: string; country: string };
  agreements: TimelineAgreement[];
  inForce: boolean;
  /** Held activities per calendar year (planned and cancelled ones do not count); `unknown` for those on record undated. */
  activitiesByYear: Record<string, number>;
  /**
   * Each activity that counts, on its day (held: the day it counts for; planned: its start), in two parts:
   * `shared`, those linked to the partner itself (one array for every partnership of this owner and
   * partner: a partner with 40 agreements and 3,600 activities is 3,600 marks, not 144,000), and `own`,
   * those linked only to this chain's agreements.
   */
  activities: { shared: readonly ActivityMark[]; own: readonly ActivityMark[] };
  plannedActivities: number;
}

export interface ActivityMark { id: string; title: string; day: number; planned: boolean }

export interface SiteData {
  summary: SummaryReport;
  expiring: ExpiringReport;
  inactive: InactiveReport;
  /** By sector, with the sector × country matrix. */
  coverage: CoverageReport;
  agreements: ReturnType<typeof listAgreements>;
  partners: ReturnType<typeof listPartners>;
  activities: ReturnType<typeof listActivities>;
  partnerships: PartnershipLine[];
  /** The partners the summary counts by country (the map draws them). */
  countedPartners: PartnerRef[];
  /** Every record's show value, by id (an id may name records of more than one kind). */
  shown: Map<string, Shown[]>;
}

export interface SiteDataOptions {
  within: Duration; since: Duration;
  validation: { errors: number; warnings: number };
}

export function siteData(d: Dataset, asOf: number, o: SiteDataOptions): SiteData {
  const filters: Filters = {};
  const facts = factsOf(d, asOf);
  /** Marks, held activities per year and planned ones, of a list of activities. */
  const summarise = (acts: Iterable<Activity>): { marks: ActivityMark[]; byYear: Record<string, number>; planned: number } => {
    const out = { marks: [] as ActivityMark[], byYear: {} as Record<string, number>, planned: 0 };
    for (const act of acts) {
      const t = activityTiming(act, asOf);
      if (!t) {
        // Held at a time nobody recorded: counted, under `unknown` (after the years).
        if (undatedActivity(act, asOf)) out.byYear['unknown'] = (out.byYear['unknown'] ?? 0) + 1;
        continue;
      }
      out.marks.push({ id: act.id, title: act.data.title, day: t.day, planned: t.planned });
      if (t.planned) out.planned++;
      else {
        // Its year when its date falls in one (facts' startYearOf); a vague one (~2019, 2024..2025) under `unknown`, never the first year it could be.
        const year = startYearOf(t.start);
        const y = typeof year === 'number' ? String(year) : 'unknown';
        out.byYear[y] = (out.byYear[y] ?? 0) + 1;
      }
    }
    return out;
  };
  const sharedOf = new Map<readonly Activity[], ReturnType<typeof summarise>>();
  const lines: PartnershipLine[] = partnerships(facts).map((p) => {
    const parts = partnershipActivityParts(p, d);
    let shared = sharedOf.get(parts.direct);
    if (!shared) sharedOf.set(parts.direct, (shared = summarise(parts.direct)));
    const own = summarise(parts.linked.sort((x, y) => parts.order(x) - parts.order(y)));
    const byYear: Record<string, number> = { ...shared.byYear };
    for (const [y, n] of Object.entries(own.byYear)) byYear[y] = (byYear[y] ?? 0) + n;
    const planned = shared.planned + own.planned;
    const acts = { shared: shared.marks, own: own.marks };
    return {
      key: p.key,
      owner: p.owner ?? null,
      partner: { id: p.partner.id, name: p.partner.name, country: p.partner.country },
      agreements: p.agreements.map((a): TimelineAgreement => {
        const af = facts.of(a);
        const e = af.end;
        // A terminated agreement's bar stops at its termination: the facts' last day in force, as show says.
        const last = af.lastInForce;
        return {
          id: a.id, title: a.data.title, documentType: a.data.document_type, start: af.start?.first ?? null,
          startText: af.start?.text ?? null, startYear: startYearOf(af.start), endText: last.text,
          end: last.day,
          endKind: last.byTermination ? 'terminated' : e.kind !== 'none' && e.day === null ? 'unknown' : e.kind,
          uncertain: e.uncertain || (af.start?.uncertain ?? false) || (last.byTermination && last.uncertain),
          status: af.status,
        };
      }),
      inForce: partnershipInForce(facts, p),
      activitiesByYear: byYear,
      activities: acts,
      plannedActivities: planned,
    };
  });
  const shown = new Map<string, Shown[]>();
  for (const id of new Set([...d.partners.keys(), ...d.agreements.keys(), ...d.activities.keys()])) shown.set(id, showRecord(d, id, asOf));
  return {
    summary: summaryReport(d, asOf, { filters, validation: o.validation }),
    expiring: expiringReport(d, asOf, { within: o.within, all: false, filters }),
    inactive: inactiveReport(d, asOf, { since: o.since, filters }),
    coverage: coverageReport(d, asOf, { by: 'sector', since: o.since, matrix: true, filters }),
    agreements: listAgreements(d, asOf, filters),
    partners: listPartners(d, filters),
    activities: listActivities(d, asOf, filters),
    partnerships: lines,
    countedPartners: countedPartners(facts, filters),
    shown,
  };
}
