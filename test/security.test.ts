// Issue 13: safe against a hostile pull request, a hostile register and a failing disk. Each test here
// failed on the code before the issue was fixed.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { linePrompter } from '../src/cli/prompt.js';
import { cleanup, diagnosticsOf, git, gitRepo, makeRegister, REPO, runCli } from './helpers.js';

afterAll(cleanup);

const BIN = join(REPO, 'bin/kerjasama.js');
const MOU = 'title: NTB MoU\ncategory: KSDD\ndocument_type: mou\npartners: [ntb]\nstatus: draft\n';

describe('git runs with configuration that cannot execute anything', () => {
  it('a register\'s core.fsmonitor, clean filter and external diff never run', async () => {
    const dir = gitRepo({ 'data/agreements/ntb-mou.yaml': MOU, '.gitattributes': '*.yaml filter=evil diff=evil\n' });
    const marker = join(dir, 'PWNED');
    git(dir, 'config', 'core.fsmonitor', `touch ${marker}-fsmonitor; false`);
    git(dir, 'config', 'filter.evil.clean', `touch ${marker}-clean; cat`);
    git(dir, 'config', 'filter.evil.process', `touch ${marker}-process`);
    git(dir, 'config', 'diff.evil.command', `touch ${marker}-diff`);
    git(dir, 'config', 'diff.evil.textconv', `touch ${marker}-textconv; cat`);
    git(dir, 'config', 'diff.external', `touch ${marker}-external`);
    // A modified file, so that status and diff compare the working tree.
    writeFileSync(join(dir, 'data/agreements/ntb-mou.yaml'), MOU + 'notes: changed\n');
    for (const args of [['report', 'summary'], ['validate', '--changed-since', 'main'], ['diff', 'main'], ['report', 'expiring', '--format', 'json']]) {
      const r = await runCli([...args, '--as-of', '2026-11-22'], { cwd: dir });
      expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
    }
    expect(readdirSync(dir).filter((n) => n.startsWith('PWNED'))).toEqual([]);
  });

  it('nor when bin/kerjasama.js asks git before the CLI loads (issue 28, git asked early)', () => {
    const dir = gitRepo({ 'data/agreements/ntb-mou.yaml': MOU, '.gitattributes': '*.yaml filter=evil diff=evil\n' });
    const marker = join(dir, 'PWNED');
    git(dir, 'config', 'core.fsmonitor', `touch ${marker}-fsmonitor; false`);
    git(dir, 'config', 'filter.evil.clean', `touch ${marker}-clean; cat`);
    git(dir, 'config', 'filter.evil.process', `touch ${marker}-process`);
    writeFileSync(join(dir, 'data/agreements/ntb-mou.yaml'), MOU + 'notes: changed\n');
    const home = mkdtempSync(join(tmpdir(), 'kerjasama-early-'));
    // validate twice (the first leaves the mark that has the second asked early), then reports.
    for (const args of [['validate'], ['validate'], ['report', 'summary'], ['list', 'agreements'], ['show', 'ntb-mou']]) {
      const out = spawnSync(process.execPath, [BIN, ...args, '--as-of', '2026-11-22'], { cwd: dir, encoding: 'utf8', env: { ...process.env, KERJASAMA_CACHE_HOME: home, KERJASAMA_GIT_FILES: '0' } });
      expect([0, 1], `${args.join(' ')}: ${out.stderr}`).toContain(out.status);
    }
    expect(readdirSync(join(home, 'kerjasama', 'registers')).some((d) => existsSync(join(home, 'kerjasama', 'registers', d, 'git-early')))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('PWNED'))).toEqual([]);
    rmSync(home, { recursive: true, force: true });
  });

  it('a submodule\'s own clean filter never runs, even when .gitmodules asks git to look into it (issue 27)', async () => {
    // The submodule: a file under a filter its own configuration names.
    const sub = mkdtempSync(join(tmpdir(), 'kerjasama-sub-'));
    writeFileSync(join(sub, 'f.yaml'), 'x: 1\n');
    writeFileSync(join(sub, '.gitattributes'), '* filter=evil diff=evil\n');
    git(sub, 'init', '-q', '-b', 'main');
    git(sub, 'add', '-A');
    git(sub, 'commit', '-q', '-m', 'sub');
    const dir = gitRepo({ 'data/agreements/ntb-mou.yaml': MOU });
    git(dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'data/sub');
    // .gitmodules and the repository's configuration both ask status and diff to look into it.
    git(dir, 'config', '-f', '.gitmodules', 'submodule.data/sub.ignore', 'none');
    git(dir, 'config', 'submodule.data/sub.ignore', 'none');
    git(dir, 'commit', '-q', '-am', 'submodule');
    const marker = join(dir, 'PWNED');
    const subConfig = join(dir, '.git/modules/data/sub/config');
    git(dir, 'config', '-f', subConfig, 'filter.evil.clean', `touch ${marker}-clean; cat`);
    git(dir, 'config', '-f', subConfig, 'filter.evil.process', `touch ${marker}-process`);
    git(dir, 'config', '-f', subConfig, 'diff.evil.textconv', `touch ${marker}-textconv; cat`);
    git(dir, 'config', '-f', subConfig, 'core.fsmonitor', `touch ${marker}-fsmonitor; false`);
    for (const args of [['report', 'summary'], ['validate', '--changed-since', 'main'], ['diff', 'main'], ['validate', '--staged'], ['validate', '-f', 'sarif']]) {
      // The same size, another time: git must read the file (through its clean filter) to know it is unchanged.
      const old = new Date(Date.now() - 3_600_000 * (1 + Math.random()));
      utimesSync(join(dir, 'data/sub/f.yaml'), old, old);
      const r = await runCli([...args, '--as-of', '2026-11-22'], { cwd: dir });
      expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
      expect(readdirSync(dir).filter((n) => n.startsWith('PWNED')), args.join(' ')).toEqual([]);
    }
    // The same setup does run the filter for a plain `git status`: the test would catch a runner that forgot.
    utimesSync(join(dir, 'data/sub/f.yaml'), new Date(1e12), new Date(1e12));
    try {
      git(dir, 'status', '--porcelain');
    } catch {
      // the process filter is not a real one: git says so after running it
    }
    expect(readdirSync(dir).filter((n) => n.startsWith('PWNED')).length).toBeGreaterThan(0);
    rmSync(sub, { recursive: true, force: true });
  });
});

