// How a digest of reminders reads: its subject, greeting, one section per kind of reminder, each
// reminder's lines (what, when, why today, what to do) and its closing, in the reader's language. The
// mail (plain text and HTML) and the dry run draw this; record text is left as it is here and made safe
// by each renderer for its own format.

import { formatDuration, humanDate, humanKDate, parseDate, parseDuration, day } from '../model/dates.js';
import type { ExpiringRow } from '../report/expiring.js';
import type { Lang } from '../model/types.js';
import { say, type Values } from '../model/words.js';
import { REMINDER_KINDS, type Digest, type Reminder, type ReminderKind, type Why } from '../report/remind.js';
import { DERIVED_STATUS_LABEL } from './labels.js';
import { uncertainEndText, uncertainLegend } from './expiring.js';
import { REMIND_WORDS } from './remind.words.js';
import { rw } from './reports.words.js';

export interface ReminderView {
  kind: ReminderKind;
  /** The record's title and id, or the partner's name and country. */
  heading: string;
  lines: string[];
  why: string[];
  todo: string;
}

export interface SectionView { kind: ReminderKind; title: string; reminders: ReminderView[] }

export interface DigestView {
  unit: string | null;
  subject: string;
  greeting: string;
  intro: string;
  /** Said before the sections: that the unit has no address and the bureau received its digest instead. */
  notes: string[];
  sections: SectionView[];
  /** Said once after the sections: what a mark in them means (a day counted from an uncertain end is marked *, as report expiring marks it, with its legend). */
  footnotes: string[];
  /** Lines after the sections: the calendar note (when there is one), the closing and the provenance. */
  closing: string[];
}

export interface DigestMeta {
  register: string;
  commit?: string;
  asOf: number;
  considered: number;
  /** A calendar of the digest's agreements is attached. */
  calendar: boolean;
  /** The unit has no address in the recipients file: the bureau receives its digest. */
  noAddress?: boolean;
}

const t = (lang: Lang, key: string, values: Values = {}): string => say(REMIND_WORDS, lang, key, values);

/** A recorded date as a reader reads it (29 Agu 2027, Agu 2027, ± 1990); the text itself when it is not a date. */
function dateText(text: string, lang: Lang): string {
  const k = parseDate(text);
  return k ? humanKDate(k, lang) : text;
}

function durationWords(text: string | undefined, lang: Lang): string {
  const d = text ? parseDuration(text) : undefined;
  return d ? formatDuration(d, lang) : text ?? '';
}

/** Why today, its day counted from an uncertain end marked * (`uncertain`), as report expiring marks such a count. */
function whyText(why: Why, lang: Lang, uncertain = false): string {
  return t(lang, `why.${why.rule}`, { duration: durationWords(why.duration, lang), n: why.days, mark: uncertain && why.rule === 'overdue_every' ? '*' : '' });
}

/** Whether a reminder's why counts days from an uncertain end (whyText marks it *). */
const countsFromUncertainEnd = (r: Reminder): boolean =>
  'agreement' in r && 'endUncertain' in r.agreement && r.agreement.endUncertain && r.why.some((x) => x.rule === 'overdue_every');

/**
 * An uncertain end (uncertainEndText), that its exact day is not recorded, and the day the reminders go by:
 * the earliest day it can be, or, when it is only bounded above, that latest day (report expiring's `end`).
 */
function uncertainEndLine(a: ExpiringRow, lang: Lang): string {
  const values = { when: uncertainEndText(a, lang), date: humanDate(day(a.end), lang), edge: t(lang, a.endOpen ? 'endUncertain.latest' : 'endUncertain.earliest'), n: Math.abs(a.daysLeft) };
  return t(lang, a.daysLeft < 0 ? 'endUncertain.ended' : a.daysLeft === 0 ? 'endUncertain.today' : 'endUncertain.in', values);
}

/** report expiring's legend of * (uncertainLegend), when a reminder's day is counted from an uncertain end. */
function uncertainFootnotes(reminders: readonly Reminder[], lang: Lang): string[] {
  const rows = reminders.filter(countsFromUncertainEnd).flatMap((r) => ('agreement' in r && 'endOpen' in r.agreement ? [r.agreement] : []));
  return uncertainLegend(rows).map((key) => rw(lang, key));
}

