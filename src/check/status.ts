// Rules: the declared status agrees with the dates as of the day of the check.

import { certainlyEnded, derivedStatus, endOf, knownEnd, lastDay, signingOverdue, startOf } from '../model/agreement.js';
import { addDuration, durationText, iso, parseDate } from '../model/dates.js';
import type { Diagnostic } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

export function statusContradicted(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const renewed = new Set([...ctx.dataset.agreements.values()].flatMap((a) => (a.data.renews ? [a.data.renews] : [])));
  // An LoI is superseded by the MoU that names it as parent.
  const followed = new Set([...ctx.dataset.agreements.values()].flatMap((a) => (a.data.parent && ctx.dataset.agreements.get(a.data.parent)?.data.document_type === 'loi' ? [a.data.parent] : [])));
  const asOf = iso(ctx.asOf);
  for (const a of ctx.dataset.agreements.values()) {
    const d = a.data;
    const derived = derivedStatus(d, ctx.asOf);
    const last = lastDay(d);
    // Why and what to do, as codes (their words are the diagnostic catalogue's).
    const push = (reason: string, fix: string, date?: string): void => {
      out.push(diag('status-contradicted', 'warning', a.file, '/status', { status: d.status, asOf, reason, fix, ...(date !== undefined ? { date } : {}) }));
    };
    // Only a certain end: `end: 2028` has not certainly passed until the last day of 2028.
    if ((d.status === 'active' || d.status === 'signed') && derived === 'expired' && last !== undefined && certainlyEnded(d, ctx.asOf)) {
      // Said as the end is known (end: 2026-10 ended in Oct 2026); decided by its days (certainlyEnded).
      push('ended', renewed.has(a.id) ? 'superseded' : 'expired', knownEnd(d)?.text ?? iso(last));
    } else if (d.status === 'active' && derived === 'pending') {
      const s = startOf(d);
      push('not-started', 'signed', s?.text ?? '?');
    } else if (d.status === 'expired' && (derived === 'in_force' || derived === 'signed_loi' || endOf(d).kind === 'none')) {
      // (derivedStatus trusts a declared expired when there is no last day; with end: none there never is one.)
      if (endOf(d).kind === 'none') push('no-end', 'end');
      else if (last !== undefined) push('runs-until', 'end', knownEnd(d)?.text ?? iso(last));
      else push('end-not-recorded', 'end');
    } else if (d.status === 'superseded' && !renewed.has(a.id) && !followed.has(a.id)) {
      push('not-renewed', 'renewal');
    }
  }
  return out;
}

export function terminationMismatch(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of ctx.dataset.agreements.values()) {
    const { status, termination } = a.data;
    if (status === 'terminated' && !termination) out.push(diag('termination-mismatch', 'warning', a.file, '/status', { status }));
    if (termination && status !== 'terminated') out.push(diag('termination-mismatch', 'warning', a.file, '/termination', { status }, 'key'));
  }
  return out;
}

/** A tie that renews every few years, declared in force, whose latest renewal on file has certainly run out. */
export function renewalNotOnRecord(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of ctx.dataset.agreements.values()) {
    const d = a.data;
    if (derivedStatus(d, ctx.asOf) !== 'renewal_unrecorded' || !certainlyEnded(d, ctx.asOf)) continue;
    const e = endOf(d);
    const latest = e.kind === 'date' || e.kind === 'term' || e.kind === 'cycle' ? e.latest : undefined;
    if (latest === undefined) continue;
    out.push(diag('renewal-not-on-record', 'warning', a.file, '/renews_every', { every: d.renews_every as string, since: iso(latest + 1), asOf: iso(ctx.asOf) }));
  }
  return out;
}

/** A draft or negotiation whose planned signing date has certainly passed. */
export function signingOverdueRule(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of ctx.dataset.agreements.values()) {
    if (signingOverdue(a.data, ctx.asOf)) out.push(diag('signing-overdue', 'warning', a.file, '/planned_signing', { status: a.data.status, planned: a.data.planned_signing as string, asOf: iso(ctx.asOf) }));
  }
  return out;
}

const FINAL = new Set(['expired', 'terminated', 'superseded']);

/** Facts last confirmed longer ago than thresholds.stale_after, on an agreement not known to have ended. */
export function staleFacts(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const after = ctx.dataset.config.staleAfter;
  for (const a of ctx.dataset.agreements.values()) {
    const c = a.data.confirmed ? parseDate(a.data.confirmed) : undefined;
    if (!c || FINAL.has(a.data.status) || FINAL.has(derivedStatus(a.data, ctx.asOf))) continue;
    if (addDuration(c.last, after) < ctx.asOf) out.push(diag('stale-facts', 'warning', a.file, '/confirmed', { confirmed: a.data.confirmed as string, status: a.data.status, after: durationText(after) }));
  }
  return out;
}
