// The expiring report as an iCalendar file (RFC 5545): an all-day event for each end date and each
// renewal-start date, so staff can subscribe in their calendar. Deterministic: DTSTAMP is the as-of date.
// A renewal-start event reminds (VALARM) calendar.reminder before the day (default 7 days). UIDs name the
// register's owner (<id>-renewal@<owner>.kerjasama), so the feeds of two registers never collide, and
// stay the same from run to run.

import { addDuration, day, formatDuration, humanDate, iso, parseDate, parseDuration, type Duration, type KDate } from '../model/dates.js';
import { uncertainEndText } from '../view/expiring.js';
import { slug } from '../model/ids.js';
import type { Lang } from '../model/types.js';
import type { ExpiringReport } from '../report/expiring.js';
import { icsText } from './sanitise.js';
import { rr } from './report.words.js';

/** The report the calendar is made from, named in its product identifier (PRODID). */
const REPORT = 'expiring';

const esc = icsText;
const compact = (isoDate: string): string => isoDate.replace(/-/g, '');

/** Folds a content line at 75 octets, never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74;
  }
  return parts.join('\r\n ');
}

export interface IcsMeta {
  asOf: string;
  /** The register's name (the calendar's name). */
  register: string;
  /** The register owner's partner id; without one, the register's name as an id. */
  owner?: string;
  /** How long before a renewal-start day to remind; default 7 days. */
  reminder?: Duration;
}

/**
 * The calendar's identity from the register's configuration: its name, its owner (whose id the UIDs carry)
 * and the reminder. The CLI's `report expiring --format ics` and the site's data/expiring.ics both take it
 * from here, so an event has the same UID in both, and a calendar subscribed to both shows it once.
 */
export function icsMetaOf(config: { name: string; owner?: string | undefined; calendarReminder?: Duration | undefined }, asOf: string): IcsMeta {
  return { asOf, register: config.name, ...(config.owner ? { owner: config.owner } : {}), ...(config.calendarReminder ? { reminder: config.calendarReminder } : {}) };
}

export function expiringAsIcs(rep: ExpiringReport, meta: IcsMeta, lang: Lang): string {
  const stamp = `${compact(meta.asOf)}T000000Z`;
  const domain = `${meta.owner ?? (slug(meta.register) || 'register')}.kerjasama`;
  const reminder = meta.reminder ?? (parseDuration('7d') as Duration);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//kerjasama//${REPORT} report//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${esc(meta.register)}`];
  const event = (uid: string, date: string, summary: string, description: string, alarm = false): void => {
    lines.push('BEGIN:VEVENT', `UID:${uid}@${domain}`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${compact(date)}`, `DTEND;VALUE=DATE:${compact(iso(day(date) + 1))}`,
      `SUMMARY:${esc(summary)}`, `DESCRIPTION:${esc(description)}`, 'TRANSP:TRANSPARENT');
    if (alarm) {
      // RFC 5545 durations have no months: the lead in days before this day.
      const days = day(date) - addDuration(day(date), reminder, -1);
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${esc(summary)}`, `TRIGGER:-P${days}D`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  };
  for (const r of rep.rows) {
    const partners = r.partners.map((p) => p.name).join(', ');
    if (r.cycle) {
      // A renewal not on record: the events are the next renewal due and its start, never the old term's end.
      // An uncertain due date (2030..2032) is placed on its earliest day, as every figure of the report is.
      const due = iso((parseDate(r.cycle.nextDue) as KDate).first);
      // The cycle in words ("5 tahun"), as every other output says it; as written when it is not a period.
      const cycle = parseDuration(r.cycle.every);
      const p = { id: r.id, title: r.title, category: r.category, partners, every: cycle ? formatDuration(cycle, lang) : r.cycle.every, since: r.cycle.dueSince ?? r.end, due };
      event(`${r.id}-end`, due, rr(lang, 'ics.due', p), rr(lang, 'ics.dueText', p));
      event(`${r.id}-renewal`, r.renewalStart, rr(lang, 'ics.start', p), rr(lang, 'ics.cycleStartText', p), true);
      continue;
    }
    // An uncertain end: as the record has it, and the day the event is placed on (the report's day), never
    // that day said as the end.
    const uncertain = r.endUncertain ? { when: uncertainEndText(r, lang), date: humanDate(day(r.end), lang), edge: rr(lang, r.endOpen ? 'ics.edge.latest' : 'ics.edge.earliest') } : undefined;
    event(`${r.id}-end`, r.end, rr(lang, 'ics.ends', { title: r.title }), `${r.id} · ${r.category} · ${partners}${uncertain ? rr(lang, 'ics.endUncertain', uncertain) : ''}`);
    event(`${r.id}-renewal`, r.renewalStart, rr(lang, 'ics.start', { title: r.title }),
      uncertain ? rr(lang, 'ics.startTextUncertain', { id: r.id, category: r.category, ...uncertain }) : rr(lang, 'ics.startText', { id: r.id, end: r.end, category: r.category }), true);
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
