// Issue 20: what is not on record is not "never". Each numbered finding of the issue has a test here that
// failed before its fix: undated and recurring activities, stale marks, unknown ends, relations named
// for what they are, "not known" rather than "not yet", unknowns in every count, renewal cycles, the
// date a tie is known from, the ties that make coverage unknown, and the smaller findings; then the
// tool bugs 12–14, filters that name an unknown value, and partner names across languages.

import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesWithErrors, runChecks, withoutInvalid } from '../../src/check/index.js';
import { loadRegister } from '../../src/load/load.js';
import { day, parseDuration, type Duration } from '../../src/model/dates.js';
import { factsOf } from '../../src/facts/facts.js';
import { messageOf } from '../../src/model/diagnostics.js';
import { coverageReport } from '../../src/report/coverage.js';
import { expiringReport } from '../../src/report/expiring.js';
import { summaryReport } from '../../src/report/summary.js';
import { expiringView } from '../../src/view/expiring.js';
import { summaryView } from '../../src/view/summary.js';
import { inactiveReport } from '../../src/report/inactive.js';
import { coverageView } from '../../src/view/coverage.js';
import { inactiveView } from '../../src/view/inactive.js';
import { reportAsTable } from '../../src/render/reportTable.js';
import { makeStyle } from '../../src/render/style.js';
import { expiringAsIcs } from '../../src/render/reportIcs.js';
import type { Provenance } from '../../src/view/view.js';
import { cleanup, GIT_ENV, makeRegister, REPO, runCli } from '../helpers.js';

afterAll(cleanup);

const AS_OF = day('2026-11-22');
const dur = (s: string): Duration => parseDuration(s) as Duration;
const partner = (name: string, type = 'foreign_subnational', country = 'JP'): string => `name: ${name}\ntype: ${type}\ncountry: ${country}\n`;
const yaml = (fields: Record<string, string>): string => Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n';
const agreement = (fields: Record<string, string>): string =>
  yaml({ title: 'T', category: 'KSDPL', document_type: 'mou', partners: '[shizuoka]', status: 'active', ...fields });
const activity = (fields: Record<string, string>): string => yaml({ title: 'A', type: 'meeting', agreements: '[a]', ...fields });

function load(files: Record<string, string>) {
  return loadRegister(makeRegister({ 'data/partners/shizuoka.yaml': partner('Prefektur Shizuoka'), ...files }));
}
/** The dataset reports use, after every check; no record may have an error. */
function dataset(files: Record<string, string>, asOf = AS_OF) {
  const loaded = load(files);
  const diags = [...loaded.diagnostics, ...runChecks(loaded.dataset, asOf)];
  expect(diags.filter((d) => d.severity === 'error').map((d) => `${d.file}: ${d.code}`)).toEqual([]);
  return withoutInvalid(loaded.dataset, filesWithErrors(diags));
}
const PROV: Provenance = { report: 'inactive', asOf: '2026-11-22', register: 'T', considered: 0, unit: 'partnerships_in_force', filters: [] };
const table = (v: Parameters<typeof reportAsTable>[0], lang: 'en' | 'id'): string => reportAsTable(v, lang, makeStyle(false), { width: 400 });

