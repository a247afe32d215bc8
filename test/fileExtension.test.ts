// A record file saved with an extension an editor added (Notepad's .txt, Word's .docx: ntb-gimhae-mou.yaml.txt),
// or with spaces or dots after .yaml, is not read: kerjasama reads only names ending in .yaml or .yml. It is
// said (file-extension, a warning on the file, with the name to give it) wherever the register's files are
// listed: the working tree, the git index (--staged), a revision (--at), a bundle; and the run memo still
// keeps a result that has one.

import { existsSync, mkdtempSync, readdirSync, realpathSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atRest, CACHE_HOME, cleanup, gitRepo, makeRegister, runCli } from './helpers.js';
import { loadRegister, misnamedRecord } from '../src/load/load.js';
import { openBundle } from '../src/load/bundle.js';

afterAll(cleanup);

const MOU = 'title: NTB–Gimhae MoU\ncategory: KSDPL\ndocument_type: mou\npartners: [gimhae]\nstatus: draft\n';
const GIMHAE = 'name: Gimhae City\ntype: foreign_subnational\ncountry: KR\n';

/** Every name an editor makes of a record file, and two it does not (a backup, a text file). */
const FILES = {
  'data/partners/gimhae.yaml': GIMHAE,
  'data/agreements/ntb-gimhae-mou.yaml.txt': MOU,
  'data/agreements/ntb-gimhae-loi.YML.TXT': MOU,
  'data/agreements/ntb-gimhae-pks.yaml.docx': MOU,
  'data/agreements/ntb-gimhae-mou-2.yaml ': MOU,
  'data/agreements/ntb-gimhae-mou-3.yml..': MOU,
  'data/agreements/ntb-gimhae-mou-4.yaml.bak': MOU,
  'data/agreements/catatan.txt': 'not a record\n',
  'data/partners/gimhae.yaml.txt': GIMHAE,
};

const WANT = [
  ['data/agreements/ntb-gimhae-loi.YML.TXT', 'ntb-gimhae-loi.YML'],
  ['data/agreements/ntb-gimhae-mou-2.yaml ', 'ntb-gimhae-mou-2.yaml'],
  ['data/agreements/ntb-gimhae-mou-3.yml..', 'ntb-gimhae-mou-3.yml'],
  ['data/agreements/ntb-gimhae-mou.yaml.txt', 'ntb-gimhae-mou.yaml'],
  ['data/agreements/ntb-gimhae-pks.yaml.docx', 'ntb-gimhae-pks.yaml'],
  ['data/partners/gimhae.yaml.txt', 'gimhae.yaml'],
];

interface Diag { code: string; severity: string; file: string; line: number | null; message: string; hint?: string }
const json = async (dir: string, extra: string[] = []): Promise<{ code: number; diags: Diag[] }> => {
  const r = await runCli(['validate', '--format', 'json', '--as-of', '2026-11-22', ...extra], { cwd: dir });
  expect(r.code, r.stderr).toBeLessThan(2);
  return { code: r.code, diags: (JSON.parse(r.stdout) as { diagnostics: Diag[] }).diagnostics };
};
const extensionWarnings = (diags: Diag[]): Array<[string, string]> => diags.filter((d) => d.code === 'file-extension').map((d) => [d.file, d.severity]);

describe('misnamedRecord', () => {
  it('the name to give a record file an editor named, case as written; undefined for any other name', () => {
    expect(misnamedRecord('ntb-gimhae-mou.yaml.txt')).toEqual({ to: 'ntb-gimhae-mou.yaml', added: 'txt' });
    expect(misnamedRecord('x.Yml.Docx')).toEqual({ to: 'x.Yml', added: 'docx' });
    expect(misnamedRecord('x.yaml. . ')).toEqual({ to: 'x.yaml', added: 'trailing' });
    for (const name of ['x.yaml', 'x.yml', 'x.yaml.bak', 'x.txt', 'x.yaml.txt.txt', 'yaml.txt', 'x.yaml .txt', 'x.docx']) expect(misnamedRecord(name), name).toBeUndefined();
  });
});

