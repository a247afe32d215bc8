// bin/kerjasama.js starts git's questions before the CLI loads (src/cli/early.ts, issue 28): the command
// takes git's answer instead of asking again, answers as it would have without it, and sees what changed
// since the last run. A logging git first on PATH counts what is asked.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitEarly } from '../src/cli/early.js';
import { dropEarly, GIT_BUFFER, gitArgv, STATUS_ASKED, takeEarly } from '../src/load/gitLine.js';
import { GIT_EARLY_MARK, registerCacheFolder } from '../src/load/folders.js';
import { cleanup, gitRepo, makeRegister, REPO } from './helpers.js';

afterAll(cleanup);

const BIN = join(REPO, 'bin/kerjasama.js');
const MOU = 'title: NTB MoU\ncategory: KSDD\ndocument_type: mou\npartners: [ntb]\nstatus: draft\n';

describe('git asked before the CLI loads', () => {
  const home = mkdtempSync(join(tmpdir(), 'kerjasama-early-'));
  const wrap = mkdtempSync(join(tmpdir(), 'kerjasama-gitlog-'));
  const log = join(wrap, 'log');
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(wrap, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(join(wrap, 'git'), 0o755);
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
    rmSync(wrap, { recursive: true, force: true });
  });

  const run = (dir: string, args: string[], env: Record<string, string> = {}) => {
    writeFileSync(log, '');
    const out = spawnSync(process.execPath, [BIN, ...args, '--as-of', '2026-11-22', '--lang', 'en'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${wrap}:${process.env['PATH'] ?? ''}`, KERJASAMA_CACHE_HOME: home, ...env },
    });
    const asked = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    return { stdout: out.stdout, stderr: out.stderr, code: out.status, asked, count: (word: string) => asked.filter((l) => l.split(' ').includes(word)).length };
  };

  it('validate of a register it asks git of: git is asked once, early, and answers as without the cache', () => {
    const dir = gitRepo({ 'data/agreements/ntb-mou.yaml': MOU });
    const env = { KERJASAMA_GIT_FILES: '0' };
    const plain = run(dir, ['validate', '--no-cache']);
    expect(plain.code).toBe(0);
    // The first run leaves the mark; the second is asked early and answered by the run memo.
    run(dir, ['validate'], env);
    const second = run(dir, ['validate'], env);
    expect([second.stdout, second.stderr, second.code]).toEqual([plain.stdout, plain.stderr, plain.code]);
    expect(second.count('status')).toBe(1);
    expect(second.count('config')).toBe(1);
    // A record broken since: the early answer is this run's, not the last one's.
    writeFileSync(join(dir, 'data/agreements/ntb-mou.yaml'), MOU.replace('status: draft', 'status: nonsense'));
    const broken = run(dir, ['validate'], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout + broken.stderr).toContain('nonsense');
    expect(broken.count('status')).toBe(1);
  });

  it('reports, list and show take the early answer too; a small register validate lists itself asks no git', () => {
    const dir = gitRepo({ 'data/agreements/ntb-mou.yaml': MOU });
    for (const args of [['report', 'summary'], ['list', 'agreements'], ['show', 'ntb-mou']]) {
      const plain = run(dir, [...args, '--no-cache']);
      run(dir, args);
      const again = run(dir, args);
      expect([again.stdout, again.code], args.join(' ')).toEqual([plain.stdout, plain.code]);
      expect(again.count('status'), args.join(' ')).toBe(1);
    }
    // Without KERJASAMA_GIT_FILES a register of one file is small: after its first run, validate asks no git.
    run(dir, ['validate']);
    expect(run(dir, ['validate']).asked).toEqual([]);
  });

  it('the first validate of a register (no count kept yet) asks git only when its listing finds it large', () => {
    const small = gitRepo({ 'data/agreements/ntb-mou.yaml': MOU });
    const first = run(small, ['validate'], { KERJASAMA_CACHE_HOME: mkdtempSync(join(tmpdir(), 'kerjasama-early-first-')) });
    expect(first.code).toBe(0);
    expect(first.asked).toEqual([]);
    // Large (here: one file or more): asked on the first run, so that the next run's memo, keyed by git's word, answers.
    const home2 = mkdtempSync(join(tmpdir(), 'kerjasama-early-first-'));
    const large = gitRepo({ 'data/agreements/ntb-mou.yaml': MOU });
    expect(run(large, ['validate'], { KERJASAMA_CACHE_HOME: home2, KERJASAMA_GIT_FILES: '1' }).count('status')).toBe(1);
    const again = run(large, ['validate'], { KERJASAMA_CACHE_HOME: home2, KERJASAMA_GIT_FILES: '1' });
    expect(again.count('status')).toBe(1);
    expect(again.count('ls-files') + again.count('cat-file')).toBe(0);
    rmSync(home2, { recursive: true, force: true });
  });
});

describe('which runs ask git early (gitEarly)', () => {
  const home = mkdtempSync(join(tmpdir(), 'kerjasama-early-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  const env = { ...process.env, KERJASAMA_CACHE_HOME: home };
  const asked = (args: string[], cwd: string, root = cwd): boolean => {
    gitEarly(args, cwd, env);
    const answer = takeEarly(root, gitArgv(root, STATUS_ASKED), GIT_BUFFER);
    dropEarly();
    return answer !== undefined;
  };

  it('reports, list and show in a git register; validate only with the mark its last run left', () => {
    const dir = gitRepo({ 'data/agreements/ntb-mou.yaml': MOU });
    expect(asked(['report', 'summary'], dir)).toBe(true);
    expect(asked(['list', 'agreements'], join(dir, 'data'), dir)).toBe(true);
    expect(asked(['show', 'ntb-mou', '-C', dir], tmpdir(), dir)).toBe(true);
    expect(asked(['validate'], dir)).toBe(false);
    const folder = registerCacheFolder(join(home, 'kerjasama'), dir);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, GIT_EARLY_MARK), '');
    expect(asked(['validate'], dir)).toBe(true);
  });

  it('not with options that read no working tree or no memo, not for other commands, not outside git', () => {
    const dir = gitRepo({ 'data/agreements/ntb-mou.yaml': MOU });
    for (const extra of [['--no-cache'], ['--staged'], ['--at', 'HEAD'], ['--at=HEAD'], ['--recorded-as-of', '2026-01-01'], ['--help']]) {
      expect(asked(['report', 'summary', ...extra], dir), extra.join(' ')).toBe(false);
    }
    expect(asked(['diff', 'HEAD'], dir)).toBe(false);
    expect(asked(['report', 'summary'], makeRegister({ 'data/agreements/ntb-mou.yaml': MOU }))).toBe(false);
    expect(asked(['report', 'summary', '-C', join(dir, 'nowhere')], dir, join(dir, 'nowhere'))).toBe(false);
  });
});