describe('1. an activity known to have happened at an unknown time, or recurring, is on record: never "never"', () => {
  const tie = { 'data/agreements/a.yaml': agreement({ effective: '1985-04-01', end: 'none', approvals: '{dprd: {status: unknown, reason: r}, central: {status: not_applicable, reason: r}}' }) };
  it('start: unknown and type: unknown validate; so does a recurring activity with its latest occurrence', () => {
    const loaded = load({
      ...tie,
      'data/activities/u.yaml': activity({ start: 'unknown', type: 'unknown' }),
      'data/activities/r.yaml': activity({ start: '~1990', recurs: '{every: 1y, latest: 2019}' }),
    });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.dataset.activities.size).toBe(2);
  });
  it('inactive tells "no activity on record" from "activities on record, undated" from "last activity on …", in both languages', () => {
    const d = dataset({
      ...tie,
      'data/partners/osaka.yaml': partner('Osaka'),
      'data/partners/kyoto.yaml': partner('Kyoto'),
      'data/agreements/b.yaml': agreement({ partners: '[osaka]', effective: '1985-04-01', end: 'none', approvals: '{dprd: {status: unknown, reason: r}, central: {status: not_applicable, reason: r}}' }),
      'data/agreements/c.yaml': agreement({ partners: '[kyoto]', effective: '1985-04-01', end: 'none', approvals: '{dprd: {status: unknown, reason: r}, central: {status: not_applicable, reason: r}}' }),
      'data/activities/meeting.yaml': activity({ title: 'Rapat bersama tahunan', start: '~1990', recurs: '{every: 1y}' }),
      'data/activities/aid.yaml': activity({ title: 'Bantuan bencana', start: 'unknown', type: 'grant', agreements: '[b]' }),
      'data/activities/scholarship.yaml': activity({ title: 'Beasiswa', start: 'unknown', type: 'scholarship', agreements: '[b]' }),
    });
    const r = inactiveReport(d, AS_OF, { since: dur('12m'), filters: {} });
    expect(r.rows.map((x) => [x.partner.id, x.lastActivity, x.undatedActivities.map((u) => [u.id, u.recurs, u.since]), x.daysSince])).toEqual([
      ['kyoto', null, [], null],
      ['osaka', null, [['aid', null, null], ['scholarship', null, null]], null],
      ['shizuoka', null, [['meeting', '1y', '~1990']], null],
    ]);
    const en = table(inactiveView(r, PROV, 'en'), 'en');
    const id = table(inactiveView(r, PROV, 'id'), 'id');
    expect(en).not.toMatch(/\bnever\b/);
    expect(id).not.toMatch(/belum pernah/);
    expect(en).toContain('no activity on record');
    expect(en).toContain('2 activities on record, undated');
    expect(en).toContain('Rapat bersama tahunan (every year since c. 1990; latest not on record)');
    expect(id).toContain('tidak ada kegiatan tercatat');
    expect(id).toContain('2 kegiatan tercatat, tanpa tanggal');
    expect(id).toContain('Rapat bersama tahunan (setiap tahun sejak ± 1990; pelaksanaan terakhir tidak tercatat)');
    // "activities, last 3 years" is not a bare 0 where undated activities may fall in those years; CSV keeps the number.
    const cell = (lang: 'en' | 'id', csv = false): unknown[] => (inactiveView(r, PROV, lang, csv).tables[0]?.rows ?? []).map((x) => x['last_3_years']);
    expect(cell('en')).toEqual([0, '0 + 2 undated', '0 + 1 undated']);
    expect(cell('id')).toEqual([0, '0 + 2 tanpa tanggal', '0 + 1 tanpa tanggal']);
    expect(cell('id', true)).toEqual([0, 0, 0]);
  });
  it('a recurring activity counts on its latest occurrence on record', () => {
    const d = dataset({ ...tie, 'data/activities/meeting.yaml': activity({ title: 'Rapat tahunan', start: '~1990', recurs: '{every: 1y, latest: 2026-03}' }) });
    const r = inactiveReport(d, AS_OF, { since: dur('12m'), filters: {} });
    expect(r.partnershipsInForce).toBe(1);
    expect(r.rows).toEqual([]);
    const later = inactiveReport(d, day('2027-06-01'), { since: dur('12m'), filters: {} });
    expect(later.rows.map((x) => [x.lastActivity?.date, x.lastActivity?.recurs, x.daysSince])).toEqual([['2026-03', '1y', 427]]);
    expect(table(inactiveView(later, PROV, 'en'), 'en')).toContain('Rapat tahunan (every year)');
  });
  it('list and show name an undated activity\'s date "not known", never a raw code', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': partner('Shizuoka'), ...tie, 'data/activities/u.yaml': activity({ start: 'unknown', type: 'unknown' }) });
    const list = await runCli(['list', 'activities', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(list.stdout).toMatch(/│ tidak diketahui +│/);
    expect(list.stdout).not.toMatch(/│ unknown +│/);
    expect(list.stdout).toContain('jenis tidak diketahui');
    const show = await runCli(['show', 'a', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    expect(show.stdout).toMatch(/│ not known +│ – +│ type not known +│ A +│ u +│/);
  });
});

describe('2. a fact older than stale_after is marked wherever it is shown', () => {
  const approvals = '{dprd: {status: unknown, reason: r}, central: {status: not_applicable, reason: r}}';
  const files = {
    'data/partners/osaka.yaml': partner('Osaka'),
    'data/agreements/a.yaml': agreement({ effective: '1985-04-01', end: 'none', confirmed: '2017-06', sectors: '[pendidikan]', approvals }),
    'data/agreements/b.yaml': agreement({ partners: '[osaka]', effective: '1992-01-01', end: 'none', status: 'unknown', confirmed: '2019', sectors: '[pariwisata]' }),
  };
  it('inactive: a partnership in force, and a tie not in force, last confirmed long ago carry confirmed and stale, and the table marks them', () => {
    const d = dataset(files);
    const r = inactiveReport(d, AS_OF, { since: dur('12m'), filters: {} });
    expect(r.rows.map((x) => [x.partner.id, x.confirmed, x.stale])).toEqual([['shizuoka', '2017-06', true]]);
    expect(r.notInForce.map((x) => [x.partner.id, x.confirmed, x.stale])).toEqual([['osaka', '2019', true]]);
    const en = table(inactiveView(r, PROV, 'en'), 'en');
    expect(en).toMatch(/Jun 2017\* \(stale\)/);
    expect(en).toMatch(/2019\* \(stale\)/);
    expect(table(inactiveView(r, PROV, 'id'), 'id')).toMatch(/Jun 2017\* \(usang\)/);
    const csv = inactiveView(r, PROV, 'en', true).tables[0];
    expect(csv?.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['confirmed', 'stale']));
  });
  it('coverage: the agreements in force that cover a sector on stale facts are named, in every format', () => {
    const d = dataset(files);
    const r = coverageReport(d, AS_OF, { by: 'sector', since: dur('12m'), matrix: false, filters: {} });
    expect(r.staleAgreements).toEqual(['a']);
    expect(r.rows.find((x) => x.key === 'pendidikan')?.stale).toEqual(['a']);
    expect(table(coverageView(r, PROV, 'en'), 'en')).toMatch(/a \(stale\)/);
    expect(table(coverageView(r, PROV, 'id'), 'id')).toMatch(/a \(usang\)/);
    const csv = coverageView(r, PROV, 'en', true).tables[0];
    expect(csv?.columns.map((c) => c.key)).toContain('stale_agreements');
    expect(csv?.rows.find((x) => x['key'] === 'pendidikan')?.['stale_agreements']).toEqual(['a']);
  });
  it('the site marks them on the inactive, coverage and agreement pages and in the agreements list', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': partner('Shizuoka'), ...files });
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-i20-')), 'site');
    expect((await runCli(['site', '--out', out, '--as-of', '2026-11-22'], { cwd: dir })).code).toBe(0);
    for (const page of ['inactive.html', 'coverage.html', 'agreements/a.html', 'agreements/index.html']) {
      expect(readFileSync(join(out, 'en', page), 'utf8'), page).toContain('(stale)');
      expect(readFileSync(join(out, 'id', page), 'utf8'), page).toContain('(usang)');
    }
  });
});

