// The facts layer: what the outputs show about each record, derived once from the dataset and an as-of
// day. Every report, list, show, the summary, the site and the calendar read these facts and derive none
// of them again, so no two outputs can disagree about a record's status, stage, dates, staleness, its
// partners' countries or what was left out.
// - status: the status the dates imply (model/agreement.ts); a signed LoI is `signed_loi`, never in force.
// - stage: how far the agreement has come (in_force, renewal_unrecorded, loi, pending, negotiating,
//   unknown, ended); `inForce` is in_force or renewal_unrecorded. --include-loi is `stageFor(f, true)`.
// - start and end as day ranges, with the day each question uses and no invented bound: an end with no
//   upper bound has `latest: null`, never a far-future day.
// - counterparts: each partner as one reference; a partner whose file was left out (invalid) is still
//   named, by its id, with its country `unknown`.

import { derivedStatus, endOf, knownEnd, startOf, terminationDay, type DerivedStatus, type EndInfo } from '../model/agreement.js';
import { addDuration, civil, compactRange, iso, MAX_DAY, parseDate, parseDuration, rangeDate, type KDate } from '../model/dates.js';
import type { Agreement, Dataset } from '../model/types.js';
import { ownerOf } from '../model/parties.js';

/** A partner as every output names it: its id, name and country; `unknown` country when its file was left out. */
export interface PartnerRef {
  readonly id: string;
  readonly name: string;
  /** An ISO 3166-1 alpha-2 code, or `unknown`. */
  readonly country: string;
  /** The partner's file has errors and was left out of the reports: only its id is known to them. */
  readonly leftOut: boolean;
}

export const UNKNOWN_COUNTRY = 'unknown';

export type Stage = 'in_force' | 'renewal_unrecorded' | 'loi' | 'pending' | 'negotiating' | 'unknown' | 'ended';
export const STAGE_ORDER: readonly Stage[] = ['in_force', 'renewal_unrecorded', 'loi', 'pending', 'negotiating', 'unknown', 'ended'];

export interface EndFacts {
  readonly kind: EndInfo['kind'];
  /**
   * The day every expiry figure uses: the earliest day the end can be, or, when the end is only bounded
   * above ("by" a day), that bound. Null when there is no end or it is not known.
   */
  readonly day: number | null;
  /** The latest day the end can be; null when it has no upper bound (`2030..`, a term from `2017..`) or there is no end. */
  readonly latest: number | null;
  /** From an uncertain date (a month, a year, approximate, a range), the end's own or its start's. */
  readonly uncertain: boolean;
  /** Only bounded above: outputs say "by" `day`. */
  readonly open: boolean;
  /** The end as a date text: as recorded, or a term's or cycle's last day (a range when uncertain); `none`; null when not known. */
  readonly text: string | null;
  /** As recorded: a date, or the start and the term or cycle ("2023-12-10 + 3y"); null when nothing is recorded. */
  readonly asRecorded: string | null;
}

/**
 * How one agreement follows another, named for what it is: a renewal (`renews`, or a renewal document
 * under its `parent`), a successor (an MoU after its LoI: the next stage, not a renewal), an
 * implementation (a PKS or action plan under its MoU), an addendum (changes it).
 */
export type Relation = 'renewal' | 'successor' | 'implementation' | 'addendum';
export interface Link { readonly id: string; readonly relation: Relation }

/** The relation of an agreement to the one it names in `renews` or `parent`. */
export function relationOf(a: Agreement, via: 'renews' | 'parent'): Relation {
  if (via === 'renews') return 'renewal';
  switch (a.data.document_type) {
    case 'addendum': return 'addendum';
    case 'pks':
    case 'action_plan': return 'implementation';
    case 'renewal': return 'renewal';
    default: return 'successor';
  }
}

/** The agreement `a` follows, and how: the one it `renews`, else its `parent`, when loaded; null otherwise. */
export function followsLink(a: Agreement, d: Dataset): Link | null {
  for (const via of ['renews', 'parent'] as const) {
    const to = a.data[via];
    if (to !== undefined && d.agreements.has(to)) return { id: to, relation: relationOf(a, via) };
  }
  return null;
}

/**
 * A tie that renews every so long (`renews_every`), as of the day: the latest renewal on file (this
 * agreement), the renewal due since its term ended, every renewal due since and not on record, and the
 * next one due. Each due day is the day after a term ends, counted from the term on file; with an
 * uncertain end, the earliest day (so no warning comes late), `uncertain` set and the text a range.
 */
