// A reminder about an agreement whose end is uncertain (a year, a month, approximate, a range, a term from an
// uncertain start) says the end as the record has it, that its exact day is not recorded, and which day the
// reminders go by, in the words show and the reports use for uncertain dates (docs/glossary.md): never
// "the earliest day it can be is used" after a day the record does not hold.

import { describe, expect, it } from 'vitest';
import { day } from '../../src/model/dates.js';
import type { ExpiringReport, ExpiringRow } from '../../src/report/expiring.js';
import { expiringAsIcs } from '../../src/render/reportIcs.js';
import type { Digest } from '../../src/report/remind.js';
import { digestView } from '../../src/view/remind.js';
import { rw } from '../../src/view/reports.words.js';
import { digestText } from '../../src/render/remindMail.js';

const row = (over: Partial<ExpiringRow>): ExpiringRow => ({
  id: 'jatim-wa-renewal-2023', title: 'Jawa Timur–Western Australia', partners: [{ id: 'western-australia', name: 'Western Australia', country: 'AU' }],
  category: 'KSDPL', status: 'active', derivedStatus: 'in_force', end: '2028-01-01', endLatest: '2028-12-31', endAsRecorded: '2028', endUncertain: true, endOpen: false,
  daysLeft: 405, bucket: 'within_24m', cycle: null, renewalStart: '2027-07-01', renewalStartPassed: false, renewedBy: null, extendableBy: null, confirmed: null, stale: false,
  ...over,
} as ExpiringRow);

const endLine = (r: ExpiringRow, lang: 'en' | 'id', asOf = '2026-11-22'): string => {
  const g: Digest = { unit: null, reminders: [{ kind: 'ending', why: [{ rule: 'before_end', days: r.daysLeft, duration: '24m' }], units: [], agreement: r }] };
  const v = digestView(g, { asOf: day(asOf), register: 'Test', considered: 1, calendar: false }, lang);
  return v.sections[0]?.reminders[0]?.lines.find((l) => /^(Ends|Ended|Berakhir)/.test(l)) ?? '';
};

describe('a reminder about an uncertain end', () => {
  it('a year: the year, the day not recorded, and the day reminders go by', () => {
    expect(endLine(row({}), 'en')).toBe('Ends: 2028, exact day not recorded (an uncertain date); reminders go by 1 Jan 2028, the earliest day it can be: in 405 days');
    expect(endLine(row({}), 'id')).toBe('Berakhir: 2028, tanggal pastinya tidak dicatat (tanggal tidak pasti); pengingat memakai 1 Jan 2028, hari paling awal yang mungkin: 405 hari lagi');
  });

  it('a month, ended: the month, and how long ago from the day reminders go by', () => {
    const r = row({ end: '2026-08-01', endLatest: '2026-08-31', endAsRecorded: '2026-08', daysLeft: -113, derivedStatus: 'expired', bucket: 'overdue' });
    expect(endLine(r, 'en')).toBe('Ended: Aug 2026, exact day not recorded (an uncertain date); reminders go by 1 Aug 2026, the earliest day it can be: 113 days ago');
    expect(endLine(r, 'id')).toBe('Berakhir: Agu 2026, tanggal pastinya tidak dicatat (tanggal tidak pasti); pengingat memakai 1 Agu 2026, hari paling awal yang mungkin: 113 hari yang lalu');
  });

  it('a term from an uncertain start: the span the end falls in', () => {
    const r = row({ endAsRecorded: '2023 + 5y' });
    expect(endLine(r, 'en')).toBe('Ends: 2028, exact day not recorded (an uncertain date); reminders go by 1 Jan 2028, the earliest day it can be: in 405 days');
    const span = row({ end: '2028-03-10', endLatest: '2028-04-09', endAsRecorded: '2023-03-10..2023-04-09 + 5y' });
    expect(endLine(span, 'en')).toBe('Ends: 10 Mar–9 Apr 2028, exact day not recorded (an uncertain date); reminders go by 10 Mar 2028, the earliest day it can be: in 405 days');
    // A term from a start only bounded above (..2017-06 + 5y): by its latest day, which reminders go by.
    const by = row({ end: '2022-06-29', endLatest: '2022-06-29', endAsRecorded: '..2017-06 + 5y', endOpen: true });
    expect(endLine(by, 'en')).toBe('Ends: by 29 Jun 2022, exact day not recorded (an uncertain date); reminders go by 29 Jun 2022, the latest day it can be: in 405 days');
  });

  it('only bounded above (end: ..2028-06): the latest day, which is what reminders go by', () => {
    const r = row({ end: '2028-06-30', endLatest: '2028-06-30', endAsRecorded: '..2028-06', endOpen: true });
    expect(endLine(r, 'en')).toBe('Ends: by Jun 2028, exact day not recorded (an uncertain date); reminders go by 30 Jun 2028, the latest day it can be: in 405 days');
    expect(endLine(r, 'id')).toBe('Berakhir: paling lambat Jun 2028, tanggal pastinya tidak dicatat (tanggal tidak pasti); pengingat memakai 30 Jun 2028, hari paling akhir yang mungkin: 405 hari lagi');
  });

  it('a certain end: as before', () => {
    const r = row({ end: '2027-12-31', endLatest: '2027-12-31', endAsRecorded: '2027-12-31', endUncertain: false, daysLeft: 404 });
    expect(endLine(r, 'en')).toBe('Ends: 31 Dec 2027, in 404 days');
  });
});

