// Report: partnerships in force with no activity in the window (or none ever), most dormant first.

import { startOf } from '../model/agreement.js';
import { addDuration, iso } from '../model/dates.js';
import type { Activity, Dataset } from '../model/types.js';
import { agreementMatches, partnerMatches, type Filters } from './filters.js';
import { activityTiming, partnerships, partnershipActivityParts, partnershipInForce, type ActivityTiming } from './partnerships.js';

export interface InactiveRow {
  partner: { id: string; name: string; country: string };
  owner: string | null;
  agreements: string[];
  firstSigned: string | null;
  lastActivity: { id: string; title: string; date: string } | null;
  daysSince: number | null;
  activitiesLast3Years: number;
  nextPlanned: { id: string; title: string; date: string } | null;
}

export interface InactiveReport { since: string; windowStart: string; rows: InactiveRow[]; partnershipsInForce: number }

export function inactiveReport(d: Dataset, asOf: number, o: { since: import('../model/dates.js').Duration; sinceText: string; filters: Filters }): InactiveReport {
  const windowStart = addDuration(asOf, o.since, -1);
  const threeYears = addDuration(asOf, { count: 3, unit: 'y' }, -1);
  const ships = partnerships(d, (a) => agreementMatches(a, o.filters, d)).filter((p) => partnerMatches(p.partner, o.filters) && partnershipInForce(p, asOf));
  const rows: InactiveRow[] = [];
  // Activities linked to a partner directly count for each of its partnerships: summed up once per
  // owner and partner, not once per partnership (one partner with 50,000 agreements stays linear).
  type Timed = { act: Activity; t: ActivityTiming; order: number };
  interface Part { last?: Timed; next?: Timed; recent: number }
  const laterHeld = (a: Timed | undefined, b: Timed): boolean => !a || b.t.day > a.t.day || (b.t.day === a.t.day && b.act.id < a.act.id);
  const earlierPlanned = (a: Timed | undefined, b: Timed): boolean => !a || b.t.day < a.t.day || (b.t.day === a.t.day && b.order < a.order);
  const summarise = (acts: readonly Activity[], order: (act: Activity) => number): Part => {
    const part: Part = { recent: 0 };
    for (const act of acts) {
      const t = activityTiming(act, asOf);
      if (!t) continue;
      const x = { act, t, order: order(act) };
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
    const { direct, linked, order } = partnershipActivityParts(p, d);
    let dp = directParts.get(direct);
    if (!dp) directParts.set(direct, (dp = summarise(direct, order)));
    const lp = summarise(linked, order);
    const last = lp.last && laterHeld(dp.last, lp.last) ? lp.last : dp.last;
    if (last && last.t.day >= windowStart) continue;
    const next = lp.next && earlierPlanned(dp.next, lp.next) ? lp.next : dp.next;
    const recent = dp.recent + lp.recent;
    const starts = p.agreements.map((a) => startOf(a.data)).filter((s) => s !== undefined);
    const first = starts.sort((a, b) => a.first - b.first)[0];
    rows.push({
      partner: { id: p.partner.id, name: p.partner.data.name, country: p.partner.data.country },
      owner: p.owner ?? null,
      agreements: p.agreements.map((a) => a.id),
      firstSigned: first ? first.text : null,
      lastActivity: last ? { id: last.act.id, title: last.act.data.title, date: iso(last.t.day) } : null,
      daysSince: last ? asOf - last.t.day : null,
      activitiesLast3Years: recent,
      nextPlanned: next ? { id: next.act.id, title: next.act.data.title, date: iso(next.t.day) } : null,
    });
  }
  // Most dormant first: never active (oldest partnership first), then the longest silence.
  rows.sort((a, b) => {
    if (a.daysSince === null || b.daysSince === null) {
      if (a.daysSince !== b.daysSince) return a.daysSince === null ? -1 : 1;
      return (a.firstSigned ?? '9999') < (b.firstSigned ?? '9999') ? -1 : (a.firstSigned ?? '9999') > (b.firstSigned ?? '9999') ? 1 : a.partner.id < b.partner.id ? -1 : 1;
    }
    return b.daysSince - a.daysSince || (a.partner.id < b.partner.id ? -1 : 1);
  });
  return { since: o.sinceText, windowStart: iso(windowStart), rows, partnershipsInForce: ships.length };
}
