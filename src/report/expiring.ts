// Report: agreements declared active or signed (in force, or signed and not yet in force) whose end falls
// within the horizon; overdue ones (ended but still declared active or signed); ties that renew every few
// years whose latest renewal is not on record; and agreements of unknown status that may end within the
// horizon. Renewed agreements are left out unless asked for.

import type { DerivedStatus } from '../model/agreement.js';
import { addDuration, durationText, iso, type Duration } from '../model/dates.js';
import type { Agreement, Category, Dataset, DeclaredStatus } from '../model/types.js';
import { factsOf, renewalsOf, staleOn, type AgreementFacts, type PartnerRef } from '../facts/facts.js';
import { agreementMatches, type Filters } from './filters.js';

export type Bucket = 'overdue' | 'renewal_unrecorded' | 'within_30' | 'within_90' | 'within_180' | 'later';

export interface ExpiringRow {
  id: string;
  title: string;
  /** The counterparts; `country` is `unknown` for a partner whose file was left out. */
  partners: Array<{ id: string; name: string; country: string }>;
  category: Category;
  /** As declared. */
  status: DeclaredStatus;
  /** From the dates as of the day: in_force, pending (signed, not yet in force), renewal_unrecorded, expired, unknown, superseded. */
  derivedStatus: DerivedStatus;
  /** The last day in force (ISO), read as early as it could be: the day every figure of the row uses. */
  end: string;
  /** The latest day the end could be; equal to `end` when the end is certain; null when it has no upper bound (`2030..`). */
  endLatest: string | null;
  /** The end as recorded: a date (of any form), or the start and a term or cycle ("2023-12-10 + 3y"). */
  endAsRecorded: string;
  /** The end comes from an uncertain date (a month, a year, approximate, a range), its own or the start's. */
  endUncertain: boolean;
  /** The end is only bounded above ("by" a day: `end: ..2030`, or a term from `..2017-06`): `end` is that latest day. */
  endOpen: boolean;
  daysLeft: number;
  bucket: Bucket;
  /**
   * For a tie whose renewal is not on record (bucket renewal_unrecorded): the latest renewal on file, the
   * renewal due since, every renewal due and not on record, and the next one due. `renewalStart` is then
   * the next due renewal's, never the old term's. Null for other rows.
   */
  cycle: { every: string; lastOnFile: string | null; dueSince: string | null; missed: string[]; nextDue: string; uncertain: boolean } | null;
  /** The end minus the renewal lead time; for a renewal not on record, the next due renewal minus the lead time. */
  renewalStart: string;
  /** The renewal-start day is before the as-of day (on the day itself, there is still that day). */
  renewalStartPassed: boolean;
  renewedBy: string | null;
  /** The document's option to extend (extendable_by, `4y`), as recorded: an option, not an extension; the end stays the term's. Null when none. */
  extendableBy: string | null;
  /** When the record's facts were last confirmed (confirmed:), as recorded; null when not said. */
  confirmed: string | null;
  /** Confirmed longer ago than thresholds.stale_after. */
  stale: boolean;
}

/** An agreement the report would watch whose end is not known: no end recorded (nor `end: none`), or a term with no start. */
export interface EndUnknownRow {
  id: string;
  title: string;
  partners: Array<{ id: string; name: string; country: string }>;
  category: Category;
  status: DeclaredStatus;
  derivedStatus: DerivedStatus;
  /** The term or cycle as recorded, with `?` for its missing start ("? + 5y"); null when no end at all is recorded. */
  endAsRecorded: string | null;
  confirmed: string | null;
  stale: boolean;
}

export interface ExpiringReport {
  /** The horizon as a duration ("24m"). */
  within: string;
  horizonEnd: string;
  rows: ExpiringRow[];
  /**
   * Agreements declared active, signed or unknown, in force, signed and not yet in force or of unknown
   * status, whose end is not known: counted and named, so that "nothing ends" is never said of them.
   */
  endUnknown: EndUnknownRow[];
  /** How many agreements the report looked at (after the filters). */
  considered: number;
}

export function bucketOf(daysLeft: number): Bucket {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= 30) return 'within_30';
  if (daysLeft <= 90) return 'within_90';
  if (daysLeft <= 180) return 'within_180';
  return 'later';
}

export interface ExpiringOptions { within: Duration; all: boolean; filters: Filters }