describe('3. an end that is not known is counted and named, not silence', () => {
  const approvals = '{dprd: {status: unknown, reason: r}, central: {status: not_applicable, reason: r}}';
  const files = {
    'data/partners/osaka.yaml': partner('Osaka'),
    'data/partners/kyoto.yaml': partner('Kyoto'),
    // No end recorded; a term with no start; `end: none` (no end: never listed); an end recorded.
    'data/agreements/a.yaml': agreement({ effective: '1985-04-01', approvals }),
    'data/agreements/b.yaml': agreement({ partners: '[osaka]', end: '{term: 5y}', approvals }),
    'data/agreements/c.yaml': agreement({ partners: '[kyoto]', effective: '1990-01-01', end: 'none', approvals }),
    'data/agreements/d.yaml': agreement({ partners: '[kyoto]', effective: '2024-01-01', end: '2030-12-31', status: 'unknown' }),
  };
  it('report expiring has its own section of agreements whose end is not known, in every format', () => {
    const d = dataset(files);
    const r = expiringReport(d, AS_OF, { within: dur('180d'), all: false, filters: {} });
    expect(r.rows).toEqual([]);
    expect(r.endUnknown.map((x) => [x.id, x.derivedStatus, x.endAsRecorded])).toEqual([['a', 'in_force', null], ['b', 'in_force', '? + 5y']]);
    const en = table(expiringView(r, { ...PROV, report: 'expiring' }, 'en'), 'en');
    expect(en).toContain('END NOT KNOWN: 2 agreements');
    expect(en).toContain('No agreement with a known end ends within 180 days.');
    expect(en).not.toContain('No agreement ends within');
    expect(table(expiringView(r, { ...PROV, report: 'expiring' }, 'id'), 'id')).toContain('TANGGAL BERAKHIR TIDAK DIKETAHUI: 2 perjanjian');
    const csv = expiringView(r, { ...PROV, report: 'expiring' }, 'en', true).tables[0];
    expect(csv?.rows.filter((x) => x['bucket'] === 'end_unknown').map((x) => x['id'])).toEqual(['a', 'b']);
  });
  it('the summary counts them beside the agreements ending in the next 12 months, and the site names them', async () => {
    const d = dataset(files);
    const s = summaryReport(d, AS_OF, { filters: {}, validation: { errors: 0, warnings: 0 } });
    expect([s.expiringNext12Months.length, s.endUnknown]).toEqual([0, 2]);
    expect(table(summaryView(s, { ...PROV, report: 'summary' }, 'en'), 'en')).toMatch(/end not known\s+2/);
    expect(table(summaryView(s, { ...PROV, report: 'summary' }, 'id'), 'id')).toMatch(/tanggal berakhir tidak diketahui\s+2/);
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': partner('Shizuoka'), ...files });
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-i20-')), 'site');
    expect((await runCli(['site', '--out', out, '--as-of', '2026-11-22'], { cwd: dir })).code).toBe(0);
    const page = readFileSync(join(out, 'en/expiring.html'), 'utf8');
    expect(page).toContain('END NOT KNOWN: 2 agreements');
    expect(page).toContain('agreements/b.html');
    expect(readFileSync(join(out, 'en/index.html'), 'utf8')).toContain('2 agreements have no known end');
  });
});

describe('4. a relation is named for what it is: renewal, successor, implementation, addendum', () => {
  const files = {
    'data/agreements/loi.yaml': agreement({ document_type: 'loi', status: 'superseded', signatures: '[{party: shizuoka, date: 2016-11-19}]' }),
    'data/agreements/msp.yaml': agreement({ title: 'Memorandum Saling Pengertian', parent: 'loi', status: 'superseded', effective: '2017-11-02', end: '{term: 5y}', approvals: '{dprd: {number: "1"}, central: {number: "2"}}' }),
    'data/agreements/renewal.yaml': agreement({ document_type: 'renewal', renews: 'msp', effective: '2022-11-30', end: '{term: 5y}', approvals: '{dprd: {number: "1"}, central: {number: "2"}}' }),
    'data/agreements/pks.yaml': agreement({ document_type: 'pks', parent: 'renewal', effective: '2024-04-01', end: '2027-03-31', approvals: '{dprd: {number: "1"}, central: {number: "2"}}' }),
    'data/agreements/add.yaml': agreement({ document_type: 'addendum', parent: 'pks', effective: '2025-01-01', end: '2027-03-31', approvals: '{dprd: {number: "1"}, central: {number: "2"}}' }),
  };
  it('the facts name each link and what superseded an agreement', () => {
    const f = factsOf(dataset(files), AS_OF);
    const rel = (id: string) => { const a = f.agreements.get(id); return [a?.follows, a?.followedBy, a?.supersededBy]; };
    expect(rel('loi')).toEqual([null, [{ id: 'msp', relation: 'successor' }], { id: 'msp', relation: 'successor' }]);
    expect(rel('msp')).toEqual([{ id: 'loi', relation: 'successor' }, [{ id: 'renewal', relation: 'renewal' }], { id: 'renewal', relation: 'renewal' }]);
    expect(rel('pks')).toEqual([{ id: 'renewal', relation: 'implementation' }, [{ id: 'add', relation: 'addendum' }], null]);
    expect(rel('add')).toEqual([{ id: 'pks', relation: 'addendum' }, [], null]);
  });
  it('show and the site say an LoI followed by an MoU is superseded, followed by it: never "superseded by a renewal"', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': partner('Shizuoka'), ...files });
    const en = (await runCli(['show', 'loi', '--lang', 'en', '--as-of', '2026-11-22'], { cwd: dir, columns: 200 })).stdout;
    expect(en).not.toContain('superseded by a renewal');
    expect(en).toMatch(/status from the dates\s+│ superseded: followed by msp \(MoU\)/);
    expect(en).toContain('msp (MoU, follows)');
    expect(en).toContain('renewal (renewal, renews)');
    expect(en).toContain('pks (PKS, implements)');
    expect(en).toContain('add (addendum, amends)');
    const id = (await runCli(['show', 'loi', '--lang', 'id', '--as-of', '2026-11-22'], { cwd: dir, columns: 200 })).stdout;
    expect(id).not.toContain('digantikan perpanjangan');
    expect(id).toMatch(/status menurut tanggal\s+│ digantikan: ditindaklanjuti dengan msp/);
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-i20-')), 'site');
    expect((await runCli(['site', '--out', out, '--as-of', '2026-11-22'], { cwd: dir })).code).toBe(0);
    const loi = readFileSync(join(out, 'en/agreements/loi.html'), 'utf8');
    expect(loi).toContain('<dt>followed by</dt>');
    expect(loi).not.toContain('superseded by a renewal');
    expect(loi).not.toContain('<dt>renewed by</dt>');
    expect(readFileSync(join(out, 'en/agreements/pks.html'), 'utf8')).toContain('<dt>implements</dt>');
    expect(readFileSync(join(out, 'en/agreements/msp.html'), 'utf8')).toContain('<dt>follows</dt>');
  });
});

