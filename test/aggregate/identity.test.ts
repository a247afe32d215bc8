// Issue 23's done-when for identity, counterparts and conflicts, on the three-member fixture
// (test/fixtures/federation): without a decision Kyoto Prefecture is two partners and one candidate;
// after ONE identity.yaml decision it is one national partner, `partners --unresolved` is empty, the PKS
// recorded by all three members is one national agreement, and `conflicts` lists one conflict with both
// values and both provenances (exit 1), which an acknowledgement turns to exit 0.

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { counterparts } from '../../src/aggregate/counterparts.js';
import { identify, readIdentity } from '../../src/aggregate/identity.js';
import type { Member } from '../../src/aggregate/members.js';
import { loadRegister } from '../../src/load/load.js';
import { readCsv, SQLITE3, sqlite3, sqliteRows, validatePackage } from '../export/clients.js';
import { cleanup, REPO, runCli } from '../helpers.js';

const FIXTURE = join(REPO, 'test', 'fixtures', 'federation');
const made: string[] = [];
afterAll(() => {
  cleanup();
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The fixture in a fresh folder, with identity.yaml when given. */
function fixture(identity?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kerjasama-identity-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  rmSync(join(dir, 'federation.lock'), { force: true });
  if (identity !== undefined) writeFileSync(join(dir, 'identity.yaml'), identity);
  return dir;
}

const DECISION = '# Partners of different members that are one partner (docs/aggregate.md).\nsame:\n  - partners: [34:kyoto, 35:kyoto-prefecture]\n    note: Prefektur Kyoto (JP-26) in both registers\n    who: Biro Kerja Sama\n    date: 2026-11-20\n';
const run = (dir: string, ...args: string[]): ReturnType<typeof runCli> => runCli(['aggregate', ...args, '--as-of', '2026-11-22'], { cwd: dir });

interface JsonPartners { partners?: Array<{ id: string; records: Array<{ id: string }> }>; candidates: Array<{ partners: string[]; pairs: Array<{ names: Array<{ key: string }> }> }>; diagnostics: unknown[] }
interface JsonConflicts { agreements: number; conflicts: Array<{ kind: string; id: string; field: string; values: Array<{ value: string; member: string; path: string; line: number }>; acknowledged?: object }>; open: number }

describe('issue 23: identity, counterparts and conflicts on the three-member fixture', () => {
  it('partners, conflicts and build speak of the same records: a member\'s file with errors is left out of each, as every report leaves it out', async () => {
    const dir = fixture(DECISION);
    // Jawa Timur's record of Kyoto gets a cross-record error (the loader keeps it; the checks find it): a
    // second partner of Jawa Timur's with the same ISO 3166-2 code.
    const file = join(dir, 'jatim', 'data', 'partners', 'kyoto-prefecture.yaml');
    writeFileSync(file, readFileSync(file, 'utf8') + 'ids:\n  iso3166_2: JP-26\n');
    writeFileSync(join(dir, 'jatim', 'data', 'partners', 'kyoto-lagi.yaml'), readFileSync(file, 'utf8'));
    const all = JSON.parse((await run(dir, 'partners', '--format', 'json')).stdout) as JsonPartners;
    const ids = (all.partners ?? []).flatMap((p) => p.records.map((r) => r.id));
    expect(ids).toContain('34:kyoto');
    expect(ids).not.toContain('35:kyoto-prefecture');
    const built = await runCli(['aggregate', 'build', '--out', 'out', '--as-of', '2026-11-22'], { cwd: dir });
    expect(built.stderr).toContain('35:kyoto-prefecture');
    const records = readCsv(join(dir, 'out', 'national_partner_records.csv')).map((r) => Object.values(r).join(','));
    expect(records.some((r) => r.includes('35:kyoto-prefecture'))).toBe(false);
    expect(records.some((r) => r.includes('34:kyoto'))).toBe(true);
  });

  it('without a decision: Kyoto Prefecture is two partners and one candidate, with its evidence', async () => {
    const dir = fixture();
    const r = await run(dir, 'partners', '--unresolved', '--format', 'json');
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as JsonPartners;
    expect(v.candidates.map((c) => c.partners)).toEqual([['34:kyoto', '35:kyoto-prefecture']]);
    expect(v.candidates[0]?.pairs[0]?.names.map((n) => n.key)).toEqual(['kyoto']);
    const table = await run(dir, 'partners', '--unresolved');
    expect(table.stdout).toContain('Prefektur Kyoto and Kyoto Prefecture');
    const id = await runCli(['aggregate', 'partners', '--unresolved', '--lang', 'id', '--as-of', '2026-11-22'], { cwd: dir });
    expect(id.stdout).toContain('Mitra yang mungkin satu mitra');
  });

  it('after one decision: one national partner for Kyoto, partners --unresolved empty, one national agreement, one conflict with both provenances', async () => {
    const dir = fixture(DECISION);
    const unresolved = await run(dir, 'partners', '--unresolved', '--format', 'json');
    expect(unresolved.code).toBe(0);
    expect((JSON.parse(unresolved.stdout) as JsonPartners).candidates).toEqual([]);
    const table = await run(dir, 'partners', '--unresolved');
    expect(table.stdout).toContain('No unresolved candidates');

    const all = JSON.parse((await run(dir, 'partners', '--format', 'json')).stdout) as JsonPartners;
    const kyoto = all.partners?.filter((p) => p.records.some((r) => r.id.includes('kyoto')));
    expect(kyoto?.map((p) => p.records.map((r) => r.id))).toEqual([['34:kyoto', '35:kyoto-prefecture']]);

    const c = await run(dir, 'conflicts', '--format', 'json');
    expect(c.code).toBe(1);
    const v = JSON.parse(c.stdout) as JsonConflicts;
    expect(v.conflicts).toHaveLength(1);
    expect(v.conflicts[0]).toMatchObject({ kind: 'agreement', id: '34:diy-jatim-ntb-pks-2025', field: 'end' });
    expect(v.conflicts[0]?.values.map((x) => [x.value, x.member, x.path, x.line])).toEqual([
      ['2030-03-13', '34', 'diy/data/agreements/diy-jatim-ntb-pks-2025.yaml', 16],
      ['2030-03-13', '35', 'jatim/data/agreements/jatim-diy-ntb-pks-2025.yaml', 14],
      ['2028-03-13', '52', 'ntb/data/agreements/ntb-diy-jatim-pks-2025.yaml', 14],
    ]);
    expect(v.open).toBe(1);
    const text = await run(dir, 'conflicts');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('ntb/data/agreements/ntb-diy-jatim-pks-2025.yaml:14');
    expect(text.stderr).toContain('1 of 1 difference(s) between members to resolve');
  });

  it('the PKS recorded by all three (2025-03-14, 2025-03, 2025) is one national agreement; the MoUs with Kyoto stay two', () => {
    const members: Member[] = ['34:diy', '35:jatim', '52:ntb'].map((s) => {
      const [code, path] = s.split(':') as [string, string];
      return { code, source: `path:${path}`, loaded: loadRegister(join(FIXTURE, path)) };
    });
    const read = readIdentity(DECISION);
    const national = counterparts(members, identify(members, read.decisions));
    expect(national.map((a) => a.records.map((r) => r.key))).toEqual([
      ['34:diy-jatim-ntb-pks-2025', '35:jatim-diy-ntb-pks-2025', '52:ntb-diy-jatim-pks-2025'],
      ['34:diy-kyoto-mou-1985'],
      ['35:jatim-kyoto-mou-2019'],
    ]);
  });

  it('an acknowledged conflict is still listed, and no longer fails', async () => {
    const dir = fixture(`${DECISION}acknowledged:\n  - agreement: 52:ntb-diy-jatim-pks-2025\n    field: end\n    note: NTB's copy was signed with a three-year term; asked on 2026-11-20\n`);
    const r = await run(dir, 'conflicts', '--format', 'json');
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as JsonConflicts;
    expect(v.conflicts[0]?.acknowledged).toBeDefined();
    expect(v.open).toBe(0);
  });

  it('identity.yaml naming a partner no member has: a diagnostic at its line and column (exit 1); broken YAML stops with exit 2', async () => {
    const dir = fixture('same:\n  - [34:kyoto, 35:kyoto-prefektur]\n');
    const r = await run(dir, 'partners', '--unresolved');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[identity-unknown]');
    expect(r.stderr).toMatch(/identity\.yaml:2:16/);
    expect(r.stderr).toContain('35:kyoto-prefecture');
    const bad = await run(fixture('same: [[34:kyoto\n'), 'conflicts');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/identity\.yaml:\d+:\d+/);
  });
});

describe('issue 23: aggregate build writes the national picture', () => {
  const build = (dir: string, out: string, ...extra: string[]): ReturnType<typeof runCli> => runCli(['aggregate', 'build', '--as-of', '2026-11-22', '--out', out, ...extra], { cwd: dir });
  const table = (dir: string, name: string): Array<Record<string, string>> => readCsv(join(dir, 'out', `${name}.csv`));

  it('after one decision: one national partner for Kyoto, one national agreement for the PKS with its three records, one difference with both provenances (Data Package)', async () => {
    const dir = fixture(DECISION);
    const r = await build(dir, 'out');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('national tables: 4 national partner(s), 3 national agreement(s), 1 difference(s) between members (1 to resolve); no candidate left undecided');
    expect(await validatePackage(join(dir, 'out'))).toEqual([]);

    const partners = table(dir, 'national_partners');
    const kyoto = partners.filter((p) => p['country'] === 'JP');
    expect(kyoto).toEqual([{ id: '34:kyoto', name: 'Prefektur Kyoto', country: 'JP', type: 'foreign_subnational', kemendagri: '', iso3166_2: 'JP-26', wikidata: '', members: '2', records: '2', candidate: '' }]);
    expect(partners.map((p) => p['id'])).toEqual(['34:diy', '34:kyoto', '35:jatim', '52:ntb']);
    expect(table(dir, 'national_partner_records').filter((x) => x['national_partner'] === '34:kyoto').map((x) => [x['member'], x['partner']])).toEqual([['34', '34:kyoto'], ['35', '35:kyoto-prefecture']]);
    // Why they are one: the decision, at its line in identity.yaml.
    expect(table(dir, 'national_partner_links').filter((x) => x['national_partner'] === '34:kyoto')).toEqual([{ national_partner: '34:kyoto', link: '1', partner_a: '34:kyoto', partner_b: '35:kyoto-prefecture', by: 'decision', identifier: '', value: '', decision: '/same/0', decision_line: '3' }]);

    const pks = table(dir, 'national_agreements').filter((a) => a['document_type'] === 'pks');
    expect(pks).toEqual([{ id: '34:diy-jatim-ntb-pks-2025', title: 'PKS DIY–Jawa Timur–NTB, promosi pariwisata bersama', document_type: 'pks', document_type_unknown: 'false', parties: '34, 35, 52', signed: '2025-03-14', signed_earliest: '2025-03-14', signed_latest: '2025-03-14', members: '3' }]);
    expect(table(dir, 'national_agreement_records').filter((x) => x['national_agreement'] === '34:diy-jatim-ntb-pks-2025').map((x) => x['agreement'])).toEqual(['34:diy-jatim-ntb-pks-2025', '35:jatim-diy-ntb-pks-2025', '52:ntb-diy-jatim-pks-2025']);
    expect(table(dir, 'national_agreement_numbers').map((x) => [x['party'], x['number']])).toEqual([['34', '119/0012/PKS/2025'], ['35', '120/45/KSDD/2025'], ['52', '130/07/PKS/2025']]);

    expect(table(dir, 'conflicts')).toEqual([{ conflict: '1', kind: 'agreement', national_partner: '', national_agreement: '34:diy-jatim-ntb-pks-2025', field: 'end', party: '', acknowledged: 'false', acknowledged_note: '', acknowledged_by: '', acknowledged_on: '' }]);
    const values = table(dir, 'conflict_values');
    expect(values.map((v) => [v['member'], v['agreement'], v['value'], v['source_file'], v['source_line']])).toEqual([
      ['34', '34:diy-jatim-ntb-pks-2025', '2030-03-13', 'data/agreements/diy-jatim-ntb-pks-2025.yaml', '16'],
      ['35', '35:jatim-diy-ntb-pks-2025', '2030-03-13', 'data/agreements/jatim-diy-ntb-pks-2025.yaml', '14'],
      ['52', '52:ntb-diy-jatim-pks-2025', '2028-03-13', 'data/agreements/ntb-diy-jatim-pks-2025.yaml', '14'],
    ]);
  });

  it.skipIf(!SQLITE3)('the same national tables in SQLite, every reference to the member tables holding (foreign_key_check)', async () => {
    const dir = fixture(`${DECISION}acknowledged:\n  - agreement: 52:ntb-diy-jatim-pks-2025\n    field: end\n    note: NTB's copy has a three-year term\n    who: Biro Kerja Sama\n    date: 2026-11-21\n`);
    const r = await build(dir, 'agregat.sqlite', '--format', 'sqlite');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('1 difference(s) between members (0 to resolve)');
    const db = join(dir, 'agregat.sqlite');
    expect(sqlite3(db, 'PRAGMA foreign_key_check;').trim()).toBe('');
    expect(sqliteRows(db, "SELECT n.id, n.members, n.records, n.candidate FROM national_partners n WHERE n.country = 'JP'")).toEqual([{ id: '34:kyoto', members: 2, records: 2, candidate: null }]);
    // The national partner's records are the member tables' partners.
    expect(sqliteRows(db, "SELECT p.id, p.name FROM national_partner_records r JOIN partners p ON p.id = r.partner WHERE r.national_partner = '34:kyoto' ORDER BY p.id")).toEqual([{ id: '34:kyoto', name: 'Prefektur Kyoto' }, { id: '35:kyoto-prefecture', name: 'Kyoto Prefecture' }]);
    expect(sqliteRows(db, "SELECT n.id, n.members, count(r.agreement) AS records FROM national_agreements n JOIN national_agreement_records r ON r.national_agreement = n.id JOIN agreements a ON a.id = r.agreement WHERE n.document_type = 'pks' GROUP BY n.id")).toEqual([{ id: '34:diy-jatim-ntb-pks-2025', members: 3, records: 3 }]);
    // docs/aggregate.md names every national table, and its SQL runs on the file.
    const doc = readFileSync(join(REPO, 'docs', 'aggregate.md'), 'utf8');
    const national = sqliteRows<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'national%' OR name LIKE 'conflict%')").map((t) => t.name);
    expect(national).toHaveLength(8);
    expect(national.filter((n) => !doc.includes(`| \`${n}\` |`))).toEqual([]);
    const sql = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(sql.length).toBeGreaterThanOrEqual(1);
    for (const q of sql) sqlite3(db, '', { input: q });
    expect(sqlite3(db, "SELECT n.id, r.member, p.name FROM national_partners n JOIN national_partner_records r ON r.national_partner = n.id JOIN partners p ON p.id = r.partner WHERE n.iso3166_2 = 'JP-26';").trim().split('\n')).toHaveLength(2);
    expect(sqliteRows(db, 'SELECT c.field, c.acknowledged, c.acknowledged_note, v.member, v.value, v.source_file, v.source_line FROM conflicts c JOIN conflict_values v ON v.conflict = c.conflict ORDER BY v.position')).toEqual([
      { field: 'end', acknowledged: 1, acknowledged_note: "NTB's copy has a three-year term", member: '34', value: '2030-03-13', source_file: 'data/agreements/diy-jatim-ntb-pks-2025.yaml', source_line: 16 },
      { field: 'end', acknowledged: 1, acknowledged_note: "NTB's copy has a three-year term", member: '35', value: '2030-03-13', source_file: 'data/agreements/jatim-diy-ntb-pks-2025.yaml', source_line: 14 },
      { field: 'end', acknowledged: 1, acknowledged_note: "NTB's copy has a three-year term", member: '52', value: '2028-03-13', source_file: 'data/agreements/ntb-diy-jatim-pks-2025.yaml', source_line: 14 },
    ]);
  });

  it.skipIf(!SQLITE3)('an agreement whose every record says document_type unknown: no type, the flag set (the code table has no "unknown"), and the SQLite file is written', async () => {
    const dir = fixture(DECISION);
    const file = join(dir, 'diy', 'data', 'agreements', 'diy-kyoto-mou-1985.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('document_type: mou', 'document_type: unknown'));
    const r = await build(dir, 'agregat.sqlite', '--format', 'sqlite');
    expect(r.code, r.stderr).toBe(0);
    const db = join(dir, 'agregat.sqlite');
    expect(sqliteRows(db, "SELECT document_type, document_type_unknown FROM national_agreements WHERE id = '34:diy-kyoto-mou-1985'")).toEqual([{ document_type: null, document_type_unknown: 1 }]);
    expect(sqlite3(db, 'PRAGMA foreign_key_check;').trim()).toBe('');
  });

  it('without a decision: never merged; both Kyoto records stay national partners, marked as one candidate, and the build says so', async () => {
    const dir = fixture();
    const r = await build(dir, 'out');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('1 candidate(s) not decided in identity.yaml, each of their partners kept apart');
    const kyoto = table(dir, 'national_partners').filter((p) => p['country'] === 'JP');
    expect(kyoto.map((p) => [p['id'], p['records'], p['candidate']])).toEqual([['34:kyoto', '1', '34:kyoto'], ['35:kyoto-prefecture', '1', '34:kyoto']]);
    const id = await runCli(['aggregate', 'build', '--as-of', '2026-11-22', '--out', 'out-id', '--lang', 'id'], { cwd: dir });
    expect(id.stderr).toContain('1 calon belum diputuskan dalam identity.yaml');
  });

  it('the same national tables whatever the order of the members in federation.yaml', async () => {
    const dir = fixture(DECISION);
    expect((await build(dir, 'out')).code).toBe(0);
    const yaml = readFileSync(join(dir, 'federation.yaml'), 'utf8');
    const [head, ...blocks] = yaml.split(/(?=  - code:)/);
    const last = blocks.pop() as string;
    const [block52, tail] = [last.slice(0, last.indexOf('stale_after')), last.slice(last.indexOf('stale_after'))];
    writeFileSync(join(dir, 'federation.yaml'), [head, block52, ...blocks.reverse(), tail].join(''));
    expect((await build(dir, 'reversed')).code).toBe(0);
    expect(readCsv(join(dir, 'reversed', 'members.csv')).map((m) => m['code'])).toEqual(['52', '35', '34']);
    for (const t of ['national_partners', 'national_partner_records', 'national_partner_links', 'national_agreements', 'national_agreement_numbers', 'national_agreement_records', 'conflicts', 'conflict_values']) {
      expect(readFileSync(join(dir, 'reversed', `${t}.csv`), 'utf8'), t).toBe(readFileSync(join(dir, 'out', `${t}.csv`), 'utf8'));
    }
  });

  it('identity.yaml with errors stops the build before anything is written (exit 2); a decision naming nothing is said, exit 1', async () => {
    const bad = fixture('same: [[34:kyoto\n');
    const r = await build(bad, 'out');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/identity\.yaml:\d+:\d+/);
    expect(r.stderr).toContain('identity.yaml has errors (above)');
    expect(existsSync(join(bad, 'out'))).toBe(false);
    expect(existsSync(join(bad, 'federation.lock'))).toBe(false);
    const unknown = fixture('same:\n  - [34:kyoto, 35:kyoto-prefektur]\n');
    const u = await build(unknown, 'out');
    expect(u.code).toBe(1);
    expect(u.stderr).toContain('error[identity-unknown]');
    expect(u.stderr).toMatch(/identity\.yaml:2:16/);
    // Built again unchanged: not answered "up to date" silently, the diagnostic is said again.
    const again = await build(unknown, 'out', '--force');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('error[identity-unknown]');
    // A record left out of the build because its file has errors is said to be so, not missing.
    const broken = fixture(DECISION);
    writeFileSync(join(broken, 'jatim', 'data', 'partners', 'kyoto-prefecture.yaml'), 'type: foreign_subnational\ncountry: JP\n');
    const b = await build(broken, 'out');
    expect(b.code).toBe(1);
    expect(b.stderr).toContain("member `35`'s partner `35:kyoto-prefecture` is left out of the aggregate: its file has errors");
    expect(table(broken, 'national_partners').filter((p) => p['country'] === 'JP').map((p) => p['id'])).toEqual(['34:kyoto']);
  });
});
