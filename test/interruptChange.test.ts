// Ctrl-C (SIGINT) and SIGKILL while a command that changes records writes (set, unset, renew, succeed,
// terminate, record-activity, migrate --write; issue 25): every file is always its old or its new self,
// never half written. Ctrl-C waits until the change is written whole; after SIGKILL the next run of a
// writing command takes back what the killed one placed (all old again), then makes its own change; no
// folder of the change is left once a command has run to its end.
//
// The same way as the interruption tests of import and site (test/interrupt.test.ts): the real binary in a
// child process, with test/fixtures/slow-writes.mjs making each write of the change's staged files
// (new-N in its .kerjasama-tx- folder) slow and saying when writing (WRITING) and placing (PLACED) begin,
// then waiting there until the test has sent its signal: no guessed delay, so a loaded machine changes
// only how long a test takes. migrate --write runs on a register of a synthetic older format
// (test/fixtures/format-v2.mjs, the step test/migrate.test.ts mocks in-process).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, exampleRegister, REPO } from './helpers.js';

afterAll(cleanup);

const BIN = join(REPO, 'bin/kerjasama.js');
const SLOW = join(REPO, 'test/fixtures/slow-writes.mjs');
const FORMAT_V2 = join(REPO, 'test/fixtures/format-v2.mjs');
const AS_OF = ['--as-of', '2026-11-22', '--lang', 'en', '--no-cache'];
/** The staged files of a change, in its transaction folder: new-0, new-1, … (not the backups, old-N). */
const STAGED = `${sep}new-`;

interface Run { code: number | null; signal: string | null; stderr: string; saw: boolean }

/**
 * Runs the binary with slow writes in `dir`, sending `signal` once stderr says `on`. The child waits at
 * its first WRITING and first PLACED until the test lets it go on (the fixture's SLOW_WRITES_HOLD): the
 * signal is sent first, so it is waiting when the child goes on.
 */
/** A hook of one of the CLI's modules (test/fixtures/format-v2.mjs) needs the modules, not the bundle. */
const unbundled = (imports: readonly string[]): Record<string, string> => (imports.length > 0 ? { KERJASAMA_NO_BUNDLE: '1' } : {});

function interrupted(args: string[], dir: string, on: string, signal: NodeJS.Signals, imports: readonly string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    const hold = join(mkdtempSync(join(tmpdir(), 'kerjasama-hold-')), 'go');
    const child = spawn(process.execPath, [...imports.flatMap((i) => ['--import', i]), '--import', SLOW, BIN, ...args], {
      cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...unbundled(imports), NO_COLOR: '1', LANG: 'en_US.UTF-8', SLOW_WRITES_UNDER: dir, SLOW_WRITES_INCLUDING: STAGED, SLOW_WRITES_MS: '20', SLOW_WRITES_HOLD: hold },
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
function plain(args: string[], dir: string, imports: readonly string[] = []): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [...imports.flatMap((i) => ['--import', i]), BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...unbundled(imports), NO_COLOR: '1', LANG: 'en_US.UTF-8' } });
  return { code: r.status, stderr: r.stderr };
}

/** The register's files (kerjasama.yaml and everything under data/), relative path → text. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>([['kerjasama.yaml', readFileSync(join(dir, 'kerjasama.yaml'), 'utf8')]]);
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(join(d, e.name), r);
      else out.set(r, readFileSync(join(d, e.name), 'utf8'));
    }
  };
  if (existsSync(join(dir, 'data'))) walk(join(dir, 'data'), 'data');
  return out;
}

/** What a change leaves at the register's root besides its files: its transaction folder (or one kept aside). */
const leftovers = (dir: string): string[] => readdirSync(dir).filter((n) => n.startsWith('.kerjasama-'));

/** The example register as a synthetic version 1 wrote it: every activity's start: as date:, with a comment. */
function versionOne(): string {
  const dir = exampleRegister();
  const acts = join(dir, 'data/activities');
  for (const f of readdirSync(acts)) {
    const p = join(acts, f);
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^start:/m, '# when it was held\ndate:'));
  }
  return dir;
}

interface Command { name: string; args: string[]; writes: number; register: () => string; imports: string[] }

/** Each writing command on the example register, with how many files it writes. */
const COMMANDS: Command[] = [
  { name: 'set', args: ['set', 'ntb-unram-vokasi-2024', 'confirmed=2026-11', 'unit=Dinas Tenaga Kerja NTB', '--yes'], writes: 1, register: exampleRegister, imports: [] },
  { name: 'unset', args: ['unset', 'ntb-unram-magang-pks-rencana', 'planned_signing', '--yes'], writes: 1, register: exampleRegister, imports: [] },
  { name: 'renew', args: ['renew', 'jateng-queensland-mou', '--signed', '2026-10-15', '--end', '5y', '--yes'], writes: 2, register: exampleRegister, imports: [] },
  { name: 'succeed', args: ['succeed', 'jatim-alexandria-loi-2022', '--signed', '2026-10-01', '--end', '5y', '--yes'], writes: 2, register: exampleRegister, imports: [] },
  { name: 'terminate', args: ['terminate', 'ntb-ijbnet-2023', '--on', '2026-06-30', '--reason', 'Ended', '--yes'], writes: 1, register: exampleRegister, imports: [] },
  { name: 'record-activity', args: ['record-activity', 'alexandria', '--title', 'Rapat', '--type', 'meeting', '--start', 'unknown', '--yes'], writes: 1, register: exampleRegister, imports: [] },
  { name: 'migrate --write', args: ['migrate', '--write'], writes: 40, register: versionOne, imports: [FORMAT_V2] },
];