describe('only the register is read', () => {
  it('a record linked to .git/config is a diagnostic naming its path, and its contents are never echoed', async () => {
    const dir = gitRepo({});
    git(dir, 'config', 'http.extraheader', 'AUTHORIZATION: basic SECRET-TOKEN');
    symlinkSync('../../.git/config', join(dir, 'data/partners/x.yaml'));
    const r = await runCli(['validate', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.stdout).not.toContain('SECRET-TOKEN');
    expect(r.stdout).not.toContain('[core]');
    const diags = await diagnosticsOf(dir);
    expect(diags.map((d) => [d.code, d.file])).toContainEqual(['file-symlink-unsafe', 'data/partners/x.yaml']);
    expect(diags.find((d) => d.code === 'file-symlink-unsafe')?.message).toContain('.git');
  });

  it('kerjasama.yaml linked to .git/config (or /dev/zero, or a FIFO) is refused unread: no format echoes a line of it', async () => {
    const dir = gitRepo({});
    git(dir, 'config', 'http.extraheader', 'AUTHORIZATION: basic SECRET-TOKEN');
    rmSync(join(dir, 'kerjasama.yaml'));
    symlinkSync('.git/config', join(dir, 'kerjasama.yaml'));
    for (const args of [['validate'], ['validate', '-f', 'json'], ['validate', '-f', 'github'], ['validate', '-f', 'sarif'], ['validate', '-f', 'junit'], ['report', 'summary'], ['report', 'expiring', '-f', 'json'], ['list', 'agreements']]) {
      const r = await runCli([...args, '--as-of', '2026-11-22'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(dir, 'summary.md') } });
      const all = r.stdout + r.stderr + (existsSync(join(dir, 'summary.md')) ? readFileSync(join(dir, 'summary.md'), 'utf8') : '');
      expect(r.code, args.join(' ')).toBe(2);
      expect(all, args.join(' ')).not.toContain('SECRET-TOKEN');
      expect(all, args.join(' ')).not.toContain('extraheader');
      expect(all, args.join(' ')).not.toContain('[core]');
      expect(all, args.join(' ')).toContain('kerjasama.yaml');
    }
    const v = await runCli(['validate', '-f', 'json', '--as-of', '2026-11-22'], { cwd: dir });
    expect(v.stderr).toContain('file-symlink-unsafe');
    expect(v.stderr).toContain('.git/config');
    // A link to a device, and a FIFO: refused at once, never read (no hang, no memory exhausted).
    rmSync(join(dir, 'kerjasama.yaml'));
    symlinkSync('/dev/zero', join(dir, 'kerjasama.yaml'));
    const z = await runCli(['validate', '--as-of', '2026-11-22'], { cwd: dir });
    expect(z.code).toBe(2);
    rmSync(join(dir, 'kerjasama.yaml'));
    spawnSync('mkfifo', [join(dir, 'kerjasama.yaml')]);
    const f = await runCli(['validate', '-f', 'json', '--as-of', '2026-11-22'], { cwd: dir });
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('file-not-regular');
  });

  it('a folder under data/ linked out of the register is a diagnostic, not dropped without a word', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'kerjasama-elsewhere-'));
    writeFileSync(join(elsewhere, 'p.yaml'), 'name: P\ntype: ngo\ncountry: ID\n');
    const dir = makeRegister({});
    symlinkSync(elsewhere, join(dir, 'data/partners/more'));
    const diags = await diagnosticsOf(dir);
    expect(diags.map((d) => [d.code, d.file])).toContainEqual(['file-symlink-outside', 'data/partners/more']);
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('a linked folder inside data/, a link out of data/ and a linked data/ are diagnostics, never read', async () => {
    const dir = makeRegister({ 'outside-data/p.yaml': 'name: P\ntype: ngo\ncountry: ID\n', 'data/agreements/ntb-mou.yaml': MOU });
    symlinkSync('../agreements', join(dir, 'data/partners/again'));
    symlinkSync('../../outside-data/p.yaml', join(dir, 'data/partners/p.yaml'));
    const diags = await diagnosticsOf(dir);
    expect(diags.filter((d) => d.code === 'file-symlink-unsafe').map((d) => d.file).sort()).toEqual(['data/partners/again', 'data/partners/p.yaml']);
    const linked = makeRegister({}, { bare: true });
    writeFileSync(join(linked, 'kerjasama.yaml'), 'name: Test register\nowner: ntb\nlanguage: en\n');
    rmSync(join(linked, 'data'), { recursive: true });
    symlinkSync(join(dir, 'data'), join(linked, 'data'));
    expect((await diagnosticsOf(linked)).map((d) => [d.code, d.file])).toContainEqual(['file-symlink-unsafe', 'data']);
  });

  it('listed without an lstat per file (no cache): the same files and the same refusals as with one', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'kerjasama-elsewhere-'));
    writeFileSync(join(elsewhere, 'p.yaml'), 'name: P\ntype: ngo\ncountry: ID\n');
    const dir = gitRepo({ 'outside-data/p.yaml': 'name: P\ntype: ngo\ncountry: ID\n', 'data/agreements/ntb-mou.yaml': MOU });
    symlinkSync('../agreements', join(dir, 'data/partners/again'));
    symlinkSync('../../outside-data/p.yaml', join(dir, 'data/partners/p.yaml'));
    symlinkSync('../../.git/config', join(dir, 'data/partners/x.yaml'));
    symlinkSync(elsewhere, join(dir, 'data/partners/more'));
    symlinkSync(join(elsewhere, 'p.yaml'), join(dir, 'data/partners/out.yaml'));
    symlinkSync('/dev/null', join(dir, 'data/partners/null.yaml'));
    symlinkSync('nowhere.yaml', join(dir, 'data/partners/broken.yaml'));
    symlinkSync('ntb-mou.yaml', join(dir, 'data/agreements/same.yaml'));
    spawnSync('mkfifo', [join(dir, 'data/partners/fifo.yaml')]);
    mkdirSync(join(dir, 'data/partners/folder.yaml'));
    writeFileSync(join(dir, 'data/partners/folder.yaml/inner.yaml'), 'name: I\ntype: ngo\ncountry: ID\n');
    const { listRecordFiles } = await import('../src/load/load.js');
    const bare = (withStats: boolean): unknown[] => listRecordFiles(dir, withStats).map(({ size: _s, mtimeMs: _m, ctimeMs: _c, ino: _i, ...f }) => f);
    expect(bare(false)).toEqual(bare(true));
    expect(bare(false).length).toBeGreaterThan(8);
    // The CLI without the cache (the listing without lstat) and with it say the same, byte for byte.
    const home = mkdtempSync(join(tmpdir(), 'kerjasama-cachehome-'));
    const a = await runCli(['validate', '-f', 'json', '--no-cache', '--as-of', '2026-11-22'], { cwd: dir });
    const b = await runCli(['validate', '-f', 'json', '--as-of', '2026-11-22'], { cwd: dir, env: { KERJASAMA_CACHE_HOME: home } });
    expect(a.stdout).toContain('file-not-regular');
    expect(a.stdout).toContain('file-symlink-unsafe');
    expect(a.stdout).toBe(b.stdout);
    expect(a.code).toBe(b.code);
    rmSync(elsewhere, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  it('new never writes through a symlinked folder', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'kerjasama-elsewhere-'));
    const dir = makeRegister({});
    symlinkSync(elsewhere, join(dir, 'data/agreements'));
    const a = await runCli(['new', 'agreement', 'ntb-mou', '--title', 'T', '--category', 'KSDD', '--document-type', 'mou', '--partners', 'ntb', '--status', 'draft'], { cwd: dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('data/agreements');
    expect(a.stderr).toContain('symbolic link');
    expect(readdirSync(elsewhere)).toEqual([]);
    rmSync(elsewhere, { recursive: true, force: true });
  });
});

