// Report: partnerships in force with no activity in the window (or none ever), most dormant first.

import { startOf } from '../model/agreement.js';
import { addDuration, iso } from '../model/dates.js';
import type { Dataset } from '../model/types.js';
import { agreementMatches, partnerMatches, type Filters } from './filters.js';
import { activityTiming, partnerships, partnershipActivities, partnershipInForce } from './partnerships.js';

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
  for (const p of ships) {
    const timed = partnershipActivities(p, d)
      .map((act) => ({ act, t: activityTiming(act, asOf) }))
      .filter((x): x is { act: typeof x.act; t: NonNullable<typeof x.t> } => x.t !== undefined);
    const held = timed.filter((x) => x.t.held).sort((a, b) => b.t.day - a.t.day || (a.act.id < b.act.id ? -1 : 1));
    const last = held[0];
    if (last && last.t.day >= windowStart) continue;
    const next = timed.filter((x) => x.t.planned).sort((a, b) => a.t.day - b.t.day)[0];
    const starts = p.agreements.map((a) => startOf(a.data)).filter((s) => s !== undefined);
    const first = starts.sort((a, b) => a.first - b.first)[0];
    rows.push({
      partner: { id: p.partner.id, name: p.partner.data.name, country: p.partner.data.country },
      owner: p.owner ?? null,
      agreements: p.agreements.map((a) => a.id),
      firstSigned: first ? first.text : null,
      lastActivity: last ? { id: last.act.id, title: last.act.data.title, date: iso(last.t.day) } : null,
      daysSince: last ? asOf - last.t.day : null,
      activitiesLast3Years: held.filter((x) => x.t.day >= threeYears).length,
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
