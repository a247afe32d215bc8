// What an agreement's dates mean: when it starts, when it ends, and its status as of a given day.
// A partial end is read as the earliest day it could mean, so that nothing lapses unnoticed; a partial
// start counts from its first day (terms too). Checks that warn only on certainty read starts as late.

import { addDuration, parseDate, parseDuration, type KDate } from './dates.js';
import type { Agreement, AgreementData } from './types.js';

export type EndInfo =
  | { kind: 'date'; date: KDate; last: number; partial: boolean }
  | { kind: 'term'; term: string; last: number | undefined; partial: boolean }
  | { kind: 'none' }
  | { kind: 'unknown' };

export type DerivedStatus = 'draft' | 'negotiating' | 'pending' | 'in_force' | 'expired' | 'terminated' | 'superseded';

/** The effective date, else the latest signature (an agreement binds once every party has signed). */
export function startOf(a: AgreementData): KDate | undefined {
  if (a.effective) return parseDate(a.effective);
  let latest: KDate | undefined;
  for (const s of a.signatures ?? []) {
    const d = s.date ? parseDate(s.date) : undefined;
    if (d && (!latest || d.last > latest.last)) latest = d;
  }
  return latest;
}

/** The last day in force. A term of 5y from 2017-11-02 ends on 2022-11-01. */
export function endOf(a: AgreementData): EndInfo {
  const end = a.end;
  if (end === undefined) return { kind: 'unknown' };
  if (end === 'none') return { kind: 'none' };
  if (typeof end === 'string') {
    const d = parseDate(end);
    return d ? { kind: 'date', date: d, last: d.first, partial: d.precision !== 'day' } : { kind: 'unknown' };
  }
  const start = startOf(a);
  const dur = parseDuration(end.term);
  if (!start || !dur) return { kind: 'term', term: end.term, last: undefined, partial: false };
  return { kind: 'term', term: end.term, last: addDuration(start.first, dur) - 1, partial: start.precision !== 'day' };
}

export function lastDay(a: AgreementData): number | undefined {
  const e = endOf(a);
  return e.kind === 'date' || e.kind === 'term' ? e.last : undefined;
}

/** The status the dates imply as of a day, given what the record declares. */
export function derivedStatus(a: AgreementData, asOf: number): DerivedStatus {
  switch (a.status) {
    case 'draft':
    case 'negotiating':
    case 'superseded':
      return a.status;
    case 'terminated': {
      const t = a.termination ? parseDate(a.termination.date) : undefined;
      return t && t.first > asOf ? inForceByDates(a, asOf) : 'terminated';
    }
    case 'expired':
    case 'signed':
    case 'active':
      return inForceByDates(a, asOf);
  }
}

function inForceByDates(a: AgreementData, asOf: number): DerivedStatus {
  const start = startOf(a);
  if (start && start.first > asOf) return 'pending';
  const last = lastDay(a);
  if (last !== undefined && last < asOf) return 'expired';
  if (a.status === 'expired' && last === undefined) return 'expired';
  return 'in_force';
}

export function isInForce(a: Agreement, asOf: number): boolean {
  return derivedStatus(a.data, asOf) === 'in_force';
}
