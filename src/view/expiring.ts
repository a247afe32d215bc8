// How the expiring report reads as a table: one table per bucket, with text labels beside colour.

import { formatDuration, humanDate, humanKDate, day, iso, parseDate, parseDuration, type Duration, type KDate } from '../model/dates.js';
import { formatNumber } from '../model/format.js';
import { DERIVED_STATUS_LABEL, STALE, STALE_NOTE } from './labels.js';
import { L, type Cell, type Column, type ReportView, type TableView, type Provenance, type Tone } from './view.js';
import { rw, rwBoth, rwBothDays } from './reports.words.js';
import type { Bucket, EndUnknownRow, ExpiringReport, ExpiringRow } from '../report/expiring.js';

export const BUCKET_LABEL: Record<Bucket, Record<'en' | 'id', string>> = {
  overdue: rwBoth('expiring.overdueEndedStillMarked'),
  renewal_unrecorded: rwBoth('expiring.renewalNotOnRecord'),
  within_30: rwBoth('expiring.endsWithin30Days'),
  within_90: rwBoth('expiring.endsIn3190'),
  within_180: rwBoth('expiring.endsIn91180'),
  later: rwBoth('expiring.endsLaterWithinThe'),
};
/**
 * The group of an agreement whose end is not known, as the CSV and the export name it (`end_unknown`):
 * report expiring lists it in a section of its own, with no end and no days left.
 */
export const END_UNKNOWN_BUCKET = 'end_unknown';
export const END_UNKNOWN_LABEL: Record<'en' | 'id', string> = rwBoth('expiring.endNotKnown');
const BUCKET_SHORT: Record<Bucket, Record<'en' | 'id', string>> = {
  overdue: rwBoth('expiring.overdue'), renewal_unrecorded: rwBoth('expiring.notOnRecord'), within_30: rwBoth('expiring.30d'),
  within_90: rwBoth('expiring.3190d'), within_180: rwBoth('expiring.91180d'), later: rwBoth('expiring.later'),
};
const TONE: Record<Bucket, Tone> = { overdue: 'bad', renewal_unrecorded: 'warn', within_30: 'bad', within_90: 'warn', within_180: 'warn', later: 'muted' };

/**
 * The columns. In a terminal too narrow for all, id, title and partner wrap, and columns are dropped
 * from the highest priority down: confirmed, bucket, category, days left, renewed by, status; id, title,
 * partner, end and the renewal start always stay, and where they do not fit the table is stacked.
 */
const COLUMNS: Column[] = [
  { key: 'id', label: L('id', 'id'), wrap: true },
  { key: 'title', label: rwBoth('expiring.title'), wrap: true },
  { key: 'partners', label: rwBoth('expiring.partnerCountry'), wrap: true },
  { key: 'category', label: rwBoth('expiring.category'), priority: 7 },
  { key: 'status', label: rwBoth('expiring.status'), priority: 4 },
  { key: 'end', label: rwBoth('expiring.end'), dates: true },
  { key: 'days_left', label: rwBoth('expiring.daysLeft'), align: 'right', priority: 6 },
  { key: 'bucket', label: rwBoth('expiring.bucket'), priority: 8 },
  { key: 'renewal_start', label: rwBoth('expiring.startRenewalBy'), dates: true },
  { key: 'confirmed', label: rwBoth('expiring.confirmed'), dates: true, priority: 9 },
  { key: 'renewed_by', label: rwBoth('expiring.renewedBy'), priority: 5 },
];


/**
 * The columns of a renewal not on record: the latest renewal on file, the renewal due since, every one due
 * and not on record, the next due and when to start it. Never the old term's end as a deadline.
 */
