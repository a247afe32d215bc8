// The record cache (records.json in the user's cache folder): used on the next run, same output, a
// changed file re-read, invalidated by a changed kerjasama.yaml, --no-cache off, and a broken or
// unwritable cache silently ignored. And (issue 13) no cache content this machine did not write changes
// a verdict: a cache committed to the register, a symlinked cache, a forged or malformed one.

import { createHash, createHmac } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CODE_HASH_FILE, codeHash, computeCodeHash, writtenCodeHash } from '../src/load/cache.js';
import { schemaHash } from '../src/load/schemas.js';
import { loadRegister } from '../src/load/load.js';
import { VERSION } from '../src/cli/version.js';
import { atRest, CACHE_HOME, cleanup, git, gitRepo, makeRegister, REPO, runCli } from './helpers.js';

afterAll(cleanup);

/** The register's folder in the user cache folder (as cache.ts names it). */
const storeOf = (dir: string): string => join(CACHE_HOME, 'kerjasama', 'registers', createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32));
const CACHE = 'records.json';

/** A cache file's content (after its authentication line). */
function readStored(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return JSON.parse(text.slice(text.indexOf('\n') + 1));
}

/** Writes a cache file signed with this cache folder's key, as kerjasama itself would. */
function writeSigned(path: string, value: unknown): void {
  const key = readFileSync(join(CACHE_HOME, 'kerjasama', 'key'));
  const body = Buffer.from(JSON.stringify(value));
  writeFileSync(path, Buffer.concat([Buffer.from(createHmac('sha256', key).update(body).digest('hex') + '\n'), body]));
}

const JEPANG = 'name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\n';
const MOU = 'title: NTB–Shizuoka MoU\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: draft\n';

function register(): string {
  return makeRegister({ 'data/partners/shizuoka.yaml': JEPANG, 'data/agreements/ntb-shizuoka-mou.yaml': MOU });
}

const validate = (dir: string, extra: string[] = []) => runCli(['validate', '--as-of', '2026-11-22', ...extra], { cwd: dir });
const titleOf = async (dir: string, extra: string[] = []) =>
  (JSON.parse((await runCli(['show', 'ntb-shizuoka-mou', '--format', 'json', '--as-of', '2026-11-22', ...extra], { cwd: dir })).stdout) as { agreement?: { title?: string }; record?: { title?: string } });

/** Replaces the cached title of the agreement (signed with the key), to see whether a run reads the cache. */
function tamper(dir: string): void {
  const path = join(storeOf(dir), CACHE);
  const stored = readStored(path) as { entries: Record<string, { v: { title: string } }> };
  const e = stored.entries['data/agreements/ntb-shizuoka-mou.yaml'];
  if (!e) throw new Error('agreement not cached');
  e.v.title = 'FROM THE CACHE';
  writeSigned(path, stored);
}

