// Issue 9: what a register does not know. Uncertain dates at their boundaries, unknown values, stale
// facts, historic approvals, renewal cycles, stages apart from partnerships, coverage that tells unknown
// from zero, and the defects found by comparing the reports with an independent reimplementation.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesWithErrors, runChecks, withoutInvalid } from '../../src/check/index.js';
import { loadRegister } from '../../src/load/load.js';
import { derivedStatus, endOf, startOf } from '../../src/model/agreement.js';
import { DATE_PATTERN, day, iso, parseDate, parseDuration, type Duration } from '../../src/model/dates.js';
import { coverageReport } from '../../src/report/coverage.js';
import { expiringReport } from '../../src/report/expiring.js';
import { inactiveReport } from '../../src/report/inactive.js';
import { partnerships, stageOf, factsOf } from '../../src/facts/partnerships.js';
import { summaryReport } from '../../src/report/summary.js';
import { cleanup, makeRegister, REPO, runCli } from '../helpers.js';

afterAll(cleanup);

const partner = (name: string, type = 'foreign_subnational', country = 'JP'): string => `name: ${name}\ntype: ${type}\ncountry: ${country}\n`;
const agreement = (fields: Record<string, string>): string =>
  Object.entries({ title: 'T', category: 'KSDPL', document_type: 'mou', partners: '[shizuoka]', status: 'active', ...fields }).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n';
const dur = (s: string): Duration => parseDuration(s) as Duration;
const range = (t: string): [string, string] => {
  const d = parseDate(t);
  if (!d) throw new Error(`not a date: ${t}`);
  return [iso(d.first), iso(d.last)];
};

function load(files: Record<string, string>, config?: string) {
  return loadRegister(makeRegister({ ...(config ? { 'kerjasama.yaml': config } : {}), 'data/partners/shizuoka.yaml': partner('Shizuoka'), ...files }));
}
function dataset(files: Record<string, string>, config?: string) {
  const loaded = load(files, config);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return loaded.dataset;
}
const codes = (files: Record<string, string>, asOf: string, config?: string): string[] => runChecks(dataset(files, config), day(asOf)).map((d) => d.code);

