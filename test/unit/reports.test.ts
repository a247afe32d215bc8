// The report computations: date logic on edge cases, partnerships as chains, and the output formats.

import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/index.js';
import { loadRegister } from '../../src/load/load.js';
import { day, parseDuration, type Duration } from '../../src/model/dates.js';
import { coverageReport } from '../../src/report/coverage.js';
import { expiringReport } from '../../src/report/expiring.js';
import { inactiveReport } from '../../src/report/inactive.js';
import { partnerships, factsOf } from '../../src/facts/partnerships.js';
import { csvField, reportAsCsv } from '../../src/render/reportCsv.js';
import { expiringAsIcs, foldLine } from '../../src/render/reportIcs.js';
import { cleanup, makeRegister } from '../helpers.js';

afterAll(cleanup);

const partner = (name: string, type = 'foreign_subnational', country = 'JP'): string => `name: ${name}\ntype: ${type}\ncountry: ${country}\n`;
const agreement = (fields: Record<string, string>): string =>
  Object.entries({ title: 'T', category: 'KSDPL', document_type: 'mou', partners: '[shizuoka]', status: 'active', ...fields }).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n';
const dur = (s: string): Duration => parseDuration(s) as Duration;

function dataset(files: Record<string, string>) {
  const loaded = loadRegister(makeRegister({ 'data/partners/shizuoka.yaml': partner('Shizuoka'), ...files }));
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  expect(errors).toEqual([]);
  return loaded.dataset;
}

const expiring = (files: Record<string, string>, asOf: string, within = '1y', all = false) =>
  expiringReport(dataset(files), day(asOf), { within: dur(within), all, filters: {} });

