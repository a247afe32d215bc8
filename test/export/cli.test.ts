// kerjasama export as a command: usage errors, writes (atomic, never over anything without --force, never
// through a link, never into a register), private data only when asked (and gone from a folder when an
// export without it replaces one with it), the same bytes for the same commit and day (and --at C: the
// bytes of an export in a checkout of C; --recorded-as-of), the words of
// --lang, kerjasama.yaml's publication in datapackage.json, a field of the model everywhere, and hostile
// record text: no SQL injection in the SQLite file, the SQLite script or the PostgreSQL dump (each read
// back by its real client), no formula in a CSV cell. And the validator the tests trust finds a broken
// package.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, exampleRegister, git, makeRegister, runCli, writeFiles } from '../helpers.js';
import { commitAll, SITI } from '../history.js';
import { PG_BIN, PSQL, readCsv, SQLITE3, sqlite3, sqliteRows, startPostgres, validatePackage, type Postgres } from './clients.js';

afterAll(cleanup);

const AS_OF = ['--as-of', '2026-11-22'];
const SHIZUOKA = 'name: Shizuoka\ntype: foreign_subnational\ncountry: JP\n';
const tmp = (): string => mkdtempSync(join(tmpdir(), 'kerjasama-export-cli-'));
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const agreement = (extra = ''): string => `title: Jawa Barat–Shizuoka\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: active\neffective: 2017-11-02\nend: { term: 5y }\n${extra}`;