export interface CycleFacts {
  /** The period as recorded (5y). */
  readonly every: string;
  /** The latest renewal on file: this agreement's start, as recorded; null when it has none. */
  readonly lastOnFile: string | null;
  /** The first renewal due and not on record (the day after the term on file ends); null while that term runs. */
  readonly dueSince: string | null;
  /** Every renewal due by the as-of day and not on record, oldest first (dueSince is the first). */
  readonly missed: readonly string[];
  /** The next renewal due after the as-of day, and its earliest day. */
  readonly nextDue: string;
  readonly nextDueDay: number;
  readonly uncertain: boolean;
}

/** The renewal cycle of an agreement with renews_every and a known end; null otherwise. */
export function cycleFacts(a: Agreement, end: EndFacts, asOf: number): CycleFacts | null {
  const every = a.data.renews_every ? parseDuration(a.data.renews_every) : undefined;
  if (!every || end.day === null) return null;
  const first = end.day + 1;
  const last = (end.latest ?? end.day) + 1;
  const due = (k: number): KDate => compactRange(addDuration(first, { count: every.count * k, unit: every.unit }), addDuration(last, { count: every.count * k, unit: every.unit }));
  const missed: string[] = [];
  let k = 0;
  // Bounded: a yearly tie since 1800 has fewer than 1,300 cycles to the year 2999.
  for (; k < 1300 && due(k).first <= asOf; k++) missed.push(due(k).text);
  const next = due(k);
  const start = startOf(a.data);
  return { every: a.data.renews_every as string, lastOnFile: start?.text ?? null, dueSince: missed[0] ?? null, missed, nextDue: next.text, nextDueDay: next.first, uncertain: end.uncertain || first !== last };
}

/**
 * The last day an agreement is in force, as show, the site's pages and timeline and the export's days left
 * say it: the end's day (EndFacts.day), or, for an agreement terminated before its end (or with none), the
 * day before its termination (the termination day itself is out of force), a range when that is vague.
 */
export interface LastInForce {
  readonly day: number | null;
  /** As a date text: the end's text (`none`, null when not known), or the termination's day before. */
  readonly text: string | null;
  readonly uncertain: boolean;
  /** The termination, not the end, decides it. */
  readonly byTermination: boolean;
}

/** The last day in force (see LastInForce); `termination` is the recorded termination of an agreement declared terminated, in effect or still to come. */
export function lastInForceOf(end: EndFacts, terminated: KDate | undefined): LastInForce {
  if (terminated !== undefined) {
    const t = terminated.open === 'before' ? terminated.last : terminated.first;
    if (end.day === null || t - 1 < end.day) {
      const text = terminated.open === 'before' ? `..${iso(t - 1)}` : terminated.open === 'after' || terminated.last >= MAX_DAY ? `${iso(t - 1)}..` : rangeDate(terminated.first - 1, terminated.last - 1).text;
      return { day: t - 1, text, uncertain: terminated.uncertain, byTermination: true };
    }
  }
  return { day: end.day, text: end.text, uncertain: end.uncertain, byTermination: false };
}

/**
 * The year an agreement took effect (or an activity took place): the date's year when it falls within one
 * year, `uncertain` when it could fall in more (~2019, 1989..1990), null when no date is recorded. The
 * summary's agreements per year, the site's labels ("MoU 2017") and its activities per year read it, so no
 * output names a year the register does not know.
 */
export function startYearOf(start: KDate | undefined): number | 'uncertain' | null {
  if (!start) return null;
  const y = civil(start.first).year;
  return start.last < MAX_DAY && civil(start.last).year === y ? y : 'uncertain';
}

export interface AgreementFacts {
  readonly record: Agreement;
  readonly status: DerivedStatus;
  /** The stage, an LoI not counted as in force (see stageFor for --include-loi). */
  readonly stage: Stage;
  /** in_force or renewal_unrecorded: counts as an agreement in force in every report. */
  readonly inForce: boolean;
  readonly start: KDate | undefined;
  readonly end: EndFacts;
  /** The termination, when the agreement is terminated as of the day. */
  readonly terminated: KDate | undefined;
  /** The last day in force: the end's, or, for an agreement terminated before its end, the day before its termination. */
  readonly lastInForce: LastInForce;
  /** confirmed: is older than thresholds.stale_after as of the day (whatever the status). */
  readonly stale: boolean;
  readonly owner: string | undefined;
  readonly counterparts: readonly PartnerRef[];
  /** The agreement this one follows (`renews`, else `parent`), and how; null when none is on record. */
  readonly follows: Link | null;
  /** The agreements that follow this one, and how, by id. */
  readonly followedBy: readonly Link[];
  /** For a superseded agreement, what superseded it: its renewal, else its successor; null when none is on record (or it is not superseded). */
  readonly supersededBy: Link | null;
  /** A tie that renews every so long (renews_every, a known end): its renewals due and the next. */
  readonly cycle: CycleFacts | null;
}