function reminderView(r: Reminder, lang: Lang): ReminderView {
  const uncertain = countsFromUncertainEnd(r);
  const base = { kind: r.kind, why: r.why.map((x) => whyText(x, lang, uncertain)), todo: t(lang, `todo.${r.kind}`) };
  switch (r.kind) {
    case 'overdue':
    case 'renewal_unrecorded':
    case 'renewal_start':
    case 'ending': {
      const a = r.agreement;
      const end = humanDate(day(a.end), lang);
      const lines = [
        t(lang, 'partners', { list: a.partners.map((p) => `${p.name} (${p.country})`).join(', ') }),
        t(lang, 'category', { category: a.category }),
        a.endUncertain ? uncertainEndLine(a, lang)
          : a.daysLeft < 0 ? t(lang, 'ended', { date: end, n: -a.daysLeft }) : a.daysLeft === 0 ? t(lang, 'endsToday', { date: end }) : t(lang, 'endsIn', { date: end, n: a.daysLeft }),
      ];
      if (a.daysLeft >= 0) lines.push(t(lang, a.renewalStartPassed ? 'renewalPassed' : 'renewalBy', { date: humanDate(day(a.renewalStart), lang) }));
      if (a.derivedStatus !== 'in_force' && a.derivedStatus !== 'expired' && a.derivedStatus !== 'renewal_unrecorded') lines.push(t(lang, 'status', { status: DERIVED_STATUS_LABEL[a.derivedStatus][lang] }));
      if (a.confirmed) lines.push(t(lang, a.stale ? 'confirmedStale' : 'confirmed', { date: dateText(a.confirmed, lang) }));
      return { ...base, heading: `${a.title} (${a.id})`, lines };
    }
    case 'signing_overdue':
      return { ...base, heading: `${r.agreement.title} (${r.agreement.id})`, lines: [t(lang, 'plannedSigning', { date: dateText(r.agreement.plannedSigning, lang), n: r.agreement.daysPast })] };
    case 'stale':
      return { ...base, heading: `${r.agreement.title} (${r.agreement.id})`, lines: [t(lang, 'confirmedStale', { date: dateText(r.agreement.confirmed, lang) })] };
    case 'dormant': {
      const p = r.partnership;
      const lines = [t(lang, 'agreements', { list: p.agreements.join(', ') })];
      if (p.firstSigned) lines.push(t(lang, 'firstSigned', { date: dateText(p.firstSigned, lang) }));
      lines.push(p.lastActivity ? t(lang, 'lastActivity', { title: p.lastActivity.title, date: dateText(p.lastActivity.date, lang), n: p.daysSince ?? 0 }) : t(lang, 'noActivity'));
      if (p.nextPlanned) lines.push(t(lang, 'nextPlanned', { title: p.nextPlanned.title, date: dateText(p.nextPlanned.date, lang) }));
      return { ...base, heading: `${p.partner.name} (${p.partner.country})`, lines };
    }
  }
}

/** The name a digest is addressed to: its unit, or the bureau for records that name none. */
export function unitName(unit: string | null, lang: Lang): string {
  return unit ?? t(lang, 'bureau');
}

export function digestView(g: Digest, meta: DigestMeta, lang: Lang): DigestView {
  const date = humanDate(meta.asOf, lang);
  const n = g.reminders.length;
  const sections = REMINDER_KINDS
    .map((kind) => ({ kind, title: t(lang, `section.${kind}`), reminders: g.reminders.filter((r) => r.kind === kind).map((r) => reminderView(r, lang)) }))
    .filter((s) => s.reminders.length > 0);
  return {
    unit: g.unit,
    subject: t(lang, 'subject', { date, n, unit: unitName(g.unit, lang) }),
    greeting: g.unit === null ? t(lang, 'greetingBureau') : t(lang, 'greeting', { unit: g.unit }),
    intro: t(lang, g.unit === null ? 'introBureau' : 'intro', { register: meta.register, date, n }),
    notes: meta.noAddress && g.unit !== null ? [t(lang, 'noAddress', { unit: g.unit })] : [],
    sections,
    footnotes: uncertainFootnotes(g.reminders, lang),
    closing: [
      ...(meta.calendar ? [t(lang, 'calendarNote')] : []),
      t(lang, 'closing'),
      t(lang, 'provenance', { register: meta.register, commit: meta.commit ?? '', date, considered: meta.considered }),
    ],
  };
}

/** A line of the remind words (the CLI's own lines about a digest). */
export function remindText(lang: Lang, key: string, values: Values = {}): string {
  return t(lang, key, values);
}
