// Partnerships as chains. Agreements linked by parent (LoI → MoU → PKS) or renews (MoU 2017 → renewal
// 2022) form one chain; a partnership is a chain together with one counterpart partner. So an MoU and
// its renewals with Shizuoka count once, and a trilateral MoU is one partnership with each partner. A
// partner whose file was left out (invalid) still forms its partnerships, named by its id.

import { firstSignedOf } from '../model/agreement.js';
import { iso, parseDate, type KDate } from '../model/dates.js';
import type { Activity, Agreement, Dataset } from '../model/types.js';
import { factsOf, isInForceStage, STAGE_ORDER, stageFor, type Facts, type PartnerRef, type Stage } from './facts.js';

export { STAGE_ORDER, type Stage } from './facts.js';

export interface Partnership {
  readonly key: string;
  readonly owner: string | undefined;
  readonly partner: PartnerRef;
  /** The chain's agreements with this partner, oldest first. */
  readonly agreements: readonly Agreement[];
}

const chainMemo = new WeakMap<Dataset, Map<string, string>>();

/** Chain id of each agreement: the smallest id in its connected parent/renews component. */
export function chainIds(d: Dataset): Map<string, string> {
  const known = chainMemo.get(d);
  if (known) return known;
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
  const out = new Map([...d.agreements.keys()].map((id) => [id, find(id)]));
  chainMemo.set(d, out);
  return out;
}

const startDay = (f: Facts, a: Agreement): number => f.of(a).start?.first ?? Number.MAX_SAFE_INTEGER;

/** The partnerships of the agreements `include` keeps (every agreement by default), sorted by key. */
export function partnerships(f: Facts, include: (a: Agreement) => boolean = () => true): Partnership[] {
  const d = f.dataset;
  const chains = chainIds(d);
  const groups = new Map<string, { owner: string | undefined; partner: PartnerRef; agreements: Agreement[] }>();
  for (const a of d.agreements.values()) {
    if (!include(a)) continue;
    const af = f.of(a);
    for (const partner of af.counterparts) {
      const key = `${af.owner ?? ''}|${partner.id}|${chains.get(a.id) ?? a.id}`;
      const g = groups.get(key) ?? { owner: af.owner, partner, agreements: [] };
      g.agreements.push(a);
      groups.set(key, g);
    }
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, owner: g.owner, partner: g.partner, agreements: g.agreements.sort((x, y) => startDay(f, x) - startDay(f, y) || (x.id < y.id ? -1 : 1)) }))
    .sort((x, y) => (x.key < y.key ? -1 : 1));
}

/** The stage of an agreement as of the facts' day (an LoI counts as in force only with `includeLoi`). */
export function agreementStage(f: Facts, a: Agreement, includeLoi = false): Stage {
  return stageFor(f.of(a), includeLoi);
}

/** A partnership's stage: the furthest stage any of its agreements has reached. */
export function stageOf(f: Facts, p: Partnership, includeLoi = false): Stage {
  let best = STAGE_ORDER.length - 1;
  for (const a of p.agreements) best = Math.min(best, STAGE_ORDER.indexOf(stageFor(f.of(a), includeLoi)));
  return STAGE_ORDER[best] as Stage;
}

/** In force: some agreement of the chain in force (not only an LoI, unless asked), or a renewal cycle. */
export function partnershipInForce(f: Facts, p: Partnership, includeLoi = false): boolean {
  return isInForceStage(stageOf(f, p, includeLoi));
}

/** The facts of a dataset (for callers holding only the dataset). */
export { factsOf };

/**
 * When the partnership was first signed: the earliest signature (or effective) date of its agreements.
 * When an agreement that the earliest dated one follows (by renews or parent) has no date, the tie began
 * before it: the result is "on or before" that date (`..2007-08-21`). Undefined when nothing is dated.
 */
export function firstSigned(p: Partnership): KDate | undefined {
  const dated = p.agreements.flatMap((a) => {
    const d = firstSignedOf(a.data);
    return d ? [{ a, d }] : [];
  }).sort((x, y) => x.d.first - y.d.first || x.d.last - y.d.last);
  const best = dated[0];
  if (!best) return undefined;
  const byId = new Map(p.agreements.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const stack = [best.a];
  while (stack.length) {
    const cur = stack.pop() as Agreement;
    for (const up of [cur.data.renews, cur.data.parent]) {
      const next = up === undefined ? undefined : byId.get(up);
      if (!next || seen.has(next.id)) continue;
      seen.add(next.id);
      if (!firstSignedOf(next.data)) return parseDate(`..${iso(best.d.last)}`);
      stack.push(next);
    }
  }
  return best.d;
}

/** Adds a value to the list under a key (the one way the indexes here and in records.ts are built). */
export function pushTo<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
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
  const push = pushTo<Activity>;
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

export interface ActivityTiming {
  readonly start: KDate;
  /** The day the activity counts on (see activityTiming). */
  readonly day: number;
  /** The recorded date that day comes from (its end, else its start), and whether it is uncertain. */
  readonly date: KDate;
  readonly held: boolean;
  readonly planned: boolean;
}

/**
 * When an activity counts. Cancelled ones never do. Planned ones (status planned, or certainly starting
 * after the as-of date, whatever their status says) count only as "next planned", on their earliest
 * possible start. A held activity counts on its end (or start), on the latest day an uncertain date
 * allows and never later than the as-of date: so a partnership is called dormant only when it certainly
 * is, and "days since" is a minimum.
 */
export function activityTiming(act: Activity, asOf: number): ActivityTiming | undefined {
  const start = parseDate(act.data.start);
  if (!start || act.data.status === 'cancelled') return undefined;
  const end = act.data.end ? parseDate(act.data.end) : undefined;
  const planned = act.data.status === 'planned' || start.first > asOf;
  if (planned) return { start, day: start.first, date: start, held: false, planned };
  const date = end ?? start;
  return { start, day: Math.min(asOf, date.last), date, held: true, planned };
}