describe('5. what is only unknown is "tidak diketahui", never "belum" (not yet)', () => {
  it('no Indonesian report, list or show says "belum" of a historic register, but of a signed agreement not yet in force', async () => {
    const dir = makeRegister({}, { bare: true });
    cpSync(join(REPO, 'test/fixtures/historic'), dir, { recursive: true });
    const out: string[] = [];
    for (const args of [['report', 'inactive'], ['report', 'expiring'], ['report', 'coverage'], ['report', 'summary'], ['list', 'agreements'], ['show', 'minamihama-1990'], ['show', 'kitaura-1994'], ['validate']]) {
      const r = await runCli([...args, '--lang', 'id', '--as-of', '2026-11-22'], { cwd: dir, columns: 300 });
      out.push(r.stdout);
    }
    const text = out.join('\n');
    expect(text).toContain('Kerja sama yang tidak dihitung berlaku: ');
    const belum = [...text.matchAll(/.{0,30}\bbelum\b.{0,20}/g)].map((m) => m[0]).filter((x) => !/ditandatangani,? (tetapi )?belum berlaku/.test(x));
    expect(belum).toEqual([]);
  });
});

describe('6. every row under "(agreements)" counts agreements, not approvals', () => {
  it('two approvals not known on one agreement: 1 agreement in the table, 2 approvals in JSON', () => {
    const d = dataset({ 'data/agreements/a.yaml': agreement({ effective: '2016-01-01', end: 'none', approvals: '{dprd: {status: unknown, reason: r}, central: {status: unknown, reason: r}, full_powers: {status: unknown, reason: r}}' }) });
    const s = summaryReport(d, AS_OF, { filters: {}, validation: { errors: 0, warnings: 0 } });
    expect([s.records.agreements, s.unknowns.approvalsUnknown, s.unknowns.agreementsWithApprovalUnknown]).toEqual([1, 3, 1]);
    const en = table(summaryView(s, { ...PROV, report: 'summary' }, 'en'), 'en');
    expect(en).toMatch(/with an approval not known\s+1/);
    expect(en).not.toMatch(/approvals not known\s+3/);
    expect(table(summaryView(s, { ...PROV, report: 'summary' }, 'id'), 'id')).toMatch(/dengan persetujuan yang tidak diketahui\s+1/);
  });
});

describe('7. every per-year count has its unknown: no agreement or activity falls out of a count', () => {
  const files = {
    'data/partners/osaka.yaml': partner('Osaka'),
    'data/agreements/a.yaml': agreement({ effective: '2016-01-01', end: 'none', approvals: '{dprd: {number: "1"}, central: {number: "2"}}' }),
    'data/agreements/b.yaml': agreement({ partners: '[osaka]', end: 'none' }),
    'data/agreements/c.yaml': agreement({ partners: '[osaka]', effective: '~1999', end: 'none' }),
    'data/activities/x.yaml': activity({ start: '2020-05-01' }),
    'data/activities/y.yaml': activity({ start: 'unknown' }),
  };
  it('summary.signedPerYear counts an agreement with no date under unknown: its counts add up to the agreements', () => {
    const s = summaryReport(dataset(files), AS_OF, { filters: {}, validation: { errors: 0, warnings: 0 } });
    expect(s.signedPerYear).toEqual({ 2016: 1, uncertain: 1, unknown: 1 });
    expect(Object.values(s.signedPerYear).reduce((x, y) => x + y, 0)).toBe(s.records.agreements);
  });
  it('the site\'s activities per year count an undated activity under "?"', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': partner('Shizuoka'), ...files });
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-i20-')), 'site');
    expect((await runCli(['site', '--out', out, '--as-of', '2026-11-22'], { cwd: dir })).code).toBe(0);
    const page = readFileSync(join(out, 'en/partnerships.html'), 'utf8');
    expect(page).toContain('2020: 1, year not known: 1');
    expect(readFileSync(join(out, 'id/partnerships.html'), 'utf8')).toContain('2020: 1, tahun tidak diketahui: 1');
    expect(JSON.parse(readFileSync(join(out, 'api/summary.json'), 'utf8')).signedPerYear.unknown).toBe(1);
  });
});

