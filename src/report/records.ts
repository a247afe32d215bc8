// list and show: the records themselves, filtered, with the derived status as of the date. A list's
// columns are the ones built here, then every other field the field model marks for `list`.

import { parseDate, type KDate } from '../model/dates.js';
import type { Activity, Agreement, Dataset, Kind, Partner } from '../model/types.js';
import { partiesOf } from '../model/parties.js';
import { FIELDS } from '../model/fields.js';
import { factsOf, renewalsOf, type Link } from '../facts/facts.js';
import type { DerivedStatus } from '../model/agreement.js';
import { activityMatches, agreementMatches, partnerMatches, type Filters } from './filters.js';
import { activityTiming, chainIds, chainOrder, pushTo } from '../facts/partnerships.js';

const uncertain = (text: string | null | undefined): boolean => (text ? parseDate(text)?.uncertain ?? false : false);
const kdateText = (k: KDate | undefined): string | null => k?.text ?? null;

/** The columns each list builds itself (record fields and facts), in order; the field model's other `list` fields follow them. */
const BUILT: Readonly<Record<Kind, readonly string[]>> = {
  agreement: ['id', 'title', 'category', 'document_type', 'partners', 'start', 'end', 'status', 'derived_status', 'confirmed'],
  partner: ['id', 'name', 'type', 'country', 'agreements'],
  activity: ['id', 'title', 'type', 'start', 'end', 'agreements', 'partners', 'state'],
};

/**
 * The field model's other fields marked for `list`, as columns: the value as recorded (null when not
 * recorded), and for a date a `<key>_uncertain` flag. So a field added to the model shows in every list.
 */
function listedFields(kind: Kind, data: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(FIELDS[kind])) {
    if (!f.list || BUILT[kind].includes(k)) continue;
    const v = (data as Record<string, unknown>)[k] ?? null;
    // A mapping (a partner's ids): one column per sub-field, `<key>_<sub>` (ids_kemendagri), as the export names them.
    if (f.shape.t === 'object') {
      for (const sub of Object.keys(f.shape.fields)) out[`${k}_${sub}`] = (v as Record<string, unknown> | null)?.[sub] ?? null;
      continue;
    }
    out[k] = v;
    if (f.shape.t === 'date') out[`${k}_uncertain`] = uncertain(typeof v === 'string' ? v : null);
  }
  return out;
}

export function listAgreements(d: Dataset, asOf: number, f: Filters) {
  const facts = factsOf(d, asOf);
  return [...d.agreements.values()].filter((a) => agreementMatches(a, f, d)).map((a) => {
    const af = facts.of(a);
    const start = kdateText(af.start);
    const end = af.end.text;
    return {
      id: a.id, title: a.data.title, category: a.data.category, document_type: a.data.document_type, partners: a.data.partners,
      start, start_uncertain: uncertain(start), end, end_uncertain: end !== 'none' && end !== null && (uncertain(end) || af.end.uncertain),
      // Whether the record writes an end at all (show's "no end recorded" is said when it does not), or renews on a cycle.
      end_recorded: a.data.end !== undefined || a.data.renews_every !== undefined,
      status: a.data.status, derived_status: af.status, confirmed: a.data.confirmed ?? null, ...listedFields('agreement', a.data), stale: af.stale, file: a.file,
    };
  });
}

export function listPartners(d: Dataset, f: Filters) {
  // Agreements per partner, as owner or counterpart (what show lists), counted in one pass (not a scan of
  // every agreement per partner: the site lists 100,000 records); an agreement naming a partner twice counts once.
  const agreements = new Map<string, number>();
  for (const a of d.agreements.values()) for (const id of partiesOf(a.data, d.config)) agreements.set(id, (agreements.get(id) ?? 0) + 1);
  return [...d.partners.values()].filter((p) => partnerMatches(p, f)).map((p) => ({
    id: p.id, name: p.data.name, type: p.data.type, country: p.data.country,
    agreements: agreements.get(p.id) ?? 0, ...listedFields('partner', p.data), file: p.file,
  }));
}

export function listActivities(d: Dataset, asOf: number, f: Filters) {
  return [...d.activities.values()].filter((act) => activityMatches(act, f, d)).map((act) => ({
    id: act.id, title: act.data.title, type: act.data.type, start: act.data.start, start_uncertain: uncertain(act.data.start), end: act.data.end ?? null, end_uncertain: uncertain(act.data.end),
    agreements: act.data.agreements ?? [], partners: act.data.partners ?? [],
    state: act.data.status === 'cancelled' ? 'cancelled' : activityTiming(act, asOf)?.planned ? 'planned' : 'held', ...listedFields('activity', act.data), file: act.file,
  }));
}

