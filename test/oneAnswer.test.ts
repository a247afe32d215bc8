// Issue 19: the disagreements found between outputs, one test each. Each failed on the code before the
// facts layer (src/facts), where every report, list, show and the site derived stages, countries and
// ends on its own.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, makeRegister, REPO, runCli } from './helpers.js';

afterAll(cleanup);

const AS_OF = ['--as-of', '2026-11-22', '--lang', 'en'];
const json = async (dir: string, args: string[]): Promise<any> => {
  const r = await runCli([...args, '--format', 'json', ...AS_OF], { cwd: dir });
  expect([0, 1], r.stderr).toContain(r.code);
  return JSON.parse(r.stdout);
};

const SHIZUOKA = 'name: Shizuoka\ntype: foreign_subnational\ncountry: JP\n';
const LOI = 'title: LoI\ncategory: KSDPL\ndocument_type: loi\npartners: [shizuoka]\nstatus: signed\nsignatures: [{party: ntb, date: 2016-11-19}]\nsectors: [pariwisata]\n';
const MOU = 'title: MoU\ncategory: KSDPL\ndocument_type: mou\npartners: [osaka]\nstatus: active\nsignatures: [{party: ntb, date: 2020-01-10}]\nend: none\nsectors: [pendidikan]\n';
const OSAKA = 'name: Osaka\ntype: foreign_subnational\ncountry: JP\n';

describe('a signed LoI is never in force, anywhere', () => {
  it('summary, coverage, inactive, list and show agree on the agreements in force', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA, 'data/partners/osaka.yaml': OSAKA, 'data/agreements/loi.yaml': LOI, 'data/agreements/mou.yaml': MOU });
    const summary = await json(dir, ['report', 'summary']);
    const coverage = await json(dir, ['report', 'coverage']);
    const inactive = await json(dir, ['report', 'inactive']);
    const list = (await json(dir, ['list', 'agreements'])).records;
    const show = (await json(dir, ['show', 'loi'])).records[0];
    expect(summary.byDerivedStatus.in_force).toBe(1);
    expect(coverage.agreementsInForce).toBe(1);
    expect(inactive.partnershipsInForce).toBe(1);
    expect(summary.unknowns.noSectors).toBe(coverage.noSectors.agreements.length);
    expect(list.find((r: any) => r.id === 'loi').derived_status).toBe('signed_loi');
    expect(show.derivedStatus).toBe('signed_loi');
    const table = await runCli(['show', 'loi', ...AS_OF], { cwd: dir });
    expect(table.stdout).not.toMatch(/status from the dates\s*│\s*in force/);
  });
});

describe('the site counts the partners the summary counts', () => {
  it('the world map leaves out our own regions (the example register: 6 partners in Indonesia, as the summary says)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-map-')), 'site');
    expect((await runCli(['site', '--out', out, ...AS_OF], { cwd: REPO })).code).toBe(0);
    const summary = await json(REPO, ['report', 'summary']);
    const map = readFileSync(join(out, 'en/map.html'), 'utf8');
    const id = /<td>Indonesia \(ID\)<\/td><td class="num" data-sort="(\d+)">/.exec(map)?.[1];
    expect(Number(id)).toBe(summary.partnersByCountry.ID);
    expect(summary.partnersByCountry.ID).toBe(6);
  });
});

describe('an agreement whose partner file was left out', () => {
  const files = {
    // No type: a schema error, so the partner's file is left out of every report.
    'data/partners/osaka.yaml': 'name: Osaka\ncountry: JP\n',
    'data/agreements/mou.yaml': MOU,
  };
  it('forms its partnership in every report, and its partner\'s country is one value: unknown', async () => {
    const dir = makeRegister(files);
    const summary = await json(dir, ['report', 'summary']);
    const inactive = await json(dir, ['report', 'inactive']);
    const coverage = await json(dir, ['report', 'coverage']);
    const expiring = await json(dir, ['report', 'expiring', '--within', '100y']);
    expect(coverage.agreementsInForce).toBe(1);
    expect(inactive.partnershipsInForce).toBe(1);
    expect(summary.partnershipsInForce).toBe(1);
    expect(inactive.partnerships.map((r: any) => [r.partner.id, r.partner.country])).toEqual([['osaka', 'unknown']]);
    expect(summary.partnersByCountry).toEqual({ unknown: 1 });
    expect(coverage.rows.find((r: any) => r.key === 'pendidikan').countries).toEqual(['unknown']);
    // No end within the horizon here; an agreement with an end names its partner the same way.
    expect(expiring.agreements).toEqual([]);
    const ending = makeRegister({ ...files, 'data/agreements/mou.yaml': MOU.replace('end: none', 'end: 2027-01-09') });
    const e2 = await json(ending, ['report', 'expiring']);
    expect(e2.agreements[0].partners).toEqual([{ id: 'osaka', name: 'osaka', country: 'unknown' }]);
  });
});