const CYCLE_COLUMNS: Column[] = [
  ...COLUMNS.filter((c) => ['id', 'title', 'partners', 'category'].includes(c.key)),
  { key: 'last_on_file', label: rwBoth('expiring.lastRenewalOnFile'), dates: true, priority: 6 },
  { key: 'due_since', label: rwBoth('expiring.renewalDueSince'), dates: true },
  { key: 'missed', label: rwBoth('expiring.renewalsDueNotOn'), wrap: true, priority: 5 },
  { key: 'next_due', label: rwBoth('expiring.nextRenewalDue'), dates: true },
  ...COLUMNS.filter((c) => ['renewal_start', 'confirmed'].includes(c.key)),
];
/** CSV: the cycle's columns after the others (empty for rows that are not a renewal not on record). */
const CYCLE_CSV: Column[] = [
  { key: 'last_on_file', label: rwBoth('expiring.lastRenewalOnFile'), dates: true },
  { key: 'due_since', label: rwBoth('expiring.renewalDueSince'), dates: true },
  { key: 'missed', label: rwBoth('expiring.renewalsDueNotOn') },
  { key: 'next_due', label: rwBoth('expiring.nextRenewalDue'), dates: true },
];

function cycleCells(r: ExpiringRow, lang: 'en' | 'id', csv: boolean): Record<string, Cell> {
  const c = r.cycle;
  if (!c) return { last_on_file: null, due_since: null, missed: csv ? [] : null, next_due: null };
  const human = (t: string): string => {
    const k = parseDate(t);
    return k ? humanKDate(k, lang) + (c.uncertain || k.uncertain ? '*' : '') : t;
  };
  return {
    last_on_file: c.lastOnFile === null ? null : { date: c.lastOnFile },
    due_since: c.dueSince === null ? null : { date: c.dueSince, uncertain: c.uncertain, ...(csv ? {} : { tone: 'warn' as const }) },
    // Many cycles (a yearly tie since 1985): how many, the first and the last.
    missed: csv ? c.missed : { text: `${c.missed.length}: ${(c.missed.length > 3 ? [c.missed[0] as string, '…', c.missed[c.missed.length - 1] as string] : c.missed).map((t) => (t === '…' ? t : human(t))).join(', ')}`, tone: 'warn' },
    next_due: { date: c.nextDue, uncertain: c.uncertain },
  };
}

/**
 * An uncertain end as the record has it, in the words show and the tables use (2028, Aug 2028, c. 2027,
 * by Jun 2028); for a term from an uncertain start, the span its end falls in (a year or a month when it is
 * one whole, else its first and last day; "by" its last day when it has no first). For the reminders and the calendar, which say it in a sentence.
 */
export function uncertainEndText(r: Pick<ExpiringRow, 'end' | 'endLatest' | 'endAsRecorded' | 'endOpen'>, lang: 'en' | 'id'): string {
  const recorded = parseDate(r.endAsRecorded);
  if (recorded) return humanKDate(recorded, lang);
  // Only bounded above (a term from ..2017-06): `end` is that latest day, "by" it.
  const last = r.endOpen ? null : r.endLatest;
  if (r.endOpen) return humanKDate(parseDate(`..${r.end}`) as KDate, lang);
  const whole = last === null ? undefined : [r.end.slice(0, 4), r.end.slice(0, 7)].map((text) => parseDate(text)).find((k): k is KDate => k !== undefined && iso(k.first) === r.end && iso(k.last) === last);
  const k = whole ?? parseDate(`${r.end}..${last ?? ''}`);
  return k ? humanKDate(k, lang) : humanDate(day(r.end), lang);
}

/** An extension option beside the end: "(extendable by 4 years)"; the end itself stays the term's. */
export function extendableText(text: string, lang: 'en' | 'id'): string {
  return rw(lang, 'expiring.extendable', { by: withinText(text, lang) });
}

/** The status column says only what is not plain "in force": not yet in force, unknown, renewal not on record. */
function statusCell(r: ExpiringRow, lang: 'en' | 'id'): Cell {
  if (r.derivedStatus === 'in_force' || r.derivedStatus === 'expired' || r.derivedStatus === 'renewal_unrecorded') return null;
  return { text: DERIVED_STATUS_LABEL[r.derivedStatus][lang], tone: r.derivedStatus === 'unknown' ? 'warn' : 'muted' };
}

