// Interrupting a command that changes records (SIGINT, SIGKILL), in a real child process: every file is
// always either its old or its new self, never half-written; SIGINT waits until the change is written
// whole; after SIGKILL the next writing command takes back what was placed, so the register is all old
// (and validates); no staging folder is left behind once a command has run to its end. The child is made
// to wait after each file it places (test/fixtures/slow-renames.mjs), so the signal lands between two
// files of one change however loaded the machine is.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recoverWrites } from '../src/cli/common.js';
import { cleanup, exampleRegister, REPO, runCli } from './helpers.js';

afterAll(cleanup);

const BIN = join(REPO, 'bin/kerjasama.js');
const AS_OF = ['--as-of', '2026-11-22', '--lang', 'en'];

/** Every file under the register's data/ and its kerjasama.yaml, by path. */
function files(dir: string, rel = 'data'): Map<string, string> {
  const out = new Map<string, string>();
  if (rel === 'data') out.set('kerjasama.yaml', readFileSync(join(dir, 'kerjasama.yaml'), 'utf8'));
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = `${rel}/${e.name}`;
    if (e.isDirectory()) for (const [k, v] of files(dir, r)) out.set(k, v);
    else out.set(r, readFileSync(join(dir, r), 'utf8'));
  }
  return out;
}

interface Run { code: number | null; signal: NodeJS.Signals | null; stderr: string; placed: number }

/** Runs the CLI in a child that waits after each file placed; sends `signal` once `after` files are placed. */
function runSlow(dir: string, args: string[], signal: NodeJS.Signals | undefined, after = 1): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', join(REPO, 'test/fixtures/slow-renames.mjs'), BIN, ...args], {
      cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', SLOW_RENAMES_MS: '1500', KERJASAMA_CACHE_HOME: join(dir, '.cache-home') },
    });
    let stderr = '';
    let placed = 0;
    child.stdout.resume();
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
      const n = (stderr.match(/^PLACED /gm) ?? []).length;
      if (n > placed) {
        placed = n;
        if (signal && placed === after) child.kill(signal);
      }
    });
    child.on('close', (code, sig) => resolve({ code, signal: sig, stderr, placed }));
  });
}

/** The commands that change records, each on the example register, with how many files it writes. */
const COMMANDS: Array<{ name: string; args: string[]; writes: number }> = [
  { name: 'renew', args: ['renew', 'jateng-queensland-mou', '--signed', '2026-10-15', '--end', '5y'], writes: 2 },
  { name: 'succeed', args: ['succeed', 'jatim-alexandria-loi-2022', '--signed', '2026-10-01', '--end', '5y'], writes: 2 },
  { name: 'set', args: ['set', 'ntb-unram-vokasi-2024', 'confirmed=2026-11', 'unit=Dinas Tenaga Kerja NTB'], writes: 1 },
  { name: 'unset', args: ['unset', 'ntb-unram-magang-pks-rencana', 'planned_signing'], writes: 1 },
  { name: 'terminate', args: ['terminate', 'ntb-ijbnet-2023', '--on', '2026-06-30', '--reason', 'Ended'], writes: 1 },
  { name: 'record-activity', args: ['record-activity', 'alexandria', '--title', 'Rapat', '--type', 'meeting', '--start', 'unknown'], writes: 1 },
];

/** The register after each command run to its end, worked out once per command. */
const wholes = new Map<string, Promise<Map<string, string>>>();
function wholeAfter(c: (typeof COMMANDS)[number]): Promise<Map<string, string>> {
  let w = wholes.get(c.name);
  if (!w) {
    w = (async () => {
      const dir = exampleRegister();
      const done = await runSlow(dir, [...c.args, ...AS_OF, '--yes'], undefined);
      expect(done.code, done.stderr).toBe(0);
      expect(done.placed).toBe(c.writes);
      return files(dir);
    })();
    wholes.set(c.name, w);
  }
  return w;
}

