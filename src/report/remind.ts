// Report: who must be told what, on one day. The deadlines come from the reports that already know them
// — report expiring (ends within the horizon, overdue, renewal not on record, the day a renewal should
// start), the facts' planned signings that have passed, report inactive (dormant partnerships) and the
// facts' stale confirmations — and the schedule in kerjasama.yaml (reminders:) decides whether today is
// one of a reminder's days. Nothing is remembered between runs: the same register and day give the
// same reminders, so a daily run sends each one exactly on its days. Reminders are grouped into one
// digest per responsible unit (the record's `unit`, as written); those with no unit go to the bureau.

import { signingOverdue } from '../model/agreement.js';
import { addDuration, civil, day, iso, parseDate, type Duration } from '../model/dates.js';
import type { Dataset, ReminderSchedule } from '../model/types.js';
import { factsOf, staleNotEnded } from '../facts/facts.js';
import { expiringReport, type ExpiringRow } from './expiring.js';
import { agreementMatches, type Filters } from './filters.js';
import { inactiveReport, type InactiveRow } from './inactive.js';

export type ReminderKind = 'overdue' | 'renewal_unrecorded' | 'renewal_start' | 'ending' | 'signing_overdue' | 'dormant' | 'stale';
/** The order of a digest's sections: what is most urgent first. */
export const REMINDER_KINDS: readonly ReminderKind[] = ['overdue', 'renewal_unrecorded', 'renewal_start', 'ending', 'signing_overdue', 'dormant', 'stale'];

/**
 * Which rule of the schedule makes today a reminder's day: `days` is how many days before the deadline
 * (before_end, weekly, daily, before_renewal_start, renewal_start_day: 0) or after it (overdue_every:
 * the first day after the deadline is day 1), or the day of the month (review_day).
 */
export type ScheduleRule = 'before_end' | 'weekly' | 'daily' | 'before_renewal_start' | 'renewal_start_day' | 'overdue_every' | 'review_day';
export interface Why { rule: ScheduleRule; days: number; duration?: string }

interface Base { kind: ReminderKind; why: Why[]; units: string[] }
/** An agreement from report expiring, its row as that report gives it for the same day. */
export interface ExpiringReminder extends Base { kind: 'overdue' | 'renewal_unrecorded' | 'renewal_start' | 'ending'; agreement: ExpiringRow }
export interface SigningReminder extends Base { kind: 'signing_overdue'; agreement: { id: string; title: string; plannedSigning: string; daysPast: number } }
/** A partnership from report inactive, its row as that report gives it for the same day. */
export interface DormantReminder extends Base { kind: 'dormant'; partnership: InactiveRow }
export interface StaleReminder extends Base { kind: 'stale'; agreement: { id: string; title: string; confirmed: string } }
export type Reminder = ExpiringReminder | SigningReminder | DormantReminder | StaleReminder;

export interface Digest {
  /** The responsible unit as the records write it; null for reminders whose records name no unit (they go to the bureau). */
  unit: string | null;
  reminders: Reminder[];
}

export interface RemindReport {
  asOf: string;
  /** How far ahead the agreements were looked at: the expiry horizon, or the schedule's longest reach if further. */
  within: string;
  /** The inactivity window that makes a partnership dormant. */
  since: string;
  /** Whether today is the monthly review day (dormant partnerships and stale facts). */
  reviewDay: boolean;
  /** One digest per unit, units in order, the bureau's own (unit null) last. */
  digests: Digest[];
  /** How many agreements the report looked at (after the filters). */
  considered: number;
}

export interface RemindOptions { schedule: ReminderSchedule; horizon: Duration; inactivityWindow: Duration; filters: Filters }

/**
 * Whether `day` is `anchor` or a whole number of `every` steps after it (31 Jan + 1m is 28 Feb, and the
 * steps after count from the anchor, never from a clamped day: 31 Jan, 28 Feb, 31 Mar).
 */
export function onCadence(anchor: number, every: Duration, dayNum: number): boolean {
  if (dayNum < anchor) return false;
  if (every.unit === 'd') return (dayNum - anchor) % every.count === 0;
  const a = civil(anchor);
  const b = civil(dayNum);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  const step = every.unit === 'y' ? every.count * 12 : every.count;
  const k = Math.floor(months / step);
  for (const n of [k - 1, k, k + 1]) if (n >= 0 && addDuration(anchor, { count: n * every.count, unit: every.unit }) === dayNum) return true;
  return false;
}

/** The duration that reaches further from `from`. */
function further(from: number, a: Duration, b: Duration): Duration {
  return addDuration(from, b) > addDuration(from, a) ? b : a;
}

const text = (d: Duration): string => `${d.count}${d.unit}`;

/** Why today is a reminder's day for the end of an agreement (not yet ended), by the schedule; [] when it is not. */
export function endReminderDays(end: number, asOf: number, s: ReminderSchedule): Why[] {
  const out: Why[] = [];
  if (asOf > end) return out;
  const left = end - asOf;
  for (const b of s.beforeEnd) if (addDuration(end, b, -1) === asOf) out.push({ rule: 'before_end', days: left, duration: text(b) });
  const weekly = addDuration(end, s.weeklyFrom, -1);
  if (asOf >= weekly && (asOf - weekly) % 7 === 0) out.push({ rule: 'weekly', days: left, duration: text(s.weeklyFrom) });
  if (asOf >= addDuration(end, s.dailyFrom, -1)) out.push({ rule: 'daily', days: left, duration: text(s.dailyFrom) });
  // One reason is enough to send; the first, most specific one is kept (a fixed day before a cadence).
  return out.slice(0, 1);
}

