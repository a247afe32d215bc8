// Partnerships as chains. Agreements linked by parent (LoI → MoU → PKS) or renews (MoU 2017 → renewal
// 2022) form one chain; a partnership is a chain together with one counterpart partner. So an MoU and
// its renewals with Shizuoka count once, and a trilateral MoU is one partnership with each partner.

import { derivedStatus, startOf } from '../model/agreement.js';
import { parseDate, type KDate } from '../model/dates.js';
import type { Activity, Agreement, Dataset, Partner } from '../model/types.js';

export interface Partnership {
  readonly key: string;
  readonly owner: string | undefined;
  readonly partner: Partner;
  /** The chain's agreements with this partner, oldest first. */
  readonly agreements: readonly Agreement[];
}

/** Chain id of each agreement: the smallest id in its connected parent/renews component. */
export function chainIds(d: Dataset): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const a of d.agreements.values()) parent.set(a.id, a.id);
  for (const a of d.agreements.values()) {
    for (const link of [a.data.parent, a.data.renews]) if (link && d.agreements.has(link)) union(a.id, link);
  }
  return new Map([...d.agreements.keys()].map((id) => [id, find(id)]));
}

const startDay = (a: Agreement): number => startOf(a.data)?.first ?? Number.MAX_SAFE_INTEGER;

export function partnerships(d: Dataset, include: (a: Agreement) => boolean = () => true): Partnership[] {
  const chains = chainIds(d);
  const groups = new Map<string, { owner: string | undefined; partner: Partner; agreements: Agreement[] }>();
  for (const a of d.agreements.values()) {
    if (!include(a)) continue;
    const owner = a.data.owner ?? d.config.owner;
    for (const pid of a.data.partners) {
      const partner = d.partners.get(pid);
      if (!partner) continue;
      const key = `${owner ?? ''}|${pid}|${chains.get(a.id) ?? a.id}`;
      const g = groups.get(key) ?? { owner, partner, agreements: [] };
      g.agreements.push(a);
      groups.set(key, g);
    }
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, owner: g.owner, partner: g.partner, agreements: g.agreements.sort((x, y) => startDay(x) - startDay(y) || (x.id < y.id ? -1 : 1)) }))
    .sort((x, y) => (x.key < y.key ? -1 : 1));
}

export function partnershipInForce(p: Partnership, asOf: number): boolean {
  return p.agreements.some((a) => derivedStatus(a.data, asOf) === 'in_force');
}

interface ActivityIndex {
  order: Map<Activity, number>;
  byAgreement: Map<string, Activity[]>;
  byPartner: Map<string, Activity[]>;
}
const indexes = new WeakMap<Dataset, ActivityIndex>();

/** Activities by agreement id and by owner|partner, built once per dataset (reports ask per partnership). */
function activityIndex(d: Dataset): ActivityIndex {
  let ix = indexes.get(d);
  if (ix) return ix;
  ix = { order: new Map(), byAgreement: new Map(), byPartner: new Map() };
  const push = (m: Map<string, Activity[]>, k: string, act: Activity): void => {
    const list = m.get(k);
    if (list) list.push(act);
    else m.set(k, [act]);
  };
  for (const act of d.activities.values()) {
    ix.order.set(act, ix.order.size);
    for (const id of new Set(act.data.agreements ?? [])) push(ix.byAgreement, id, act);
    const owner = act.data.owner ?? d.config.owner;
    for (const pid of new Set(act.data.partners ?? [])) push(ix.byPartner, `${owner ?? ''}|${pid}`, act);
  }
  indexes.set(d, ix);
  return ix;
}

/** Activities of a partnership: linked to one of its agreements, or to its partner directly (same owner). */
export function partnershipActivities(p: Partnership, d: Dataset): Activity[] {
  const ix = activityIndex(d);
  const found = new Set<Activity>();
  for (const a of p.agreements) for (const act of ix.byAgreement.get(a.id) ?? []) found.add(act);
  for (const act of ix.byPartner.get(`${p.owner ?? ''}|${p.partner.id}`) ?? []) found.add(act);
  return [...found].sort((x, y) => (ix.order.get(x) ?? 0) - (ix.order.get(y) ?? 0));
}

/**
 * A partnership's activities in two parts, for reports that must stay linear when one partner has many
 * partnerships: `direct`, linked to the partner itself (the same array for every partnership with this
 * owner and partner), and `linked`, linked to the chain's agreements and not direct. `order` is each
 * activity's place in the register, which partnershipActivities sorts by.
 */
export function partnershipActivityParts(p: Partnership, d: Dataset): { direct: readonly Activity[]; linked: Activity[]; order: (act: Activity) => number } {
  const ix = activityIndex(d);
  const direct = ix.byPartner.get(`${p.owner ?? ''}|${p.partner.id}`) ?? NONE;
  const directSet = directSets.get(direct) ?? new Set(direct);
  directSets.set(direct, directSet);
  const linked = new Set<Activity>();
  for (const a of p.agreements) for (const act of ix.byAgreement.get(a.id) ?? []) if (!directSet.has(act)) linked.add(act);
  return { direct, linked: [...linked], order: (act) => ix.order.get(act) ?? 0 };
}
const NONE: readonly Activity[] = [];
const directSets = new WeakMap<readonly Activity[], Set<Activity>>();

export interface ActivityTiming { readonly start: KDate; readonly day: number; readonly held: boolean; readonly planned: boolean }

/**
 * When an activity counts. Cancelled ones never do. Planned ones (status planned, or starting after
 * the as-of date) count only as "next planned". A held activity's day is its end (or start), as early
 * as a partial date allows, and never later than the as-of date.
 */
export function activityTiming(act: Activity, asOf: number): ActivityTiming | undefined {
  const start = parseDate(act.data.start);
  if (!start || act.data.status === 'cancelled') return undefined;
  const end = act.data.end ? parseDate(act.data.end) : undefined;
  const planned = act.data.status === 'planned' || start.first > asOf;
  const day = planned ? start.first : Math.min(asOf, (end ?? start).first);
  return { start, day, held: !planned, planned };
}