describe('a terminated agreement', () => {
  it('is drawn on the site\'s timeline up to its termination, and show says when it was terminated', async () => {
    const dir = makeRegister({
      'data/partners/pt-gti.yaml': 'name: PT GTI\ntype: company\ncountry: ID\n',
      'data/agreements/kontrak.yaml': 'title: Kontrak\ncategory: KSDPK\ndocument_type: pks\npartners: [pt-gti]\nstatus: terminated\nsignatures: [{party: ntb, date: 1995-03-01}]\ntermination: {date: 2021-09-15, reason: tidak dilaksanakan}\n',
    });
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-tl-')), 'site');
    expect((await runCli(['site', '--out', out, ...AS_OF], { cwd: dir })).code).toBe(0);
    const page = readFileSync(join(out, 'en/partnerships.html'), 'utf8');
    expect(page).toContain('1 Mar 1995 – 14 Sep 2021');
    expect(page).not.toContain('1 Mar 1995 – ?');
    const show = (await json(dir, ['show', 'kontrak'])).records[0];
    expect(show.terminated).toBe('2021-09-15');
  });

  it('has one last day in force: show, its site page, the timeline and the export\'s days left say the day before its termination', async () => {
    // show (and the site's record page) said "last day in force: 1 Mar 2028", the recorded end, while the
    // timeline drew the bar to 30 Apr 2024, and the export gave 465 days left for a tie ended in 2024.
    const dir = makeRegister({
      'data/partners/unram.yaml': 'name: Unram\ntype: university\ncountry: ID\n',
      'data/agreements/pks.yaml': 'title: PKS\ncategory: KSDPK\ndocument_type: pks\npartners: [unram]\nstatus: terminated\nsignatures: [{party: ntb, date: 2018-03-01}]\nend: 2028-03-01\ntermination: {date: 2024-05-15, reason: x}\n',
      'data/agreements/vague.yaml': 'title: Vague\ncategory: KSDPK\ndocument_type: pks\npartners: [unram]\nstatus: terminated\nsignatures: [{party: ntb, date: 2018-03-01}]\nend: none\ntermination: {date: 2024-05, reason: x}\n',
    });
    const show = (await json(dir, ['show', 'pks'])).records[0];
    expect(show.lastDayInForce).toBe('2024-05-14');
    expect((await json(dir, ['show', 'vague'])).records[0].lastDayInForce).toBe('2024-04-30..2024-05-30');
    const table = await runCli(['show', 'pks', ...AS_OF], { cwd: dir });
    expect(table.stdout).toMatch(/last day in force\s*│\s*14 May 2024/);
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-tl-')), 'site');
    expect((await runCli(['site', '--out', out, ...AS_OF], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(out, 'en/partnerships.html'), 'utf8')).toContain('1 Mar 2018 – 14 May 2024');
    expect(readFileSync(join(out, 'en/agreements/pks.html'), 'utf8')).toMatch(/last day in force: 14 May 2024/);
    const dp = join(mkdtempSync(join(tmpdir(), 'kerjasama-dp-')), 'dp');
    expect((await runCli(['export', '--format', 'datapackage', '--out', dp, ...AS_OF], { cwd: dir })).code).toBe(0);
    const rows = readFileSync(join(dp, 'agreements.csv'), 'utf8').split(/\r?\n/);
    const head = (rows[0] ?? '').replace(/^\uFEFF/, '').split(',');
    const pks = rows.find((r) => r.startsWith('pks,'))?.split(',') ?? [];
    // 14 May 2024 to 22 Nov 2026.
    expect(pks[head.indexOf('days_left')]).toBe('-922');
  });

  it('terminated on a day still to come: in force until then, and its last day in force is the day before, not the end', async () => {
    // show said "last day in force: 1 Jan 2030" for an agreement recorded as terminated from 15 Jan 2027.
    const dir = makeRegister({
      'data/partners/unram.yaml': 'name: Unram\ntype: university\ncountry: ID\n',
      'data/agreements/pks.yaml': 'title: PKS\ncategory: KSDPK\ndocument_type: pks\npartners: [unram]\nstatus: terminated\nsignatures: [{party: ntb, date: 2020-01-01}]\nend: 2030-01-01\ntermination: {date: 2027-01-15, reason: notice given}\n',
    });
    const show = (await json(dir, ['show', 'pks'])).records[0];
    expect([show.derivedStatus, show.terminated, show.lastDayInForce]).toEqual(['in_force', null, '2027-01-14']);
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-tl-')), 'site');
    expect((await runCli(['site', '--out', out, ...AS_OF], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(out, 'en/partnerships.html'), 'utf8')).toContain('1 Jan 2020 – 14 Jan 2027');
  });
});

describe('no invented end days', () => {
  it('an end with no upper bound (2027..) has endLatest null, in expiring and list alike', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA, 'data/agreements/a.yaml': 'title: A\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: active\nsignatures: [{party: ntb, date: 2020-01-10}]\nend: "2027.."\n' });
    const e = await json(dir, ['report', 'expiring']);
    expect(e.agreements[0].endLatest).toBeNull();
    expect(JSON.stringify(e)).not.toMatch(/2999|3001/);
    const term = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA, 'data/agreements/a.yaml': 'title: A\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: active\neffective: "2023.."\nend: {term: 5y}\n' });
    const l = await json(term, ['list', 'agreements']);
    expect(JSON.stringify(l)).not.toMatch(/2999|3001/);
    expect(l.records[0].end).toBe('2027-12-31..');
  });
});