/** Why today is a reminder's day for the day a renewal should start; [] when it is not. */
export function renewalStartDays(start: number, asOf: number, s: ReminderSchedule): Why[] {
  if (asOf === start) return [{ rule: 'renewal_start_day', days: 0 }];
  for (const b of s.beforeRenewalStart) if (addDuration(start, b, -1) === asOf) return [{ rule: 'before_renewal_start', days: start - asOf, duration: text(b) }];
  return [];
}

/** Why today is a reminder's day for a deadline that has passed (`last` is its last day); [] when it is not. */
export function overdueDays(last: number, asOf: number, s: ReminderSchedule): Why[] {
  return onCadence(last + 1, s.overdueEvery, asOf) ? [{ rule: 'overdue_every', days: asOf - last, duration: text(s.overdueEvery) }] : [];
}

const unitsOf = (ids: readonly string[], d: Dataset): string[] =>
  [...new Set(ids.flatMap((id) => {
    const u = d.agreements.get(id)?.data.unit;
    return u ? [u] : [];
  }))].sort();

export function remindReport(d: Dataset, asOf: number, o: RemindOptions): RemindReport {
  const s = o.schedule;
  const facts = factsOf(d, asOf);
  // Far enough for every day the schedule names before an end or before a renewal should start (the end
  // minus the category's lead), and at least the expiry horizon.
  let reach = 0;
  for (const b of [...s.beforeEnd, s.weeklyFrom, s.dailyFrom]) reach = Math.max(reach, addDuration(asOf, b) - asOf);
  for (const lead of Object.values(d.config.renewalLead)) {
    for (const b of [...s.beforeRenewalStart, { count: 0, unit: 'd' as const }]) reach = Math.max(reach, addDuration(addDuration(asOf, b), lead) - asOf);
  }
  const within = further(asOf, o.horizon, { count: reach, unit: 'd' });
  const exp = expiringReport(d, asOf, { within, all: false, filters: o.filters });
  const reminders: Reminder[] = [];
  for (const row of exp.rows) {
    const units = unitsOf([row.id], d);
    const end = day(row.end);
    if (row.bucket === 'overdue' || row.bucket === 'renewal_unrecorded') {
      const why = overdueDays(end, asOf, s);
      if (why.length) reminders.push({ kind: row.bucket, why, units, agreement: row });
      continue;
    }
    const start = day(row.renewalStart);
    const renewal = start >= asOf ? renewalStartDays(start, asOf, s) : [];
    const ending = endReminderDays(end, asOf, s);
    if (renewal.length) reminders.push({ kind: 'renewal_start', why: [...renewal, ...ending], units, agreement: row });
    else if (ending.length) reminders.push({ kind: 'ending', why: ending, units, agreement: row });
  }
  // Drafts and negotiations whose planned signing has certainly passed (the summary's signing overdue).
  const considered = [...d.agreements.values()].filter((a) => agreementMatches(a, o.filters, d));
  for (const a of considered) {
    if (!signingOverdue(a.data, asOf)) continue;
    const planned = parseDate(a.data.planned_signing as string);
    if (!planned) continue;
    const why = overdueDays(planned.last, asOf, s);
    if (why.length) reminders.push({ kind: 'signing_overdue', why, units: unitsOf([a.id], d), agreement: { id: a.id, title: a.data.title, plannedSigning: planned.text, daysPast: asOf - planned.last } });
  }
  const review = civil(asOf).day === s.reviewDay;
  if (review) {
    const why: Why[] = [{ rule: 'review_day', days: s.reviewDay }];
    const inactive = inactiveReport(d, asOf, { since: o.inactivityWindow, filters: o.filters });
    for (const row of inactive.rows) reminders.push({ kind: 'dormant', why, units: unitsOf(row.agreements, d), partnership: row });
    for (const a of considered) {
      const f = facts.of(a);
      if (staleNotEnded(f)) reminders.push({ kind: 'stale', why, units: unitsOf([a.id], d), agreement: { id: a.id, title: a.data.title, confirmed: a.data.confirmed as string } });
    }
  }
  return { asOf: iso(asOf), within: text(within), since: text(o.inactivityWindow), reviewDay: review, digests: digestsOf(reminders), considered: considered.length };
}

/** One digest per unit: a reminder goes to each unit its records name, or to the bureau's own digest when they name none. */
function digestsOf(reminders: Reminder[]): Digest[] {
  const by = new Map<string | null, Reminder[]>();
  for (const r of reminders) {
    for (const u of r.units.length ? r.units : [null]) {
      const list = by.get(u);
      if (list) list.push(r);
      else by.set(u, [r]);
    }
  }
  const rank = (r: Reminder): number => REMINDER_KINDS.indexOf(r.kind);
  const key = (r: Reminder): string => ('agreement' in r ? r.agreement.id : r.partnership.partner.id + '|' + r.partnership.agreements.join(','));
  return [...by.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([unit, list]) => ({ unit, reminders: list.sort((x, y) => rank(x) - rank(y) || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)) }));
}

/** The agreements of a digest's reminders that report expiring lists (for its calendar attachment). */
export function expiringRowsOf(g: Digest): ExpiringRow[] {
  return g.reminders.flatMap((r) => (r.kind === 'overdue' || r.kind === 'renewal_unrecorded' || r.kind === 'renewal_start' || r.kind === 'ending' ? [r.agreement] : []));
}