describe('a count of days from an uncertain end, in why a reminder is sent today', () => {
  // As report expiring does: the count is marked * as the end is, and the digest carries expiring's legend.
  const digest = (r: ExpiringRow, lang: 'en' | 'id') => digestView({ unit: null, reminders: [{ kind: 'overdue', why: [{ rule: 'overdue_every', days: 1464, duration: '7d' }], units: [], agreement: r }] },
    { asOf: day('2026-11-22'), register: 'Test', considered: 1, calendar: false }, lang);
  const ended = { end: '2022-11-20', endLatest: '2022-12-31', endAsRecorded: '2022', daysLeft: -1463, derivedStatus: 'expired', bucket: 'overdue' } as const;

  it('marks the day * and says once, after the reminders, what * means (report expiring\'s own words)', () => {
    const en = digest(row(ended), 'en');
    expect(en.sections[0]?.reminders[0]?.why).toEqual(['Sent every 7 days once the day has passed (day 1,464*).']);
    expect(en.footnotes).toEqual([rw('en', 'expiring.fromAnUncertainDate')]);
    const id = digest(row(ended), 'id');
    expect(id.sections[0]?.reminders[0]?.why).toEqual(['Dikirim setiap 7 hari setelah tanggalnya terlampaui (hari ke-1.464*).']);
    expect(id.footnotes).toEqual([rw('id', 'expiring.fromAnUncertainDate')]);
    expect(digestText(id)).toContain('(hari ke-1.464*).\n');
    expect(digestText(id)).toContain('\n' + rw('id', 'expiring.fromAnUncertainDate') + '\n');
  });

  it('an end only bounded above (..2022-11): the legend also says that such an end is counted from its latest day', () => {
    const id = digest(row({ ...ended, end: '2022-11-30', endLatest: '2022-11-30', endAsRecorded: '..2022-11', endOpen: true }), 'id');
    expect(id.footnotes).toEqual([rw('id', 'expiring.fromAnUncertainDate'), rw('id', 'expiring.fromAnUncertainDateBy')]);
  });

  it('a certain end: no mark, no legend', () => {
    const en = digest(row({ ...ended, end: '2022-11-20', endLatest: '2022-11-20', endAsRecorded: '2022-11-20', endUncertain: false }), 'en');
    expect(en.sections[0]?.reminders[0]?.why).toEqual(['Sent every 7 days once the day has passed (day 1,464).']);
    expect(en.footnotes).toEqual([]);
  });
});

describe('the calendar (report expiring --format ics, and the one a reminder mail attaches) on an uncertain end', () => {
  const unfold = (ics: string): string => ics.replace(/\r\n /g, '');
  const ics = (r: ExpiringRow, lang: 'en' | 'id'): string => unfold(expiringAsIcs({ rows: [r], endUnknown: [] } as unknown as ExpiringReport, { asOf: '2026-11-22', register: 'Test', owner: 'jatim' }, lang));

  it('says the end as recorded, and the day the event is placed on, never a day the record does not hold as its end', () => {
    const en = ics(row({}), 'en');
    expect(en).toContain('DESCRIPTION:jatim-wa-renewal-2023 · KSDPL · Western Australia · end 2028\\, exact day not recorded (an uncertain date)\\; placed on 1 Jan 2028\\, the earliest day it can be\r\n');
    expect(en).toContain('DESCRIPTION:jatim-wa-renewal-2023 ends 2028 (exact day not recorded\\; counted from 1 Jan 2028)\\; KSDPL renewals need this lead time.\r\n');
    const id = ics(row({ end: '2028-06-30', endLatest: '2028-06-30', endAsRecorded: '..2028-06', endOpen: true }), 'id');
    expect(id).toContain('· berakhir paling lambat Jun 2028\\, tanggal pastinya tidak dicatat (tanggal tidak pasti)\\; dicantumkan pada 30 Jun 2028\\, hari paling akhir yang mungkin\r\n');
    expect(id).toContain('DESCRIPTION:jatim-wa-renewal-2023 berakhir paling lambat Jun 2028 (tanggal pastinya tidak dicatat\\; dihitung dari 30 Jun 2028)\\; perpanjangan KSDPL memerlukan waktu persiapan ini.\r\n');
  });

  it('a certain end: as before', () => {
    const en = ics(row({ end: '2027-12-31', endLatest: '2027-12-31', endAsRecorded: '2027-12-31', endUncertain: false }), 'en');
    expect(en).toContain('DESCRIPTION:jatim-wa-renewal-2023 · KSDPL · Western Australia\r\n');
    expect(en).toContain('DESCRIPTION:jatim-wa-renewal-2023 ends 2027-12-31\\; KSDPL renewals need this lead time.\r\n');
  });
});
