// Partnerships as chains. Agreements linked by parent (LoI → MoU → PKS) or renews (MoU 2017 → renewal
// 2022) form one chain; a partnership is a chain together with one counterpart partner. So an MoU and
// its renewals with Shizuoka count once, and a trilateral MoU is one partnership with each partner. A
// partner whose file was left out (invalid) still forms its partnerships, named by its id.

import { iso, parseDate, type KDate } from '../model/dates.js';
import type { Activity, Agreement, Dataset } from '../model/types.js';
import { ownerOf } from '../model/parties.js';
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
    .map(([key, g]) => ({ key, owner: g.owner, partner: g.partner, agreements: chainOrder(f, g.agreements) }))
    .sort((x, y) => (x.key < y.key ? -1 : 1));
}

/**
 * A chain's agreements in the order they came: each after the one it follows (renews or parent), then by
 * start (an undated one after the dated ones it is not linked to), then by id. So an undated original
 * MoU comes before the 2015 renewal that renews it, never after it.
 */
export function chainOrder(f: Facts, list: readonly Agreement[]): Agreement[] {
  const sorted = [...list].sort((x, y) => startDay(f, x) - startDay(f, y) || (x.id < y.id ? -1 : 1));
  const index = new Map(sorted.map((a, i) => [a.id, i]));
  const waits = new Array<number>(sorted.length).fill(0);
  const next = new Map<number, number[]>();
  sorted.forEach((a, i) => {
    const up = f.of(a).follows;
    const j = up ? index.get(up.id) : undefined;
    if (j === undefined || j === i) return;
    waits[i] = 1;
    next.set(j, [...(next.get(j) ?? []), i]);
  });
  // Kahn's order, the ready agreement with the smallest place in `sorted` first (a binary heap of places).
  const heap: number[] = [];
  const push = (x: number): void => {
    heap.push(x);
    for (let k = heap.length - 1; k > 0;) {
      const p = (k - 1) >> 1;
      if ((heap[p] as number) <= x) break;
      heap[k] = heap[p] as number;
      heap[p] = x;
      k = p;
    }
  };
  const pop = (): number => {
    const top = heap[0] as number;
    const last = heap.pop() as number;
    if (heap.length) {
      heap[0] = last;
      for (let k = 0; ;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < heap.length && (heap[l] as number) < (heap[m] as number)) m = l;
        if (r < heap.length && (heap[r] as number) < (heap[m] as number)) m = r;
        if (m === k) break;
        [heap[k], heap[m]] = [heap[m] as number, heap[k] as number];
        k = m;
      }
    }
    return top;
  };
  waits.forEach((w, i) => { if (w === 0) push(i); });
  const out: Agreement[] = [];
  const done = new Set<number>();
  while (heap.length) {
    const i = pop();
    done.add(i);
    out.push(sorted[i] as Agreement);
    for (const k of next.get(i) ?? []) if (--(waits[k] as number) === 0) push(k);
  }
  // A loop (an error validate reports; such records are left out of reports) keeps the order by start.
  if (out.length < sorted.length) for (let i = 0; i < sorted.length; i++) if (!done.has(i)) out.push(sorted[i] as Agreement);
  return out;
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

/**
 * When a partnership's standing was last confirmed: the latest `confirmed:` of the agreements that give it
 * its stage (as recorded), and whether that is older than the register's stale_after. An agreement
 * that says nothing of when it was confirmed neither confirms nor dates the tie: null when none says.
 */
export function partnershipConfirmed(f: Facts, p: Partnership, includeLoi = false): { confirmed: string | null; stale: boolean } {
  const stage = stageOf(f, p, includeLoi);
  let best: Agreement | undefined;
  let bestDay = Number.NEGATIVE_INFINITY;
  for (const a of p.agreements) {
    const c = a.data.confirmed ? parseDate(a.data.confirmed) : undefined;
    if (!c || stageFor(f.of(a), includeLoi) !== stage || c.last <= bestDay) continue;
    best = a;
    bestDay = c.last;
  }
  return best ? { confirmed: best.data.confirmed as string, stale: f.of(best).stale } : { confirmed: null, stale: false };
}

/** The facts of a dataset (for callers holding only the dataset). */
export { factsOf };

/** What a tie's first date on record is: a signature, the day an agreement took effect, or the date written on a document. */
export type FirstBasis = 'signed' | 'effective' | 'document';

/** An agreement's earliest date of a kind: its earliest signature, its effective date, its document date. */
function datesOf(a: Agreement, kinds: readonly FirstBasis[]): Array<{ d: KDate; basis: FirstBasis }> {
  const out: Array<{ d: KDate; basis: FirstBasis }> = [];
  const add = (t: string | undefined, basis: FirstBasis): void => {
    const d = t ? parseDate(t) : undefined;
    if (d && kinds.includes(basis)) out.push({ d, basis });
  };
  for (const s of a.data.signatures ?? []) add(s.date, 'signed');
  add(a.data.effective, 'effective');
  add(a.data.document_date, 'document');
  return out;
}