describe('prompts', () => {
  it('answers typed ahead, before the questions are asked, are all read', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const p = linePrompter(input, output, false);
    input.write('first\nsecond\n');
    await new Promise((r) => setTimeout(r, 20));
    expect(await p.ask('One? ')).toBe('first');
    await new Promise((r) => setTimeout(r, 20));
    expect(await p.ask('Two? ')).toBe('second');
    const third = p.ask('Three? ');
    input.write('third\n');
    expect(await third).toBe('third');
    input.end();
    await expect(p.ask('Four? ')).rejects.toThrow(/cancelled/);
    p.close();
  });
});

describe('a closed or full stdout', () => {
  it('a full stdout (/dev/full): a clear message, exit 2, no stack trace', (ctx) => {
    if (!existsSync('/dev/full')) ctx.skip();
    const out = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate --as-of 2026-11-22 --format json --lang en > /dev/full`], { cwd: REPO, encoding: 'utf8' });
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(out.stderr).toContain('could not write the output to stdout: no space left on the device');
    expect(out.status).toBe(2);
  });

  it('a full stdout in an Indonesian register (the example): the message in Indonesian', (ctx) => {
    if (!existsSync('/dev/full')) ctx.skip();
    const out = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate --as-of 2026-11-22 --format json > /dev/full`], { cwd: REPO, encoding: 'utf8' });
    expect(out.stderr).toBe('kerjasama: keluaran tidak dapat ditulis ke stdout: ruang penyimpanan habis\n');
    expect(out.status).toBe(2);
  });

  it('a closed pipe (output into head): quiet, with the command\'s own exit code', async () => {
    const dir = makeRegister({ 'data/agreements/ntb-mou.yaml': MOU.replace('partners: [ntb]', 'partners: [nowhere]') });
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `data/partners/p${i}.yaml`), `name: Partner ${i} with a long name to fill the output\ntype: ngo\ncountry: ID\nwebsite: not a url ${i}\n`);
    const child = spawn(process.execPath, [BIN, 'validate', '--as-of', '2026-11-22', '--format', 'json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});

describe('init and Ctrl-C', () => {
  it('Ctrl-C while init writes leaves nothing: no register, no staging folder', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'kerjasama-init-int-'));
    for (const existing of [false, true]) {
      const target = join(parent, existing ? 'existing' : 'new');
      if (existing) mkdirSync(target);
      const child = spawn(process.execPath, ['--import', join(REPO, 'test/fixtures/slow-writes.mjs'), BIN, 'init', target, '--yes', '--tool', '0.1.0'], {
        cwd: parent, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SLOW_WRITES_UNDER: parent },
      });
      let stderr = '';
      child.stderr.on('data', (b: Buffer) => {
        stderr += b.toString();
        if (stderr.includes('WRITING')) child.kill('SIGINT');
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(stderr).toContain('WRITING');
      expect(code).not.toBe(0);
      expect(stderr).not.toMatch(/\n\s+at /);
      // Nothing of the register, and no staging folder, beside or inside the target.
      expect(readdirSync(parent).sort()).toEqual(existing ? ['existing'] : []);
      if (existing) expect(readdirSync(target)).toEqual([]);
    }
    rmSync(parent, { recursive: true, force: true });
  });
});

