// Issue 11: the fast paths (the fast reader's values and positions, the record cache, the run memo)
// change no output. Every command's output, byte for byte with its exit code, equals the reference run
// (KERJASAMA_READER=full: every file through the full parser, nothing cached) on the example register and
// on benchmark registers of both kinds: replicated from the example with a third of the files warned
// (also with every line ending CR LF), generated clean, and generated with broken files.

import { createHash } from 'node:crypto';
import { readdirSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, generateRegister } from '../bench/generate.mjs';
import { replicateRegister } from '../bench/replicate.mjs';
import { atRest, bareRegister, CACHE_HOME, cleanup, exampleRegister, runCli } from './helpers.js';

afterAll(cleanup);

const COMMANDS: string[][] = [
  ['validate'], ['validate', '--format', 'json'], ['validate', '--format', 'sarif'], ['validate', '--format', 'junit'], ['validate', '--format', 'github'], ['validate', '--lang', 'en', '-q'],
  ['report', 'expiring', '--format', 'json'], ['report', 'inactive'], ['report', 'coverage', '--format', 'csv'], ['report', 'summary', '--format', 'json'],
  ['list', 'agreements', '--format', 'json'], ['list', 'partners'], ['list', 'activities', '--format', 'csv'],
  ['report', 'expiring', '--format', 'ics'], ['report', 'summary', '--lang', 'id'], ['list', 'agreements', '--color'],
];

/** Removes the run memo of the register at `dir` (validate.json and the outputs kept in its cache folder, as cache.ts names them). */
function forgetMemo(dir: string): void {
  const store = join(CACHE_HOME, 'kerjasama', 'registers', createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32));
  for (const name of readdirSync(store)) if (name === 'validate.json' || name.startsWith('output-')) rmSync(join(store, name), { force: true });
}

const REGISTERS: Array<[string, () => string]> = [
  ['the example register', exampleRegister],
  ['the example replicated to 600 records, a third with a warning', () => bareRegister(replicateRegister(600, { warnThird: true }).files)],
  // Saved on Windows: every line of every file (kerjasama.yaml too) ends CR LF, which the fast reader takes.
  ['the example replicated to 300 records, every line ending CR LF', () => bareRegister(new Map([...replicateRegister(300, { warnThird: true }).files].map(([p, t]) => [p, t.replace(/\r?\n/g, '\r\n')])))],
  ['600 generated records', () => bareRegister(generateRegister(600, { seed: 3 }).files)],
  ['600 generated records, 5% broken', () => bareRegister(generateRegister(600, { seed: 5, broken: 0.05 }).files)],
];

describe('outputs equal the full parser\'s, uncached', () => {
  for (const [name, make] of REGISTERS) {
    it(`on ${name}, for every command: uncached, first cached run, second cached run`, async () => {
      const dir = atRest(make());
      for (const args of COMMANDS) {
        const all = [...args, '--as-of', AS_OF];
        const want = await runCli(all, { cwd: dir, env: { KERJASAMA_READER: 'full' } });
        expect(want.stderr).not.toMatch(/internal error/);
        const fast = await runCli([...all, '--no-cache'], { cwd: dir });
        expect(fast, `${args.join(' ')} --no-cache`).toEqual(want);
        const first = await runCli(all, { cwd: dir });
        expect(first, `${args.join(' ')}, writing the cache`).toEqual(want);
        // validate by its run memo; reports, list and show by the output the run memo keeps.
        const second = await runCli(all, { cwd: dir });
        expect(second, `${args.join(' ')}, from the cache`).toEqual(want);
        // Without the run memo: validate too answered from the record cache alone, no file parsed (the
        // dataset, the warned and the broken files' own diagnostics are all in it).
        forgetMemo(dir);
        const indexed = await runCli(all, { cwd: dir });
        expect(indexed, `${args.join(' ')}, from the record cache without the run memo`).toEqual(want);
      }
    }, 120_000);
  }
});
