// CLI behaviours that golden files cannot show: files written by --output, options before the
// command, the language from the environment, and reports over a register with invalid records.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, makeRegister, runCli } from './helpers.js';

afterAll(cleanup);

const SHIZUOKA = 'name: Shizuoka\ntype: foreign_subnational\ncountry: JP\n';

describe('the CLI', () => {
  it('accepts global options before the command, like git -C', async () => {
    const dir = makeRegister({});
    const r = await runCli(['-C', dir, '--lang', 'id', 'validate', '--as-of', '2026-11-22'], { cwd: '/' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tidak ada masalah');
  });

  it('takes the language from LANG when neither --lang nor the config says', async () => {
    const dir = makeRegister({ 'kerjasama.yaml': 'name: No language\n' });
    const id = await runCli(['validate'], { cwd: dir, env: { LANG: 'id_ID.UTF-8' } });
    const en = await runCli(['validate'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(id.stdout).toContain('tidak ada masalah pada 1 berkas data');
    expect(en.stdout).toContain('no problems in 1 record file');
  });

  it('--output writes the file, refuses to overwrite it, and replaces it with --force', async () => {
    const dir = makeRegister({});
    const out = join(dir, 'report.json');
    const first = await runCli(['report', 'summary', '--format', 'json', '--as-of', '2026-11-22', '--output', 'report.json'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    // One line on stderr says what was written where, as export and site say theirs.
    expect(first.stderr).toBe('kerjasama: report summary written to report.json (json, as of 22 Nov 2026)\n');
    expect(JSON.parse(readFileSync(out, 'utf8')).report).toBe('summary');
    writeFileSync(out, 'keep me');
    const second = await runCli(['report', 'summary', '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const third = await runCli(['report', 'summary', '--format', 'json', '--output', 'report.json', '--force', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(third.code).toBe(0);
    expect(third.stderr).toBe('kerjasama: report summary ditulis ke report.json (json, per 22 Nov 2026)\n');
    // Answered from the run memo (the same inputs again): the same line.
    const memo = await runCli(['report', 'summary', '--format', 'json', '--output', 'report.json', '--force', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(memo.stderr).toBe(third.stderr);
    // A table to a file and a workbook say it too; stdout stays empty.
    const table = await runCli(['report', 'expiring', '--output', 'expiring.txt', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    expect([table.code, table.stdout, table.stderr]).toEqual([0, '', 'kerjasama: report expiring written to expiring.txt (table, as of 22 Nov 2026)\n']);
    const book = await runCli(['list', 'agreements', '--format', 'xlsx', '--output', 'list.xlsx', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    expect(book.stderr).toBe('kerjasama: list agreements written to list.xlsx (xlsx, as of 22 Nov 2026)\n');
    // To stdout (no --output, or -), nothing is said.
    expect((await runCli(['report', 'summary', '--output', '-', '--as-of', '2026-11-22'], { cwd: dir })).stderr).toBe('');
    expect(readFileSync(out, 'utf8')).not.toBe('keep me');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports leave out invalid records, say so on stderr, and exit 1 only with --strict', async () => {
    const dir = makeRegister({
      'data/partners/shizuoka.yaml': SHIZUOKA,
      'data/agreements/good.yaml': 'title: Good\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\neffective: 2022-01-01\nend: 2027-01-31\nstatus: active\n',
      'data/agreements/broken.yaml': 'title: Broken\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nend: 2027-01-15\nstatus: actve\n',
    });
    const r = await runCli(['report', 'expiring', '--format', 'json', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 record file has errors and was left out');
    expect(JSON.parse(r.stdout).agreements.map((a: { id: string }) => a.id)).toEqual(['good']);
    const strict = await runCli(['report', 'expiring', '--strict', '--as-of', '2026-11-22'], { cwd: dir });
    expect(strict.code).toBe(1);
  });

  it('a broken kerjasama.yaml stops every command with exit 2', async () => {
    const dir = makeRegister({ 'kerjasama.yaml': 'name: X\nthresholds: { max_term: forever }\n' });
    const r = await runCli(['report', 'expiring'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kerjasama.yaml has errors');
    expect(existsSync(join(dir, 'kerjasama.yaml'))).toBe(true);
  });
});

describe('timezone written as WIB, WITA or WIT', () => {
  afterAll(cleanup);
  it('kerjasama.yaml and init --timezone name the IANA zone an Indonesian clerk means', async () => {
    const dir = makeRegister({ 'kerjasama.yaml': 'name: Test register\nowner: ntb\nlanguage: en\ntimezone: WITA\n' });
    const v = await runCli(['validate'], { cwd: dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('hint: WITA is Asia/Makassar: write timezone: Asia/Makassar.');
    const id = await runCli(['validate', '--lang', 'id'], { cwd: dir });
    expect(id.stderr).toContain('saran: WITA adalah Asia/Makassar: tulis timezone: Asia/Makassar.');
    const init = await runCli(['init', 'reg', '--yes', '--name', 'Kota Mataram', '--language', 'en', '--timezone', 'wib'], { cwd: makeRegister({}, { bare: true }) });
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('not "wib"; did you mean Asia/Jakarta?');
  });

  it('the problems of kerjasama.yaml fit the terminal as validate\'s others do (COLUMNS=80)', async () => {
    const dir = makeRegister({ 'kerjasama.yaml': 'name: Test register\nowner: Test-Register-Owner\nlanguage: en\n' });
    const v = await runCli(['validate'], { cwd: dir, env: { COLUMNS: '80' } });
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('schema-pattern');
    expect(v.stderr.split('\n').filter((l) => !l.startsWith('kerjasama: ') && [...l].length > 80)).toEqual([]);
  });
});

describe('a record in a folder named in Indonesian', () => {
  afterAll(cleanup);
  it('file-misplaced names the folder its kind goes in (data/mitra/: data/partners/)', async () => {
    const dir = makeRegister({ 'data/mitra/kyoto.yaml': 'name: Kota Kyoto\ntype: foreign_subnational\ncountry: JP\n', 'data/kegiatan/2026/rapat.yaml': 'title: Rapat\n', 'data/catatan.yaml': 'x: 1\n' });
    const v = await runCli(['validate', '--format', 'json'], { cwd: dir });
    const hints = Object.fromEntries((JSON.parse(v.stdout) as { diagnostics: Array<{ file: string; hint: string }> }).diagnostics.map((d) => [d.file, d.hint]));
    expect(hints['data/mitra/kyoto.yaml']).toBe('Move it into data/partners/ (the folder decides the kind of record).');
    expect(hints['data/kegiatan/2026/rapat.yaml']).toBe('Move it into data/activities/ (the folder decides the kind of record).');
    expect(hints['data/catatan.yaml']).toBe('Move it into the folder for its kind of record (the folder decides the kind).');
  });
});

describe('a record whose file name is not a valid id', () => {
  afterAll(cleanup);
  it("id-invalid points at the record's id: line, else its first key, not at the schema comment on line 1", async () => {
    const MODELINE = '# yaml-language-server: $schema=../../schemas/partner.schema.json\n';
    const dir = makeRegister({
      'data/partners/Kota Kyoto.yaml': `${MODELINE}\nname: Kota Kyoto\ntype: foreign_subnational\ncountry: JP\n`,
      'data/partners/Kota Nara.yaml': `${MODELINE}# Kota Nara, Jepang\nid: Kota Nara\nname: Kota Nara\ntype: foreign_subnational\ncountry: JP\n`,
      'data/partners/Kota_Sakai.yaml': '',
    });
    const v = await runCli(['validate', '--format', 'json'], { cwd: dir });
    const at = (file: string): unknown => (JSON.parse(v.stdout) as { diagnostics: Array<{ code: string; file: string; line: number; column: number; endLine?: number }> }).diagnostics
      .filter((d) => d.code === 'id-invalid' && d.file === file).map((d) => ({ line: d.line, column: d.column, endLine: d.endLine }));
    expect(at('data/partners/Kota Kyoto.yaml')).toEqual([{ line: 3, column: 1, endLine: 3 }]);
    expect(at('data/partners/Kota Nara.yaml')).toEqual([{ line: 3, column: 1, endLine: 3 }]);
    // An empty file has nothing else to point at.
    expect(at('data/partners/Kota_Sakai.yaml')).toEqual([{ line: 1, column: 1, endLine: null }]);
    const human = await runCli(['validate'], { cwd: dir });
    expect(human.stdout).toMatch(/Kota Kyoto\.yaml:3:1/);
  });
});