describe('%YAML directives', () => {
  it('%YAML 1.1 is refused with a positioned diagnostic; %YAML 1.2 is read', async () => {
    const dir = makeRegister({
      'data/partners/old.yaml': '# an old file\n%YAML 1.1\n---\nname: Norway\ntype: foreign_national\ncountry: NO\n',
      'data/partners/new.yaml': '%YAML 1.2\n---\nname: New\ntype: ngo\ncountry: ID\n',
    });
    const diags = await diagnosticsOf(dir);
    expect(diags.map((d) => [d.code, d.file, d.line, d.column])).toEqual([['yaml-version', 'data/partners/old.yaml', 2, 1]]);
  });
});

describe('diff reads blobs in bounded batches', () => {
  it('a register read a few hundred bytes at a time gives what one read gives', async () => {
    const { gitSource } = await import('../src/load/gitSource.js');
    const { gitRegister, resolveRevision } = await import('../src/load/git.js');
    const { loadFrom } = await import('../src/load/load.js');
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`data/partners/p${i}.yaml`] = `name: Partner ${i}\ntype: ngo\ncountry: ID\n${i % 7 === 0 ? 'website: not a url\n' : ''}`;
    const dir = gitRepo(files);
    const repo = gitRegister(dir);
    const commit = resolveRevision(repo, 'main');
    const small = loadFrom(gitSource(repo, commit, 'main', 300));
    const one = loadFrom(gitSource(repo, commit, 'main'));
    expect(small.dataset.partners.size).toBe(35);
    expect([...small.dataset.partners.keys()]).toEqual([...one.dataset.partners.keys()]);
    expect(small.diagnostics).toEqual(one.diagnostics);
    expect(small.source('data/partners/p7.yaml')).toBe(files['data/partners/p7.yaml']);
  });
});