function cells(r: ExpiringRow, lang: 'en' | 'id', csv: boolean): Record<string, Cell> {
  return {
    id: r.id,
    title: r.title,
    partners: r.partners.map((p) => `${p.name} (${p.country})`),
    category: r.category,
    status: csv ? r.derivedStatus : statusCell(r, lang),
    end: { date: r.endOpen && !csv ? `..${r.end}` : r.end, uncertain: r.endUncertain, ...(r.extendableBy && !csv ? { flag: extendableText(r.extendableBy, lang) } : {}) },
    ...(csv ? { extendable_by: r.extendableBy } : {}),
    days_left: csv ? r.daysLeft : daysCell(r, lang),
    bucket: csv ? r.bucket : { text: BUCKET_SHORT[r.bucket][lang], tone: TONE[r.bucket] },
    renewal_start: r.renewalStartPassed && !csv ? { date: r.renewalStart, uncertain: r.endUncertain, flag: '⚠', tone: 'warn' } : { date: r.renewalStart, uncertain: r.endUncertain },
    confirmed: r.confirmed === null ? null : { date: r.confirmed, ...(r.stale && !csv ? { flag: STALE[lang], tone: 'warn' as const } : {}) },
    renewed_by: r.renewedBy,
  };
}

/**
 * Days left as a table says them: past the end as "1,607 days ago" (never a minus sign), and a count from
 * an uncertain end marked * as that end is (the day counted to is only the earliest or latest it can be).
 * CSV keeps the number.
 */
function daysCell(r: ExpiringRow, lang: 'en' | 'id'): Cell {
  if (r.daysLeft >= 0 && !r.endUncertain) return r.daysLeft;
  const n = formatNumber(Math.abs(r.daysLeft), lang);
  return { text: (r.daysLeft < 0 ? rw(lang, 'expiring.daysAgo', { days: n }) : n) + (r.endUncertain ? '*' : '') };
}

/**
 * The legend of a count of days from an uncertain end (marked *), for rows of which any counts so: the
 * earliest day is used; and, when an end is only bounded above (..2028-06), that its latest day is.
 * report expiring and remind say it alike.
 */
export function uncertainLegend(rows: ReadonlyArray<Pick<ExpiringRow, 'endUncertain' | 'endOpen'>>): Array<'expiring.fromAnUncertainDate' | 'expiring.fromAnUncertainDateBy'> {
  const marked = rows.filter((r) => r.endUncertain);
  if (marked.length === 0) return [];
  return marked.some((r) => r.endOpen) ? ['expiring.fromAnUncertainDate', 'expiring.fromAnUncertainDateBy'] : ['expiring.fromAnUncertainDate'];
}

/** An agreement whose end is not known: its status and what is recorded of its end (CSV: the bucket `end_unknown`, no day). */
function unknownEndCells(r: EndUnknownRow, lang: 'en' | 'id', csv: boolean): Record<string, Cell> {
  const status: Cell = csv ? r.derivedStatus : r.derivedStatus === 'in_force' ? null : { text: DERIVED_STATUS_LABEL[r.derivedStatus][lang], tone: r.derivedStatus === 'unknown' ? 'warn' : 'muted' };
  return {
    id: r.id, title: r.title, partners: r.partners.map((p) => `${p.name} (${p.country})`), category: r.category, status,
    end: csv ? null : r.endAsRecorded === null ? { text: END_NOT_RECORDED[lang], tone: 'warn' } : { text: rw(lang, 'expiring.endStartUnknown', { end: r.endAsRecorded }), tone: 'warn' },
    days_left: null, bucket: csv ? END_UNKNOWN_BUCKET : null, renewal_start: null,
    confirmed: r.confirmed === null ? null : { date: r.confirmed, ...(r.stale && !csv ? { flag: STALE[lang], tone: 'warn' as const } : {}) },
    renewed_by: null,
  };
}
const END_NOT_RECORDED = rwBoth('expiring.noEndRecorded');

/** The heading of the agreements whose end is not known (the CLI's table and the site's page). */
export function endUnknownTitle(n: number): Record<'en' | 'id', string> {
  return rwBoth('expiring.endUnknownTitle', { n });
}

