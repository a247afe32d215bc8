// How the inactive report reads as tables: the dormant partnerships in force, then the ties that are not
// partnerships in force (an LoI with nothing after it, signed and not yet in force, negotiating, unknown).

import type { Cell, ReportView, Provenance, TableView } from './view.js';
import { rw, rwBoth, rwBothDays } from './reports.words.js';
import type { Stage, UndatedActivity } from '../facts/partnerships.js';
import type { DatedRef, InactiveReport } from '../report/inactive.js';
import { humanKDate, parseDate } from '../model/dates.js';
import { STALE, STALE_NOTE } from './labels.js';
import { withinText } from './expiring.js';
import { countryText } from './fields.js';

type Lang = 'en' | 'id';

/** How often a recurring activity recurs, in words: "every year", "every 2 years". */
export function recursText(every: string, lang: Lang): string {
  if (every === '1y') return rwBoth('inactive.everyYear')[lang];
  if (every === '1m') return rwBoth('inactive.everyMonth')[lang];
  return rw(lang, 'inactive.every', { every: withinText(every, lang) });
}

/**
 * The words for a partnership's activities when none is dated: the recurring one and its first
 * occurrence, or how many are on record, undated; "no activity on record" only when none is. Never
 * "never": the register records what it knows, not that nothing happened.
 */
export function undatedText(undated: readonly UndatedActivity[], lang: Lang): Cell {
  const n = undated.length;
  if (n === 0) return { text: rwBoth('inactive.noActivityOnRecord')[lang], tone: 'bad' };
  const u = undated[0] as UndatedActivity;
  if (n === 1 && u.recurs) {
    const k = u.since ? parseDate(u.since) : undefined;
    const since = k ? humanKDate(k, lang) : undefined;
    const how = recursText(u.recurs, lang);
    return {
      text: rw(lang, 'inactive.recurringUndated', { title: u.title, how, since: since ?? '' }),
      tone: 'warn',
    };
  }
  return { text: rw(lang, 'inactive.undated', { n }), tone: 'warn' };
}

/**
 * The heading of the ties that are not partnerships in force: not "not yet in force" (belum berlaku), for
 * they include ties whose status nobody knows.
 */
export function tiesTitle(n: number): Record<Lang, string> {
  return rwBoth('inactive.tiesTitle', { n });
}

/** A last activity's title, with how often it recurs when it does. */
const titled = (r: DatedRef, lang: Lang): string => (r.recurs ? `${r.title} (${recursText(r.recurs, lang)})` : r.title);

export const STAGE_LABEL: Record<Stage, Record<'en' | 'id', string>> = {
  in_force: rwBoth('inactive.inForce'),
  renewal_unrecorded: rwBoth('inactive.renewalNotOnRecord'),
  loi: rwBoth('inactive.loiOnly'),
  pending: rwBoth('inactive.signedNotYetIn'),
  negotiating: rwBoth('inactive.negotiatingOrDraft'),
  unknown: rwBoth('inactive.statusUnknown'),
  ended: rwBoth('inactive.ended'),
};

const dated = (r: DatedRef | null): Cell => (r ? { date: r.date } : null);
const PLANNED = rwBoth('inactive.planned');
const PLANNED_PASSED = rwBoth('inactive.plannedPassed');
/** What a first date on record is, beside it. */
const FIRST_BASIS: Record<'signed' | 'effective' | 'document', Record<Lang, string>> = {
  signed: rwBoth('inactive.signed'),
  effective: rwBoth('inactive.basis.effective'),
  document: rwBoth('inactive.documentDate'),
};
/** When the tie was last confirmed, marked when stale (CSV: the date alone, `stale` beside it). */
const confirmedCell = (r: { confirmed: string | null; stale: boolean }, lang: Lang, csv: boolean): Cell =>
  r.confirmed === null ? null : { date: r.confirmed, ...(r.stale && !csv ? { flag: STALE[lang], tone: 'warn' as const } : {}) };