describe('private fields on the site (issue 27)', () => {
  it('an invalid contact is never quoted on the problems page, nor anywhere in the site, by any diagnostic', async () => {
    const dir = makeRegister({
      // A phone written as a number, an e-mail that is not one, a contact that is text, an unknown key
      // named by private text, a value not allowed: each would be quoted by its schema message.
      'data/partners/osaka.yaml': 'name: Osaka\ntype: foreign_subnational\ncountry: JP\ncontacts:\n  - name: Tanaka Hanako\n    phone: 81600007777\n    email: tanaka-at-secret.example\n  - "Sato Jiro 0812 9999"\n  - name: Kimura\n    SECRET-KEY-kimura@example.jp: 1\n',
      'data/partners/kyoto.yaml': 'name: Kyoto\ntype: foreign_subnational\ncountry: JP\ncontacts: "Yamada Taro, yamada@secret.example"\n',
    });
    const v = await runCli(['validate', '-f', 'json', '--as-of', '2026-11-22'], { cwd: dir });
    // validate itself still says what is wrong, for the register's own people.
    expect(v.stdout).toContain('81600007777');
    const r = await runCli(['site', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const site = join(dir, '_site');
    const all = walkFiles(site).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const secret of ['81600007777', 'tanaka-at-secret', 'Sato Jiro', '0812 9999', 'SECRET-KEY', 'kimura@example', 'Yamada', 'yamada@secret']) expect(all, secret).not.toContain(secret);
    const problems = readFileSync(join(site, 'en/problems.html'), 'utf8');
    expect(problems).toContain('data/partners/osaka.yaml');
    expect(problems).toContain('contacts[0]');
    expect(problems).toContain('a private field: its value is not published');
    expect(readFileSync(join(site, 'id/problems.html'), 'utf8')).toContain('kolom pribadi: nilainya tidak diterbitkan');
    // With --include-private the messages are whole again.
    expect((await runCli(['site', '--as-of', '2026-11-22', '--include-private'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(site, 'en/problems.html'), 'utf8')).toContain('81600007777');
  });
});

function walkFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walkFiles(p));
    else out.push(p);
  }
  return out;
}