export type Shown =
  | { kind: 'partner'; record: Partner; agreements: Agreement[]; activities: Activity[] }
  | { kind: 'agreement'; record: Agreement; derivedStatus: DerivedStatus; start: string | null; end: string | null; terminated: string | null;
      /** The last day in force (the facts' lastInForce): the end, or the day before a termination that came first. */
      lastDayInForce: string | null; stale: boolean; chain: Agreement[]; parent: Agreement | null; children: Agreement[]; renews: Agreement | null; renewedBy: Agreement[];
      /** How it follows another agreement, what follows it, and what superseded it, each named (the facts' links). */
      follows: Link | null; followedBy: readonly Link[]; supersededBy: Link | null; activities: Activity[] }
  | { kind: 'activity'; record: Activity; agreements: Agreement[] };

const firstDay = (t: string): number => parseDate(t)?.first ?? Number.POSITIVE_INFINITY;
const byStart = (a: Activity, b: Activity): number => firstDay(a.data.start) - firstDay(b.data.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface ShowIndex {
  chains: Map<string, string>;
  byChain: Map<string, Agreement[]>;
  byPartner: Map<string, Agreement[]>;
  children: Map<string, Agreement[]>;
  actsByAgreement: Map<string, Activity[]>;
  actsByPartner: Map<string, Activity[]>;
}
const showIndexes = new WeakMap<Dataset, ShowIndex>();

/** Records by the links show follows, built once per dataset (the site shows every record). */
function showIndex(d: Dataset): ShowIndex {
  const cached = showIndexes.get(d);
  if (cached) return cached;
  const push = pushTo;
  const ix: ShowIndex = { chains: chainIds(d), byChain: new Map(), byPartner: new Map(), children: new Map(), actsByAgreement: new Map(), actsByPartner: new Map() };
  for (const a of d.agreements.values()) {
    push(ix.byChain, ix.chains.get(a.id) ?? a.id, a);
    for (const p of partiesOf(a.data, d.config)) push(ix.byPartner, p, a);
    if (a.data.parent) push(ix.children, a.data.parent, a);
  }
  for (const act of d.activities.values()) {
    for (const id of new Set(act.data.agreements ?? [])) push(ix.actsByAgreement, id, act);
    for (const p of partiesOf(act.data, d.config)) push(ix.actsByPartner, p, act);
  }
  showIndexes.set(d, ix);
  return ix;
}

export function showRecord(d: Dataset, id: string, asOf: number): Shown[] {
  const out: Shown[] = [];
  const ix = showIndex(d);
  const p = d.partners.get(id);
  if (p) {
    const agreements = ix.byPartner.get(id) ?? [];
    const acts = new Set<Activity>(ix.actsByPartner.get(id) ?? []);
    for (const a of agreements) for (const act of ix.actsByAgreement.get(a.id) ?? []) acts.add(act);
    out.push({ kind: 'partner', record: p, agreements: [...agreements], activities: [...acts].sort(byStart) });
  }
  const a = d.agreements.get(id);
  if (a) {
    const facts = factsOf(d, asOf);
    const af = facts.of(a);
    const chain = chainOrder(facts, ix.byChain.get(ix.chains.get(id) ?? id) ?? [a]);
    out.push({
      kind: 'agreement', record: a, derivedStatus: af.status, start: kdateText(af.start), end: af.end.text, terminated: af.terminated?.text ?? null, lastDayInForce: af.lastInForce.text, stale: af.stale, chain,
      parent: a.data.parent ? d.agreements.get(a.data.parent) ?? null : null,
      children: [...(ix.children.get(id) ?? [])],
      renews: a.data.renews ? d.agreements.get(a.data.renews) ?? null : null,
      // What renews it, as the facts name the links (renews:, or a renewal under it as parent:).
      renewedBy: renewalsOf(af).flatMap((x) => d.agreements.get(x) ?? []),
      follows: af.follows, followedBy: af.followedBy, supersededBy: af.supersededBy,
      activities: [...(ix.actsByAgreement.get(id) ?? [])].sort(byStart),
    });
  }
  const act = d.activities.get(id);
  if (act) out.push({ kind: 'activity', record: act, agreements: (act.data.agreements ?? []).map((x) => d.agreements.get(x)).filter((x): x is Agreement => x !== undefined) });
  return out;
}