describe('uncertain dates: the days each form means', () => {
  it('exact, month and year', () => {
    expect(range('2027-11-29')).toEqual(['2027-11-29', '2027-11-29']);
    expect(range('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(range('2023')).toEqual(['2023-01-01', '2023-12-31']);
    expect(parseDate('2027-11-29')?.uncertain).toBe(false);
    expect(parseDate('2027-11')?.uncertain).toBe(true);
  });
  it('about: one year or one month either side', () => {
    expect(range('~1990')).toEqual(['1989-01-01', '1991-12-31']);
    expect(range('~1990-01')).toEqual(['1989-12-01', '1990-02-28']);
    expect(range('~2024-03')).toEqual(['2024-02-01', '2024-04-30']);
    expect(parseDate('~1990-06-15')).toBeUndefined();
    expect(parseDate('~')).toBeUndefined();
  });
  it('a range (or either-or) runs from the first day of one to the last day of the other', () => {
    expect(range('1997..1998')).toEqual(['1997-01-01', '1998-12-31']);
    expect(range('2019-06..2019-08-15')).toEqual(['2019-06-01', '2019-08-15']);
    expect(range('2019-06-01..2019-06-01')).toEqual(['2019-06-01', '2019-06-01']);
    expect(parseDate('1998..1997')).toBeUndefined();
    expect(parseDate('2023-02-29..2024')).toBeUndefined();
    expect(parseDate('..')).toBeUndefined();
  });
  it('bounded: by (on or before the last day) and in or after (on or after the first day)', () => {
    expect(parseDate('..2017-06')).toMatchObject({ last: day('2017-06-30'), open: 'before' });
    expect(parseDate('2017-06..')).toMatchObject({ first: day('2017-06-01'), open: 'after' });
  });
  it('the schema pattern is the syntax: schemas/defs.schema.json carries DATE_PATTERN', () => {
    const defs = JSON.parse(readFileSync(join(REPO, 'schemas/defs.schema.json'), 'utf8')) as { $defs: { date: { pattern: string } } };
    expect(defs.$defs.date.pattern).toBe(DATE_PATTERN);
    const re = new RegExp(DATE_PATTERN);
    for (const ok of ['2027-11-29', '2027-11', '2027', '~1990', '~1990-06', '1997..1998', '..2017-06', '2017-06..', '2019-06..2019-08-15']) expect(re.test(ok), ok).toBe(true);
    for (const bad of ['1 Juni 2026', '01-06-2026', 'kemarin', '2027-13', '~1990-06-15', '..', '2027/11/29', '1990?']) expect(re.test(bad), bad).toBe(false);
  });
});

describe('when an agreement starts and ends', () => {
  it('defect 2: signatures 2023-12 and 2023-12-10 start no earlier than 2023-12-10', () => {
    const a = { title: 'T', category: 'KSDD' as const, document_type: 'pks' as const, partners: ['x'], status: 'active' as const, signatures: [{ party: 'a', date: '2023-12' }, { party: 'x', date: '2023-12-10' }], end: { term: '3y' } };
    expect(startOf(a)).toMatchObject({ first: day('2023-12-10'), last: day('2023-12-31') });
    const e = endOf(a);
    expect(e.kind === 'term' && [iso(e.last as number), iso(e.latest as number)]).toEqual(['2026-12-09', '2026-12-30']);
    expect(derivedStatus(a, day('2026-12-01'))).toBe('in_force');
    expect(codes({ 'data/agreements/a.yaml': agreement({ signatures: '[{party: ntb, date: 2023-12}, {party: shizuoka, date: 2023-12-10}]', end: '{term: 3y}', approvals: '{dprd: {number: "1", date: 2023-01-01}, central: {number: "2", date: 2023-02-01}}' }) }, '2026-12-01')).toEqual([]);
  });
  it('a term from a start known only as "by June 2017" ends by the fifth anniversary: its latest day is used, marked open', () => {
    const e = endOf({ title: 'T', category: 'KSDPL', document_type: 'mou', partners: ['x'], status: 'active', signatures: [{ party: 'a', date: '..2017-06' }], end: { term: '5y' } });
    expect(e).toMatchObject({ kind: 'term', open: true, last: day('2022-06-29'), latest: day('2022-06-29') });
  });
  it('status-contradicted fires only once the end has certainly passed', () => {
    const files = { 'data/agreements/a.yaml': agreement({ category: 'KSDD', partners: '[bali]', effective: '2020-01-01', end: '2026' }), 'data/partners/bali.yaml': partner('Bali', 'province', 'ID') };
    expect(codes(files, '2026-06-01')).not.toContain('status-contradicted');
    expect(codes(files, '2026-12-31')).not.toContain('status-contradicted');
    expect(codes(files, '2027-01-01')).toContain('status-contradicted');
  });
});

describe('unknown values', () => {
  it('document_type and status may be unknown; the summary counts them in their own rows, last', () => {
    const d = dataset({
      'data/agreements/a.yaml': agreement({ document_type: 'unknown', status: 'unknown', effective: '~1995', end: 'none', sectors: '[kebudayaan]' }),
      'data/agreements/b.yaml': agreement({ effective: '2020-01-01', end: 'none', sectors: '[pendidikan]' }),
    });
    const s = summaryReport(d, day('2026-11-22'), { filters: {}, validation: { errors: 0, warnings: 0 } });
    expect(s.byDocumentType).toEqual({ mou: 1, unknown: 1 });
    expect(Object.keys(s.byDeclaredStatus)).toEqual(['active', 'unknown']);
    expect(s.byDerivedStatus).toEqual({ in_force: 1, unknown: 1 });
    expect(s.unknowns).toMatchObject({ documentType: 1, status: 1, uncertainDates: 1 });
    expect(s.tiesNotInForce.unknown).toBe(1);
    expect(s.partnershipsInForce).toBe(1);
  });
  it('a status nobody knows is in force for nothing, but its end within the horizon is listed', () => {
    const files = { 'data/agreements/a.yaml': agreement({ status: 'unknown', effective: '2022-01-01', end: '2027-03-31' }) };
    const r = expiringReport(dataset(files), day('2026-11-22'), { within: dur('1y'), all: false, filters: {} });
    expect(r.rows.map((x) => [x.id, x.derivedStatus, x.bucket])).toEqual([['a', 'unknown', 'within_180']]);
    expect(expiringReport(dataset(files), day('2027-04-01'), { within: dur('1y'), all: false, filters: {} }).rows).toEqual([]);
  });
});

describe('stale facts and planned signings', () => {
  it('stale-facts: confirmed longer ago than thresholds.stale_after (default 3y), from the latest day confirmed can mean', () => {
    const files = { 'data/agreements/a.yaml': agreement({ effective: '2015-01-01', end: 'none', confirmed: '2017-06', approvals: '{dprd: {number: "1"}, central: {number: "2"}}' }) };
    expect(codes(files, '2020-06-30')).toEqual([]);
    expect(codes(files, '2020-07-01')).toEqual(['stale-facts']);
    expect(codes(files, '2020-07-01', 'name: T\nowner: ntb\nthresholds: {stale_after: 5y}\n')).toEqual([]);
    const r = expiringReport(dataset({ 'data/agreements/a.yaml': agreement({ effective: '2015-01-01', end: '2027-01-31', confirmed: '2017-06' }) }), day('2026-11-22'), { within: dur('1y'), all: false, filters: {} });
    expect(r.rows[0]).toMatchObject({ confirmed: '2017-06', stale: true });
  });
  it('signing-overdue: a draft or negotiation whose planned signing has certainly passed', () => {
    const files = { 'data/agreements/a.yaml': agreement({ status: 'negotiating', planned_signing: '2024-10' }) };
    expect(codes(files, '2024-10-31')).toEqual([]);
    expect(codes(files, '2024-11-01')).toEqual(['signing-overdue']);
    const s = summaryReport(dataset(files), day('2026-11-22'), { filters: {}, validation: { errors: 0, warnings: 1 } });
    expect(s.signingOverdue).toEqual([{ id: 'a', title: 'T', plannedSigning: '2024-10' }]);
  });
});

describe('historic approvals', () => {
  const ap = (effective: string, extra: Record<string, string> = {}) => ({ 'data/agreements/a.yaml': agreement({ effective, end: 'none', ...extra }) });
  it('approval-missing only for agreements that certainly started on or after UU 23/2014 (2 Oct 2014)', () => {
    expect(codes(ap('2014-10-01'), '2026-11-22')).toEqual([]);
    expect(codes(ap('2014-10-02'), '2026-11-22')).toEqual(['approval-missing']);
    expect(codes(ap('2014'), '2026-11-22')).toEqual([]);
    expect(codes({ 'data/agreements/a.yaml': agreement({ end: 'none' }) }, '2026-11-22')).toEqual([]);
  });
  it('the register sets the day each approval is required from', () => {
    const cfg = 'name: T\nowner: ntb\napprovals:\n  required_from: {dprd: 2004-10-15, central: 2014-10-02}\n';
    const d = runChecks(dataset(ap('2010-05-01'), cfg), day('2026-11-22'));
    expect(d.map((x) => [x.code, x.params['missing']])).toEqual([['approval-missing', 'dprd']]);
  });
  it('an approval said not to apply, or not to be known, with a reason, is not missing; a status without a reason is refused', () => {
    expect(codes(ap('2020-01-01', { approvals: '{dprd: {status: unknown, reason: arsip belum ditelusuri}, central: {status: not_applicable, reason: x}}' }), '2026-11-22')).toEqual([]);
    const loaded = load(ap('2020-01-01', { approvals: '{dprd: {status: unknown}}' }));
    expect(loaded.diagnostics.map((x) => x.code)).toContain('schema-required');
  });
});

describe('renewal cycles', () => {
  const files = { 'data/agreements/a.yaml': agreement({ effective: '2015-03-01', end: '{term: 5y}', renews_every: '5y', sectors: '[pendidikan]' }) };
  it('an ended term of a tie that renews every five years is "renewal not on record", not overdue, and stays visible', () => {
    const d = dataset(files);
    const asOf = day('2026-11-22');
    expect(runChecks(d, asOf).map((x) => [x.code, x.params['since']]).sort()).toEqual([['approval-missing', '2014-10-02'], ['renewal-not-on-record', '2020-03-01']]);
    const r = expiringReport(d, asOf, { within: dur('1y'), all: false, filters: {} });
    expect(r.rows.map((x) => [x.bucket, x.end])).toEqual([['renewal_unrecorded', '2020-02-29']]);
    const inactive = inactiveReport(d, asOf, { since: dur('12m'), filters: {} });
    expect(inactive.rows.map((x) => [x.partner.id, x.stage])).toEqual([['shizuoka', 'renewal_unrecorded']]);
    expect(coverageReport(d, asOf, { by: 'sector', since: dur('12m'), matrix: false, filters: {} }).rows.find((x) => x.key === 'pendidikan')?.coverage).toBe('covered');
  });
  it('without an end, each cycle runs renews_every from the start', () => {
    const e = endOf({ title: 'T', category: 'KSDPL', document_type: 'mou', partners: ['x'], status: 'active', effective: '2020-01-01', renews_every: '5y' });
    expect(e.kind === 'cycle' && iso(e.last as number)).toBe('2024-12-31');
  });
});

describe('stages are not partnerships', () => {
  const loi = { 'data/agreements/loi.yaml': agreement({ document_type: 'loi', status: 'signed', signatures: '[{party: ntb, date: 2016-11-19}]', sectors: '[pariwisata, perdagangan]' }) };
  it('an LoI with no follow-up is the LoI stage: not in force, no coverage, unless --include-loi', () => {
    const d = dataset(loi);
    const asOf = day('2026-11-22');
    const f = factsOf(d, asOf);
    const [p] = partnerships(f);
    expect(stageOf(f, p as NonNullable<typeof p>)).toBe('loi');
    const inactive = inactiveReport(d, asOf, { since: dur('12m'), filters: {} });
    expect([inactive.partnershipsInForce, inactive.rows.length, inactive.notInForce.map((t) => [t.stage, t.since])]).toEqual([0, 0, [['loi', '2016-11-19']]]);
    const cov = coverageReport(d, asOf, { by: 'sector', since: dur('12m'), matrix: false, filters: {} });
    expect(cov.rows.find((x) => x.key === 'pariwisata')?.coverage).toBe('gap');
    const withLoi = coverageReport(d, asOf, { by: 'sector', since: dur('12m'), matrix: false, filters: {}, includeLoi: true });
    expect(withLoi.rows.find((x) => x.key === 'pariwisata')?.agreements).toEqual(['loi']);
    expect(inactiveReport(d, asOf, { since: dur('12m'), filters: {}, includeLoi: true }).partnershipsInForce).toBe(1);
  });
  it('signed but not yet in force, and negotiating, are their own stages', () => {
    const d = dataset({
      'data/partners/osaka.yaml': partner('Osaka'),
      'data/agreements/p.yaml': agreement({ status: 'signed', effective: '2027-01-01', end: '{term: 5y}' }),
      'data/agreements/n.yaml': agreement({ partners: '[osaka]', status: 'negotiating' }),
    });
    const s = summaryReport(d, day('2026-11-22'), { filters: {}, validation: { errors: 0, warnings: 0 } });
    expect([s.partnershipsInForce, s.tiesNotInForce]).toEqual([0, { loi: 0, pending: 1, negotiating: 1, unknown: 0 }]);
  });
});

describe('coverage tells unknown from zero', () => {
  it('an agreement in force that records no sectors makes every uncovered sector unknown, never a gap', () => {
    const d = dataset({ 'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: 'none', sectors: '[pendidikan]' }), 'data/agreements/b.yaml': agreement({ effective: '2020-01-01', end: 'none' }) });
    const r = coverageReport(d, day('2026-11-22'), { by: 'sector', since: dur('12m'), matrix: false, filters: {} });
    expect(r.gaps).toEqual([]);
    expect(r.notKnown).toHaveLength(31);
    expect(r.noSectors.agreements).toEqual(['b']);
    // --sector still sees it: the chosen sector's coverage is unknown, and only that row is shown.
    const one = coverageReport(d, day('2026-11-22'), { by: 'sector', since: dur('12m'), matrix: false, filters: { sector: ['kesehatan'] } });
    expect(one.rows.map((x) => [x.key, x.coverage])).toEqual([['kesehatan', 'unknown']]);
  });
  it('a sector listed only by an agreement of unknown status is unknown, and names it', () => {
    const d = dataset({ 'data/agreements/a.yaml': agreement({ status: 'unknown', effective: '2020-01-01', end: 'none', sectors: '[kebudayaan]' }) });
    const r = coverageReport(d, day('2026-11-22'), { by: 'sector', since: dur('12m'), matrix: false, filters: {} });
    expect(r.rows.find((x) => x.key === 'kebudayaan')).toMatchObject({ coverage: 'unknown', unknownStatus: ['a'] });
    expect(r.gaps).toHaveLength(31);
  });
});

describe('the inactive report on uncertain and filtered activities', () => {
  const base = { 'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: 'none' }) };
  const act = (start: string, extra = ''): string => `title: A ${start}\ntype: visit\nagreements: [a]\nstart: ${start}\n${extra}`;
  it('an activity dated only by its year counts on its latest day: dormant only when certainly so; the date is shown as recorded', () => {
    const asOf = day('2026-11-22');
    expect(inactiveReport(dataset({ ...base, 'data/activities/x.yaml': act('2025') }), asOf, { since: dur('12m'), filters: {} }).rows).toEqual([]);
    const [row] = inactiveReport(dataset({ ...base, 'data/activities/x.yaml': act('2019') }), asOf, { since: dur('12m'), filters: {} }).rows;
    expect([row?.lastActivity?.date, row?.lastActivity?.dateUncertain, row?.daysSince]).toEqual(['2019', true, asOf - day('2019-12-31')]);
  });
  it('the activity side of --sector counts: only activities of that sector keep a partnership awake', () => {
    const d = dataset({ 'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: 'none', sectors: '[pariwisata, pendidikan]' }), 'data/activities/x.yaml': act('2026-06-01', 'sectors: [pendidikan]\n') });
    const asOf = day('2026-11-22');
    expect(inactiveReport(d, asOf, { since: dur('12m'), filters: { sector: ['pendidikan'] } }).rows).toEqual([]);
    expect(inactiveReport(d, asOf, { since: dur('12m'), filters: { sector: ['pariwisata'] } }).rows.map((r) => r.partner.id)).toEqual(['shizuoka']);
  });
  it('first signed is the earliest signing of the chain, "by" a date when an older agreement is undated; undated sorts after dated', () => {
    const d = dataset({
      'data/partners/osaka.yaml': partner('Osaka'),
      'data/partners/tianjin.yaml': partner('Tianjin', 'foreign_subnational', 'CN'),
      'data/agreements/old.yaml': agreement({ status: 'superseded' }),
      'data/agreements/renewal.yaml': agreement({ document_type: 'renewal', renews: 'old', signatures: '[{party: ntb, date: 2007-08-21}, {party: shizuoka, date: 2007-09-02}]', end: 'none' }),
      'data/agreements/osaka.yaml': agreement({ partners: '[osaka]', end: 'none' }),
      'data/agreements/tianjin.yaml': agreement({ partners: '[tianjin]', effective: '2012-05', end: 'none' }),
    });
    const rows = inactiveReport(d, day('2026-11-22'), { since: dur('12m'), filters: {} }).rows;
    expect(rows.map((r) => [r.partner.id, r.firstSigned])).toEqual([['shizuoka', '..2007-08-21'], ['tianjin', '2012-05'], ['osaka', null]]);
  });
});

describe('defects found by an independent reimplementation', () => {
  it('defect 1: records with cross-record errors are left out of reports, and the count matches validate', async () => {
    const dir = makeRegister({
      'data/partners/shizuoka.yaml': partner('Shizuoka'),
      'data/agreements/backwards.yaml': agreement({ effective: '2024-03-01', end: '2023-02-28' }),
      'data/agreements/ghost.yaml': agreement({ partners: '[ghost]', effective: '2024-03-01', end: '2027-01-31' }),
      'data/agreements/good.yaml': agreement({ effective: '2024-03-01', end: '2027-01-31', approvals: '{dprd: {number: "1"}, central: {number: "2"}}' }),
    });
    const r = await runCli(['report', 'expiring', '--as-of', '2026-11-22', '--format', 'json', '--strict'], { cwd: dir });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { agreements: Array<{ id: string }> }).agreements.map((a) => a.id)).toEqual(['good']);
    expect(r.stderr).toContain('2 record files have errors and were left out');
    const v = await runCli(['validate', '--as-of', '2026-11-22', '--format', 'json'], { cwd: dir });
    const files = new Set((JSON.parse(v.stdout) as { diagnostics: Array<{ file: string; severity: string }> }).diagnostics.filter((x) => x.severity === 'error').map((x) => x.file));
    expect(files.size).toBe(2);
    const loaded = loadRegister(dir);
    const bad = filesWithErrors([...loaded.diagnostics, ...runChecks(loaded.dataset, day('2026-11-22'))]);
    expect([...withoutInvalid(loaded.dataset, bad).agreements.keys()]).toEqual(['good']);
  });
  it('defect 3: agreements declared active or signed that have not yet taken effect are listed, renewal deadline and all', () => {
    const r = expiringReport(dataset({ 'data/agreements/a.yaml': agreement({ status: 'signed', effective: '2027-01-01', end: '2027-06-30' }) }), day('2026-11-22'), { within: dur('1y'), all: false, filters: {} });
    expect(r.rows.map((x) => [x.id, x.derivedStatus, x.renewalStart, x.renewalStartPassed])).toEqual([['a', 'pending', '2027-01-01', false]]);
  });
  it('defect 4: the renewal-start day itself is not yet passed; the day after is', () => {
    const files = { 'data/agreements/a.yaml': agreement({ effective: '2022-01-01', end: '2027-06-30' }) };
    const at = (d: string): boolean | undefined => expiringReport(dataset(files), day(d), { within: dur('1y'), all: false, filters: {} }).rows[0]?.renewalStartPassed;
    expect(at('2027-01-01')).toBe(false);
    expect(at('2027-01-02')).toBe(true);
  });
  it('defect 5: endAsRecorded names the start the term counts from, signatures included', () => {
    const r = expiringReport(dataset({ 'data/agreements/a.yaml': agreement({ signatures: '[{party: ntb, date: 2024-03-01}]', end: '{term: 3y}' }) }), day('2026-11-22'), { within: dur('1y'), all: false, filters: {} });
    expect(r.rows[0]?.endAsRecorded).toBe('2024-03-01 + 3y');
  });
  it('defect 5: "partners by country" counts partners, not agreements', () => {
    const d = dataset({ 'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: 'none' }), 'data/agreements/b.yaml': agreement({ effective: '2021-01-01', end: 'none' }) });
    expect(summaryReport(d, day('2026-11-22'), { filters: {}, validation: { errors: 0, warnings: 0 } }).partnersByCountry).toEqual({ JP: 1 });
  });
  it('defect 5: JSON gives numbers and durations, not sentences; one partnership is not "partnerships"', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': partner('Shizuoka'), 'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: 'none' }) });
    const j = JSON.parse((await runCli(['report', 'inactive', '--as-of', '2026-11-22', '--format', 'json', '--lang', 'id'], { cwd: dir })).stdout) as Record<string, unknown>;
    expect([j['considered'], j['since']]).toEqual([1, '12m']);
    const e = JSON.parse((await runCli(['report', 'expiring', '--as-of', '2026-11-22', '--format', 'json', '--within', '6m'], { cwd: dir })).stdout) as Record<string, unknown>;
    expect([e['considered'], e['within']]).toEqual([1, '6m']);
    expect((await runCli(['report', 'inactive', '--as-of', '2026-11-22'], { cwd: dir })).stdout).toContain('1 partnership in force considered');
  });
  it('defect 5: validate -q lists errors only but counts the warnings, in the summary line and in JSON', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': partner('Shizuoka'), 'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: 'none' }) });
    const q = await runCli(['validate', '-q', '--as-of', '2026-11-22'], { cwd: dir });
    expect(q.stdout).not.toContain('no problems');
    expect(q.stdout).toContain('1 warning not shown (--quiet)');
    const j = JSON.parse((await runCli(['validate', '-q', '--as-of', '2026-11-22', '--format', 'json'], { cwd: dir })).stdout) as { summary: { warnings: number }; diagnostics: unknown[] };
    expect([j.summary.warnings, j.diagnostics.length]).toEqual([1, 0]);
  });
});

