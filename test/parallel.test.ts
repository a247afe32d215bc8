// Issue 11: reading and checking on two threads (src/load/parallel.ts) changes no output. The worker is
// built code (dist/load/worker.js), so these tests run the built CLI and loader, as a user does: with the
// threshold at one file every run shares its files with the worker, and its output, byte for byte with
// the exit code, equals the full parser's (KERJASAMA_READER=full), uncached, writing the
// cache and from it. A worker that fails leaves its files to the main thread.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, generateRegister } from '../bench/generate.mjs';
import { replicateRegister } from '../bench/replicate.mjs';
import { atRest, bareRegister, cleanup, exampleRegister, REPO } from './helpers.js';

afterAll(cleanup);

const BIN = join(REPO, 'bin', 'kerjasama.js');
/** Two threads from the first file, the worker doing half of them however small the register. */
const TWO = { KERJASAMA_PARALLEL_MIN: '1', KERJASAMA_PARALLEL_HALF: '1' };
const COMMANDS: string[][] = [
  ['validate'], ['validate', '--format', 'json'], ['report', 'expiring', '--format', 'json'], ['report', 'inactive'],
];

function cli(dir: string, args: string[], env: Record<string, string>, home: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, '--as-of', AS_OF], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', LANG: 'en_US.UTF-8', KERJASAMA_CACHE_HOME: home, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const REGISTERS: Array<[string, () => string]> = [
  ['the example register', exampleRegister],
  ['the example replicated to 600 records, a third with a warning', () => bareRegister(replicateRegister(600, { warnThird: true }).files)],
  ['600 generated records, 5% broken', () => bareRegister(generateRegister(600, { seed: 5, broken: 0.05 }).files)],
];

describe('two threads give the same output as one', () => {
  for (const [name, make] of REGISTERS) {
    it(`on ${name}`, () => {
      const dir = atRest(make());
      for (const args of COMMANDS) {
        const home = mkdtempSync(join(tmpdir(), 'kerjasama-par-home-'));
        const want = cli(dir, args, { KERJASAMA_READER: 'full' }, home);
        expect(want.stderr).not.toMatch(/internal error/);
        const two = cli(dir, [...args, '--no-cache'], TWO, home);
        expect(two, `${args.join(' ')}, two threads`).toEqual(want);
        const first = cli(dir, args, TWO, home);
        expect(first, `${args.join(' ')}, two threads writing the cache`).toEqual(want);
        // Touched, not changed: every file is read again and answered by its hash, on two threads.
        const now = new Date('2026-10-02T00:00:00Z');
        for (const f of readdirSync(join(dir, 'data', 'agreements'))) utimesSync(join(dir, 'data', 'agreements', f), now, now);
        const second = cli(dir, args, TWO, home);
        expect(second, `${args.join(' ')}, two threads from the cache`).toEqual(want);
      }
    }, 240_000);
  }
});

describe('the loader on two threads', () => {
  /** Runs a script against the built loader; its JSON answer. */
  function node(script: string): unknown {
    const dir = mkdtempSync(join(tmpdir(), 'kerjasama-par-'));
    const file = join(dir, 'run.mjs');
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout);
  }
  const dist = (p: string): string => JSON.stringify(new URL(`../dist/${p}`, import.meta.url).href);

  it('really shares the files with a worker, keeps them in path order, and has it locate on its files', () => {
    const dir = bareRegister(replicateRegister(900, { warnThird: true }).files);
    const r = node(`
      import { loadRegister } from ${dist('load/load.js')};
      import { runChecks } from ${dist('check/index.js')};
      import { day } from ${dist('model/dates.js')};
      const asOf = day(${JSON.stringify(AS_OF)});
      const one = loadRegister(${JSON.stringify(dir)});
      const two = loadRegister(${JSON.stringify(dir)}, { parallel: 1, parallelHalf: true });
      const ids = (l) => [...l.dataset.agreements.keys(), ...l.dataset.partners.keys(), ...l.dataset.activities.keys()];
      const placed1 = runChecks(one.dataset, asOf).map(one.locate);
      const placed2 = two.locateAll(runChecks(two.dataset, asOf));
      process.stdout.write(JSON.stringify({ byWorker: two.byWorker, oneByWorker: one.byWorker, same: JSON.stringify(ids(one)) === JSON.stringify(ids(two)),
        data: JSON.stringify([...one.dataset.agreements.values()]) === JSON.stringify([...two.dataset.agreements.values()]), files: two.dataset.fileCount,
        diagnostics: placed1.length, placedSame: JSON.stringify(placed1) === JSON.stringify(placed2), allPlaced: placed2.every((d) => d.line !== undefined) }));
    `) as { byWorker: { files: number; located: number }; oneByWorker: { files: number; located: number }; same: boolean; data: boolean; files: number; diagnostics: number; placedSame: boolean; allPlaced: boolean };
    expect(r.oneByWorker).toEqual({ files: 0, located: 0 });
    expect(r.byWorker.files).toBeGreaterThan(r.files / 3);
    expect(r.byWorker.files).toBeLessThan(r.files);
    expect(r.same).toBe(true);
    expect(r.data).toBe(true);
    // A third of the files warned: the worker placed a good share of the warnings, exactly where one thread does.
    expect(r.diagnostics).toBeGreaterThan(60);
    expect(r.byWorker.located).toBeGreaterThan(r.diagnostics / 4);
    expect(r.placedSame).toBe(true);
    expect(r.allPlaced).toBe(true);
  });

  it('does not wait for a worker that took no chunk, and then offers it for nothing more', () => {
    // Ten jobs are one chunk, which this thread takes before the worker has started.
    const file = join(REPO, 'data', 'partners', 'ntb.yaml');
    const size = statSync(file).size;
    const r = node(`
      import { runParallel } from ${dist('load/parallel.js')};
      const jobs = Array.from({ length: 10 }, (_, i) => ({ rel: 'data/partners/p' + i + '.yaml', abs: ${JSON.stringify(file)}, size: ${size}, kind: 'partner' }));
      const out = runParallel(jobs, { withHash: false, keepTexts: true, stay: true }, (j) => ({ diagnostics: [], value: j.rel }));
      process.stdout.write(JSON.stringify({ byWorker: out.byWorker, remote: out.remote !== undefined, all: out.results.every((x, i) => x.value === jobs[i].rel) }));
    `) as { byWorker: number; remote: boolean; all: boolean };
    expect(r).toEqual({ byWorker: 0, remote: false, all: true });
  });

  it('does a failed worker\'s files on the main thread', () => {
    // A readable file said to be of no known kind makes the worker's own runJob throw (no schema for it);
    // the main thread's run answers for every job instead.
    const file = join(REPO, 'data', 'partners', 'ntb.yaml');
    const size = statSync(file).size;
    const r = node(`
      import { runParallel } from ${dist('load/parallel.js')};
      const jobs = Array.from({ length: 500 }, (_, i) => ({ rel: 'data/agreements/a' + i + '.yaml', abs: ${JSON.stringify(file)}, size: ${size}, kind: 'nothing' }));
      const { results, byWorker } = runParallel(jobs, { withHash: false, keepTexts: true, stay: true }, (j) => ({ diagnostics: [], value: j.rel }));
      process.stdout.write(JSON.stringify({ byWorker, all: results.every((x, i) => x.value === jobs[i].rel) }));
    `) as { byWorker: number; all: boolean };
    expect(r).toEqual({ byWorker: 0, all: true });
  });
});