export interface Facts {
  readonly dataset: Dataset;
  readonly asOf: number;
  readonly agreements: ReadonlyMap<string, AgreementFacts>;
  /** Every valid agreement's facts, by record. */
  of(a: Agreement): AgreementFacts;
  /** A partner as outputs name it (left-out ones by id, country unknown); undefined when no file has that id. */
  partner(id: string): PartnerRef | undefined;
  /** The register's own regions: kerjasama.yaml's owner (an aggregate's: each member's) and every record's owner. */
  readonly ownRegions: ReadonlySet<string>;
  /**
   * The register's partners, as every count of partners counts them: every partner but our own regions
   * (unless one is also a counterpart, as Jawa Timur is of NTB), and the partners named by a record whose
   * own file was left out (country unknown). Sorted by id.
   */
  readonly partners: readonly PartnerRef[];
}

/**
 * The agreements that renew this one: those that `renews` it, and a `renewal` under it as `parent` (the
 * relation docs/data-model.md names "renews"), in the facts' order. report expiring's "renewed by" and
 * show's read them.
 */
export function renewalsOf(f: AgreementFacts): string[] {
  return f.followedBy.filter((l) => l.relation === 'renewal').map((l) => l.id);
}

/** An agreement's stage as of the day; a signed LoI counts as in force only when `includeLoi`. */
export function stageFor(f: AgreementFacts, includeLoi: boolean): Stage {
  return includeLoi && f.status === 'signed_loi' ? 'in_force' : f.stage;
}

export function stageOfStatus(status: DerivedStatus): Stage {
  switch (status) {
    case 'in_force': return 'in_force';
    case 'signed_loi': return 'loi';
    case 'renewal_unrecorded': return 'renewal_unrecorded';
    case 'pending': return 'pending';
    case 'draft':
    case 'negotiating': return 'negotiating';
    case 'unknown': return 'unknown';
    default: return 'ended';
  }
}

export const isInForceStage = (s: Stage): boolean => s === 'in_force' || s === 'renewal_unrecorded';

/**
 * Facts to confirm again: confirmed: is older than thresholds.stale_after and the agreement has not ended
 * (expired, terminated or superseded). The summary counts these; kerjasama remind reminds them.
 */
export function staleNotEnded(f: AgreementFacts): boolean {
  return f.stale && f.status !== 'expired' && f.status !== 'terminated' && f.status !== 'superseded';
}

/**
 * Whether an agreement was in force on some day of a period, by its own dates, as its status would be
 * derived on each day of it (an LoI never: it states intent). A superseded agreement was in force, as an
 * ended one, until its own end; a terminated one until its termination; a draft, a negotiation or a
 * status nobody knows never (only what is certain). The in-force days are one run of days, so the
 * period's first and last days and the agreement's own first day within it decide.
 */
export function inForceDuring(a: Agreement, from: number, to: number): boolean {
  const data = a.data.status === 'superseded' ? { ...a.data, status: 'expired' as const } : a.data;
  const on = (day: number): boolean => isInForceStage(stageOfStatus(derivedStatus(data, day)));
  const start = startOf(a.data);
  return on(from) || on(to) || (start !== undefined && start.first > from && start.first < to && on(start.first));
}

/** Whether a party signed the agreement within a period (a vague date by the day it certainly means: its first, or the last of `..X`). */
export function signedDuring(a: Agreement, from: number, to: number): boolean {
  return (a.data.signatures ?? []).some((s) => {
    const k = s.date ? parseDate(s.date) : undefined;
    const d = k === undefined ? undefined : k.open === 'before' ? k.last : k.first;
    return d !== undefined && d >= from && d <= to;
  });
}

/** The end as the facts give it: the day each question uses and the honest latest day. */
export function endFacts(a: Agreement): EndFacts {
  const e = endOf(a.data);
  if (e.kind === 'none') return { kind: 'none', day: null, latest: null, uncertain: false, open: false, text: 'none', asRecorded: 'none' };
  if (e.kind === 'unknown') return { kind: 'unknown', day: null, latest: null, uncertain: false, open: false, text: null, asRecorded: null };
  const start = startOf(a.data);
  const asRecorded = e.kind === 'date' ? e.date.text : `${start?.text ?? '?'} + ${e.kind === 'term' ? e.term : e.every}`;
  const known = knownEnd(a.data);
  if (e.last === undefined || !known) return { kind: e.kind, day: null, latest: null, uncertain: e.uncertain, open: false, text: null, asRecorded };
  return { kind: e.kind, day: e.last, latest: known.latest, uncertain: e.uncertain || (e.kind !== 'date' && (start?.uncertain ?? false)), open: e.open, text: known.text, asRecorded };
}

const memo = new WeakMap<Dataset, Map<number, Facts>>();

