// Versions of the register format and kerjasama migrate. This kerjasama's format is version 1 and it has
// no step yet, so the machinery is tested with a synthetic one (vi.mock of model/versions.ts, in this file
// only): a version 2 in which an activity's date is `start:` where version 1 wrote `date:`. A register of
// version 1 is read upgraded in memory with one warning naming kerjasama migrate; migrate --check exits 1,
// --dry-run shows the change and writes nothing, --write upgrades every file keeping its comments, and
// then --check exits 0, nothing warns, and every report is what the in-memory upgrade gave.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Migration } from '../src/model/versions.js';
import { cleanup, exampleRegister, makeRegister, runCli } from './helpers.js';

vi.mock('../src/model/versions.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/model/versions.js')>();
  const step: Migration = {
    from: 1, to: 2,
    what: { en: 'an activity\'s date is start: (was date:)', id: 'tanggal kegiatan ditulis start: (sebelumnya date:)' },
    record: (kind, v) => {
      const o = v as Record<string, unknown>;
      return kind === 'activity' && o['date'] !== undefined && o['start'] === undefined
        ? [{ op: 'set', path: ['start'], value: o['date'] }, { op: 'delete', path: ['date'] }]
        : [];
    },
  };
  return { ...real, CURRENT_VERSION: 2, MIGRATIONS: [step], stepsFrom: (v: number) => real.stepsFrom(v, [step], 2) };
});

afterAll(cleanup);

const AS_OF = ['--as-of', '2026-11-22', '--lang', 'en', '--no-cache'];

/** The example register as version 1 of the synthetic format wrote it: every activity's start: as date:, and a comment. */
function versionOne(): string {
  const dir = exampleRegister();
  const acts = join(dir, 'data/activities');
  for (const f of readdirSync(acts)) {
    const p = join(acts, f);
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^start:/m, '# when it was held\ndate:'));
  }
  return dir;
}

/** What the reports say, in JSON (the as-of day fixed). */
async function reports(dir: string): Promise<{ texts: string[]; stderr: string[] }> {
  const runs = await Promise.all([
    ['validate', '--format', 'json'], ['report', 'summary', '-f', 'json'], ['report', 'inactive', '-f', 'json'], ['report', 'expiring', '-f', 'json'],
    ['report', 'coverage', '-f', 'json'], ['list', 'activities', '-f', 'json'], ['list', 'agreements', '-f', 'json'], ['show', 'jabar-shizuoka-renewal-2022', '-f', 'json'],
  ].map((a) => runCli([...a, ...AS_OF], { cwd: dir })));
  // The provenance names the register's files' fingerprint: it changes with the files, the facts do not.
  const facts = (s: string): string => s.replace(/"(fingerprint|content_hash|register_hash|hash)":\s*"[^"]*"/g, '"$1": "…"');
  return { texts: runs.map((r) => `${r.code}\n${facts(r.stdout)}`), stderr: runs.map((r) => r.stderr) };
}

describe('register format versions (a synthetic version 2)', () => {
  it('an older register is read upgraded in memory, with one warning naming kerjasama migrate', async () => {
    const dir = versionOne();
    const r = await runCli(['report', 'summary', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('kerjasama: kerjasama.yaml says this register is written in format version 1; it is read as version 2, upgraded in memory. Upgrade its files with kerjasama migrate --write (--dry-run shows the change first; docs/migrating.md).\n');
    const v = await runCli(['validate', ...AS_OF], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stderr.match(/format version 1/g)).toHaveLength(1);
  });

  it('migrate --check, --dry-run, --write, then --check again: the files upgraded, comments kept, the same reports', async () => {
    const dir = versionOne();
    const before = await reports(dir);
    expect(before.stderr.every((s) => s.includes('upgraded in memory'))).toBe(true);

    const check = await runCli(['migrate', '--check', ...AS_OF], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout.split('\n').slice(0, 3)).toEqual([
      'the register is in format version 1; 40 files to upgrade to version 2 (kerjasama migrate --write):',
      "  1 → 2: an activity's date is start: (was date:)",
      '  kerjasama.yaml',
    ]);

    const snapshot = readFileSync(join(dir, 'data/activities/jatim-wa-sports-2025.yaml'), 'utf8');
    const dry = await runCli(['migrate', '--dry-run', ...AS_OF], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('From format version 1 to 2: 40 files\n');
    expect(dry.stdout).toContain('Configuration\n  ~ kerjasama.yaml changed\n');
    // No record changes: the files say what the in-memory upgrade read.
    expect(dry.stdout).not.toMatch(/^Activities$/m);
    expect(dry.stdout).toContain('+++ b/data/activities/jatim-wa-sports-2025.yaml\n');
    expect(dry.stderr).toContain('dry run: nothing written');
    expect(readFileSync(join(dir, 'data/activities/jatim-wa-sports-2025.yaml'), 'utf8')).toBe(snapshot);

    const write = await runCli(['migrate', '--write', ...AS_OF], { cwd: dir });
    expect(write.code, write.stderr).toBe(0);
    const config = readFileSync(join(dir, 'kerjasama.yaml'), 'utf8');
    expect(config).toMatch(/^# yaml-language-server: \$schema=schemas\/config\.schema\.json\nschema_version: 2\nname: /);
    const act = readFileSync(join(dir, 'data/activities/jatim-wa-sports-2025.yaml'), 'utf8');
    expect(act).toContain('# when it was held\n');
    expect(act).not.toMatch(/^date:/m);
    expect(parse(act).start).toBeDefined();

    const again = await runCli(['migrate', '--check', ...AS_OF], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('the register is in format version 2, the newest this kerjasama knows; nothing to migrate');
    const after = await reports(dir);
    // Read with no warning at all: each report's stderr is empty.
    expect(after.stderr).toEqual(after.stderr.map(() => ''));
    expect(after.texts).toEqual(before.texts);
  });

  it('a register newer than this kerjasama is refused with the version it needs (exit 2)', async () => {
    const dir = makeRegister({ 'kerjasama.yaml': 'schema_version: 3\nname: Test register\nowner: ntb\nlanguage: en\n' });
    for (const args of [['validate'], ['report', 'summary'], ['migrate', '--check']]) {
      const r = await runCli([...args, ...AS_OF], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('`schema_version` in kerjasama.yaml is invalid: the register is written in format version 3; this kerjasama reads format version 2 and older');
      expect(r.stderr).toContain('Install a kerjasama that reads format version 3');
    }
  });
});