describe('file-extension', () => {
  it('the working tree: a warning on each such file, at the file, naming the name to give it; the rest as before', async () => {
    const dir = makeRegister(FILES);
    const { code, diags } = await json(dir);
    expect(code).toBe(0);
    expect(extensionWarnings(diags)).toEqual(WANT.map(([f]) => [f, 'warning']));
    const mou = diags.find((d) => d.file === 'data/agreements/ntb-gimhae-mou.yaml.txt') as Diag;
    expect(mou.line).toBeNull();
    expect(mou.message).toContain('not read');
    expect(mou.hint).toContain('Rename it to ntb-gimhae-mou.yaml.');
    expect(mou.hint).toContain('Notepad');
    expect((diags.find((d) => d.file.endsWith('.docx')) as Diag).hint).toContain('Word');
    // gimhae.yaml is there already: the hint says to compare, not to rename over it.
    const taken = diags.find((d) => d.file === 'data/partners/gimhae.yaml.txt') as Diag;
    expect(taken.hint).toContain('gimhae.yaml is already there');
    expect(taken.hint).not.toContain('Rename it to');
    // The records they hold are not read: nothing else is said of them.
    expect(diags.filter((d) => d.code !== 'file-extension')).toEqual([]);
    expect(loadRegister(dir).dataset.agreements.size).toBe(0);
  });

  it('the name to give it is taken whatever its case, or by the record under .yml (one file on macOS and Windows; one id)', async () => {
    const files = {
      'data/partners/gimhae.yaml': GIMHAE,
      'data/partners/Gimhae.yaml.txt': GIMHAE,
      'data/agreements/ntb-gimhae-mou.yml': MOU,
      'data/agreements/ntb-gimhae-mou.YAML.txt': MOU,
    };
    for (const [dir, extra] of [[makeRegister(files), []], [gitRepo(files), ['--staged']]] as const) {
      const { diags } = await json(dir, [...extra]);
      const hint = (file: string): string => (diags.find((d) => d.code === 'file-extension' && d.file === file) as Diag).hint ?? '';
      expect(hint('data/partners/Gimhae.yaml.txt')).toBe('A file named gimhae.yaml is already there: compare the two, keep what is right in gimhae.yaml, and delete this one.');
      expect(hint('data/agreements/ntb-gimhae-mou.YAML.txt')).toBe('A file named ntb-gimhae-mou.yml is already there: compare the two, keep what is right in ntb-gimhae-mou.yml, and delete this one.');
    }
  });

  it('in Indonesian, as a clerk of the bureau writes', async () => {
    const dir = makeRegister({ 'data/agreements/ntb-gimhae-mou.yaml.txt': MOU });
    const r = await runCli(['validate', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(r.stdout).toContain('peringatan[file-extension]');
    expect(r.stdout).toContain('tidak dibaca');
    expect(r.stdout).toContain('Ganti nama berkas menjadi ntb-gimhae-mou.yaml.');
  });

  it('--staged and --at: the same warnings from git\'s listing as from the working tree', async () => {
    const dir = gitRepo(FILES);
    const tree = await json(dir, ['--no-cache']);
    const staged = await json(dir, ['--staged']);
    const at = await json(dir, ['--at', 'HEAD']);
    expect(extensionWarnings(staged.diags)).toEqual(WANT.map(([f]) => [f, 'warning']));
    expect(staged.diags).toEqual(tree.diags);
    expect(at.diags).toEqual(tree.diags);
  });

  it('a bundle: said in its manifest (left out, with the warning), and read back as the same warnings', async () => {
    const dir = makeRegister(FILES);
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-ext-')), 'register.tar.gz');
    const made = await runCli(['export', 'bundle', '--out', out, '--as-of', '2026-11-22'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', out, 'manifest.json'], { encoding: 'utf8' })) as { left_out: Array<{ path: string; stage: string; diagnostics: Array<{ code: string; severity: string }> }> };
    expect(manifest.left_out.map((l) => [l.path, l.stage, l.diagnostics[0]?.code, l.diagnostics[0]?.severity])).toEqual(WANT.map(([f]) => [f, 'list', 'file-extension', 'warning']));
    const opened = openBundle(out);
    const fromBundle = loadRegister(opened.source.root, { source: opened.source });
    expect(fromBundle.diagnostics).toEqual(loadRegister(dir).diagnostics);
    const v = await json(dir, ['--register', out]);
    expect(extensionWarnings(v.diags)).toEqual(WANT.map(([f]) => [f, 'warning']));
  });

  it('the run memo keeps a result with such a warning (outside git: keyed by the listing), and a rename is seen', async () => {
    const dir = makeRegister({ 'data/partners/gimhae.yaml': GIMHAE, 'data/agreements/ntb-gimhae-mou.yaml.txt': MOU });
    atRest(dir, new Date(Date.now() - 3600_000));
    const store = join(CACHE_HOME, 'kerjasama', 'registers', createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32));
    const first = await runCli(['validate', '--as-of', '2026-11-22'], { cwd: dir });
    expect(first.stdout).toContain('warning[file-extension]');
    expect(existsSync(join(store, 'validate.json'))).toBe(true);
    expect(readdirSync(store).some((n) => n.startsWith('output-'))).toBe(true);
    expect(await runCli(['validate', '--as-of', '2026-11-22'], { cwd: dir })).toEqual(first);
    // Renamed as the hint says: read, and the warning gone.
    renameSync(join(dir, 'data/agreements/ntb-gimhae-mou.yaml.txt'), join(dir, 'data/agreements/ntb-gimhae-mou.yaml'));
    const after = await json(dir);
    expect(after.diags).toEqual([]);
    expect(loadRegister(dir).dataset.agreements.has('ntb-gimhae-mou')).toBe(true);
  });
});

describe('a report on a register with a file not read', () => {
  it('says on stderr that it is not in the report, how many, and what its name ends in, in both languages', async () => {
    const dir = makeRegister({ 'data/partners/gimhae.yaml': GIMHAE, 'data/agreements/ntb-gimhae-mou.yaml.txt': MOU, 'data/agreements/ntb-gimhae-loi.yml.txt': MOU });
    const en = await runCli(['report', 'summary', '--as-of', '2026-11-22', '--no-cache'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stderr).toContain('kerjasama: 2 files under data/ are not read (their names end in ".yml.txt" rather than .yaml), so they are not in this report; run `kerjasama validate` for details.\n');
    const id = await runCli(['report', 'summary', '--as-of', '2026-11-22', '--no-cache', '--lang', 'id'], { cwd: dir });
    expect(id.stderr).toContain('kerjasama: 2 berkas di data/ tidak dibaca (namanya berakhiran ".yml.txt", bukan .yaml), jadi tidak masuk laporan ini; jalankan `kerjasama validate` untuk rinciannya.\n');
    // Said again when the run memo answers.
    atRest(dir, new Date(Date.now() - 3600_000));
    await new Promise((r) => setTimeout(r, 2100));
    const made = await runCli(['report', 'summary', '--as-of', '2026-11-22'], { cwd: dir });
    expect(await runCli(['report', 'summary', '--as-of', '2026-11-22'], { cwd: dir })).toEqual(made);
    expect(made.stderr).toContain('are not read');
  });
});

describe('a report on a register with a YAML file outside the record folders', () => {
  it('says on stderr that it is not in the report, in both languages', async () => {
    const dir = makeRegister({ 'data/partners/gimhae.yaml': GIMHAE, 'data/mitra/kota-gimhae.yaml': GIMHAE });
    const en = await runCli(['report', 'summary', '--as-of', '2026-11-22', '--no-cache'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stderr).toContain('kerjasama: 1 YAML file under data/ is not read (outside data/agreements, data/partners and data/activities, as "data/mitra/kota-gimhae.yaml"), so it is not in this report; run `kerjasama validate` for details.\n');
    const id = await runCli(['list', 'partners', '--as-of', '2026-11-22', '--no-cache', '--lang', 'id'], { cwd: dir });
    expect(id.stderr).toContain('kerjasama: 1 berkas YAML di data/ tidak dibaca (di luar data/agreements, data/partners dan data/activities, seperti "data/mitra/kota-gimhae.yaml"), jadi tidak masuk laporan ini;');
  });
});
