// What an agreement's dates mean: when it starts, when it ends, and its status as of a given day.
// Every recorded date is a range of days (dates.ts). The conservative day is chosen per question:
// - an end is read as early as it could be, so no expiry warning comes late (`last`); `latest` is the
//   last day it could be, so only a certain end makes a check say "it has ended";
// - a start is read as early as it could be for "has it started?" (a signed agreement is pending only
//   while it certainly has not started), and as late as it could be for "in force since".
// An agreement signed by several parties starts when the last of them signed: the earliest day that can
// be is the latest of the signatures' earliest days, and the latest day the latest of their last days.

import { addDuration, iso, MAX_DAY, parseDate, parseDuration, rangeDate, type KDate } from './dates.js';
import { maxOf } from './lists.js';
import type { Agreement, AgreementData } from './types.js';

/**
 * `open`: the end is only bounded above (`end: ..2030`, or a term from a start written `..2017-06`): it has
 * no earliest day, so `last` is its latest day, and outputs say "by" that day.
 */
export type EndInfo =
  | { kind: 'date'; date: KDate; last: number; latest: number; uncertain: boolean; open: boolean }
  | { kind: 'term'; term: string; last: number | undefined; latest: number | undefined; uncertain: boolean; open: boolean }
  /** No end recorded, but a renewal cycle (renews_every): each cycle runs that long from the start. */
  | { kind: 'cycle'; every: string; last: number | undefined; latest: number | undefined; uncertain: boolean; open: boolean }
  | { kind: 'none' }
  | { kind: 'unknown' };

/**
 * `signed_loi`: a Letter of Intent whose dates would put it in force. An LoI states intent; it is never an
 * agreement in force, anywhere (reports count it as in force only when asked, with --include-loi).
 */
export type DerivedStatus =
  | 'draft' | 'negotiating' | 'pending' | 'in_force' | 'signed_loi' | 'renewal_unrecorded' | 'expired' | 'terminated' | 'superseded' | 'unknown';

/** The effective date, else the moment the last party signed (an agreement binds once every party has). */
export function startOf(a: AgreementData): KDate | undefined {
  // Every rule and report asks; the record does not change once loaded, so each is worked out once.
  if (starts.has(a)) return starts.get(a);
  const s = startUncached(a);
  starts.set(a, s);
  return s;
}

const starts = new WeakMap<AgreementData, KDate | undefined>();
const ends = new WeakMap<AgreementData, EndInfo>();

function startUncached(a: AgreementData): KDate | undefined {
  if (a.effective) return parseDate(a.effective);
  const dates = (a.signatures ?? []).flatMap((s) => {
    const d = s.date ? parseDate(s.date) : undefined;
    return d ? [d] : [];
  });
  if (dates.length === 0) return undefined;
  const first = maxOf(dates.map((d) => d.first));
  const last = maxOf(dates.map((d) => d.last));
  // One signature that spans exactly this range keeps its own text (and so its precision).
  return dates.find((d) => d.first === first && d.last === last) ?? rangeDate(first, last);
}

/** The earliest signature or effective date: when the agreement was first signed (at the earliest). */
export function firstSignedOf(a: AgreementData): KDate | undefined {
  const dates = [...(a.signatures ?? []).map((s) => s.date), a.effective].flatMap((t) => {
    const d = t ? parseDate(t) : undefined;
    return d ? [d] : [];
  });
  return dates.sort((x, y) => x.first - y.first || x.last - y.last)[0];
}

function fromStart(a: AgreementData, length: string): { last: number | undefined; latest: number | undefined; uncertain: boolean; open: boolean } {
  const start = startOf(a);
  const dur = parseDuration(length);
  if (!start || !dur) return { last: undefined, latest: undefined, uncertain: false, open: false };
  const latest = addDuration(start.last, dur) - 1;
  const open = start.open === 'before';
  return { last: open ? latest : addDuration(start.first, dur) - 1, latest, uncertain: start.uncertain, open };
}

/** The last day in force. A term of 5y from 2017-11-02 ends on 2022-11-01. */
export function endOf(a: AgreementData): EndInfo {
  let e = ends.get(a);
  if (e === undefined) ends.set(a, (e = endUncached(a)));
  return e;
}

function endUncached(a: AgreementData): EndInfo {
  const end = a.end;
  if (end === undefined) return a.renews_every ? { kind: 'cycle', every: a.renews_every, ...fromStart(a, a.renews_every) } : { kind: 'unknown' };
  if (end === 'none') return { kind: 'none' };
  if (typeof end === 'string') {
    const d = parseDate(end);
    if (!d) return { kind: 'unknown' };
    const open = d.open === 'before';
    return { kind: 'date', date: d, last: open ? d.last : d.first, latest: d.last, uncertain: d.uncertain, open };
  }
  return { kind: 'term', term: end.term, ...fromStart(a, end.term) };
}