describe('an agreement whose end is not recorded', () => {
  it('list says "no end recorded" as show does, in both languages; an end that is known, or none, as each is', async () => {
    const dir = makeRegister({
      'data/partners/shizuoka.yaml': SHIZUOKA,
      'data/agreements/open.yaml': 'title: Tanpa tanggal berakhir\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: active\nsignatures: [{party: ntb, date: 2020-01-10}]\n',
      'data/agreements/dated.yaml': 'title: Berakhir 2027\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: active\nsignatures: [{party: ntb, date: 2021-01-10}]\nend: 2027-03-31\n',
      'data/agreements/none.yaml': 'title: Tanpa batas waktu\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: active\nsignatures: [{party: ntb, date: 2022-01-10}]\nend: none\n',
    });
    for (const [lang, noEnd, noneAtAll] of [['en', 'no end recorded', 'no end'], ['id', 'tanggal berakhir tidak dicatat', 'tanpa batas waktu']] as const) {
      const at = ['--as-of', '2026-11-22', '--lang', lang];
      const show = await runCli(['show', 'open', ...at], { cwd: dir, columns: 400 });
      expect(show.stdout).toContain(noEnd);
      const list = await runCli(['list', 'agreements', ...at], { cwd: dir, columns: 400 });
      const row = (id: string): string => list.stdout.split('\n').find((l) => l.includes(` ${id} `)) ?? '';
      expect(row('open')).toContain(noEnd);
      expect(row('dated')).toMatch(/31 (Mar|Mei|Mar) 2027/);
      expect(row('dated')).not.toContain(noEnd);
      // The record with no end at all is named `none` on purpose: only the end's column says "no end".
      expect(row('none')).toContain(noneAtAll);
      expect(row('none')).not.toContain(noEnd);
    }
    // JSON and CSV keep the value: no end is null; JSON says whether one is recorded.
    const l = await json(dir, ['list', 'agreements']);
    expect(l.records.map((r: any) => [r.id, r.end, r.end_recorded])).toEqual([['dated', '2027-03-31', true], ['none', 'none', true], ['open', null, false]]);
    const csv = await runCli(['list', 'agreements', '--format', 'csv', ...AS_OF], { cwd: dir });
    expect(csv.stdout).not.toContain('recorded');
  });
});