describe('docs/data-model.md, "Writing down what you don\'t know"', () => {
  it('every example validates without an error, with the warnings the text promises', () => {
    const doc = readFileSync(join(REPO, 'docs/data-model.md'), 'utf8');
    const section = doc.slice(doc.indexOf("## Writing down what you don't know"), doc.indexOf('## Illustrative records'));
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const files: Record<string, string> = { 'kerjasama.yaml': 'name: Register Tanjung Harapan\nowner: tanjung-harapan\nlanguage: en\n', 'data/partners/tanjung-harapan.yaml': partner('Provinsi Tanjung Harapan', 'province', 'ID') };
    for (const [id, country] of [['minamihama', 'JP'], ['kitaura', 'KR'], ['port-avalon', 'AU'], ['rivermouth', 'AU']] as const) files[`data/partners/${id}.yaml`] = partner(id, 'foreign_subnational', country);
    files['data/partners/selat-biru.yaml'] = partner('Kabupaten Selat Biru', 'regency', 'ID');
    const ids = blocks.map((b, i) => (i === 0 ? 'tanjung-harapan-minamihama-1990' : `example-${i}`));
    blocks.forEach((b, i) => { files[`data/agreements/${ids[i]}.yaml`] = b; });
    const dir = makeRegister(files, { bare: true });
    const loaded = loadRegister(dir);
    const all = [...loaded.diagnostics, ...runChecks(loaded.dataset, day('2026-11-22'))];
    expect(all.filter((d) => d.severity === 'error')).toEqual([]);
    const warned = (i: number): string[] => all.filter((d) => d.file === `data/agreements/${ids[i]}.yaml`).map((d) => d.code).sort();
    expect(warned(0)).toEqual(['renewal-not-on-record', 'stale-facts']);
    expect(warned(2)).toEqual(['status-contradicted']);
    expect(warned(4)).toEqual(['approval-missing', 'renewal-not-on-record']);
    expect(warned(5)).toEqual(['signing-overdue']);
  });
});

describe('sources', () => {
  it('take citations as well as web addresses, but not another scheme, nor control characters', () => {
    const src = (v: string) => load({ 'data/agreements/a.yaml': agreement({ status: 'draft', sources: v }) }).diagnostics.map((d) => d.code);
    expect(src('["Sumber: Kompas, 12 Mei 2019", "Surat Gubernur No. 120/45/2017", "https://example.org/berita"]')).toEqual([]);
    expect(src('["ftp://example.org/arsip"]')).not.toEqual([]);
    expect(src('["Laporan\\u001b[2J"]')).not.toEqual([]);
  });
});
