// Ctrl-C (SIGINT) and SIGKILL while import --yes and site write (issue 27): every file is old or new, never
// half written; Ctrl-C takes everything back and leaves no staging folder; after SIGKILL the next run of
// the same command takes back or clears what the killed one left. Each test runs the real binary in a
// child process, with test/fixtures/slow-writes.mjs making each write of the staging area slow (50 ms) and saying
// when writing (WRITING) and placing (PLACED) begin, then waiting there until the test has sent its
// signal: no guessed delay, so a loaded machine changes only how long a test takes.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, makeRegister, REPO } from './helpers.js';

afterAll(cleanup);

const BIN = join(REPO, 'bin/kerjasama.js');
const SLOW = join(REPO, 'test/fixtures/slow-writes.mjs');

interface Run { code: number | null; signal: string | null; stderr: string; saw: boolean }

/**
 * Runs the binary with slow writes in `dir` (paths including `including`), sending `signal` once stderr says
 * `on`. The child waits at its first WRITING and first PLACED until the test lets it go on (the fixture's
 * SLOW_WRITES_HOLD): the signal is sent first, so it is waiting when the child goes on.
 */
function interrupted(args: string[], dir: string, including: string, on: string, signal: NodeJS.Signals, ms = 50): Promise<Run> {
  return new Promise((resolve) => {
    const hold = join(mkdtempSync(join(tmpdir(), 'kerjasama-hold-')), 'go');
    const child = spawn(process.execPath, ['--import', SLOW, BIN, ...args], {
      cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', SLOW_WRITES_UNDER: dir, SLOW_WRITES_INCLUDING: including, SLOW_WRITES_MS: String(ms), SLOW_WRITES_HOLD: hold },
    });
    let stderr = '';
    let saw = false;
    const released = new Set<string>();
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
      for (const word of ['WRITING', 'PLACED']) {
        if (released.has(word) || !stderr.split('\n').includes(word)) continue;
        if (word === on && !saw) {
          saw = true;
          child.kill(signal);
        }
        released.add(word);
        writeFileSync(`${hold}.${word}`, '');
      }
    });
    child.on('close', (code, sig) => {
      rmSync(dirname(hold), { recursive: true, force: true });
      resolve({ code, signal: sig, stderr, saw });
    });
  });
}

/** Runs the binary to the end, without slow writes. */
function plain(args: string[], dir: string): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' } });
  return { code: r.status, stderr: r.stderr };
}