describe('8. a renewal cycle: the last renewal on file, the renewal due since, the next due; never an old term as a deadline', () => {
  const files = {
    'data/agreements/mou.yaml': agreement({ effective: '1990-03-01', end: '{term: 5y}', status: 'superseded' }),
    'data/agreements/r2015.yaml': agreement({ document_type: 'renewal', renews: 'mou', effective: '2015-03-01', end: '{term: 5y}', renews_every: '5y', approvals: '{dprd: {number: "1"}, central: {number: "2"}}' }),
  };
  it('report expiring names the 2015 renewal on file, the renewals due in 2020 and 2025, and the next due in 2030', () => {
    const r = expiringReport(dataset(files), AS_OF, { within: dur('180d'), all: false, filters: {} });
    const row = r.rows[0];
    expect([row?.bucket, row?.cycle]).toEqual(['renewal_unrecorded', { every: '5y', lastOnFile: '2015-03-01', dueSince: '2020-03-01', missed: ['2020-03-01', '2025-03-01'], nextDue: '2030-03-01', uncertain: false }]);
    // The renewal to start is the next one (2030 minus 180 days), not the 2020 term's: nothing passed, no ⚠.
    expect([row?.renewalStart, row?.renewalStartPassed]).toEqual(['2029-09-02', false]);
    const en = table(expiringView(r, { ...PROV, report: 'expiring' }, 'en'), 'en');
    expect(en).toMatch(/1 Mar 2015\s+│ 1 Mar 2020\s+│ 2: 1 Mar 2020, 1 Mar 2025\s+│ 1 Mar 2030\s+│ 2 Sep 2029 /);
    expect(en.split('\n').filter((l) => l.startsWith('│ r2015')).join('\n')).not.toContain('⚠');
    expect(en).not.toContain('29 Feb 2020');
    const id = table(expiringView(r, { ...PROV, report: 'expiring' }, 'id'), 'id');
    expect(id).toContain('perpanjangan berikutnya jatuh tempo');
    expect(id).toContain('2: 1 Mar 2020, 1 Mar 2025');
  });
  it('the calendar and the site name the next renewal due, not the old term\'s end', async () => {
    const r = expiringReport(dataset(files), AS_OF, { within: dur('180d'), all: false, filters: {} });
    const ics = expiringAsIcs(r, { asOf: '2026-11-22', register: 'T' }, 'en');
    expect(ics).toContain('DTSTART;VALUE=DATE:20300301');
    expect(ics).toContain('DTSTART;VALUE=DATE:20290902');
    expect(ics).not.toContain('2020022');
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': partner('Shizuoka'), ...files });
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-i20-')), 'site');
    expect((await runCli(['site', '--out', out, '--as-of', '2026-11-22'], { cwd: dir })).code).toBe(0);
    const home = readFileSync(join(out, 'en/index.html'), 'utf8');
    expect(home).toContain('no renewal on record since 1 Mar 2020 (2 due); record them, and start the next one (due 1 Mar 2030) by 2 Sep 2029');
  });
});

describe('9. a date is labelled for what it is: "first on record", signed or in force since', () => {
  it('a tie known only "since 1979" (effective, no signature) is not "first signed 1979"', () => {
    const d = dataset({
      'data/partners/osaka.yaml': partner('Osaka'),
      'data/agreements/a.yaml': agreement({ effective: '1979', end: 'none' }),
      'data/agreements/b.yaml': agreement({ partners: '[osaka]', signatures: '[{party: ntb, date: 1985-06-01}]', effective: '1985-07-01', end: 'none' }),
    });
    const r = inactiveReport(d, AS_OF, { since: dur('12m'), filters: {} });
    expect(r.rows.map((x) => [x.partner.id, x.firstSigned, x.firstOnRecord, x.firstOnRecordBasis])).toEqual([
      ['shizuoka', null, '1979', 'effective'],
      ['osaka', '1985-06-01', '1985-06-01', 'signed'],
    ]);
    const en = table(inactiveView(r, PROV, 'en'), 'en');
    expect(en).toContain('first on record');
    expect(en).not.toContain('first signed');
    expect(en).toMatch(/1979\* \(in force\)/);
    expect(en).toMatch(/1 Jun 1985 \(signed\)/);
    const id = table(inactiveView(r, PROV, 'id'), 'id');
    expect(id).not.toContain('pertama ditandatangani');
    expect(id).toMatch(/1979\* \(mulai berlaku\)/);
  });
});

describe('9 and 11. a planned signing that passed is not "since"', () => {
  it('a negotiation planned for October 2024 reads "planned, passed" under "since (or planned signing)", never "since Oct 2024"', () => {
    const d = dataset({ 'data/agreements/n.yaml': agreement({ status: 'negotiating', planned_signing: '2024-10' }) });
    const r = inactiveReport(d, AS_OF, { since: dur('12m'), filters: {} });
    expect(r.notInForce.map((t) => [t.stage, t.since, t.plannedSigning, t.plannedSigningPassed])).toEqual([['negotiating', null, '2024-10', true]]);
    expect(table(inactiveView(r, PROV, 'en'), 'en')).toMatch(/Oct 2024\* \(planned, passed\)/);
    expect(table(inactiveView(r, PROV, 'id'), 'id')).toMatch(/Okt 2024\* \(rencana, terlewati\)/);
  });
});

describe('10. coverage names the ties of unknown status that make sectors "not known"', () => {
  it('an agreement of unknown status recording no sectors is named, in JSON and in the table', () => {
    const d = dataset({
      'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: 'none', sectors: '[pendidikan]' }),
      'data/agreements/old.yaml': agreement({ status: 'unknown', signatures: '[{party: ntb, date: 1994}]' }),
    });
    const r = coverageReport(d, AS_OF, { by: 'sector', since: dur('12m'), matrix: false, filters: {} });
    expect(r.notKnown.length).toBe(31);
    expect(r.noSectors.unknownStatus).toEqual(['old']);
    const en = table(coverageView(r, { ...PROV, report: 'coverage' }, 'en'), 'en');
    expect(en).toMatch(/Sectors not recorded: 1 of unknown status records no sectors/);
    expect(en).toMatch(/│ old +│ status unknown +│/);
    const id = table(coverageView(r, { ...PROV, report: 'coverage' }, 'id'), 'id');
    expect(id).toMatch(/Sektor tidak dicatat: 1 perjanjian berstatus tidak diketahui tidak mencantumkan sektor/);
    expect(id).toMatch(/│ old +│ status tidak diketahui +│/);
    const csv = coverageView(r, { ...PROV, report: 'coverage' }, 'en', true).tables[0]?.rows.find((x) => x['key'] === 'not_recorded');
    expect(csv?.['unknown_status']).toEqual(['old']);
  });
});