/**
 * The earliest date of the given kinds among a partnership's agreements, and which kind it is (a
 * signature before an effective date or a document date of the same day). When an agreement that the
 * earliest dated one follows (by renews or parent) has no such date, the tie began before it: the date
 * is "on or before" (`..2007-08-21`). Undefined when nothing is dated.
 */
function earliest(p: Partnership, kinds: readonly FirstBasis[]): { date: KDate; basis: FirstBasis } | undefined {
  const rank: Record<FirstBasis, number> = { signed: 0, effective: 1, document: 2 };
  const dated = p.agreements.flatMap((a) => datesOf(a, kinds).map((x) => ({ a, ...x })))
    .sort((x, y) => x.d.first - y.d.first || x.d.last - y.d.last || rank[x.basis] - rank[y.basis]);
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
      if (datesOf(next, kinds).length === 0) return { date: parseDate(`..${iso(best.d.last)}`) as KDate, basis: best.basis };
      stack.push(next);
    }
  }
  return { date: best.d, basis: best.basis };
}

/** An agreement's first date on record and what it is (a signature before an effective or document date of the same day). */
export function agreementFirstDate(a: Agreement): { date: KDate; basis: FirstBasis } | undefined {
  const rank: Record<FirstBasis, number> = { signed: 0, effective: 1, document: 2 };
  const best = datesOf(a, ['signed', 'effective', 'document']).sort((x, y) => x.d.first - y.d.first || x.d.last - y.d.last || rank[x.basis] - rank[y.basis])[0];
  return best ? { date: best.d, basis: best.basis } : undefined;
}

/** When the partnership was first signed: the earliest signature of its agreements ("by" when an older agreement is undated). */
export function firstSigned(p: Partnership): KDate | undefined {
  return earliest(p, ['signed'])?.date;
}

/**
 * The partnership's first date on record, and what it is: the earliest signature, effective date or
 * document date of its agreements. A tie known only as "in force since 1979" has no signature on
 * record: its first date is 1979, `effective`, never "first signed".
 */
export function firstOnRecord(p: Partnership): { date: KDate; basis: FirstBasis } | undefined {
  return earliest(p, ['signed', 'effective', 'document']);
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
    const owner = ownerOf(act.data, d.config);
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
  /** The recorded date that day comes from (its end, else its start; a recurring one's latest occurrence), and whether it is uncertain. */
  readonly date: KDate;
  readonly held: boolean;
  readonly planned: boolean;
  /** It recurs every so long (`recurs.every`): `date` is its latest occurrence on record. */
  readonly recurs: string | null;
}

/**
 * When an activity counts. Cancelled ones never do. Planned ones (status planned, or certainly starting
 * after the as-of date, whatever their status says) count only as "next planned", on their earliest
 * possible start. A held activity counts on its end (or start), on the latest day an uncertain date
 * allows and never later than the as-of date: so a partnership is called dormant only when it certainly
 * is, and "days since" is a minimum. A recurring activity counts on its latest occurrence on record.
 * Undefined also for an activity no date places (see undatedActivity): it happened, nobody knows when.
 */
export function activityTiming(act: Activity, asOf: number): ActivityTiming | undefined {
  if (act.data.status === 'cancelled') return undefined;
  const start = parseDate(act.data.start);
  const rec = act.data.recurs;
  const latest = rec?.latest ? parseDate(rec.latest) : undefined;
  if (rec && latest) {
    if (act.data.status === 'planned' || latest.first > asOf) return { start: latest, day: latest.first, date: latest, held: false, planned: true, recurs: rec.every };
    return { start: latest, day: Math.min(asOf, latest.last), date: latest, held: true, planned: false, recurs: rec.every };
  }
  if (!start) return undefined;
  const planned = act.data.status === 'planned' || start.first > asOf;
  if (planned) return { start, day: start.first, date: start, held: false, planned, recurs: rec?.every ?? null };
  // A recurring activity whose latest occurrence is not on record: its first one does not say when it last took place.
  if (rec) return undefined;
  const end = act.data.end ? parseDate(act.data.end) : undefined;
  const date = end ?? start;
  return { start, day: Math.min(asOf, date.last), date, held: true, planned, recurs: null };
}

/** An activity on record that happened (not cancelled, not planned) at a time no date on record gives. */
export interface UndatedActivity {
  readonly id: string;
  readonly title: string;
  /** It recurs every so long, its latest occurrence not on record; null for a one-off of unknown date. */
  readonly recurs: string | null;
  /** A recurring activity's first occurrence, as recorded; null when not known. */
  readonly since: string | null;
}

/**
 * The activity, when it is one that happened at a time nobody has recorded: `start: unknown`, or a
 * recurring one with no latest occurrence on record. Such an activity is neither "no activity" nor a
 * last activity on a day: reports say "on record, undated".
 */
export function undatedActivity(act: Activity, asOf: number): UndatedActivity | undefined {
  if (act.data.status === 'cancelled' || act.data.status === 'planned' || activityTiming(act, asOf)) return undefined;
  const since = act.data.recurs && parseDate(act.data.start) ? act.data.start : null;
  return { id: act.id, title: act.data.title, recurs: act.data.recurs?.every ?? null, since };
}
