// Report: partnerships in force with no activity in the window (or none ever), most dormant first; and,
// apart from them, the ties that are not partnerships in force (an LoI with no agreement after it, a
// signed agreement not yet in force, a negotiation, a status nobody knows), each with its stage.

import { addDuration, durationText, iso, parseDate, type Duration, type KDate } from '../model/dates.js';
import type { Activity, Dataset } from '../model/types.js';
import { activityMatches, agreementMatches, partnerMatches, type Filters } from './filters.js';
import { activityTiming, agreementFirstDate, factsOf, firstOnRecord, firstSigned, partnershipConfirmed, partnerships, partnershipActivityParts, stageOf, undatedActivity, type ActivityTiming, type FirstBasis, type Partnership, type Stage, type UndatedActivity } from '../facts/partnerships.js';

/** An activity on a day: its date as recorded (a recurring one's latest occurrence on record, `recurs` its period). */
export interface DatedRef { id: string; title: string; date: string; dateUncertain: boolean; recurs: string | null }

export interface InactiveRow {
  partner: { id: string; name: string; country: string };
  owner: string | null;
  agreements: string[];
  /** in_force, or renewal_unrecorded (renews every few years; the latest renewal is not on file). */
  stage: Stage;
  /** The earliest signature of the chain, as a recorded date (`1989..1990`, `..2007-08-21`); null when no signature is dated. */
  firstSigned: string | null;
  firstSignedUncertain: boolean;
  /**
   * The chain's first date on record: the earliest signature, effective date or document date, and which
   * (`signed`, `effective`, `document`); "since 1979" with no signature on record is `effective`, never
   * "first signed". Null when nothing is dated.
   */
  firstOnRecord: string | null;
  firstOnRecordUncertain: boolean;
  firstOnRecordBasis: FirstBasis | null;
  /** The last held activity; `date` as recorded (its end, else its start). */
  lastActivity: DatedRef | null;
  /**
   * Activities on record that happened at a time no date gives (`start: unknown`, or recurring with no
   * latest occurrence on record): with no last activity, the partnership has "activities on record,
   * undated", not "no activity".
   */
  undatedActivities: UndatedActivity[];
  /** Days from the latest day the last activity can have been held; a minimum when that date is uncertain; null when no activity is dated. */
  daysSince: number | null;
  activitiesLast3Years: number;
  nextPlanned: DatedRef | null;
  /** When the tie's standing was last confirmed (the latest confirmed: of its agreements at its stage), as recorded; null when none says. */
  confirmed: string | null;
  /** That confirmation is older than thresholds.stale_after. */
  stale: boolean;
}

export interface TieRow {
  partner: { id: string; name: string; country: string };
  owner: string | null;
  agreements: string[];
  stage: Stage;
  /**
   * When the tie reached its stage: the newest agreement at that stage, its first date on record (the LoI's
   * signing, the day an agreement took effect …), and what that date is; null when not dated, and for a
   * negotiation (nothing says since when it has been negotiated: see plannedSigning).
   */
  since: string | null;
  sinceUncertain: boolean;
  sinceBasis: FirstBasis | null;
  /** A negotiation's planned signing, as recorded, and whether it has certainly passed; null for other stages or none planned. */
  plannedSigning: string | null;
  plannedSigningPassed: boolean;
  lastActivity: DatedRef | null;
  undatedActivities: UndatedActivity[];
  confirmed: string | null;
  stale: boolean;
}

export interface InactiveReport {
  /** The window as a duration ("12m"). */
  since: string;
  windowStart: string;
  rows: InactiveRow[];
  partnershipsInForce: number;
  /** Ties that are not partnerships in force, by stage then partner. Ended ones are not listed. */
  notInForce: TieRow[];
  /** How many ties are at each stage (ended included). */
  stages: Record<Stage, number>;
  includeLoi: boolean;
  /**
   * With `everyTie` (the export): the partnerships in force that are not dormant, in the shape of the
   * dormant ones, ordered as they are. The ended ties are then in `notInForce` too.
   */
  active?: InactiveRow[];
}