describe('12–14. the tool bugs the reimplementation found', () => {
  it('12. a termination "by" a date (..2027-12) takes effect on its latest day: before its effective date the agreement is pending, not terminated', () => {
    const d = dataset({ 'data/agreements/a.yaml': agreement({ status: 'terminated', effective: '2027-03-01', end: '2030-03-01', termination: '{date: ..2027-12, reason: r}' }) });
    expect(factsOf(d, AS_OF).of(d.agreements.get('a') as never).status).toBe('pending');
    expect(factsOf(d, day('2027-06-01')).of(d.agreements.get('a') as never).status).toBe('in_force');
    expect(factsOf(d, day('2028-01-01')).of(d.agreements.get('a') as never).status).toBe('terminated');
  });
  it('13. coverage --sector: an activity recording no sectors is counted apart (it could be of the sector), never in the sector\'s row', () => {
    const d = dataset({
      'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: 'none', sectors: '[pariwisata]' }),
      'data/activities/x.yaml': activity({ start: '2026-06-01' }),
      'data/activities/y.yaml': activity({ start: '2026-07-01', sectors: '[pendidikan]' }),
    });
    const r = coverageReport(d, AS_OF, { by: 'sector', since: dur('12m'), matrix: false, filters: { sector: ['pariwisata'] } });
    expect(r.rows.map((x) => [x.key, x.activities])).toEqual([['pariwisata', 0]]);
    expect(r.noSectors.activities).toBe(1);
    const en = table(coverageView(r, { ...PROV, report: 'coverage' }, 'en'), 'en');
    expect(en).toContain('1 activity held in the window records no sectors');
    // 11. one is singular: never "1 agreements in force".
    expect(en).toContain('1 agreement in force (LoIs not included');
    expect(en).not.toMatch(/\b1 (agreements|activities|sectors)\b/);
  });
  it('14. report expiring lists an agreement of unknown status whose end is only bounded above ("by June 2027"): it may still be in force and end by then', () => {
    const d = dataset({ 'data/agreements/a.yaml': agreement({ status: 'unknown', signatures: '[{party: ntb, date: 2022-06-01}]', end: '..2027-06' }) });
    const r = expiringReport(d, AS_OF, { within: dur('1y'), all: false, filters: {} });
    expect(r.rows.map((x) => [x.id, x.derivedStatus, x.end, x.endOpen])).toEqual([['a', 'unknown', '2027-06-30', true]]);
    const en = table(expiringView(r, { ...PROV, report: 'expiring' }, 'en'), 'en');
    expect(en).toMatch(/status unknown/);
    expect(en).toMatch(/by 30 Jun 2027/);
  });
});

describe('fields real registers need: an extension option is named beside the end', () => {
  it('"4 years, extendable by 4": report expiring names the option beside the end, in JSON, CSV and both languages', () => {
    const d = dataset({ 'data/agreements/a.yaml': agreement({ signatures: '[{party: ntb, date: 2023-11-03}, {date: 2023-11}]', document_date: '2023-10-20', end: '{term: 4y}', extendable_by: '4y' }) });
    const r = expiringReport(d, AS_OF, { within: dur('2y'), all: false, filters: {} });
    expect(r.rows.map((x) => [x.id, x.end, x.extendableBy])).toEqual([['a', '2027-11-02', '4y']]);
    expect(table(expiringView(r, { ...PROV, report: 'expiring' }, 'en'), 'en')).toMatch(/2 Nov 2027\* \(extendable by 4 years\)/);
    expect(table(expiringView(r, { ...PROV, report: 'expiring' }, 'id'), 'id')).toMatch(/2 Nov 2027\* \(dapat diperpanjang 4 tahun\)/);
    const csv = expiringView(r, { ...PROV, report: 'expiring' }, 'en', true).tables[0];
    expect(csv?.rows[0]?.['extendable_by']).toBe('4y');
  });
});

describe('11. the provenance stamp of a register in a sub-folder of another repository names its folder', () => {
  it('report JSON has registerFolder, and the table line says the commit is of the enclosing repository', async () => {
    const top = makeRegister({ 'README.md': 'another project\n' }, { bare: true });
    const reg = join(top, 'registers', 'ntb');
    cpSync(makeRegister({ 'data/partners/shizuoka.yaml': partner('Prefektur Shizuoka') }), reg, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: top, env: GIT_ENV });
    git('init', '-q'); git('add', '.'); git('commit', '-qm', 'x');
    const json = JSON.parse((await runCli(['report', 'summary', '--format', 'json', '--as-of', '2026-11-22'], { cwd: reg })).stdout) as { commit: string; registerFolder: string };
    expect(json.registerFolder).toBe('registers/ntb/');
    expect(json.commit).toMatch(/^[0-9a-f]{12}$/);
    const en = await runCli(['report', 'inactive', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: reg });
    expect(en.stdout).toMatch(/@ [0-9a-f]{12} \(of the repository that holds this register in registers\/ntb\/\)/);
    const id = await runCli(['report', 'inactive', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: reg });
    expect(id.stdout).toMatch(/@ [0-9a-f]{12} \(repositori yang memuat register ini di registers\/ntb\/\)/);
    // At the top of its own repository: no folder.
    execFileSync('git', ['init', '-q'], { cwd: reg, env: GIT_ENV });
    execFileSync('git', ['add', '.'], { cwd: reg, env: GIT_ENV });
    execFileSync('git', ['commit', '-qm', 'x'], { cwd: reg, env: GIT_ENV });
    const own = JSON.parse((await runCli(['report', 'summary', '--format', 'json', '--as-of', '2026-11-22'], { cwd: reg })).stdout) as Record<string, unknown>;
    expect(own['registerFolder']).toBeUndefined();
  });
});