describe('coverage by country and by category', () => {
  it('names the ties of unknown status and the gaps, as coverage by sector does', async () => {
    const unknownTie = (p: string): string => `title: ${p}\ncategory: KSDPL\ndocument_type: mou\npartners: [${p}]\nstatus: unknown\nsignatures: [{party: ntb, date: 1992}]\n`;
    const dir = makeRegister({
      'data/partners/shizuoka.yaml': SHIZUOKA, 'data/partners/osaka.yaml': OSAKA,
      'data/partners/perth.yaml': 'name: Perth\ntype: foreign_subnational\ncountry: AU\n', 'data/partners/busan.yaml': 'name: Busan\ntype: foreign_subnational\ncountry: KR\n',
      'data/agreements/osaka.yaml': MOU,
      'data/agreements/perth.yaml': unknownTie('perth'),
      'data/agreements/busan.yaml': 'title: Busan\ncategory: KSDPL\ndocument_type: mou\npartners: [busan]\nstatus: expired\nsignatures: [{party: ntb, date: 2000-01-01}]\nend: 2005-01-01\n',
    });
    const byCountry = await json(dir, ['report', 'coverage', '--by', 'country']);
    expect(byCountry.rows.map((r: any) => [r.key, r.coverage])).toEqual([['AU', 'unknown'], ['JP', 'covered'], ['KR', 'gap']]);
    expect(byCountry.notKnown).toEqual(['AU']);
    expect(byCountry.gaps).toEqual(['KR']);
    expect(byCountry.rows[0].unknownStatus).toEqual(['perth']);
    const byCategory = await json(dir, ['report', 'coverage', '--by', 'category']);
    expect(byCategory.rows.map((r: any) => [r.key, r.coverage])).toEqual([['KSDD', 'gap'], ['KSDPK', 'gap'], ['KSDPL', 'covered'], ['KSDLL', 'gap'], ['PUSAT', 'gap']]);
  });
});

describe('the agreements of a region that keeps agreements of its own', () => {
  it('list partners counts the agreements show lists, as owner (its own or kerjasama.yaml\'s) or counterpart', async () => {
    // The example register: ntb owns agreements through kerjasama.yaml, jabar and jatim by their own owner:,
    // and shizuoka is a counterpart only. list said 0 for ntb and jabar, and show said ntb had no agreements.
    const listed = new Map<string, number>((await json(REPO, ['list', 'partners'])).records.map((r: any) => [r.id, r.agreements]));
    for (const id of ['ntb', 'jabar', 'jatim', 'shizuoka']) {
      const shown = (await json(REPO, ['show', id])).records[0];
      expect(shown.agreements.length, id).toBeGreaterThan(0);
      expect(listed.get(id), id).toBe(shown.agreements.length);
    }
  });
});

describe('the export\'s expiring group is report expiring\'s', () => {
  it('an agreement whose end is not known is in the group end_unknown in both (the example register)', async () => {
    // report expiring's CSV put 8 agreements of the example in the bucket end_unknown; the export's
    // expiring_bucket was empty for them, as for an agreement report expiring does not list.
    const csv = (text: string): Array<Record<string, string>> => parse(text, { bom: true, columns: true });
    const r = await runCli(['report', 'expiring', '--format', 'csv', ...AS_OF], { cwd: REPO });
    const bucketOf = new Map(csv(r.stdout).map((row) => [row['id'], row['bucket']]));
    expect([...bucketOf.values()]).toContain('end_unknown');
    const dp = join(mkdtempSync(join(tmpdir(), 'kerjasama-dp-')), 'dp');
    expect((await runCli(['export', '--format', 'datapackage', '--out', dp, ...AS_OF], { cwd: REPO })).code).toBe(0);
    const exported = new Map(csv(readFileSync(join(dp, 'agreements.csv'), 'utf8')).filter((row) => row['expiring_bucket'] !== '').map((row) => [row['id'], row['expiring_bucket']]));
    expect(exported).toEqual(bucketOf);
    expect(readFileSync(join(dp, 'code_expiring_bucket.csv'), 'utf8')).toMatch(/\r\nend_unknown,/);
  });
});

describe('an agreement whose start is vague', () => {
  it('is of no one year on the site, as the summary counts it (uncertain) and list writes it', async () => {
    // The site's partnerships table named an agreement signed "~2019" as "MoU 2018" and one of 1989..1990
    // as "MoU 1989" (the first year it could be), and its timeline's tooltip gave 2018-01-01 as the start,
    // while the summary counted both under uncertain and list wrote c. 2019 and 1989–1990.
    const mou = (p: string, date: string): string => `title: ${p}\ncategory: KSDPL\ndocument_type: mou\npartners: [${p}]\nstatus: unknown\nsignatures: [{party: ntb, date: "${date}"}]\n`;
    const dir = makeRegister({
      'data/partners/perth.yaml': 'name: Perth\ntype: foreign_subnational\ncountry: AU\n', 'data/partners/busan.yaml': 'name: Busan\ntype: foreign_subnational\ncountry: KR\n',
      'data/agreements/perth.yaml': mou('perth', '~2019'), 'data/agreements/busan.yaml': mou('busan', '1989..1990'),
    });
    const summary = await json(dir, ['report', 'summary']);
    expect(summary.signedPerYear).toEqual({ uncertain: 2 });
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-tl-')), 'site');
    expect((await runCli(['site', '--out', out, ...AS_OF], { cwd: dir })).code).toBe(0);
    const page = readFileSync(join(out, 'en/partnerships.html'), 'utf8');
    expect(page).not.toMatch(/MoU 2018|MoU 1989<|2018-01-01|1989-01-01/);
    expect(page).toContain('MoU c. 2019');
    // Written as the tables write a vague day (c. 2019, 1989–1990), never as a day.
    expect(page).toContain('perth · MoU · status unknown · c. 2019 – ');
    expect(page).toContain('busan · MoU · status unknown · 1989–1990 – ');
  });
});