/** Every file under `dir` (relative path → text), hidden ones included. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), r);
      else out.set(r, readFileSync(join(d, e.name), 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out;
}

const ROWS = 24;
const SHEET = `Mitra,Negara,Judul,Tanggal,Kategori,Jenis Mitra\n${Array.from({ length: ROWS }, (_, i) => `Lembaga Contoh ${i},Jepang,Kesepakatan Bersama Nomor ${i},0${1 + (i % 9)}/02/2021,KSDLL,ngo`).join('\n')}\n`;
const IMPORT = ['import', 'in.csv', '--yes', '--as-of', '2026-11-22'];

describe('import --yes interrupted (issue 27)', () => {
  // What a whole import writes, to hold every file a killed one leaves to.
  const reference = makeRegister({ 'in.csv': SHEET });
  const whole = (): Map<string, string> => snapshot(join(reference, 'data'));
  const stagingIn = (dir: string): string[] => readdirSync(dir).filter((n) => n.startsWith('.kerjasama-import'));

  it('the reference import writes every file', () => {
    expect(plain(IMPORT, reference).code).toBe(0);
    expect([...whole().keys()].filter((k) => k.startsWith('agreements/'))).toHaveLength(ROWS);
  });

  it('Ctrl-C while staging: nothing written, no staging folder, a clear message', async () => {
    const dir = makeRegister({ 'in.csv': SHEET });
    const before = snapshot(join(dir, 'data'));
    const r = await interrupted(IMPORT, dir, '.kerjasama-import', 'WRITING', 'SIGINT');
    expect(r.saw, r.stderr).toBe(true);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('import cancelled; nothing was written');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(join(dir, 'data'))).toEqual(before);
    expect(stagingIn(dir)).toEqual([]);
  }, 120_000);

  it('Ctrl-C while placing: the import completes (placing is not interrupted), no staging folder', async () => {
    const dir = makeRegister({ 'in.csv': SHEET });
    const r = await interrupted(IMPORT, dir, '.kerjasama-import', 'PLACED', 'SIGINT');
    expect(r.saw, r.stderr).toBe(true);
    const after = snapshot(join(dir, 'data'));
    expect(after).toEqual(whole());
    expect(stagingIn(dir)).toEqual([]);
  }, 120_000);

  for (const on of ['WRITING', 'PLACED']) {
    it(`SIGKILL at ${on}: every file old or new; the next import takes back what was left and writes all`, async () => {
      const dir = makeRegister({ 'in.csv': SHEET });
      const before = snapshot(join(dir, 'data'));
      const r = await interrupted(IMPORT, dir, '.kerjasama-import', on, 'SIGKILL');
      expect(r.saw, r.stderr).toBe(true);
      expect(r.signal).toBe('SIGKILL');
      const ref = whole();
      for (const [file, text] of snapshot(join(dir, 'data'))) expect([before.get(file), ref.get(file)], file).toContain(text);
      const again = plain(IMPORT, dir);
      expect(again.code, again.stderr).toBe(0);
      expect(snapshot(join(dir, 'data'))).toEqual(ref);
      expect(stagingIn(dir)).toEqual([]);
    }, 120_000);
  }
});

describe('site interrupted (issue 27)', () => {
  const OLD = ['site', '--as-of', '2026-11-01'];
  const NEW = ['site', '--as-of', '2026-11-22'];
  const siteOf = (dir: string): Map<string, string> => snapshot(join(dir, '_site'));
  const leftovers = (dir: string): string[] => readdirSync(dir).filter((n) => n.includes('staging'));
  const built = (args: string[]): Map<string, string> => {
    const dir = makeRegister({});
    expect(plain(args, dir).code).toBe(0);
    return siteOf(dir);
  };
  const oldSite = built(OLD);
  const newSite = built(NEW);

  /** A register with the old site built in it. */
  const withOldSite = (): string => {
    const dir = makeRegister({});
    expect(plain(OLD, dir).code).toBe(0);
    expect(siteOf(dir)).toEqual(oldSite);
    return dir;
  };

  it('Ctrl-C while writing: the old site stays whole, no staging folder, a clear message', async () => {
    const dir = withOldSite();
    const r = await interrupted(NEW, dir, '.staging-', 'WRITING', 'SIGINT');
    expect(r.saw, r.stderr).toBe(true);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('site cancelled; the earlier site is as it was');
    expect(siteOf(dir)).toEqual(oldSite);
    expect(leftovers(dir)).toEqual([]);
  }, 120_000);

  it('Ctrl-C between the renames: the new site is in place, and the old one gone', async () => {
    const dir = withOldSite();
    const r = await interrupted(NEW, dir, '.staging-', 'PLACED', 'SIGINT');
    expect(r.saw, r.stderr).toBe(true);
    expect(siteOf(dir)).toEqual(newSite);
    expect(leftovers(dir)).toEqual([]);
  }, 120_000);

  for (const on of ['WRITING', 'PLACED']) {
    it(`SIGKILL at ${on}: the site is the old one or the new one (or, between the renames, beside it); the next build clears it all`, async () => {
      const dir = withOldSite();
      const r = await interrupted(NEW, dir, '.staging-', on, 'SIGKILL');
      expect(r.saw, r.stderr).toBe(true);
      expect(r.signal).toBe('SIGKILL');
      if (existsSync(join(dir, '_site'))) expect([oldSite, newSite]).toContainEqual(siteOf(dir));
      const again = plain(NEW, dir);
      expect(again.code, again.stderr).toBe(0);
      expect(siteOf(dir)).toEqual(newSite);
      expect(leftovers(dir)).toEqual([]);
    }, 120_000);
  }
});