describe('record cache', () => {
  it('is written in the user cache folder (never in the register), then read: same output', async () => {
    const dir = register();
    const first = await validate(dir);
    expect(existsSync(join(storeOf(dir), CACHE))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['data', 'kerjasama.yaml']);
    const second = await validate(dir);
    expect(second).toEqual(first);
    tamper(dir);
    expect(JSON.stringify(await titleOf(dir))).toContain('FROM THE CACHE');
  });

  it('--no-cache neither reads nor writes it', async () => {
    const dir = register();
    await validate(dir, ['--no-cache']);
    expect(existsSync(storeOf(dir))).toBe(false);
    await validate(dir);
    tamper(dir);
    expect(JSON.stringify(await titleOf(dir, ['--no-cache']))).not.toContain('FROM THE CACHE');
    expect(JSON.stringify(await titleOf(dir))).toContain('FROM THE CACHE');
  });

  it('is not trusted once kerjasama.yaml changes', async () => {
    const dir = register();
    await validate(dir);
    tamper(dir);
    writeFileSync(join(dir, 'kerjasama.yaml'), readFileSync(join(dir, 'kerjasama.yaml'), 'utf8') + '# changed\n');
    expect(JSON.stringify(await titleOf(dir))).not.toContain('FROM THE CACHE');
  });

  it('re-reads a changed file, and reports its new error with its position', async () => {
    const dir = register();
    expect((await validate(dir)).code).toBe(0);
    writeFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou.yaml'), MOU.replace('status: draft', 'status: drafted'));
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('data/agreements/ntb-shizuoka-mou.yaml:5:9');
    // And back: clean again, from a fresh read.
    writeFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou.yaml'), MOU);
    expect((await validate(dir)).code).toBe(0);
  });

  it('gives positions for cross-record problems in files answered by the cache', async () => {
    const dir = register();
    await validate(dir);
    // The partner disappears: the cached, unread agreement now has an unknown partner.
    rmSync(join(dir, 'data/partners/shizuoka.yaml'));
    const r = await validate(dir);
    expect(r.stdout).toContain('data/agreements/ntb-shizuoka-mou.yaml:4:');
    expect(r.stdout).toContain('partners: [shizuoka]');
  });

  it('ignores a corrupt cache, and one that cannot be written', async () => {
    const dir = register();
    const clean = await validate(dir, ['--no-cache']);
    await validate(dir);
    writeFileSync(join(storeOf(dir), CACHE), '{"format": 1, "key": "x", "entries": {"data/agreements/ntb-shizuoka-mou.yaml": 5}');
    expect(await validate(dir)).toEqual(clean);
    expect(readStored(join(storeOf(dir), CACHE))).toHaveProperty('entries');

    const blocked = register();
    const home = mkdtempSync(join(tmpdir(), 'kerjasama-blocked-'));
    writeFileSync(join(home, 'kerjasama'), 'a file where the folder should be');
    const env = { KERJASAMA_CACHE_HOME: home };
    expect(await runCli(['validate', '--as-of', '2026-11-22'], { cwd: blocked, env })).toEqual(clean);
    expect(await runCli(['validate', '--as-of', '2026-11-22'], { cwd: blocked, env })).toEqual(clean);
    rmSync(home, { recursive: true, force: true });
  });

  it('keeps a broken file\'s own diagnostics with their positions: an unchanged register is answered without parsing it (issue 28)', async () => {
    const rel = 'data/agreements/ntb-shizuoka-mou.yaml';
    const dir = atRest(makeRegister({ 'data/partners/shizuoka.yaml': JEPANG, [rel]: MOU.replace('status: draft', 'status: drafted') }));
    const first = await validate(dir, ['--format', 'json']);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('"line": 5');
    const path = join(storeOf(dir), CACHE);
    const stored = readStored(path) as { entries: Record<string, { v?: unknown; d?: Array<{ line: number; code: string }> }> };
    const e = stored.entries[rel];
    expect(e?.v).toBeUndefined();
    expect(e?.d?.map((d) => [d.code, d.line])).toEqual([['schema-enum', 5]]);
    // Without the run memo, from the record cache: the same output.
    const memo = join(storeOf(dir), 'validate.json');
    rmSync(memo);
    expect(await validate(dir, ['--format', 'json'])).toEqual(first);
    // It is read, not the file: a position changed in the cache (signed with its key) is what is said …
    (e?.d?.[0] as { line: number }).line = 99;
    writeSigned(path, stored);
    rmSync(memo);
    expect((await validate(dir, ['--format', 'json'])).stdout).toContain('"line": 99');
    // … and the same change not signed with the key (a tampered index) is refused: the file is read again.
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, '0'.repeat(64) + text.slice(64));
    rmSync(memo);
    expect(await validate(dir, ['--format', 'json'])).toEqual(first);
  });

  it('is never used by another version of the tool', () => {
    const dir = atRest(register());
    const home = CACHE_HOME;
    const title = (version: string): unknown => loadRegister(dir, { cache: { version, home } }).dataset.agreements.get('ntb-shizuoka-mou')?.data.title;
    expect(title('9.9.9')).toBe('NTB–Shizuoka MoU');
    tamper(dir);
    expect(title('9.9.9')).toBe('FROM THE CACHE');
    expect(title('9.9.10')).toBe('NTB–Shizuoka MoU');
  });

});