export function expiringView(rep: ExpiringReport, prov: Provenance, lang: 'en' | 'id', csvFlat = false): ReportView {
  // Tables show a column only when a row needs it; CSV always has every column.
  const has = (test: (r: ExpiringRow) => boolean): boolean => csvFlat || rep.rows.some(test);
  // A terminal table is one per bucket already: the bucket column is for CSV.
  const columns = COLUMNS.filter((c) =>
    (c.key !== 'bucket' || csvFlat) &&
    (c.key !== 'renewed_by' || has((r) => r.renewedBy !== null)) &&
    (c.key !== 'status' || has((r) => statusCell(r, lang) !== null)) &&
    (c.key !== 'confirmed' || has((r) => r.confirmed !== null)));
  const tables: TableView[] = csvFlat
    ? [{ columns: [...columns, { key: 'stale', label: rwBoth('expiring.stale') }, ...CYCLE_CSV, { key: 'extendable_by', label: rwBoth('expiring.extendableBy') }], rows: [
        ...rep.rows.map((r) => ({ ...cells(r, lang, true), stale: String(r.stale), ...cycleCells(r, lang, true) })),
        ...rep.endUnknown.map((r) => ({ ...unknownEndCells(r, lang, true), stale: String(r.stale), last_on_file: null, due_since: null, missed: [], next_due: null, extendable_by: null })),
      ] }]
    : (Object.keys(BUCKET_LABEL) as Bucket[])
        .map((b) => {
          const rows = rep.rows.filter((r) => r.bucket === b);
          if (b !== 'renewal_unrecorded') return { title: BUCKET_LABEL[b], columns, rows: rows.map((r) => cells(r, lang, false)) };
          const cols = CYCLE_COLUMNS.filter((c) => c.key !== 'confirmed' || rows.some((r) => r.confirmed !== null));
          return { title: BUCKET_LABEL[b], columns: cols, rows: rows.map((r) => ({ ...cells(r, lang, false), ...cycleCells(r, lang, false) })) };
        })
        .filter((t) => t.rows.length > 0);
  const within = withinText(rep.within, lang);
  // "Nothing ends" is said only of the agreements whose end is known; those whose end is not are named below.
  if (tables.length === 0) {
    tables.push({ columns, rows: [], empty: rep.endUnknown.length
      ? rwBoth('expiring.noneKnownEnds', { within })
      : rwBoth('expiring.noneEnds', { within }) });
  }
  if (!csvFlat && rep.endUnknown.length) {
    const n = rep.endUnknown.length;
    const unknownColumns = COLUMNS.filter((c) => ['id', 'title', 'partners', 'status', 'end', 'confirmed'].includes(c.key))
      .filter((c) => (c.key !== 'status' || rep.endUnknown.some((r) => r.derivedStatus !== 'in_force')) && (c.key !== 'confirmed' || rep.endUnknown.some((r) => r.confirmed !== null)))
      .map((c) => (c.key === 'end' ? { ...c, dates: false, wrap: true } : c));
    tables.push({
      title: endUnknownTitle(n),
      columns: unknownColumns,
      rows: rep.endUnknown.map((r) => unknownEndCells(r, lang, false)),
    });
  }
  const notes = [rwBothDays('expiring.horizon', { within }, { until: rep.horizonEnd })];
  if (rep.rows.some((r) => r.cycle)) {
    notes.push(rwBoth('expiring.note.cycle'));
  }
  for (const key of uncertainLegend(rep.rows)) notes.push(rwBoth(key));
  if (rep.endUnknown.length) notes.push(rwBoth('expiring.endNotKnownRecord'));
  if ([...rep.rows, ...rep.endUnknown].some((r) => r.stale)) notes.push(STALE_NOTE);
  return { title: rwBoth('expiring.expiringAgreements'), provenance: prov, tables, notes };
}

/** A duration in words ("24 months", "24 bulan") from its register form ("24m"). */
export function withinText(text: string, lang: 'en' | 'id'): string {
  const d: Duration | undefined = parseDuration(text);
  return d ? formatDuration(d, lang) : text;
}