export interface InactiveOptions { since: Duration; filters: Filters; includeLoi?: boolean; everyTie?: boolean }

const ref = (act: { id: string; data: { title: string } }, date: KDate, recurs: string | null = null): DatedRef => ({ id: act.id, title: act.data.title, date: date.text, dateUncertain: date.uncertain, recurs });
const partnerOf = (p: Partnership): InactiveRow['partner'] => ({ id: p.partner.id, name: p.partner.name, country: p.partner.country });

export function inactiveReport(d: Dataset, asOf: number, o: InactiveOptions): InactiveReport {
  const includeLoi = Boolean(o.includeLoi);
  const windowStart = addDuration(asOf, o.since, -1);
  const threeYears = addDuration(asOf, { count: 3, unit: 'y' }, -1);
  const facts = factsOf(d, asOf);
  const ships = partnerships(facts, (a) => agreementMatches(a, o.filters, d)).filter((p) => partnerMatches(p.partner, o.filters));
  const stages = { in_force: 0, renewal_unrecorded: 0, loi: 0, pending: 0, negotiating: 0, unknown: 0, ended: 0 } as Record<Stage, number>;
  const rows: InactiveRow[] = [];
  const active: InactiveRow[] = [];
  const notInForce: TieRow[] = [];
  let inForce = 0;
  // Activities linked to a partner directly count for each of its partnerships: summed up once per
  // owner and partner, not once per partnership (one partner with 50,000 agreements stays linear).
  type Timed = { act: Activity; t: ActivityTiming };
  interface Part { last?: Timed; next?: Timed; recent: number; undated: Activity[] }
  const laterHeld = (a: Timed | undefined, b: Timed): boolean => !a || b.t.day > a.t.day || (b.t.day === a.t.day && b.act.id < a.act.id);
  const earlierPlanned = (a: Timed | undefined, b: Timed): boolean => !a || b.t.day < a.t.day || (b.t.day === a.t.day && b.act.id < a.act.id);
  const summarise = (acts: readonly Activity[]): Part => {
    const part: Part = { recent: 0, undated: [] };
    for (const act of acts) {
      // The activity side of the filters counts too: with --sector pariwisata, only tourism activities.
      if (!activityMatches(act, o.filters, d)) continue;
      const t = activityTiming(act, asOf);
      if (!t) {
        if (undatedActivity(act, asOf)) part.undated.push(act);
        continue;
      }
      const x = { act, t };
      if (t.held) {
        if (laterHeld(part.last, x)) part.last = x;
        if (t.day >= threeYears) part.recent++;
      }
      if (t.planned && earlierPlanned(part.next, x)) part.next = x;
    }
    return part;
  };
  const directParts = new Map<readonly Activity[], Part>();
  for (const p of ships) {
    const stage = stageOf(facts, p, includeLoi);
    stages[stage]++;
    if (stage === 'ended' && !o.everyTie) continue;
    const { direct, linked, order } = partnershipActivityParts(p, d);
    let dp = directParts.get(direct);
    if (!dp) directParts.set(direct, (dp = summarise(direct)));
    const lp = summarise(linked);
    const last = lp.last && laterHeld(dp.last, lp.last) ? lp.last : dp.last;
    const lastRef = last ? ref(last.act, last.t.date, last.t.recurs) : null;
    const undated = [...dp.undated, ...lp.undated].sort((x, y) => order(x) - order(y)).flatMap((act) => undatedActivity(act, asOf) ?? []);
    const confirmed = partnershipConfirmed(facts, p, includeLoi);
    if (stage !== 'in_force' && stage !== 'renewal_unrecorded') {
      const since = sinceOf(p, stage);
      const planned = stage === 'negotiating' ? plannedOf(p, asOf) : undefined;
      notInForce.push({
        partner: partnerOf(p), owner: p.owner ?? null, agreements: p.agreements.map((a) => a.id), stage,
        since: since?.date.text ?? null, sinceUncertain: since?.date.uncertain ?? false, sinceBasis: since?.basis ?? null,
        plannedSigning: planned?.planned ?? null, plannedSigningPassed: planned?.passed ?? false,
        lastActivity: lastRef, undatedActivities: undated, ...confirmed,
      });
      continue;
    }
    inForce++;
    const dormant = !last || last.t.day < windowStart;
    if (!dormant && !o.everyTie) continue;
    const next = lp.next && earlierPlanned(dp.next, lp.next) ? lp.next : dp.next;
    const first = firstSigned(p);
    const onRecord = firstOnRecord(p);
    (dormant ? rows : active).push({
      partner: partnerOf(p),
      owner: p.owner ?? null,
      agreements: p.agreements.map((a) => a.id),
      stage,
      firstSigned: first?.text ?? null,
      firstSignedUncertain: first?.uncertain ?? false,
      firstOnRecord: onRecord?.date.text ?? null,
      firstOnRecordUncertain: onRecord?.date.uncertain ?? false,
      firstOnRecordBasis: onRecord?.basis ?? null,
      lastActivity: lastRef,
      undatedActivities: undated,
      daysSince: last ? asOf - last.t.day : null,
      activitiesLast3Years: dp.recent + lp.recent,
      nextPlanned: next ? ref(next.act, next.t.start, next.t.recurs) : null,
      ...confirmed,
    });
  }
  // Most dormant first: no activity on record, then activities on record but undated (each the oldest
  // first date on record first; undated after dated), then the longest silence; ties by partner id.
  const firstDay = new Map(rows.map((r) => [r, r.firstOnRecord === null ? Number.POSITIVE_INFINITY : firstSignedDay(r.firstOnRecord)]));
  const rank = (r: InactiveRow): number => (r.daysSince !== null ? 2 : r.undatedActivities.length > 0 ? 1 : 0);
  rows.sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    const byDays = a.daysSince === null || b.daysSince === null ? (firstDay.get(a) as number) - (firstDay.get(b) as number) : b.daysSince - a.daysSince;
    return byDays || (a.partner.id < b.partner.id ? -1 : a.partner.id > b.partner.id ? 1 : 0);
  });
  notInForce.sort((a, b) => STAGE_RANK[a.stage] - STAGE_RANK[b.stage] || (a.partner.id < b.partner.id ? -1 : 1));
  return { since: durationText(o.since), windowStart: iso(windowStart), rows, partnershipsInForce: inForce, notInForce, stages, includeLoi, ...(o.everyTie ? { active } : {}) };
}