describe('run memo (validate.json in the user cache folder)', () => {
  const MEMO = 'validate.json';
  /** Files written now are "racy" and never trusted by time: date them an hour back, as files at rest are. */
  const age = (dir: string): void => void atRest(dir, new Date(Date.now() - 3600_000));
  const broken = (): string => makeRegister({
    'data/partners/shizuoka.yaml': '\uFEFFname: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\nwebsite: not a url\n',
    'data/partners/bin.yaml': new Uint8Array([0x6e, 0x00, 0x01]),
    'data/partners/big.yaml': 'notes: ' + 'x'.repeat(1_100_000) + '\n',
    'data/agreements/ntb-shizuoka-mou.yaml': 'title: T\ncategory: KSDPL\ndocument_type: mou\npartners: [shizouka]\nstatus: active\nend: 2020-01-01\n',
    'data/agreements/bad.yaml': 'title: [unclosed\n',
  });

  it('answers a second validate with exactly the first one\'s output, in every format', async () => {
    const dir = broken();
    age(dir);
    for (const format of ['stylish', 'json', 'junit', 'sarif', 'github']) {
      rmSync(storeOf(dir), { recursive: true, force: true });
      const first = await validate(dir, ['--format', format]);
      expect(existsSync(join(storeOf(dir), MEMO))).toBe(true);
      const second = await validate(dir, ['--format', format]);
      expect(second).toEqual(first);
      const uncached = await validate(dir, ['--format', format, '--no-cache']);
      expect(uncached).toEqual(first);
      // Without the memo, from the record cache: the binary, over-large, BOM and broken files' own
      // diagnostics and excerpts as they were (issue 28: every file's result is cached).
      rmSync(join(storeOf(dir), MEMO));
      expect(await validate(dir, ['--format', format])).toEqual(first);
    }
    // An empty file (no text to show) and a file of comments only, from the record cache too.
    writeFileSync(join(dir, 'data/partners/empty.yaml'), '');
    writeFileSync(join(dir, 'data/partners/comments.yaml'), '# nothing yet\n');
    age(dir);
    const want = await validate(dir, ['--no-cache']);
    await validate(dir);
    rmSync(join(storeOf(dir), MEMO));
    expect(await validate(dir)).toEqual(want);
  });

  it('sees an edit that keeps size and modification time (its change time moved), as git does', async () => {
    const dir = register();
    age(dir);
    expect((await validate(dir)).code).toBe(0);
    const file = join(dir, 'data/agreements/ntb-shizuoka-mou.yaml');
    const { mtime } = statSync(file);
    writeFileSync(file, MOU.replace('status: draft', 'status: drafx'));
    utimesSync(file, mtime, mtime);
    // Issue 13: the memo and the record cache both answered 0 here, even after other files changed.
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('schema-enum');
    writeFileSync(join(dir, 'data/partners/other.yaml'), 'name: Other\ntype: ngo\ncountry: ID\n');
    expect((await validate(dir)).code).toBe(1);
  });

  it('is not used for another as-of day, nor trusted for files written just before it', async () => {
    const dir = register();
    writeFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou.yaml'), MOU.replace('status: draft', 'status: active\nend: 2026-12-01'));
    age(dir);
    expect((await validate(dir)).stdout).not.toContain('status-contradicted');
    const later = await runCli(['validate', '--as-of', '2027-01-01'], { cwd: dir });
    expect(later.stdout).toContain('status-contradicted');
    // Fresh files: the memo is written but never trusted by their times.
    const fresh = register();
    await validate(fresh);
    const file = join(fresh, 'data/agreements/ntb-shizuoka-mou.yaml');
    const { mtime } = statSync(file);
    writeFileSync(file, MOU.replace('status: draft', 'status: drafx'));
    utimesSync(file, mtime, mtime);
    expect((await validate(fresh)).code).toBe(1);
  });
});