describe('usage', () => {
  it('needs --out; --dialect only with sql; - only for sql; an unknown format names the known ones (exit 2)', async () => {
    const dir = makeRegister({});
    const r1 = await runCli(['export', ...AS_OF], { cwd: dir });
    expect([r1.code, r1.stderr]).toEqual([2, 'kerjasama: export --format datapackage needs --out PATH (a folder for datapackage, a file for sqlite, sql and bundle; - prints the SQL)\n']);
    const r2 = await runCli(['export', '--dialect', 'postgres', '--out', 'x', ...AS_OF], { cwd: dir });
    expect([r2.code, r2.stderr]).toEqual([2, 'kerjasama: --dialect is for --format sql, not datapackage\n']);
    const r3 = await runCli(['export', '-f', 'sqlite', '--out', '-', ...AS_OF], { cwd: dir });
    expect(r3.code).toBe(2);
    const r4 = await runCli(['export', '-f', 'parquet', '--out', 'x', ...AS_OF], { cwd: dir });
    expect(r4.code).toBe(2);
    expect(r4.stderr).toContain('datapackage, sqlite, sql');
    const r5 = await runCli(['export', '--out', 'x', '--lang', 'id', ...AS_OF], { cwd: dir, env: {} });
    expect(r5.code).toBe(0);
    expect(r5.stderr).toMatch(/^kerjasama: ekspor ditulis ke x \(datapackage: \d+ tabel, [\d.]+ baris, per 22 Nov 2026\)\n$/);
  });

  it('--out - prints the SQL script to stdout', async () => {
    const r = await runCli(['export', '-f', 'sql', '--dialect', 'postgres', '--out', '-', ...AS_OF], { cwd: makeRegister({}) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^-- kerjasama export \(postgres\): Test register, as of 2026-11-22, kerjasama /);
    expect(r.stdout.trimEnd().endsWith('COMMIT;')).toBe(true);
    expect(r.stderr).toBe('');
  });
});

describe('writes', () => {
  it('never over a file or into a folder that is not empty without --force; with it, replaced', async () => {
    const dir = makeRegister({});
    const out = tmp();
    writeFileSync(join(out, 'k.sqlite'), 'mine');
    const r = await runCli(['export', '-f', 'sqlite', '--out', join(out, 'k.sqlite'), ...AS_OF], { cwd: dir });
    expect([r.code, readFileSync(join(out, 'k.sqlite'), 'utf8')]).toEqual([2, 'mine']);
    expect(r.stderr).toContain('exists; add --force to overwrite it');
    expect((await runCli(['export', '-f', 'sqlite', '--out', join(out, 'k.sqlite'), '--force', ...AS_OF], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(out, 'k.sqlite')).subarray(0, 15).toString()).toBe('SQLite format 3');
    mkdirSync(join(out, 'pkg'));
    writeFileSync(join(out, 'pkg', 'notes.txt'), 'mine');
    const p = await runCli(['export', '--out', join(out, 'pkg'), ...AS_OF], { cwd: dir });
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('is not empty; add --force');
    expect((await runCli(['export', '--out', join(out, 'pkg'), '--force', ...AS_OF], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(out, 'pkg', 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(out, 'pkg', 'datapackage.json'))).toBe(true);
  });

  it('never through a symbolic link, never into a register, even with --force', async () => {
    const dir = makeRegister({});
    const out = tmp();
    writeFileSync(join(out, 'target'), 'precious');
    symlinkSync(join(out, 'target'), join(out, 'link.sql'));
    const r = await runCli(['export', '-f', 'sql', '--out', join(out, 'link.sql'), '--force', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a symbolic link, not a regular file');
    expect(readFileSync(join(out, 'target'), 'utf8')).toBe('precious');
    mkdirSync(join(out, 'pkg'));
    symlinkSync(join(out, 'target'), join(out, 'pkg', 'agreements.csv'));
    expect((await runCli(['export', '--out', join(out, 'pkg'), '--force', ...AS_OF], { cwd: dir })).code).toBe(2);
    expect(readFileSync(join(out, 'target'), 'utf8')).toBe('precious');
    const reg = await runCli(['export', '--out', '.', '--force', ...AS_OF], { cwd: dir });
    expect(reg.code).toBe(2);
    expect(reg.stderr).toContain('holds a register or a git repository');
  });

  it('private contacts only with --include-private, said on stderr; an export without them removes the file an earlier one wrote', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': `${SHIZUOKA}contacts:\n  - { name: Tanaka, email: tanaka@example.jp }\n`, 'data/agreements/a.yaml': agreement() });
    const out = join(tmp(), 'pkg');
    const r = await runCli(['export', '--out', out, '--include-private', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('WITH PRIVATE DATA (partner contacts): do not publish it');
    expect(readFileSync(join(out, 'partner_contacts.csv'), 'utf8')).toContain('tanaka@example.jp');
    expect((await runCli(['export', '--out', out, '--force', ...AS_OF], { cwd: dir })).code).toBe(0);
    expect(readdirSync(out)).not.toContain('partner_contacts.csv');
    for (const f of readdirSync(out)) expect(readFileSync(join(out, f), 'utf8'), f).not.toContain('tanaka@example.jp');
    expect(await validatePackage(out)).toEqual([]);
  });
});

describe('the same bytes for the same commit and day', () => {
  it('every format, twice, in a git register: identical; the commit is in meta', async () => {
    const dir = exampleRegister();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    const [a, b] = [tmp(), tmp()];
    for (const o of [a, b]) {
      for (const args of [['-f', 'datapackage', '--out', join(o, 'pkg')], ['-f', 'sqlite', '--out', join(o, 'k.sqlite')], ['-f', 'sql', '--out', join(o, 'k.sql')], ['-f', 'sql', '--dialect', 'postgres', '--out', join(o, 'k.pg.sql')]]) {
        const r = await runCli(['export', ...args, ...AS_OF], { cwd: dir });
        expect(r.code, r.stderr).toBe(0);
      }
    }
    for (const f of ['k.sqlite', 'k.sql', 'k.pg.sql', ...readdirSync(join(a, 'pkg')).map((n) => `pkg/${n}`)]) expect(sha(join(b, f)), f).toBe(sha(join(a, f)));
    const commit = git(dir, 'rev-parse', '--short=12', 'HEAD').trim();
    expect(readCsv(join(a, 'pkg', 'meta.csv')).find((r) => r['key'] === 'commit')?.['value']).toBe(commit);
    // Another day: other bytes (days left, stages), the same tables.
    const c = tmp();
    expect((await runCli(['export', '--out', join(c, 'pkg'), '--as-of', '2027-06-01'], { cwd: dir })).code).toBe(0);
    expect(sha(join(c, 'pkg', 'agreements.csv'))).not.toBe(sha(join(a, 'pkg', 'agreements.csv')));
    expect(readdirSync(join(c, 'pkg')).sort()).toEqual(readdirSync(join(a, 'pkg')).sort());
  });
});

describe('--at and --recorded-as-of: the register as a commit recorded it', () => {
  it('export --at C writes, byte for byte, what an export in a checkout of C writes; --recorded-as-of reads the commit of that day and says so in meta', async () => {
    const dir = exampleRegister();
    git(dir, 'init', '-q', '-b', 'main');
    commitAll(dir, SITI, '2026-01-10T10:00:00+07:00', 'Register begins');
    writeFiles(dir, { 'data/partners/shizuoka-city.yaml': SHIZUOKA.replace('Shizuoka', 'Shizuoka City'), 'data/agreements/ntb-shizuoka-city-2026.yaml': agreement().replace('[shizuoka]', '[shizuoka-city]') });
    commitAll(dir, SITI, '2026-02-10T10:00:00+07:00', 'Agreement with Shizuoka City');
    // An uncommitted change plays no part in --at.
    writeFiles(dir, { 'data/partners/uncommitted.yaml': SHIZUOKA });
    const first = git(dir, 'rev-parse', 'HEAD~1').trim();
    const checkout = join(tmp(), 'c');
    git(dir, 'worktree', 'add', '-q', '--detach', checkout, first);
    const formats: Array<[string, string[]]> = [['pkg', ['-f', 'datapackage']], ['k.sqlite', ['-f', 'sqlite']], ['k.sql', ['-f', 'sql']], ['k.pg.sql', ['-f', 'sql', '--dialect', 'postgres']]];
    const exportAll = async (cwd: string, o: string, extra: string[]): Promise<void> => {
      for (const [name, args] of formats) {
        const r = await runCli(['export', ...args, '--out', join(o, name), ...AS_OF, '--lang', 'en', ...extra], { cwd });
        expect(r.code, r.stderr).toBe(0);
      }
    };
    const files = (o: string): string[] => ['k.sqlite', 'k.sql', 'k.pg.sql', ...readdirSync(join(o, 'pkg')).sort().map((n) => `pkg/${n}`)];
    const [there, at, recorded, now] = [tmp(), tmp(), tmp(), tmp()];
    await exportAll(checkout, there, []);
    await exportAll(dir, at, ['--at', first]);
    await exportAll(dir, recorded, ['--recorded-as-of', '2026-01-31']);
    await exportAll(dir, now, ['--at', 'HEAD']);
    expect(files(at)).toEqual(files(there));
    for (const f of files(there)) expect(sha(join(at, f)), f).toBe(sha(join(there, f)));
    const meta = (o: string): Record<string, string> => Object.fromEntries(readCsv(join(o, 'pkg', 'meta.csv')).map((r) => [r['key'] as string, r['value'] as string]));
    expect(meta(at)['commit']).toBe(first.slice(0, 12));
    expect(meta(at)['recorded_as_of']).toBeUndefined();
    // --recorded-as-of 2026-01-31: the first commit, the same records, and the day it was asked for in meta, datapackage.json and the script's first line.
    expect(meta(recorded)).toEqual({ ...meta(at), recorded_as_of: '2026-01-31' });
    for (const f of files(there).filter((n) => /^pkg\/(agreements|partners|activities)\.csv$/.test(n))) expect(sha(join(recorded, f)), f).toBe(sha(join(at, f)));
    const descriptor = JSON.parse(readFileSync(join(recorded, 'pkg', 'datapackage.json'), 'utf8')) as { kerjasama: Record<string, unknown> };
    expect(descriptor.kerjasama).toMatchObject({ commit: first.slice(0, 12), recorded_as_of: '2026-01-31' });
    expect(readFileSync(join(recorded, 'k.pg.sql'), 'utf8').split('\n')[0]).toContain(`commit ${first.slice(0, 12)} (recorded as of 2026-01-31)`);
    expect(sqliteRows<{ value: string }>(join(recorded, 'k.sqlite'), "SELECT value FROM meta WHERE key = 'recorded_as_of'")).toEqual([{ value: '2026-01-31' }]);
    // HEAD holds the second agreement and not the uncommitted partner; the first commit neither.
    const ids = (o: string, table: string): string[] => readCsv(join(o, 'pkg', `${table}.csv`)).map((r) => r['id'] as string);
    expect(ids(now, 'agreements')).toContain('ntb-shizuoka-city-2026');
    expect(ids(at, 'agreements')).not.toContain('ntb-shizuoka-city-2026');
    expect(ids(now, 'partners')).not.toContain('uncommitted');
    // One of them, not both.
    const both = await runCli(['export', '-f', 'sql', '--out', '-', '--at', 'HEAD', '--recorded-as-of', '2026-01-31', '--lang', 'en'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--at and --recorded-as-of both choose the revision/);
    git(dir, 'worktree', 'remove', '--force', checkout);
  }, 300_000);
});

describe('datapackage.json', () => {
  it("kerjasama.yaml's publication: licences, sources, contributors and the Satu Data block; titles in --lang and both under i18n", async () => {
    const dir = makeRegister({
      'kerjasama.yaml': `name: Register Kerja Sama NTB\nowner: ntb\nlanguage: id\npublication:\n  licenses:\n    - { name: CC-BY-4.0, path: "https://creativecommons.org/licenses/by/4.0/", title: Creative Commons Attribution 4.0 }\n  sources:\n    - { title: Arsip Biro Pemerintahan Setda NTB }\n  satu_data:\n    producer: Biro Pemerintahan Setda Provinsi NTB\n    steward: Dinas Kominfotik Provinsi NTB\n    frequency: quarterly\n    region_code: '52'\n`,
    });
    const out = join(tmp(), 'pkg');
    expect((await runCli(['export', '--out', out, '--lang', 'en', ...AS_OF], { cwd: dir })).code).toBe(0);
    const d = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(d).toMatchObject({
      profile: 'tabular-data-package', name: 'kerjasama-ntb', title: 'Register Kerja Sama NTB', languages: ['en', 'id'],
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
      sources: [{ title: 'Arsip Biro Pemerintahan Setda NTB' }],
      contributors: [{ title: 'Biro Pemerintahan Setda Provinsi NTB', role: 'author' }, { title: 'Dinas Kominfotik Provinsi NTB', role: 'publisher' }],
      satu_data: { producer: 'Biro Pemerintahan Setda Provinsi NTB', steward: 'Dinas Kominfotik Provinsi NTB', frequency: 'quarterly', frequency_label: { en: 'quarterly', id: 'triwulanan' }, region_code: '52' },
      kerjasama: { as_of: '2026-11-22', tool: 'kerjasama', include_private: false },
    });
    const agreements = d.resources.find((r: { name: string }) => r.name === 'agreements');
    expect(agreements).toMatchObject({ title: 'Agreements', i18n: { en: { title: 'Agreements' }, id: { title: 'Perjanjian' } } });
    const inForce = agreements.schema.fields.find((f: { name: string }) => f.name === 'in_force');
    expect(inForce).toMatchObject({ type: 'boolean', title: 'in force', i18n: { id: { title: 'berlaku' } }, trueValues: ['true'], falseValues: ['false'] });
    expect(agreements.schema.fields.find((f: { name: string }) => f.name === 'category').constraints.enum).toEqual(['KSDD', 'KSDLL', 'KSDPK', 'KSDPL', 'PUSAT']);
    expect(agreements.schema.foreignKeys).toContainEqual({ fields: ['chain_id'], reference: { resource: '', fields: ['id'] } });
    expect(readCsv(join(out, 'meta.csv')).filter((r) => r['key']?.startsWith('publication.satu_data'))).toEqual([
      { key: 'publication.satu_data.producer', value: 'Biro Pemerintahan Setda Provinsi NTB' }, { key: 'publication.satu_data.steward', value: 'Dinas Kominfotik Provinsi NTB' },
      { key: 'publication.satu_data.frequency', value: 'quarterly' }, { key: 'publication.satu_data.region_code', value: '52' },
    ]);
    expect(await validatePackage(out)).toEqual([]);
    // A region code written as a number is a configuration error that says what to write.
    writeFileSync(join(dir, 'kerjasama.yaml'), 'name: R\npublication:\n  satu_data:\n    region_code: 52\n');
    const bad = await runCli(['export', '--out', join(tmp(), 'x'), '--lang', 'en', ...AS_OF], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("a Kemendagri region code in quotes, like '52'");
  });

  it("Satu Data's region code is the owner's own (owner_ids.kemendagri) when publication gives none", async () => {
    const dir = makeRegister({ 'kerjasama.yaml': "name: Register Kerja Sama NTB\nowner_ids:\n  kemendagri: '52'\npublication:\n  satu_data:\n    producer: Biro Pemerintahan Setda Provinsi NTB\n" });
    const out = join(tmp(), 'pkg');
    expect((await runCli(['export', '--out', out, '--lang', 'en', ...AS_OF], { cwd: dir })).code).toBe(0);
    const d = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(d.satu_data.region_code).toBe('52');
    expect(readCsv(join(out, 'meta.csv')).find((r) => r['key'] === 'publication.satu_data.region_code')).toEqual({ key: 'publication.satu_data.region_code', value: '52' });
    // Given in publication, that one is written.
    writeFileSync(join(dir, 'kerjasama.yaml'), "name: R\nowner_ids:\n  kemendagri: '52'\npublication:\n  satu_data:\n    region_code: '52.01'\n");
    const again = join(tmp(), 'pkg');
    expect((await runCli(['export', '--out', again, '--lang', 'en', ...AS_OF], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(again, 'datapackage.json'), 'utf8')).satu_data.region_code).toBe('52.01');
  });

  it('document_date, a field of the model: three columns with words in both languages, in every format', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA, 'data/agreements/a.yaml': agreement('document_date: 2017-10\n') });
    const out = tmp();
    for (const args of [['--out', join(out, 'pkg')], ['-f', 'sqlite', '--out', join(out, 'k.sqlite')]]) expect((await runCli(['export', ...args, '--lang', 'id', ...AS_OF], { cwd: dir })).code).toBe(0);
    const d = JSON.parse(readFileSync(join(out, 'pkg', 'datapackage.json'), 'utf8'));
    const fields = d.resources.find((r: { name: string }) => r.name === 'agreements').schema.fields;
    expect(fields.find((f: { name: string }) => f.name === 'document_date')).toMatchObject({ type: 'string', title: 'tanggal naskah (seperti tertulis)', i18n: { en: { title: 'document date (as written)' } } });
    expect(fields.find((f: { name: string }) => f.name === 'document_date_earliest')).toMatchObject({ type: 'date', title: 'tanggal naskah: hari paling awal' });
    expect(readCsv(join(out, 'pkg', 'agreements.csv'))[0]).toMatchObject({ document_date: '2017-10', document_date_earliest: '2017-10-01', document_date_latest: '2017-10-31' });
    if (SQLITE3) expect(sqliteRows(join(out, 'k.sqlite'), 'SELECT document_date, document_date_earliest, document_date_latest FROM agreements')).toEqual([{ document_date: '2017-10', document_date_earliest: '2017-10-01', document_date_latest: '2017-10-31' }]);
    const sql = (await runCli(['export', '-f', 'sql', '--dialect', 'postgres', '--out', '-', ...AS_OF], { cwd: dir })).stdout;
    expect(sql).toContain('"document_date_earliest" DATE');
  });

  it('the validator finds a broken package: a wrong type, a bad date, an unknown code, a duplicate key, a dangling reference', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA, 'data/agreements/a.yaml': agreement() });
    const out = join(tmp(), 'pkg');
    expect((await runCli(['export', '--out', out, ...AS_OF], { cwd: dir })).code).toBe(0);
    const file = join(out, 'agreements.csv');
    const good = readFileSync(file, 'utf8');
    const [head, first] = good.split('\r\n') as [string, string];
    expect(await validatePackage(out, ['agreements'])).toEqual([]);
    const cols = head.split(',');
    const edit = (col: string, value: string): string => {
      const cells = first.split(',');
      cells[cols.indexOf(col)] = value;
      return `${head}\r\n${cells.join(',')}\r\n`;
    };
    for (const [what, text] of [
      ['days_left not a whole number', edit('days_left', '12.5')],
      ['a day that does not exist', edit('end_day', '2022-02-30')],
      ['a category nobody has', edit('category', 'KSDXX')],
      ['the id twice', `${good}${first}\r\n`],
      ['a partner nobody has', edit('owner', 'nowhere')],
      ['a chain that is not an agreement', edit('chain_id', 'nowhere')],
    ] as const) {
      writeFileSync(file, text);
      expect((await validatePackage(out, ['agreements'])).length, what).toBeGreaterThan(0);
    }
  });
});

describe('hostile record text', () => {
  const HOSTILE = {
    title: "Robert'); DROP TABLE agreements; -- \\ \"kutip\" 名古屋",
    notes: "baris satu\n\\! touch PWNED-psql\n.shell touch PWNED-sqlite\n'); DELETE FROM partners; --\n\ttab, $$ dollar $$, :'var', E'\\x41'",
    partner: '=HYPERLINK("https://example.invalid/","klik")',
  };
  let dir: string;
  let out: string;
  beforeAll(async () => {
    dir = makeRegister({
      'data/partners/shizuoka.yaml': `name: ${JSON.stringify(HOSTILE.partner)}\ntype: foreign_subnational\ncountry: JP\n`,
      'data/agreements/a.yaml': `title: ${JSON.stringify(HOSTILE.title)}\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: active\neffective: 2017-11-02\nnotes: ${JSON.stringify(HOSTILE.notes)}\n`,
    });
    out = tmp();
    for (const args of [['--out', join(out, 'pkg')], ['-f', 'sqlite', '--out', join(out, 'k.sqlite')], ['-f', 'sql', '--out', join(out, 'k.sql')], ['-f', 'sql', '--dialect', 'postgres', '--out', join(out, 'k.pg.sql')]]) {
      const r = await runCli(['export', ...args, ...AS_OF], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
    }
  }, 120_000);

  it('CSV: the text as it is, but a formula starts with an apostrophe; the package still validates', async () => {
    const a = readCsv(join(out, 'pkg', 'agreements.csv'))[0];
    expect([a?.['title'], a?.['notes']]).toEqual([HOSTILE.title, HOSTILE.notes]);
    expect(readCsv(join(out, 'pkg', 'partners.csv')).find((p) => p['id'] === 'shizuoka')?.['name']).toBe(`'${HOSTILE.partner}`);
    expect(await validatePackage(join(out, 'pkg'))).toEqual([]);
  });

  it.skipIf(!SQLITE3)('sqlite3 reads every text back as written from the file and from the script, and runs nothing a record wrote', () => {
    const fromScript = join(out, 'from-script.sqlite');
    sqlite3(fromScript, '', { input: readFileSync(join(out, 'k.sql'), 'utf8') });
    for (const db of [join(out, 'k.sqlite'), fromScript]) {
      expect(sqliteRows(db, "SELECT a.title, a.notes, p.name FROM agreements a JOIN agreement_partners x ON x.agreement_id = a.id JOIN partners p ON p.id = x.partner_id")).toEqual([{ title: HOSTILE.title, notes: HOSTILE.notes, name: HOSTILE.partner }]);
      expect(sqliteRows(db, 'SELECT count(*) AS n FROM partners WHERE left_out = 0')[0]).toEqual({ n: 2 });
    }
    expect(readdirSync(out).filter((f) => f.startsWith('PWNED'))).toEqual([]);
    expect(existsSync('PWNED-sqlite')).toBe(false);
  });

  describe.skipIf(!PG_BIN || !PSQL)('PostgreSQL', () => {
    let pg: Postgres;
    beforeAll(async () => {
      pg = await startPostgres();
    }, 120_000);
    afterAll(() => pg?.stop());

    it('psql loads the dump and reads every text back as written; nothing a record wrote runs', () => {
      pg.load(join(out, 'k.pg.sql'), 'hostile');
      const md5 = (s: string): string => createHash('md5').update(s, 'utf8').digest('hex');
      expect(pg.query('hostile', "SELECT md5(a.title), md5(a.notes), md5(p.name) FROM agreements a JOIN partners p ON p.id = 'shizuoka'")).toEqual([[md5(HOSTILE.title), md5(HOSTILE.notes), md5(HOSTILE.partner)]]);
      expect(pg.query('hostile', 'SELECT count(*) FROM partners WHERE NOT left_out')).toEqual([['2']]);
      expect(existsSync('PWNED-psql')).toBe(false);
    });

    it('any text survives the trip through a PostgreSQL literal (fast-check strings, a NUL as U+FFFD)', async () => {
      const fc = (await import('fast-check')).default;
      const { stringLiteral } = await import('../../src/render/export/sql.js');
      const texts = fc.sample(fc.string({ unit: 'binary', maxLength: 30 }), { numRuns: 300, seed: 22 });
      const file = join(out, 'literals.sql');
      writeFileSync(file, `SET standard_conforming_strings = on;\nCREATE TABLE t (i integer, s text);\nINSERT INTO t VALUES\n${texts.map((s, i) => `(${i}, ${stringLiteral(s, 'postgres')})`).join(',\n')};\n`);
      pg.load(file, 'literals');
      const back = new Map(pg.query('literals', 'SELECT i, md5(s) FROM t').map(([i, h]) => [Number(i), h]));
      texts.forEach((s, i) => expect(back.get(i), JSON.stringify(s)).toBe(createHash('md5').update(s.replace(/\u0000/g, '\uFFFD'), 'utf8').digest('hex')));
    });
  });
});