const STAGE_RANK: Record<Stage, number> = { in_force: 0, renewal_unrecorded: 1, loi: 2, pending: 3, negotiating: 4, unknown: 5, ended: 6 };

/** The earliest day a first-signed date can mean ("..2007" sorts by its last day: all that is known). */
function firstSignedDay(text: string): number {
  const k = parseDate(text);
  return k ? (k.open === 'before' ? k.last : k.first) : Number.POSITIVE_INFINITY;
}

/** When a tie reached the stage it is at: the newest agreement at that stage, by its first date on record (a negotiation: none). */
function sinceOf(p: Partnership, stage: Stage): { date: KDate; basis: FirstBasis } | undefined {
  if (stage === 'negotiating') return undefined;
  const atStage = p.agreements.filter((a) => {
    if (stage === 'loi') return a.data.document_type === 'loi';
    if (stage === 'unknown') return a.data.status === 'unknown';
    return true;
  });
  return atStage.flatMap((a) => agreementFirstDate(a) ?? []).sort((x, y) => y.date.first - x.date.first)[0];
}

/** A negotiation's planned signing (the latest planned among its drafts and negotiations), and whether it has certainly passed. */
function plannedOf(p: Partnership, asOf: number): { planned: string; passed: boolean } | undefined {
  const planned = p.agreements.filter((a) => a.data.status === 'draft' || a.data.status === 'negotiating')
    .flatMap((a) => (a.data.planned_signing ? [parseDate(a.data.planned_signing) as KDate] : [])).sort((x, y) => y.first - x.first)[0];
  return planned ? { planned: planned.text, passed: planned.last < asOf } : undefined;
}