describe('outputs kept by the run memo (issue 28: a report on an unchanged register)', () => {
  const outputsOf = (dir: string): string[] => readdirSync(storeOf(dir)).filter((n) => n.startsWith('output-'));
  const summary = (dir: string, extra: string[] = []) => runCli(['report', 'summary', '--as-of', '2026-11-22', ...extra], { cwd: dir });
  /** The files' change times are now: only a memo written over two seconds later trusts them (cache.ts, racy). */
  const settle = async (dir: string): Promise<void> => {
    atRest(dir, new Date(Date.now() - 3600_000));
    await new Promise((r) => setTimeout(r, 2100));
  };
  /** Replaces the stdout of every kept output, signed with the key (or not), to see whether a run prints it. */
  function tamperOutputs(dir: string, signed = true): void {
    for (const name of outputsOf(dir)) {
      const path = join(storeOf(dir), name);
      const stored = readStored(path) as { output: { stdout: string } };
      stored.output.stdout = 'FROM THE MEMO\n';
      if (signed) writeSigned(path, stored);
      else writeFileSync(path, readFileSync(path, 'utf8').split('\n')[0] + '\n' + JSON.stringify(stored));
    }
  }

  it('prints a report made before for the same inputs, and only for the same inputs', async () => {
    const dir = register();
    await settle(dir);
    const first = await summary(dir);
    expect(first.code).toBe(0);
    expect(outputsOf(dir)).toHaveLength(1);
    tamperOutputs(dir);
    // It is what the second run prints: nothing was loaded.
    expect((await summary(dir)).stdout).toBe('FROM THE MEMO\n');
    // Not for another language, day, format, option or command; nor with --no-cache.
    for (const other of [['--lang', 'id'], ['--as-of', '2026-11-23'], ['--format', 'json'], ['--category', 'KSDPL'], ['--no-cache']]) {
      expect((await summary(dir, other)).stdout, other.join(' ')).not.toBe('FROM THE MEMO\n');
    }
    expect((await runCli(['report', 'expiring', '--as-of', '2026-11-22'], { cwd: dir })).stdout).not.toBe('FROM THE MEMO\n');
    expect((await runCli(['report', 'summary', '--as-of', '2026-11-22'], { cwd: dir, env: { COLUMNS: '60' } })).stdout).not.toBe('FROM THE MEMO\n');
    // Nor once a record changed.
    writeFileSync(join(dir, 'data/partners/other.yaml'), 'name: Other\ntype: ngo\ncountry: ID\n');
    const changed = await summary(dir);
    expect(changed.stdout).not.toBe('FROM THE MEMO\n');
    expect(changed).toEqual(await summary(dir, ['--no-cache']));
  });

  it('is refused when not signed with the key, and the report is made again', async () => {
    const dir = register();
    await settle(dir);
    const first = await summary(dir);
    tamperOutputs(dir, false);
    expect(await summary(dir)).toEqual(first);
  });

  it('names the commit of the moment: a new commit is not answered by the output kept before it', async () => {
    const dir = gitRepo({ 'data/partners/shizuoka.yaml': JEPANG, 'data/agreements/ntb-shizuoka-mou.yaml': MOU });
    await settle(dir);
    const json = async () => (JSON.parse((await summary(dir, ['--format', 'json'])).stdout) as { commit?: string }).commit;
    const before = await json();
    expect(before).toBe(git(dir, 'rev-parse', '--short=12', 'HEAD').trim());
    expect(await json()).toBe(before);
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'second');
    const after = await json();
    expect(after).toBe(git(dir, 'rev-parse', '--short=12', 'HEAD').trim());
    expect(after).not.toBe(before);
    // git is asked while the files are listed: an uncommitted change is still said, then the commit that takes it.
    writeFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou.yaml'), MOU.replace('status: draft', 'status: negotiating'));
    await settle(dir);
    expect(await json()).toBe(`${after}+changes`);
    expect(await json()).toBe(`${after}+changes`);
    git(dir, 'commit', '-q', '-am', 'third');
    await settle(dir);
    const third = await json();
    expect(third).toBe(git(dir, 'rev-parse', '--short=12', 'HEAD').trim());
    expect(third).not.toBe(after);
  });

  it('in git, takes git\'s word for what is unchanged, and binds what git says differs by its own times', async () => {
    const dir = gitRepo({ 'data/partners/shizuoka.yaml': JEPANG, 'data/agreements/ntb-shizuoka-mou.yaml': MOU, '.gitignore': 'data/partners/private.yaml\n' });
    const file = join(dir, 'data/agreements/ntb-shizuoka-mou.yaml');
    /** Two runs after the files settle: the first may make the report, the second is the memo's; both are the report made afresh. */
    const agree = async (): Promise<void> => {
      await settle(dir);
      const made = await summary(dir, ['--format', 'json']);
      expect(made.stdout).not.toBe('FROM THE MEMO\n');
      expect(await summary(dir, ['--format', 'json'])).toEqual(made);
      expect(made).toEqual(await summary(dir, ['--format', 'json', '--no-cache']));
      tamperOutputs(dir);
      expect((await summary(dir, ['--format', 'json'])).stdout).toBe('FROM THE MEMO\n');
    };
    await agree();
    // A file touched, its bytes unchanged: git says unchanged, so the memo answers, where a listing's times would not.
    const now = new Date();
    utimesSync(file, now, now);
    await settle(dir);
    expect((await summary(dir, ['--format', 'json'])).stdout).toBe('FROM THE MEMO\n');
    // Changed and not committed; changed again; a new file git does not track; one it ignores; a rename.
    writeFileSync(file, MOU.replace('status: draft', 'status: negotiating'));
    await agree();
    expect((JSON.parse((await summary(dir, ['--format', 'json', '--no-cache'])).stdout) as { commit?: string }).commit).toMatch(/\+changes$/);
    writeFileSync(file, MOU.replace('status: draft', 'status: signed\nsigned_date: 2026-01-05'));
    await agree();
    writeFileSync(join(dir, 'data/partners/other.yaml'), 'name: Other\ntype: ngo\ncountry: ID\n');
    await agree();
    writeFileSync(join(dir, 'data/partners/private.yaml'), 'name: Private\ntype: ngo\ncountry: ID\n');
    await agree();
    writeFileSync(join(dir, 'data/partners/private.yaml'), 'name: Private\ntype: company\ncountry: ID\n');
    await agree();
    git(dir, 'add', '-A');
    git(dir, 'mv', 'data/partners/other.yaml', 'data/partners/lain.yaml');
    await agree();
    git(dir, 'commit', '-q', '-m', 'second');
    await agree();
    rmSync(join(dir, 'data/partners/lain.yaml'));
    await agree();
  }, 60_000);

  it('in git, keeps no output made from a listing with a link: where it leads is not in git\'s word', async () => {
    const dir = gitRepo({ 'data/partners/shizuoka.yaml': JEPANG, 'data/agreements/ntb-shizuoka-mou.yaml': MOU, 'outside.yaml': MOU });
    symlinkSync('../../outside.yaml', join(dir, 'data/agreements/linked.yaml'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'link');
    await settle(dir);
    const first = await summary(dir);
    expect(await summary(dir)).toEqual(first);
    expect(existsSync(storeOf(dir)) ? outputsOf(dir) : []).toHaveLength(0);
    // A file the listing only warns of (an editor's .txt after .yaml) is in git's word like any other: kept.
    const named = gitRepo({ 'data/partners/shizuoka.yaml': JEPANG, 'data/agreements/ntb-shizuoka-mou.yaml.txt': MOU });
    await settle(named);
    const warned = await summary(named);
    expect(outputsOf(named)).toHaveLength(1);
    tamperOutputs(named);
    expect((await summary(named)).stdout).toBe('FROM THE MEMO\n');
    expect(warned.stdout).not.toBe('FROM THE MEMO\n');
  }, 30_000);

  it('in git, sees an edit that keeps size and modification time, whatever .git/config says of looking at less', async () => {
    const dir = gitRepo({ 'data/partners/shizuoka.yaml': JEPANG, 'data/agreements/ntb-shizuoka-mou.yaml': MOU });
    git(dir, 'config', 'core.checkStat', 'minimal');
    git(dir, 'config', 'core.trustctime', 'false');
    git(dir, 'config', 'core.ignoreStat', 'true');
    const file = join(dir, 'data/agreements/ntb-shizuoka-mou.yaml');
    await settle(dir);
    git(dir, 'update-index', '--refresh');
    const before = await summary(dir, ['--format', 'json']);
    expect(await summary(dir, ['--format', 'json'])).toEqual(before);
    const { mtime } = statSync(file);
    writeFileSync(file, MOU.replace('status: draft', 'status: drafx'));
    utimesSync(file, mtime, mtime);
    await new Promise((r) => setTimeout(r, 2100));
    const after = await summary(dir, ['--format', 'json']);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await summary(dir, ['--format', 'json', '--no-cache']));
  }, 30_000);

  it('in git, validate takes git\'s word too: its kept list and its whole result', async () => {
    const dir = gitRepo({ 'data/partners/shizuoka.yaml': JEPANG, 'data/agreements/ntb-shizuoka-mou.yaml': MOU });
    const file = join(dir, 'data/agreements/ntb-shizuoka-mou.yaml');
    // validate asks git unless the last run found the register small (under KERJASAMA_GIT_FILES files, 5,000 by default).
    const check = async (extra: string[] = []) => runCli(['validate', '--as-of', '2026-11-22', ...extra], { cwd: dir, env: { KERJASAMA_GIT_FILES: '0' } });
    const agree = async (): Promise<void> => {
      await settle(dir);
      for (const extra of [[], ['--format', 'json']]) {
        const made = await check(extra);
        expect(await check(extra)).toEqual(made);
        expect(made).toEqual(await validate(dir, [...extra, '--no-cache']));
      }
      tamperOutputs(dir);
      expect((await check()).stdout).toBe('FROM THE MEMO\n');
    };
    await agree();
    const now = new Date();
    utimesSync(file, now, now);
    await settle(dir);
    expect((await check()).stdout).toBe('FROM THE MEMO\n');
    // A small register (as the count kept says) is listed instead: the touched file is then seen as new.
    expect((await validate(dir)).stdout).not.toBe('FROM THE MEMO\n');
    writeFileSync(file, MOU.replace('status: draft', 'status: drafx'));
    await agree();
    expect((await check()).code).toBe(1);
    writeFileSync(file, MOU);
    await agree();
    expect((await check()).code).toBe(0);
  }, 60_000);

  it('in git, the second validate is answered by the memo whether git or the listing will be asked next', async () => {
    for (const env of [{}, { KERJASAMA_GIT_FILES: '0' }] as Array<Record<string, string>>) {
      const dir = gitRepo({ 'data/partners/shizuoka.yaml': JEPANG, 'data/agreements/ntb-shizuoka-mou.yaml': MOU });
      await settle(dir);
      const run = () => runCli(['validate', '--as-of', '2026-11-22'], { cwd: dir, env });
      await run();
      tamperOutputs(dir);
      expect((await run()).stdout).toBe('FROM THE MEMO\n');
    }
  }, 30_000);

  it('asks git nothing for a register outside git, its report made or answered', () => {
    // A git that says "not a repository" and writes down each question, first on the PATH of the built CLI.
    const dir = register();
    const bin = mkdtempSync(join(tmpdir(), 'kerjasama-fake-git-'));
    const log = join(bin, 'asked');
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$1 $2 $3" >> '${log}'\necho 'fatal: not a git repository' >&2\nexit 128\n`, { mode: 0o755 });
    const home = mkdtempSync(join(tmpdir(), 'kerjasama-cache-home-'));
    const r = spawnSync(process.execPath, [join(REPO, 'bin/kerjasama.js'), 'report', 'summary', '--as-of', '2026-11-22'], { cwd: dir, env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, KERJASAMA_CACHE_HOME: home, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    // No .git above the folder: git could not answer, so it is not started at all.
    expect(existsSync(log)).toBe(false);
    rmSync(bin, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  it('prints validate\'s list of the whole register made before, and only that list', async () => {
    const dir = register();
    await settle(dir);
    const first = await validate(dir);
    expect(outputsOf(dir)).toHaveLength(1);
    tamperOutputs(dir);
    expect((await validate(dir)).stdout).toBe('FROM THE MEMO\n');
    // Not another format, nor part of the register, nor --quiet, nor without the cache.
    for (const other of [['--format', 'json'], ['data/partners'], ['-q'], ['--no-cache'], ['--lang', 'id']]) {
      expect((await validate(dir, other)).stdout, other.join(' ')).not.toBe('FROM THE MEMO\n');
    }
    // In GitHub Actions (the annotations follow the list): made again.
    expect((await runCli(['validate', '--as-of', '2026-11-22'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } })).stdout).not.toBe('FROM THE MEMO\n');
    expect(first.stdout).not.toBe('FROM THE MEMO\n');
  });

  it('keeps at most 24 outputs for a register', async () => {
    const dir = register();
    await settle(dir);
    for (let i = 0; i < 26; i++) await summary(dir, ['--as-of', `2026-11-${String(i + 1).padStart(2, '0')}`, '--format', 'json']);
    expect(outputsOf(dir).length).toBe(24);
  }, 60_000);
});

describe('no cache content this machine did not write changes a verdict (issue 13)', () => {
  /**
   * The cache key as kerjasama 0.1.0 computed it (format 1): config bytes, version, schemas, and the names,
   * sizes and times of the loader's and the model's modules. Anyone with the same install (a container
   * image, a tarball unpacked with its times) computes the same key, so a pull request could commit a
   * .kerjasama-cache/records.json that the tool trusted.
   */
  function oldKey(config: Buffer): string {
    const h = createHash('sha1');
    h.update(`kerjasama-cache 1 ${VERSION}\n`);
    h.update(config);
    h.update(`\nschemas ${schemaHash()}`);
    for (const dir of [join(REPO, 'src/load'), join(REPO, 'src/model')]) {
      for (const name of readdirSync(dir).sort()) {
        const st = statSync(join(dir, name));
        h.update(`\n${name} ${st.size} ${st.mtimeMs}`);
      }
    }
    return h.digest('hex');
  }
  const BROKEN = MOU.replace('status: draft', 'status: drafted');

  /** Commits a forged cache into the register: the broken file's hash mapped to the clean value. */
  function poison(dir: string, entries: Record<string, unknown>, extra: Record<string, unknown> = {}): void {
    mkdirSync(join(dir, '.kerjasama-cache'), { recursive: true });
    const config = readFileSync(join(dir, 'kerjasama.yaml'));
    writeFileSync(join(dir, '.kerjasama-cache', 'records.json'), JSON.stringify({ format: 1, key: oldKey(config), entries, ...extra }));
  }
  const sha1 = (s: string): string => createHash('sha256').update(s).digest('hex');
  const REL = 'data/agreements/ntb-shizuoka-mou.yaml';
  const cleanValue = { title: 'NTB–Shizuoka MoU', category: 'KSDPL', document_type: 'mou', partners: ['shizuoka'], status: 'draft' };

  it('a committed .kerjasama-cache mapping a broken file to a clean value is not read', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': JEPANG, [REL]: BROKEN });
    poison(dir, { [REL]: { h: sha1(BROKEN), s: -1, m: -1, v: cleanValue } });
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('schema-enum');
  });

  it('configClean: true in a committed cache does not skip the check of kerjasama.yaml', async () => {
    const dir = makeRegister({ 'kerjasama.yaml': 'name: Test register\nowner: ntb\nlanguage: en\ncolour: blue\n', 'data/partners/shizuoka.yaml': JEPANG, [REL]: MOU });
    poison(dir, {}, { configClean: true });
    const r = await validate(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kerjasama.yaml has errors');
  });

  it('a cache with the right key and malformed values is absent, not an internal error', async () => {
    const dir = register();
    const bytes = readFileSync(join(dir, REL), 'utf8');
    poison(dir, { [REL]: { h: sha1(bytes), s: -1, m: -1, v: 5 }, 'data/partners/shizuoka.yaml': { h: sha1(JEPANG), s: -1, m: -1, v: null } });
    const r = await validate(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // And in the user cache folder: a file signed with the key but of the wrong shape is absent too.
    await validate(dir);
    const path = join(storeOf(dir), CACHE);
    const stored = readStored(path) as { entries: Record<string, { v: unknown }> };
    for (const e of Object.values(stored.entries)) e.v = 5;
    writeSigned(path, stored);
    const again = await runCli(['report', 'summary', '--format', 'json', '--as-of', '2026-11-22'], { cwd: dir });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
  });

  it('a forged file in the user cache folder (not signed with its key) is absent', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': JEPANG, [REL]: MOU });
    await validate(dir);
    writeFileSync(join(dir, REL), BROKEN);
    const path = join(storeOf(dir), CACHE);
    const stored = readStored(path) as { entries: Record<string, { h: string }> };
    const e = stored.entries[REL];
    if (!e) throw new Error('not cached');
    e.h = sha1(BROKEN);
    writeFileSync(path, '0'.repeat(64) + '\n' + JSON.stringify(stored));
    expect((await validate(dir)).code).toBe(1);
  });

  it('a committed .kerjasama-cache symlink is never followed nor written through', async () => {
    const dir = register();
    const elsewhere = mkdtempSync(join(tmpdir(), 'kerjasama-elsewhere-'));
    symlinkSync(elsewhere, join(dir, '.kerjasama-cache'));
    expect((await validate(dir)).code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('a symlinked cache folder in the user cache folder is not used', async () => {
    const home = mkdtempSync(join(tmpdir(), 'kerjasama-home-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'kerjasama-elsewhere-'));
    symlinkSync(elsewhere, join(home, 'kerjasama'));
    const dir = register();
    const r = await runCli(['validate', '--as-of', '2026-11-22'], { cwd: dir, env: { KERJASAMA_CACHE_HOME: home } });
    expect(r.code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
    rmSync(home, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('the code hash the build wrote is taken only while every code file has its size and time (or npm\'s one time)', () => {
    const top = mkdtempSync(join(tmpdir(), 'ks-code-'));
    mkdirSync(join(top, 'load'));
    writeFileSync(join(top, 'load', 'a.js'), 'export const a = 1;\n');
    writeFileSync(join(top, 'b.json'), '{}\n');
    utimesSync(join(top, 'b.json'), new Date('2026-01-01'), new Date('2026-01-01'));
    const written = computeCodeHash(top);
    writeFileSync(join(top, CODE_HASH_FILE), JSON.stringify(written));
    expect(writtenCodeHash(top)).toBe(written.hash);
    // The same size, another content and time (a partial rebuild): the written hash is not taken.
    writeFileSync(join(top, 'load', 'a.js'), 'export const a = 2;\n');
    expect(writtenCodeHash(top)).toBeUndefined();
    expect(computeCodeHash(top).hash).not.toBe(written.hash);
    // Installed by npm: every file has one time; the sizes still decide.
    writeFileSync(join(top, 'load', 'a.js'), 'export const a = 1;\n');
    const npmTime = new Date('1985-10-26T08:15:00Z');
    for (const f of ['load/a.js', 'b.json']) utimesSync(join(top, f), npmTime, npmTime);
    expect(writtenCodeHash(top)).toBe(written.hash);
    // A file added: not taken.
    writeFileSync(join(top, 'c.js'), '');
    utimesSync(join(top, 'c.js'), npmTime, npmTime);
    expect(writtenCodeHash(top)).toBeUndefined();
    rmSync(top, { recursive: true, force: true });
  });

  it('the key covers the contents of the tool\'s code, not its file times', () => {
    expect(codeHash()).toMatch(/^[0-9a-f]{64}$/);
    // The same call twice is one hash (it is computed once per process).
    expect(codeHash()).toBe(codeHash());
  });

  it('a cached file made unreadable is unreadable on the next run (as an ordinary user)', (ctx) => {
    const uid = typeof process.getuid === 'function' ? process.getuid() : -1;
    // Root reads anything: run the real binary as nobody when this is root, else as this user.
    const asUser = uid === 0 ? { uid: 65534, gid: 65534 } : {};
    const canRun = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(join(REPO, 'dist/cli/run.js'))})`], asUser);
    if (canRun.status !== 0) return ctx.skip('the user nobody cannot read this checkout (a parent folder is private), so the test cannot run as an ordinary user');
    const dir = register();
    // Files at rest (an hour old), so that a cache may trust them by their metadata.
    const past = new Date(Date.now() - 3600_000);
    for (const f of ['kerjasama.yaml', 'data/partners/ntb.yaml', 'data/partners/shizuoka.yaml', REL]) utimesSync(join(dir, f), past, past);
    const home = mkdtempSync(join(tmpdir(), 'kerjasama-home-'));
    for (const p of [dir, home]) chmodSync(p, 0o777);
    for (const p of ['data', 'data/partners', 'data/agreements']) chmodSync(join(dir, p), 0o777);
    const run = () => spawnSync(process.execPath, [join(REPO, 'bin/kerjasama.js'), 'validate', '--as-of', '2026-11-22', '--format', 'json'], { cwd: dir, env: { ...process.env, KERJASAMA_CACHE_HOME: home, NO_COLOR: '1' }, encoding: 'utf8', ...asUser });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    chmodSync(join(dir, REL), 0o000);
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stdout).toContain('file-unreadable');
    chmodSync(join(dir, REL), 0o644);
    rmSync(home, { recursive: true, force: true });
  });
});

describe('the cache folder on a fresh account and a full disk (issue 27)', () => {
  const BIN = join(REPO, 'bin/kerjasama.js');
  const files = { 'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n' };

  it('is made when ~/.cache does not exist yet (private to the user), and used from then on', async () => {
    const home = mkdtempSync(join(tmpdir(), 'kerjasama-home-'));
    const dir = atRest(makeRegister(files));
    const env = { KERJASAMA_CACHE_HOME: '', HOME: home };
    expect(existsSync(join(home, '.cache'))).toBe(false);
    const first = await runCli(['validate', '--as-of', '2026-11-22'], { cwd: dir, env });
    expect(first.code).toBe(0);
    const folder = join(home, '.cache/kerjasama');
    expect(existsSync(folder)).toBe(true);
    expect(statSync(join(home, '.cache')).mode & 0o077).toBe(0);
    const registers = readdirSync(join(folder, 'registers'));
    expect(registers).toHaveLength(1);
    expect(readdirSync(join(folder, 'registers', registers[0] as string)).length).toBeGreaterThan(0);
    rmSync(home, { recursive: true, force: true });
  });

  it('leaves no temporary file behind on a full disk, whether the key or the cache cannot be written', () => {
    const home = mkdtempSync(join(tmpdir(), 'kerjasama-home-'));
    const dir = atRest(makeRegister(files));
    const run = (): ReturnType<typeof spawnSync> => spawnSync(process.execPath, ['--import', join(REPO, 'test/fixtures/full-disk.mjs'), BIN, 'validate', '--as-of', '2026-11-22'], {
      cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, KERJASAMA_CACHE_HOME: home, FULL_DISK_UNDER: home, NO_COLOR: '1' },
    });
    const leftovers = (): string[] => {
      const out: string[] = [];
      const walk = (d: string): void => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          if (e.isDirectory()) walk(join(d, e.name));
          else if (e.name.endsWith('.tmp')) out.push(join(d, e.name));
        }
      };
      walk(home);
      return out;
    };
    // 1. No key yet: making the key fails.
    const a = run();
    expect(a.status, String(a.stderr)).toBe(0);
    expect(a.stderr).toBe('');
    expect(leftovers()).toEqual([]);
    // 2. A key made on a roomier day: the cache files then fail.
    const ok = spawnSync(process.execPath, [BIN, 'validate', '--as-of', '2026-11-20'], { cwd: dir, encoding: 'utf8', env: { ...process.env, KERJASAMA_CACHE_HOME: home } });
    expect(ok.status).toBe(0);
    writeFileSync(join(dir, 'data/partners/bali.yaml'), 'name: Provinsi Bali\ntype: province\ncountry: ID\n');
    atRest(dir);
    const b = run();
    expect(b.status, String(b.stderr)).toBe(0);
    expect(leftovers()).toEqual([]);
    rmSync(home, { recursive: true, force: true });
  });
});