describe('11. show in Indonesian: an approval\'s parts are named once, under it', () => {
  it('"persetujuan DPRD: nomor: …", never "persetujuan DPRD: persetujuan DPRD: nomor"', async () => {
    const dir = makeRegister({
      'data/partners/shizuoka.yaml': partner('Prefektur Shizuoka'),
      'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: 'none', approvals: '{dprd: {number: "6/KPTS/DPRD/2019", date: 2019-03-24}, central: {status: unknown, reason: r}}' }),
    });
    for (const lang of ['id', 'en'] as const) {
      const show = (await runCli(['show', 'a', '--as-of', '2026-11-22', '--lang', lang, '--format', 'markdown'], { cwd: dir })).stdout;
      expect(show).not.toMatch(/persetujuan DPRD: persetujuan DPRD|DPRD approval: DPRD approval/);
      expect(show).toContain(lang === 'id' ? 'persetujuan DPRD: nomor: 6/KPTS/DPRD/2019' : 'DPRD approval: number: 6/KPTS/DPRD/2019');
    }
  });
});

describe('filters: an unknown sector, category, country, partner or unit is a usage error naming the closest known values', () => {
  const files = {
    'data/partners/shizuoka.yaml': partner('Prefektur Shizuoka'),
    'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: '2027-01-01', sectors: '[pariwisata, pendidikan]', unit: 'Dinas Pariwisata' }),
  };
  const run = (args: string[], lang = 'en') => runCli([...args, '--as-of', '2026-11-22', '--lang', lang], { cwd: makeRegister(files) });
  it('--sector wisata is not an all-clear: exit 2, naming pariwisata', async () => {
    const r = await run(['report', 'inactive', '--sector', 'wisata']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--sector wisata');
    expect(r.stderr).toContain('pariwisata');
  });
  it('--category KSDX names the categories; --partner shizuka names shizuoka; --country jepang names JP; --unit names the units', async () => {
    const cat = await run(['report', 'expiring', '--category', 'KSDX']);
    expect([cat.code, cat.stdout]).toEqual([2, '']);
    expect(cat.stderr).toMatch(/--category KSDX.*KSDPL/s);
    const p = await run(['list', 'agreements', '--partner', 'shizuka']);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/--partner shizuka.*shizuoka/s);
    const c = await run(['report', 'coverage', '--country', 'jepang']);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/--country jepang.*JP/s);
    const u = await run(['report', 'summary', '--unit', 'Dinas Pariwsata']);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/--unit Dinas Pariwsata.*Dinas Pariwisata/s);
  });
  it('in a list, only the unknown value is named; in Indonesian too', async () => {
    const r = await run(['report', 'coverage', '--sector', 'pendidikan,wisata'], 'id');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sector wisata');
    expect(r.stderr).not.toContain('pendidikan,');
    expect(r.stderr).toMatch(/sektor/);
    expect(r.stderr).toContain('pariwisata');
  });
  it('known values pass: a sector id, a category in any case, a country code in any case, a partner id, part of a unit', async () => {
    for (const args of [['--sector', 'pariwisata'], ['--category', 'ksdpl'], ['--country', 'jp'], ['--partner', 'shizuoka'], ['--unit', 'pariwisata']]) {
      const r = await run(['report', 'expiring', ...args]);
      expect([args.join(' '), r.code, r.stderr]).toEqual([args.join(' '), 0, '']);
    }
  });
});