/** The last day in force, read as early as it could be; undefined when not known or there is none. */
export function lastDay(a: AgreementData): number | undefined {
  const e = endOf(a);
  return e.kind === 'date' || e.kind === 'term' || e.kind === 'cycle' ? e.last : undefined;
}

/**
 * The last day in force as it is known, for the facts and for every message that words it: the end as
 * written (2026-10, ~2030, ..2017-06), or the days a term or cycle may end on (a day, first..last, or open:
 * ..day, day..), with the latest day it can be (null when there is no bound). Undefined when there is no
 * last day (no end, unknown, a term with no start). A message says this, never `last` alone: `end: 2026-10`
 * ended in Oct 2026, not on 1 Oct 2026 (its earliest day, which the decisions use).
 */
export function knownEnd(a: AgreementData): { text: string; latest: number | null } | undefined {
  const e = endOf(a);
  if (e.kind === 'none' || e.kind === 'unknown' || e.last === undefined) return undefined;
  // No upper bound: a date "in or after" (2030..), or a term or cycle counted from such a start.
  const unbounded = e.kind === 'date' ? e.date.open === 'after' : startOf(a)?.open === 'after';
  const latest = unbounded || e.latest === undefined || e.latest >= MAX_DAY ? null : e.latest;
  const text = e.kind === 'date' ? e.date.text : e.open ? `..${iso(latest ?? e.last)}` : latest === null ? `${iso(e.last)}..` : rangeDate(e.last, latest).text;
  return { text, latest };
}

/**
 * The one last day in force both values of an agreement mean, when they mean the same one, known to the
 * day: a date and the term that works out to it (end: 2027-02-28, and end: {term: 3y} from 2024-03-01).
 * Undefined when either is not known to the day (a month, a range, no start for the term) or they differ.
 */
export function sameLastDay(a: AgreementData, b: AgreementData): number | undefined {
  const day = (e: EndInfo): number | undefined => ((e.kind === 'date' || e.kind === 'term') && !e.uncertain && !e.open && e.last !== undefined && e.last === e.latest ? e.last : undefined);
  const x = day(endOf(a));
  return x !== undefined && x === day(endOf(b)) ? x : undefined;
}

/** True only when the agreement has ended whatever day its uncertain dates turn out to mean. */
export function certainlyEnded(a: AgreementData, asOf: number): boolean {
  const e = endOf(a);
  return (e.kind === 'date' || e.kind === 'term' || e.kind === 'cycle') && e.latest !== undefined && e.latest < asOf;
}

/** The status the dates imply as of a day, given what the record declares. */
export function derivedStatus(a: AgreementData, asOf: number): DerivedStatus {
  switch (a.status) {
    case 'draft':
    case 'negotiating':
    case 'superseded':
      return a.status;
    case 'terminated': {
      const t = terminationDay(a);
      return t !== undefined && t > asOf ? inForceByDates(a, asOf) : 'terminated';
    }
    case 'unknown': {
      // Only what the dates make certain: not yet started, or certainly ended. Otherwise, unknown.
      const start = startOf(a);
      if (start && start.first > asOf) return 'pending';
      return certainlyEnded(a, asOf) ? 'expired' : 'unknown';
    }
    case 'expired':
    case 'signed':
    case 'active':
      return inForceByDates(a, asOf);
  }
}

/**
 * The day a termination takes effect, read as the day it certainly has: the first day of the recorded
 * date, or its latest day when it is only bounded above (`..2026-12`: on or before December 2026).
 */
export function terminationDay(a: AgreementData): number | undefined {
  const t = a.termination ? parseDate(a.termination.date) : undefined;
  return t === undefined ? undefined : t.open === 'before' ? t.last : t.first;
}

function inForceByDates(a: AgreementData, asOf: number): DerivedStatus {
  const start = startOf(a);
  if (start && start.first > asOf) return 'pending';
  const last = lastDay(a);
  if (last !== undefined && last < asOf) {
    // A tie that renews every few years, declared in force, whose latest renewal is not on file.
    return a.renews_every && a.status !== 'expired' ? 'renewal_unrecorded' : 'expired';
  }
  if (a.status === 'expired' && last === undefined) return 'expired';
  return a.document_type === 'loi' ? 'signed_loi' : 'in_force';
}

export function isInForce(a: Agreement, asOf: number): boolean {
  return derivedStatus(a.data, asOf) === 'in_force';
}

/** A draft or negotiation whose planned signing day has certainly passed. */
export function signingOverdue(a: AgreementData, asOf: number): boolean {
  if (a.status !== 'draft' && a.status !== 'negotiating') return false;
  const p = a.planned_signing ? parseDate(a.planned_signing) : undefined;
  return p !== undefined && p.last < asOf;
}