/** The facts of a dataset as of a day, worked out once per (dataset, day). */
export function factsOf(d: Dataset, asOf: number): Facts {
  let byDay = memo.get(d);
  if (!byDay) memo.set(d, (byDay = new Map()));
  let f = byDay.get(asOf);
  if (!f) byDay.set(asOf, (f = build(d, asOf)));
  return f;
}

/** Whether an agreement's confirmed: is older than the register's stale_after, as of the day. */
export function staleOn(a: Agreement, d: Dataset, asOf: number): boolean {
  const c = a.data.confirmed ? parseDate(a.data.confirmed) : undefined;
  return c !== undefined && addDuration(c.last, d.config.staleAfter) < asOf;
}

function build(d: Dataset, asOf: number): Facts {
  const refs = new Map<string, PartnerRef>();
  const partner = (id: string): PartnerRef | undefined => {
    let r = refs.get(id);
    if (r) return r;
    const p = d.partners.get(id);
    if (p) r = { id, name: p.data.name, country: p.data.country, leftOut: false };
    else if (d.invalidIds.partner.has(id)) r = { id, name: id, country: UNKNOWN_COUNTRY, leftOut: true };
    if (r) refs.set(id, r);
    return r;
  };
  const ownRegions = new Set<string>();
  if (d.config.owner) ownRegions.add(d.config.owner);
  for (const o of d.config.owners ?? []) ownRegions.add(o);
  for (const a of d.agreements.values()) if (a.data.owner) ownRegions.add(a.data.owner);
  for (const act of d.activities.values()) if (act.data.owner) ownRegions.add(act.data.owner);
  const counterpart = new Set<string>();
  for (const a of d.agreements.values()) for (const id of a.data.partners) counterpart.add(id);
  for (const act of d.activities.values()) for (const id of act.data.partners ?? []) counterpart.add(id);
  const agreements = new Map<string, AgreementFacts>();
  const byRecord = new Map<Agreement, AgreementFacts>();
  // The links between agreements, both ways; a link to an agreement not loaded (left out) is not followed.
  const up = new Map<string, Link>();
  const down = new Map<string, Link[]>();
  for (const a of d.agreements.values()) {
    const link = followsLink(a, d);
    if (link) up.set(a.id, link);
    for (const v of ['renews', 'parent'] as const) {
      const to = a.data[v];
      if (to === undefined || !d.agreements.has(to) || (v === 'parent' && a.data.renews === to)) continue;
      const list = down.get(to) ?? [];
      list.push({ id: a.id, relation: relationOf(a, v) });
      down.set(to, list);
    }
  }
  const ORDER: Relation[] = ['renewal', 'successor', 'implementation', 'addendum'];
  for (const list of down.values()) list.sort((x, y) => ORDER.indexOf(x.relation) - ORDER.indexOf(y.relation) || (x.id < y.id ? -1 : 1));
  for (const a of d.agreements.values()) {
    const status = derivedStatus(a.data, asOf);
    const stage = stageOfStatus(status);
    const t = status === 'terminated' ? terminationDay(a.data) : undefined;
    const end = endFacts(a);
    const terminated = t === undefined ? undefined : parseDate((a.data.termination as { date: string }).date);
    const f: AgreementFacts = {
      record: a,
      status,
      stage,
      inForce: isInForceStage(stage),
      start: startOf(a.data),
      end,
      terminated,
      // A termination recorded for a day still to come ends it too: in force until the day before.
      lastInForce: lastInForceOf(end, a.data.status === 'terminated' && a.data.termination ? parseDate(a.data.termination.date) : undefined),
      stale: staleOn(a, d, asOf),
      owner: ownerOf(a.data, d.config),
      counterparts: a.data.partners.flatMap((id) => {
        const r = partner(id);
        return r ? [r] : [];
      }),
      follows: up.get(a.id) ?? null,
      followedBy: down.get(a.id) ?? [],
      // What supersedes: a renewal, else a successor (an implementation or an addendum supersedes nothing).
      supersededBy: status === 'superseded' ? (down.get(a.id) ?? []).find((l) => l.relation === 'renewal' || l.relation === 'successor') ?? null : null,
      cycle: cycleFacts(a, end, asOf),
    };
    agreements.set(a.id, f);
    byRecord.set(a, f);
  }
  return {
    dataset: d,
    asOf,
    agreements,
    of: (a) => byRecord.get(a) ?? (agreements.get(a.id) as AgreementFacts),
    partner,
    ownRegions,
    partners: [...new Set([...d.partners.keys(), ...[...counterpart].filter((id) => d.invalidIds.partner.has(id))])]
      .filter((id) => counterpart.has(id) || !ownRegions.has(id))
      .sort()
      .flatMap((id) => partner(id) ?? []),
  };
}