describe('interrupting a command that changes records', () => {
  for (const c of COMMANDS) {
    it(`${c.name}: SIGKILL between files leaves each file old or new; the next writing command takes the change back, all old`, { timeout: 180_000 }, async () => {
      const dir = exampleRegister();
      const before = files(dir);
      // The change as it is when done: from a run left alone.
      const after = await wholeAfter(c);

      const r = await runSlow(dir, [...c.args, ...AS_OF, '--yes'], 'SIGKILL');
      expect(r.signal).toBe('SIGKILL');
      const now = files(dir);
      for (const p of new Set([...before.keys(), ...now.keys()])) {
        const v = now.get(p);
        expect(v === before.get(p) || v === after.get(p), `${p} is neither old nor new`).toBe(true);
      }
      // Killed part-way: one file placed of the change (all of it for a one-file change), the journal there.
      expect([...now].filter(([p, v]) => v !== before.get(p)).length).toBe(1);
      expect(readdirSync(dir).filter((n) => n.startsWith('.kerjasama-tx-'))).toHaveLength(1);

      // The next writing command (here, its own recovery) takes the change back, whole.
      const rec = recoverWrites(dir);
      expect(rec).toHaveLength(1);
      expect(files(dir)).toEqual(before);
      expect(readdirSync(dir).filter((n) => n.startsWith('.kerjasama-'))).toEqual([]);
      expect((await runCli(['validate', ...AS_OF], { cwd: dir })).code).toBe(0);
    });

    it(`${c.name}: SIGINT between files waits until the change is written whole`, { timeout: 180_000 }, async () => {
      const dir = exampleRegister();
      const whole = await wholeAfter(c);
      const r = await runSlow(dir, [...c.args, ...AS_OF, '--yes'], 'SIGINT');
      expect(r.placed).toBe(c.writes);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('Ctrl-C came while the files were written; they were written in full');
      expect(files(dir)).toEqual(whole);
      expect(readdirSync(dir).filter((n) => n.startsWith('.kerjasama-'))).toEqual([]);
    });
  }

  it('a writing command run after a SIGKILL says what it took back, then makes its own change', { timeout: 180_000 }, async () => {
    const dir = exampleRegister();
    const before = files(dir);
    const r = await runSlow(dir, ['renew', 'jateng-queensland-mou', '--signed', '2026-10-15', '--end', '5y', ...AS_OF, '--yes'], 'SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    const next = await runCli(['set', 'ntb-unram-vokasi-2024', 'confirmed=2026-11', ...AS_OF, '--yes'], { cwd: dir });
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/an earlier change that was interrupted \(\.kerjasama-tx-\d+-[0-9a-f]+\) was taken back, so that the register is as it was before it: data\/agreements\/jateng-queensland-renewal-2026\.yaml/);
    const now = files(dir);
    expect(existsSync(join(dir, 'data/agreements/jateng-queensland-renewal-2026.yaml'))).toBe(false);
    expect(now.get('data/agreements/jateng-queensland-mou.yaml')).toBe(before.get('data/agreements/jateng-queensland-mou.yaml'));
    expect(now.get('data/agreements/ntb-unram-vokasi-2024.yaml')).toContain('confirmed: 2026-11\n');
    // A dry run only says an interrupted change waits; it changes nothing.
    const again = await runSlow(dir, ['renew', 'jateng-queensland-mou', '--signed', '2026-10-15', '--end', '5y', ...AS_OF, '--yes'], 'SIGKILL');
    expect(again.signal).toBe('SIGKILL');
    const snap = files(dir);
    const dry = await runCli(['set', 'ntb-unram-vokasi-2024', 'confirmed=2026-10', ...AS_OF, '--dry-run'], { cwd: dir });
    expect(dry.stderr).toContain('an interrupted change is waiting to be taken back');
    expect(files(dir)).toEqual(snap);
  });
});