describe('expiring: dates to the day', () => {
  it('an agreement ending today has 0 days left and is listed; one that ended yesterday is overdue', () => {
    const r = expiring({ 'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: '2026-11-22' }), 'data/agreements/b.yaml': agreement({ effective: '2020-01-01', end: '2026-11-21' }) }, '2026-11-22');
    expect(r.rows.map((x) => [x.id, x.daysLeft, x.bucket])).toEqual([['b', -1, 'overdue'], ['a', 0, 'within_30']]);
  });
  it('ending tomorrow: 1 day left; day 30 and 31 fall in different buckets', () => {
    const r = expiring({
      'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: '2026-11-23' }),
      'data/agreements/b.yaml': agreement({ effective: '2020-01-01', end: '2026-12-22' }),
      'data/agreements/c.yaml': agreement({ effective: '2020-01-01', end: '2026-12-23' }),
    }, '2026-11-22');
    expect(r.rows.map((x) => [x.id, x.daysLeft, x.bucket])).toEqual([['a', 1, 'within_30'], ['b', 30, 'within_30'], ['c', 31, 'within_90']]);
  });
  it('a term from a leap day ends the day before the (clamped) anniversary', () => {
    const r = expiring({ 'data/agreements/a.yaml': agreement({ effective: '2024-02-29', end: '{ term: 1y }' }) }, '2025-01-01');
    expect(r.rows[0]?.end).toBe('2025-02-27');
  });
  it('a partial end date is read as its earliest day and flagged', () => {
    const r = expiring({ 'data/agreements/a.yaml': agreement({ effective: '2023', end: '2028' }), 'data/agreements/b.yaml': agreement({ effective: '2023', end: '2027-09' }) }, '2027-06-01', '2y');
    expect(r.rows.map((x) => [x.id, x.end, x.endLatest, x.endUncertain])).toEqual([['b', '2027-09-01', '2027-09-30', true], ['a', '2028-01-01', '2028-12-31', true]]);
  });
  it('no end, terminated and expired agreements are never expiring', () => {
    const r = expiring({
      'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: 'none' }),
      'data/agreements/b.yaml': agreement({ effective: '2020-01-01', end: '2026-12-01', status: 'terminated', termination: '{ date: 2025-01-01 }' }),
      'data/agreements/c.yaml': agreement({ effective: '2020-01-01', end: '2026-12-01', status: 'expired' }),
    }, '2026-11-22');
    expect(r.rows).toEqual([]);
  });
  it('a renewed agreement is hidden, and shown as renewed by its renewal with --all', () => {
    const files = { 'data/agreements/old.yaml': agreement({ effective: '2022-01-01', end: '2026-12-31' }), 'data/agreements/new.yaml': agreement({ document_type: 'renewal', renews: 'old', effective: '2027-01-01', end: '{ term: 5y }', status: 'signed' }) };
    expect(expiring(files, '2026-11-22').rows).toEqual([]);
    expect(expiring(files, '2026-11-22', '1y', true).rows.map((r) => [r.id, r.renewedBy])).toEqual([['old', 'new']]);
  });
  it('renewal start is the end minus the category lead time (180 days for KSDPL, 90 for KSDD)', () => {
    const r = expiring({
      'data/partners/bali.yaml': partner('Bali', 'province', 'ID'),
      'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: '2027-06-30' }),
      'data/agreements/b.yaml': agreement({ category: 'KSDD', partners: '[bali]', effective: '2020-01-01', end: '2027-06-30' }),
    }, '2026-11-22');
    expect(Object.fromEntries(r.rows.map((x) => [x.id, x.renewalStart]))).toEqual({ a: '2027-01-01', b: '2027-04-01' });
  });
});

describe('partnerships and the inactive report', () => {
  const chain = {
    'data/agreements/loi.yaml': agreement({ document_type: 'loi', effective: '2016-11-19', end: 'none', status: 'superseded' }),
    'data/agreements/mou.yaml': agreement({ parent: 'loi', effective: '2017-11-02', end: '2022-11-01', status: 'superseded' }),
    'data/agreements/renewal.yaml': agreement({ document_type: 'renewal', renews: 'mou', effective: '2022-11-30', end: '{ term: 5y }' }),
  };
  it('an LoI, its MoU and the renewal are one partnership', () => {
    const d = dataset(chain);
    const ps = partnerships(factsOf(d, day('2026-11-22')));
    expect(ps.map((p) => p.agreements.map((a) => a.id))).toEqual([['loi', 'mou', 'renewal']]);
  });
  it('a renewal loop does not hang the chain builder and is reported by validate', () => {
    const d = dataset({ 'data/agreements/a.yaml': agreement({ renews: 'b', effective: '2020-01-01' }), 'data/agreements/b.yaml': agreement({ renews: 'a', effective: '2021-01-01' }) });
    expect(partnerships(factsOf(d, day('2026-11-22')))).toHaveLength(1);
    expect(runChecks(d, day('2026-11-22')).map((x) => x.code)).toContain('renewal-loop');
  });
  const act = (start: string, extra = ''): string => `title: A ${start}\ntype: visit\nagreements: [renewal]\nstart: ${start}\n${extra}`;
  it('an activity exactly at the window start counts; one day earlier does not', () => {
    const asOf = day('2026-11-22');
    const inWindow = dataset({ ...chain, 'data/activities/x.yaml': act('2025-11-22') });
    expect(inactiveReport(inWindow, asOf, { since: dur('12m'), filters: {} }).rows).toEqual([]);
    const before = dataset({ ...chain, 'data/activities/x.yaml': act('2025-11-21') });
    const rows = inactiveReport(before, asOf, { since: dur('12m'), filters: {} }).rows;
    expect(rows.map((r) => [r.partner.id, r.daysSince, r.lastActivity?.date])).toEqual([['shizuoka', 366, '2025-11-21']]);
  });
  it('planned and cancelled activities do not count, but the next planned one is shown', () => {
    const d = dataset({ ...chain, 'data/activities/p.yaml': act('2027-02-01'), 'data/activities/c.yaml': act('2026-06-01', 'status: cancelled\n') });
    const [row] = inactiveReport(d, day('2026-11-22'), { since: dur('12m'), filters: {} }).rows;
    expect(row?.lastActivity).toBeNull();
    expect(row?.nextPlanned?.date).toBe('2027-02-01');
  });
  it('most dormant first: never-active partnerships lead', () => {
    const d = dataset({
      ...chain,
      'data/partners/osaka.yaml': partner('Osaka'),
      'data/agreements/osaka.yaml': agreement({ partners: '[osaka]', effective: '2014-01-01', end: 'none' }),
      'data/activities/x.yaml': act('2020-01-01'),
    });
    const rows = inactiveReport(d, day('2026-11-22'), { since: dur('12m'), filters: {} }).rows;
    expect(rows.map((r) => r.partner.id)).toEqual(['osaka', 'shizuoka']);
  });
});

describe('coverage', () => {
  it('lists sectors with no agreement in force as gaps, and counts recent activity budgets', () => {
    const d = dataset({
      'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: 'none', sectors: '[pariwisata]' }),
      'data/agreements/old.yaml': agreement({ effective: '2010-01-01', end: '2015-01-01', status: 'expired', sectors: '[kesehatan]' }),
      'data/activities/x.yaml': 'title: X\ntype: exhibition\nagreements: [a]\nstart: 2026-10-01\nsectors: [pariwisata]\nbudget: { amount: 1000, currency: IDR }\n',
    });
    const r = coverageReport(d, day('2026-11-22'), { by: 'sector', since: dur('12m'), matrix: false, filters: {} });
    const row = r.rows.find((x) => x.key === 'pariwisata');
    expect(row).toMatchObject({ agreements: ['a'], countries: ['JP'], activities: 1, budget: { IDR: 1000 } });
    expect(r.gaps).toContain('kesehatan');
    expect(r.gaps).not.toContain('pariwisata');
    expect(r.gaps).toHaveLength(31);
  });
});

describe('formats', () => {
  it('CSV fields follow RFC 4180 and defuse spreadsheet formulas, but keep negative numbers', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
    expect(csvField('-22')).toBe('-22');
    const csv = reportAsCsv({ title: { en: '', id: '' }, provenance: { report: '', asOf: '', register: '', considered: 0, unit: 'records', filters: [] }, notes: [], tables: [{ columns: [{ key: 'name', label: { en: 'n', id: 'n' } }], rows: [{ name: '静岡県' }] }] }, 'en');
    expect(csv).toBe('\uFEFFname\r\n静岡県\r\n');
  });
  it('iCalendar output parses in ical.js with an event per end and renewal start', () => {
    const r = expiring({ 'data/agreements/a.yaml': agreement({ title: '"Shizuoka; renewal, with a long title that needs folding across several lines of the file"', effective: '2020-01-01', end: '2027-03-31' }) }, '2026-11-22');
    const ics = expiringAsIcs(r, { asOf: '2026-11-22', register: 'Test, register' }, 'en');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const comp = new ICAL.Component(ICAL.parse(ics));
    const events = comp.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
      ['Ends: Shizuoka; renewal, with a long title that needs folding across several lines of the file', '2027-03-31'],
      ['Start renewal: Shizuoka; renewal, with a long title that needs folding across several lines of the file', '2026-10-02'],
    ]);
  });
  it('folds long lines without splitting a UTF-8 character', () => {
    const folded = foldLine('SUMMARY:' + '静'.repeat(40));
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe('SUMMARY:' + '静'.repeat(40));
  });
});