describe('an activity whose date is vague', () => {
  it('is counted in no one year on the site\'s activities per year, as list writes it', async () => {
    // The site counted an activity of ~2019 under 2018 and one of 2024..2025 under 2024 (the first year
    // each could be), while list wrote c. 2019 and 2024–2025, and the summary counts such a start as uncertain.
    const dir = makeRegister({
      'data/partners/osaka.yaml': OSAKA, 'data/agreements/mou.yaml': MOU,
      'data/activities/a.yaml': 'title: Visit\ntype: visit\nagreements: [mou]\nstart: "~2019"\n',
      'data/activities/b.yaml': 'title: Fair\ntype: exhibition\nagreements: [mou]\nstart: "2024..2025"\n',
      'data/activities/c.yaml': 'title: Talk\ntype: meeting\nagreements: [mou]\nstart: 2026-03\n',
    });
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-grid-')), 'site');
    expect((await runCli(['site', '--out', out, ...AS_OF], { cwd: dir })).code).toBe(0);
    const page = readFileSync(join(out, 'en/partnerships.html'), 'utf8');
    expect(page).toContain('2026: 1, year not known: 2');
    expect(page).not.toMatch(/2018: 1|2024: 1/);
  });
});

describe('a renewal under its parent (document_type renewal, parent:)', () => {
  it('renews it in report expiring as in show and the facts: the old agreement is renewed, not due for renewal', async () => {
    // show named the link "renewed by ren" (followedBy, relation renewal), as docs/data-model.md says of a
    // renewal under its parent, while report expiring listed the MoU as ending with no renewal on record
    // ("start the renewal now") and show's renewedBy was empty: only renews: counted there.
    const dir = makeRegister({
      'data/partners/osaka.yaml': OSAKA,
      'data/agreements/mou.yaml': 'title: MoU\ncategory: KSDPL\ndocument_type: mou\npartners: [osaka]\nstatus: active\nsignatures: [{party: ntb, date: 2017-01-01}]\nend: 2026-12-31\n',
      'data/agreements/ren.yaml': 'title: Renewal\ncategory: KSDPL\ndocument_type: renewal\nparent: mou\npartners: [osaka]\nstatus: signed\nsignatures: [{party: ntb, date: 2026-10-01}]\neffective: 2027-01-01\nend: {term: 5y}\n',
    });
    const show = (await json(dir, ['show', 'mou'])).records[0];
    expect(show.followedBy).toEqual([{ id: 'ren', relation: 'renewal' }]);
    expect(show.renewedBy).toEqual(['ren']);
    expect((await json(dir, ['report', 'expiring'])).agreements.map((r: any) => r.id)).toEqual([]);
    const all = await json(dir, ['report', 'expiring', '--all']);
    expect(all.agreements.map((r: any) => [r.id, r.renewedBy])).toEqual([['mou', 'ren']]);
    expect((await json(dir, ['report', 'summary'])).expiringNext12Months).toEqual([]);
  });
});

describe('the partners the summary counts', () => {
  it('its partner records are those counted by country and our own regions, each named on the same screen', async () => {
    // The example register: 21 partner files, 17 counted by country (the map too); the 4 own regions that
    // are no one's counterpart were the difference, which nothing on the summary said.
    const s = await json(REPO, ['report', 'summary']);
    const byCountry = Object.values(s.partnersByCountry as Record<string, number>).reduce((n, v) => n + v, 0);
    expect(s.records.ownRegions).toBeGreaterThan(0);
    expect(s.records.partners).toBe(byCountry + s.records.ownRegions);
    const table = await runCli(['report', 'summary', ...AS_OF], { cwd: REPO });
    expect(table.stdout).toMatch(new RegExp(`of them, our own regions\\s+${s.records.ownRegions}\\b`));
  });
});