export function inactiveView(rep: InactiveReport, prov: Provenance, lang: 'en' | 'id', csvFlat = false): ReportView {
  const since = withinText(rep.since, lang);
  const dormant: TableView = {
    columns: [
      { key: 'partner', label: rwBoth('inactive.partner'), wrap: true },
      { key: 'country', label: rwBoth('inactive.country'), priority: 4 },
      { key: 'agreements', label: rwBoth('inactive.agreementsInTheChain'), wrap: true },
      ...(csvFlat || rep.rows.some((r) => r.stage === 'renewal_unrecorded') ? [{ key: 'stage', label: rwBoth('inactive.stage'), priority: 3 }] : []),
      { key: 'first_on_record', label: rwBoth('inactive.firstOnRecord'), dates: true, priority: 6 },
      ...(csvFlat ? [{ key: 'first_on_record_basis', label: rwBoth('inactive.firstOnRecordWhat') }] : []),
      { key: 'last_activity', label: rwBoth('inactive.lastActivity'), wrap: true },
      { key: 'last_date', label: rwBoth('inactive.date'), dates: true },
      { key: 'days_since', label: rwBoth('inactive.daysSince'), align: 'right', priority: 2 },
      { key: 'last_3_years', label: rwBoth('inactive.activitiesLast3Years'), align: 'right', priority: 5 },
      ...(csvFlat ? [{ key: 'undated_activities', label: rwBoth('inactive.activitiesOnRecordUndated'), align: 'right' as const }] : []),
      { key: 'next_planned', label: rwBoth('inactive.nextPlanned'), wrap: true, priority: 7 },
      ...(csvFlat ? [{ key: 'next_planned_date', label: rwBoth('inactive.nextPlannedDate'), dates: true }] : []),
      ...(csvFlat || rep.rows.some((r) => r.confirmed !== null) ? [{ key: 'confirmed', label: rwBoth('inactive.confirmed'), dates: true, priority: 8 }] : []),
      ...(csvFlat ? [{ key: 'stale', label: rwBoth('inactive.stale') }] : []),
    ],
    rows: rep.rows.map((r) => ({
      partner: r.partner.name,
      // The country by its name, as show names it (CSV: the code).
      country: csvFlat ? r.partner.country : countryText(r.partner.country, lang),
      agreements: r.agreements,
      stage: csvFlat ? r.stage : { text: STAGE_LABEL[r.stage][lang], ...(r.stage === 'renewal_unrecorded' ? { tone: 'warn' as const } : {}) },
      // The date for what it is: signed, in force (effective) or the date on the document.
      first_on_record: r.firstOnRecord ? { date: r.firstOnRecord, ...(csvFlat || !r.firstOnRecordBasis ? {} : { flag: FIRST_BASIS[r.firstOnRecordBasis][lang] }) } : null,
      first_on_record_basis: r.firstOnRecordBasis,
      // CSV keeps data columns free of words: an empty cell where no activity is dated (undated ones are counted beside).
      last_activity: r.lastActivity ? (csvFlat ? r.lastActivity.title : titled(r.lastActivity, lang)) : csvFlat ? null : undatedText(r.undatedActivities, lang),
      last_date: dated(r.lastActivity),
      days_since: r.daysSince,
      // Undated activities may fall in those years: not a bare count of the dated ones, which would read as a fact.
      last_3_years: !csvFlat && r.undatedActivities.length ? rw(lang, 'inactive.last3YearsAndUndated', { n: r.activitiesLast3Years, u: r.undatedActivities.length }) : r.activitiesLast3Years,
      undated_activities: r.undatedActivities.length,
      next_planned: csvFlat ? r.nextPlanned?.title ?? null : r.nextPlanned ? `${r.nextPlanned.date} ${r.nextPlanned.title}` : null,
      next_planned_date: dated(r.nextPlanned),
      confirmed: confirmedCell(r, lang, csvFlat),
      stale: String(r.stale),
    })),
    empty: rwBoth('inactive.noneDormant', { since }),
  };
  const tables: TableView[] = [dormant];
  if (!csvFlat && rep.notInForce.length) {
    tables.push({
      title: tiesTitle(rep.notInForce.length),
      columns: [
        { key: 'partner', label: rwBoth('inactive.partner'), wrap: true },
        { key: 'country', label: rwBoth('inactive.country'), priority: 3 },
        { key: 'stage', label: rwBoth('inactive.stage'), wrap: true },
        { key: 'since', label: rwBoth('inactive.sinceOrPlannedSigning'), dates: true, priority: 2 },
        { key: 'agreements', label: rwBoth('inactive.agreements'), wrap: true },
        { key: 'last_activity', label: rwBoth('inactive.lastActivity'), wrap: true, priority: 4 },
        { key: 'last_date', label: rwBoth('inactive.date'), dates: true, priority: 5 },
        ...(rep.notInForce.some((t) => t.confirmed !== null) ? [{ key: 'confirmed', label: rwBoth('inactive.confirmed'), dates: true, priority: 6 }] : []),
      ],
      rows: rep.notInForce.map((t) => ({
        partner: t.partner.name, country: countryText(t.partner.country, lang), stage: STAGE_LABEL[t.stage][lang],
        // A planned signing is not "since": it is named as planned, and as passed when it has.
        since: t.since ? { date: t.since, ...(t.sinceBasis ? { flag: FIRST_BASIS[t.sinceBasis][lang] } : {}) }
          : t.plannedSigning ? { date: t.plannedSigning, flag: (t.plannedSigningPassed ? PLANNED_PASSED : PLANNED)[lang], ...(t.plannedSigningPassed ? { tone: 'warn' as const } : {}) } : null,
        agreements: t.agreements, last_activity: t.lastActivity ? titled(t.lastActivity, lang) : t.undatedActivities.length ? undatedText(t.undatedActivities, lang) : null, last_date: dated(t.lastActivity),
        confirmed: confirmedCell(t, lang, false),
      })),
    });
  }
  const notes = [rwBothDays(rep.includeLoi ? 'inactive.note.loi' : 'inactive.note', { n: rep.rows.length, of: rep.partnershipsInForce, since }, { from: rep.windowStart })];
  if ([...rep.rows, ...rep.notInForce].some((r) => r.undatedActivities.length > 0 && r.lastActivity === null)) {
    notes.push(rwBoth('inactive.undatedActivitiesOnRecord'));
  }
  if ([...rep.rows, ...rep.notInForce].some((r) => r.stale)) notes.push(STALE_NOTE);
  if (rep.rows.some((r) => r.firstOnRecordUncertain || r.lastActivity?.dateUncertain)) {
    notes.push(rwBoth('inactive.fromAnUncertainDate'));
  }
  return { title: rwBoth('inactive.inactivePartnerships'), provenance: prov, tables, notes };
}