export function expiringReport(d: Dataset, asOf: number, o: ExpiringOptions): ExpiringReport {
  const horizon = addDuration(asOf, o.within);
  const considered = [...d.agreements.values()].filter((a) => agreementMatches(a, o.filters, d));
  const facts = factsOf(d, asOf);
  const rows: ExpiringRow[] = [];
  const endUnknown: EndUnknownRow[] = [];
  for (const a of considered) {
    const f = facts.of(a);
    const row = rowOf(f, d, asOf, horizon, renewalsOf(f)[0] ?? null);
    if (row && (o.all || row.renewedBy === null)) rows.push(row);
    const unknownEnd = endUnknownOf(f);
    if (unknownEnd) endUnknown.push(unknownEnd);
  }
  rows.sort((x, y) => x.daysLeft - y.daysLeft || (x.id < y.id ? -1 : 1));
  endUnknown.sort((x, y) => (x.id < y.id ? -1 : 1));
  return { within: durationText(o.within), horizonEnd: iso(horizon), rows, endUnknown, considered: considered.length };
}

/** Whether the facts a record confirms are stale as of the day: confirmed (at the latest) longer ago than the threshold. */
export function isStale(a: Agreement, d: Dataset, asOf: number): boolean {
  return staleOn(a, d, asOf);
}

const LISTED: Readonly<Record<DeclaredStatus, readonly DerivedStatus[]>> = {
  active: ['in_force', 'signed_loi', 'pending', 'expired', 'renewal_unrecorded'],
  signed: ['in_force', 'signed_loi', 'pending', 'expired', 'renewal_unrecorded'],
  unknown: ['unknown', 'pending'],
  superseded: ['superseded'],
  draft: [], negotiating: [], expired: [], terminated: [],
};

const partnerOf = (p: Pick<PartnerRef, 'id' | 'name' | 'country'>): ExpiringRow['partners'][number] => ({ id: p.id, name: p.name, country: p.country });

/** The statuses (from the dates) of an agreement whose end, were it known, the report would watch. */
const WATCHED: ReadonlySet<DerivedStatus> = new Set(['in_force', 'signed_loi', 'pending', 'renewal_unrecorded', 'unknown']);

/** An agreement declared active, signed or unknown, not ended, whose end is not known (never `end: none`). */
function endUnknownOf(f: AgreementFacts): EndUnknownRow | undefined {
  const a = f.record;
  if (f.end.day !== null || f.end.kind === 'none' || !WATCHED.has(f.status) || !['active', 'signed', 'unknown'].includes(a.data.status)) return undefined;
  return {
    id: a.id, title: a.data.title, partners: f.counterparts.map(partnerOf), category: a.data.category, status: a.data.status, derivedStatus: f.status,
    endAsRecorded: f.end.asRecorded, confirmed: a.data.confirmed ?? null, stale: f.stale,
  };
}

function rowOf(f: AgreementFacts, d: Dataset, asOf: number, horizon: number, renewedBy: string | null): ExpiringRow | undefined {
  const a = f.record;
  const status = f.status;
  if (!LISTED[a.data.status].includes(status) || (a.data.status === 'superseded' && !renewedBy)) return undefined;
  const end = f.end;
  if (end.day === null || end.day > horizon) return undefined;
  // A renewed agreement that has ended, or one whose status nobody knows that may have ended: nothing to act on here.
  if ((status === 'superseded' || status === 'unknown') && end.day < asOf) return undefined;
  const lead = d.config.renewalLead[a.data.category];
  // A renewal not on record: what is actionable is the next renewal due, never the old term's deadline.
  const cycle = status === 'renewal_unrecorded' ? f.cycle : null;
  const renewalStart = addDuration(cycle ? cycle.nextDueDay : end.day, lead, -1);
  const daysLeft = end.day - asOf;
  return {
    id: a.id,
    title: a.data.title,
    // Every counterpart, the left-out ones too (by id, country unknown), as every other output names them.
    partners: f.counterparts.map(partnerOf),
    category: a.data.category,
    status: a.data.status,
    derivedStatus: status,
    end: iso(end.day),
    endLatest: end.latest === null ? null : iso(end.latest),
    endAsRecorded: end.asRecorded ?? '?',
    endUncertain: end.uncertain,
    endOpen: end.open,
    daysLeft,
    bucket: status === 'renewal_unrecorded' ? 'renewal_unrecorded' : bucketOf(daysLeft),
    cycle: cycle ? { every: cycle.every, lastOnFile: cycle.lastOnFile, dueSince: cycle.dueSince, missed: [...cycle.missed], nextDue: cycle.nextDue, uncertain: cycle.uncertain } : null,
    renewalStart: iso(renewalStart),
    renewalStartPassed: renewalStart < asOf,
    renewedBy,
    extendableBy: a.data.extendable_by ?? null,
    confirmed: a.data.confirmed ?? null,
    stale: f.stale,
  };
}