describe('interrupting a command that changes records (issue 25)', () => {
  for (const c of COMMANDS) {
    const args = [...c.args, ...AS_OF];
    describe(c.name, () => {
      // What the command writes when left alone, to hold every file an interrupted one leaves to.
      const reference = c.register();
      const before = snapshot(reference);
      let whole: Map<string, string> | undefined;
      const wholeAfter = (): Map<string, string> => {
        if (!whole) {
          const r = plain(args, reference, c.imports);
          expect(r.code, r.stderr).toBe(0);
          whole = snapshot(reference);
          expect([...whole].filter(([p, v]) => before.get(p) !== v)).toHaveLength(c.writes);
        }
        return whole;
      };

      for (const on of ['WRITING', 'PLACED']) {
        it(`SIGKILL at ${on}: every file old or new; the next run takes back what was placed and writes all`, async () => {
          const after = wholeAfter();
          const dir = c.register();
          const r = await interrupted(args, dir, on, 'SIGKILL', c.imports);
          expect(r.saw, r.stderr).toBe(true);
          expect(r.signal).toBe('SIGKILL');
          const now = snapshot(dir);
          for (const p of new Set([...before.keys(), ...now.keys()])) expect([before.get(p), after.get(p)], p).toContain(now.get(p));
          // Killed while staging, nothing is placed; killed after the first file placed, that one only.
          expect([...now].filter(([p, v]) => before.get(p) !== v)).toHaveLength(on === 'PLACED' ? 1 : 0);
          expect(leftovers(dir)).toHaveLength(1);
          // Before the next writing command takes it back, the register still reads: no error in it.
          const read = plain(['validate', ...AS_OF], dir, c.imports);
          expect(read.code, read.stderr).toBe(0);

          const again = plain(args, dir, c.imports);
          expect(again.code, again.stderr).toBe(0);
          if (on === 'PLACED') expect(again.stderr).toMatch(/an earlier change that was interrupted \(\.kerjasama-tx-\d+-[0-9a-f]+\) was taken back/);
          else expect(again.stderr).not.toContain('taken back');
          expect(snapshot(dir)).toEqual(after);
          expect(leftovers(dir)).toEqual([]);
        }, 300_000);

        it(`Ctrl-C at ${on}: the change is written whole, and says so`, async () => {
          const after = wholeAfter();
          const dir = c.register();
          const r = await interrupted(args, dir, on, 'SIGINT', c.imports);
          expect(r.saw, r.stderr).toBe(true);
          expect(r.code, r.stderr).toBe(0);
          expect(r.stderr).toContain('Ctrl-C came while the files were written; they were written in full');
          expect(r.stderr).not.toMatch(/\n\s+at /);
          expect(snapshot(dir)).toEqual(after);
          expect(leftovers(dir)).toEqual([]);
        }, 300_000);
      }
    });
  }

  it('after a SIGKILL, another writing command says what it took back, then makes its own change; a dry run only says one waits', async () => {
    const dir = exampleRegister();
    const before = snapshot(dir);
    const renew = ['renew', 'jateng-queensland-mou', '--signed', '2026-10-15', '--end', '5y', '--yes', ...AS_OF];
    expect((await interrupted(renew, dir, 'PLACED', 'SIGKILL')).signal).toBe('SIGKILL');
    const next = plain(['set', 'ntb-unram-vokasi-2024', 'confirmed=2026-11', '--yes', ...AS_OF], dir);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/an earlier change that was interrupted \(\.kerjasama-tx-\d+-[0-9a-f]+\) was taken back, so that the register is as it was before it: data\/agreements\/jateng-queensland-renewal-2026\.yaml/);
    const now = snapshot(dir);
    expect(now.has('data/agreements/jateng-queensland-renewal-2026.yaml')).toBe(false);
    expect(now.get('data/agreements/jateng-queensland-mou.yaml')).toBe(before.get('data/agreements/jateng-queensland-mou.yaml'));
    expect(now.get('data/agreements/ntb-unram-vokasi-2024.yaml')).toContain('confirmed: 2026-11\n');
    expect(leftovers(dir)).toEqual([]);

    expect((await interrupted(renew, dir, 'PLACED', 'SIGKILL')).signal).toBe('SIGKILL');
    const snap = snapshot(dir);
    const dry = plain(['set', 'ntb-unram-vokasi-2024', 'confirmed=2026-10', '--dry-run', ...AS_OF], dir);
    expect(dry.stderr).toContain('an interrupted change is waiting to be taken back');
    expect(snapshot(dir)).toEqual(snap);
    expect(leftovers(dir)).toHaveLength(1);
  }, 300_000);
});