describe('partner identity across languages: one partner however the kind of region is written', () => {
  const PAIRS: Array<[string, string, string]> = [
    ['JP', 'Prefektur Shizuoka', 'Shizuoka Prefecture'],
    ['JP', 'Pemerintah Prefektur Shizuoka', 'Shizuoka Prefectural Government'],
    ['JP', 'Prefektur Shizuoka', 'Shizuoka-ken'],
    ['ID', 'Kota Bandung', 'Bandung City'],
    ['ID', 'Pemerintah Kota Bandung', 'Bandung City Government'],
    ['JP', 'Kota Hamamatsu', 'Hamamatsu-shi'],
    ['KR', 'Provinsi Gyeongsangnam', 'Province of Gyeongsangnam'],
    ['KR', 'Pemerintah Provinsi Gyeongsangnam', 'Gyeongsangnam Province'],
    ['ID', 'Kabupaten Sleman', 'Sleman Regency'],
  ];
  const duplicates = (a: string, b: string, country: string) => {
    const loaded = loadRegister(makeRegister({
      'data/partners/p1.yaml': partner(a, country === 'ID' ? 'city' : 'foreign_subnational', country),
      'data/partners/p2.yaml': partner(b, country === 'ID' ? 'city' : 'foreign_subnational', country),
    }));
    return runChecks(loaded.dataset, AS_OF).filter((x) => x.code === 'partner-duplicate');
  };
  for (const [country, a, b] of PAIRS) {
    it(`validate flags "${a}" and "${b}" as one partner, in both orders, naming the two ids`, () => {
      for (const [x, y] of [[a, b], [b, a]] as const) {
        const found = duplicates(x, y, country);
        expect(found.map((d) => [d.file, d.params['other']])).toEqual([['data/partners/p2.yaml', 'p1']]);
      }
    });
  }
  it('the message says the two forms are one name; the same name in one form keeps its message', () => {
    const [d] = duplicates('Prefektur Shizuoka', 'Shizuoka Prefecture', 'JP');
    expect(d && messageOf(d, 'en').message).toBe('this partner looks like `p1` (data/partners/p1.yaml): both are in Japan and `Shizuoka Prefecture` and `Prefektur Shizuoka` are one name written two ways');
    const [e] = duplicates('Pemerintah Provinsi Jawa Timur', 'Provinsi Jawa Timur', 'ID');
    // Deliberately changed from "share the name": the two names differ; both are named.
    expect(e && messageOf(e, 'en').message).toMatch(/have names that look like the same partner: `Provinsi Jawa Timur` and `Pemerintah Provinsi Jawa Timur`$/);
  });
  it('different places stay apart: another country, another name', () => {
    expect(duplicates('Prefektur Shizuoka', 'Shizuoka Prefecture', 'JP').length).toBe(1);
    expect(duplicates('Prefektur Shizuoka', 'Prefektur Osaka', 'JP')).toEqual([]);
    const loaded = loadRegister(makeRegister({ 'data/partners/p1.yaml': partner('Prefektur Shizuoka'), 'data/partners/p2.yaml': partner('Shizuoka Prefecture', 'foreign_subnational', 'US') }));
    expect(runChecks(loaded.dataset, AS_OF).filter((x) => x.code === 'partner-duplicate')).toEqual([]);
  });
  it('import makes one partner of "Prefektur Okayama" and "Okayama Prefecture" (either first), and matches a partner on file across forms', async () => {
    for (const [x, y] of [['Prefektur Okayama', 'Okayama Prefecture'], ['Okayama Prefecture', 'Prefektur Okayama']]) {
      const dir = makeRegister({});
      writeFileSync(join(dir, 'ks.csv'), `No;Mitra;Negara;Judul;Tgl TTD;Kategori\r\n1;${x};JP;Kerja sama pertama;12-03-2015;KSDPL\r\n2;${y};JP;Kerja sama kedua;12-03-2020;KSDPL\r\n`);
      const r = await runCli(['import', 'ks.csv', '--yes', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(readdirSync(join(dir, 'data/partners')).filter((f) => f !== 'ntb.yaml')).toHaveLength(1);
    }
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': partner('Prefektur Shizuoka') });
    writeFileSync(join(dir, 'ks.csv'), 'No;Mitra;Negara;Judul;Tgl TTD;Kategori\r\n1;Pemerintah Kota Shizuoka;JP;Kerja sama;12-03-2015;KSDPL\r\n2;Shizuoka Prefectural Government;JP;Kerja sama kedua;12-03-2020;KSDPL\r\n');
    const r = await runCli(['import', 'ks.csv', '--dry-run', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toMatch(/"Shizuoka Prefectural Government".*shizuoka/);
  });
});

describe('the days left of an agreement past its end, or with an uncertain end, as a table says them', () => {
  const approvals = '{dprd: {status: unknown, reason: r}, central: {status: not_applicable, reason: r}}';
  it('past its end: "… days ago" / "lewat … hari", never a minus sign; from an uncertain end, marked * as its end is; CSV keeps the number', () => {
    const d = dataset({
      'data/agreements/a.yaml': agreement({ effective: '2015-04-01', end: '2020-03-31', status: 'active', approvals }),
      'data/agreements/b.yaml': agreement({ effective: '2015', end: '2021', status: 'active', approvals }),
      'data/agreements/c.yaml': agreement({ effective: '2024-01-01', end: '2027-03', approvals }),
    });
    const r = expiringReport(d, AS_OF, { within: dur('180d'), all: false, filters: {} });
    const rowOf = (text: string, id: string): string => text.split('\n').find((l) => l.startsWith(`│ ${id} `)) ?? '';
    const en = table(expiringView(r, { ...PROV, report: 'expiring' }, 'en'), 'en');
    const id = table(expiringView(r, { ...PROV, report: 'expiring' }, 'id'), 'id');
    expect(rowOf(en, 'a')).toContain('2,427 days ago');
    expect(rowOf(id, 'a')).toContain('2.427 hari lalu');
    expect(rowOf(en, 'b')).toMatch(/ days ago\* /);
    expect(rowOf(id, 'b')).toMatch(/ [0-9.]+ hari lalu\* /);
    expect(rowOf(en, 'c')).toMatch(/│\s+[0-9,]+\* │/);
    expect(en + id).not.toMatch(/│\s+-[0-9]/);
    const csv = expiringView(r, { ...PROV, report: 'expiring' }, 'en', true).tables[0];
    expect(csv?.rows.find((x) => x['id'] === 'a')?.['days_left']).toBe(-2427);
  });

  it('the legend of * says which day is used: the earliest the end can be, and, for an end only bounded above , that latest day', () => {
    const only = dataset({ 'data/agreements/b.yaml': agreement({ effective: '2015', end: '2021', status: 'active', approvals }) });
    const by = dataset({ 'data/agreements/b.yaml': agreement({ effective: '2015', end: '2021', status: 'active', approvals }), 'data/agreements/d.yaml': agreement({ effective: '2024-01-01', end: '..2027-03', approvals }) });
    const notes = (d: typeof only, lang: 'en' | 'id'): string => expiringView(expiringReport(d, AS_OF, { within: dur('180d'), all: false, filters: {} }), { ...PROV, report: 'expiring' }, lang).notes.map((n) => n[lang]).join('\n');
    expect(notes(only, 'en')).toContain('the earliest day the end can be is used');
    expect(notes(only, 'en')).not.toContain('only bounded above');
    expect(notes(by, 'en')).toContain('An end recorded only as "by …" is counted from that day, the latest it can be.');
    expect(notes(by, 'id')).toContain('Tanggal berakhir yang hanya dicatat "paling lambat …" dihitung dari hari itu, hari paling akhir yang mungkin.');
  });
});