describe('bidirectional controls on the site (issue 27)', () => {
  it('overrides and isolates in record text are shown visibly in every page and the search index, as on a terminal', async () => {
    const RLO = '\u202e';
    const dir = makeRegister({
      'data/partners/evil.yaml': `name: "Kota ${RLO}lave\u2066x\u2069 Jaya"\ntype: city\ncountry: ID\nnotes: "a\u202ab\u202cc\u2067d\u2068e"\n`,
      'data/agreements/evil-mou.yaml': `title: "MoU ${RLO}fdp.exe"\ncategory: KSDD\ndocument_type: mou\npartners: [evil]\nstatus: draft\n`,
    });
    expect((await diagnosticsOf(dir)).filter((d) => d.severity === 'error')).toEqual([]);
    const r = await runCli(['site', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const site = join(dir, '_site');
    const shown = walkFiles(site).filter((f) => f.endsWith('.html') || f.includes('search-index'));
    for (const f of shown) expect(readFileSync(f, 'utf8'), f).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const page = readFileSync(join(site, 'en/partners/evil.html'), 'utf8');
    expect(page).toContain('Kota \\u{202E}lave\\u{2066}x\\u{2069} Jaya');
    expect(page).toContain('a\\u{202A}b\\u{202C}c\\u{2067}d\\u{2068}e');
    expect(readFileSync(join(site, 'assets/search-index.en.js'), 'utf8')).toContain('MoU \\\\u{202E}fdp.exe');
  });
});

describe('output destinations (issue 27)', () => {
  const CSV = 'Mitra,Judul,Negara\nKota Surabaya,Kesepakatan Bersama,Indonesia\n';

  it('import --write-mapping X --force never replaces a FIFO, a link, a folder or a device: it says what X is', async () => {
    const dir = makeRegister({ 'in.csv': CSV });
    const elsewhere = mkdtempSync(join(tmpdir(), 'kerjasama-elsewhere-'));
    writeFileSync(join(elsewhere, 'precious.txt'), 'precious');
    spawnSync('mkfifo', [join(dir, 'fifo.yaml')]);
    symlinkSync(join(elsewhere, 'precious.txt'), join(dir, 'link.yaml'));
    symlinkSync('/dev/null', join(dir, 'null.yaml'));
    mkdirSync(join(dir, 'folder.yaml'));
    writeFileSync(join(dir, 'folder.yaml/inside'), 'x');
    for (const [name, kind] of [['fifo.yaml', 'FIFO'], ['link.yaml', 'symbolic link'], ['null.yaml', 'symbolic link'], ['folder.yaml', 'folder']]) {
      const r = await runCli(['import', 'in.csv', '--write-mapping', name as string, '--force'], { cwd: dir });
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toContain(kind);
    }
    expect(lstatSync(join(dir, 'fifo.yaml')).isFIFO()).toBe(true);
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(elsewhere, 'precious.txt'), 'utf8')).toBe('precious');
    expect(readFileSync(join(dir, 'folder.yaml/inside'), 'utf8')).toBe('x');
    // A regular file is replaced with --force, atomically.
    writeFileSync(join(dir, 'map.yaml'), 'old');
    expect((await runCli(['import', 'in.csv', '--write-mapping', 'map.yaml', '--force'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'map.yaml'), 'utf8')).toContain('columns:');
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('no output file goes among a register\'s records or over its kerjasama.yaml, even with --force', async () => {
    const dir = makeRegister({ 'in.csv': CSV });
    const record = readFileSync(join(dir, 'data/partners/ntb.yaml'), 'utf8');
    const config = readFileSync(join(dir, 'kerjasama.yaml'), 'utf8');
    for (const args of [
      ['report', 'summary', '--output', 'data/partners/ntb.yaml', '--force'],
      ['report', 'summary', '-f', 'json', '--output', 'kerjasama.yaml', '--force'],
      ['report', 'summary', '--output', 'data/summary.txt'],
      ['list', 'agreements', '-f', 'xlsx', '--output', 'data/agreements/list.xlsx'],
      ['validate', '--output', 'data/partners/ntb.yaml', '--force'],
      ['import', 'in.csv', '--write-mapping', 'data/partners/ntb.yaml', '--force'],
      ['import', 'in.csv', '--write-mapping', 'data/map.yaml'],
    ]) {
      const r = await runCli([...args, '--as-of', '2026-11-22'], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/register/);
    }
    expect(readFileSync(join(dir, 'data/partners/ntb.yaml'), 'utf8')).toBe(record);
    expect(readFileSync(join(dir, 'kerjasama.yaml'), 'utf8')).toBe(config);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['partners']);
    expect(readdirSync(join(dir, 'data/partners'))).toEqual(['ntb.yaml']);
    // Through a link to data/ as well.
    symlinkSync(join(dir, 'data/partners'), join(dir, 'out'));
    expect((await runCli(['report', 'summary', '--output', 'out/ntb.yaml', '--force', '--as-of', '2026-11-22'], { cwd: dir })).code).toBe(2);
    expect(readFileSync(join(dir, 'data/partners/ntb.yaml'), 'utf8')).toBe(record);
  });

  it('site --out never deletes records: not data/, not a folder in it, not one holding an earlier site\'s marker, not one holding a register', async () => {
    const dir = makeRegister({ 'data/agreements/ntb-mou.yaml': MOU });
    writeFileSync(join(dir, 'data/agreements/kerjasama-site.json'), '{}');
    const parent = mkdtempSync(join(tmpdir(), 'kerjasama-parent-'));
    mkdirSync(join(parent, 'registers/one/data'), { recursive: true });
    writeFileSync(join(parent, 'registers/one/kerjasama.yaml'), 'name: One\n');
    for (const out of ['data', 'data/partners', 'data/agreements', join(parent, 'registers')]) {
      for (const force of [[], ['--force']]) {
        const r = await runCli(['site', '--out', out, ...force, '--as-of', '2026-11-22'], { cwd: dir });
        expect(r.code, `${out} ${force.join(' ')}`).toBe(2);
        expect(r.stderr, out).toMatch(/register/);
      }
    }
    expect(readdirSync(join(dir, 'data/partners'))).toEqual(['ntb.yaml']);
    expect(readdirSync(join(dir, 'data/agreements')).sort()).toEqual(['kerjasama-site.json', 'ntb-mou.yaml']);
    expect(existsSync(join(parent, 'registers/one/kerjasama.yaml'))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes('staging'))).toEqual([]);
    rmSync(parent, { recursive: true, force: true });
  });
});

describe('where git is asked at all', () => {
  it('mayBeInGit: a folder with no repository above it asks git nothing; one in a repository, a subfolder of one, or GIT_DIR does', async () => {
    const { gitRegister, mayBeInGit } = await import('../src/load/git.js');
    const outside = mkdtempSync(join(tmpdir(), 'kerjasama-nogit-'));
    mkdirSync(join(outside, 'a', 'b'), { recursive: true });
    // tmpdir() is outside any repository on the machines the tests run on; if not, there is nothing to show.
    if (!mayBeInGit(outside)) {
      expect(mayBeInGit(join(outside, 'a', 'b'))).toBe(false);
      expect(() => gitRegister(join(outside, 'a', 'b'))).toThrow();
    }
    expect(mayBeInGit(outside, { GIT_DIR: '/somewhere' })).toBe(true);
    const repo = gitRepo({ 'data/partners/p.yaml': 'name: P\ntype: ngo\ncountry: ID\n' });
    mkdirSync(join(repo, 'sub', 'deeper'), { recursive: true });
    expect(mayBeInGit(repo)).toBe(true);
    expect(mayBeInGit(join(repo, 'sub', 'deeper'))).toBe(true);
    // gitRegister asks once for both answers, and gives the same as asking for each.
    const r = gitRegister(join(repo, 'sub'));
    expect(r.prefix).toBe('sub/');
    expect(r.top).toBe(git(repo, 'rev-parse', '--show-toplevel').trim());
    rmSync(outside, { recursive: true, force: true });
  });
});
