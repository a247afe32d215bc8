// Test helpers: build registers in temporary folders, and run the CLI in-process with a fake IO.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type Files = Record<string, string | Uint8Array>;

export const MINIMAL_CONFIG = 'name: Test register\nowner: ntb\nlanguage: en\n';
export const NTB = 'name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\n';

const made: string[] = [];

/**
 * The user cache folder for in-process runs (KERJASAMA_CACHE_HOME): one per test file, so tests never
 * share a cache with the developer's own or with each other's files.
 */
export const CACHE_HOME = mkdtempSync(join(tmpdir(), 'kerjasama-cache-home-'));
made.push(CACHE_HOME);

/**
 * Every file under `dir` dated `when` (default a month before the tests' day), as files at rest are:
 * files written just now are "racy", and the cache and the run memo never trust them by their times.
 */
export function atRest(dir: string, when: Date = new Date('2026-10-01T00:00:00Z')): string {
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else utimesSync(p, when, when);
    }
  };
  walk(dir);
  return dir;
}

/** A register of exactly these files (a benchmark generator's map of path to text), nothing added. */
export function bareRegister(files: ReadonlyMap<string, string>): string {
  return makeRegister(Object.fromEntries(files), { bare: true });
}

/** A register in a fresh temporary folder; kerjasama.yaml and the owner partner are added unless given. */
export function makeRegister(files: Files, opts: { bare?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kerjasama-test-'));
  made.push(dir);
  const all: Files = opts.bare ? files : { 'kerjasama.yaml': MINIMAL_CONFIG, 'data/partners/ntb.yaml': NTB, ...files };
  for (const [rel, content] of Object.entries(all)) {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  mkdirSync(join(dir, 'data'), { recursive: true });
  return dir;
}

/** A register with no records and no owner: where a workbook exported from another register is imported. */
export function emptyRegister(): string {
  return makeRegister({ 'kerjasama.yaml': 'name: Empty\nlanguage: en\n' }, { bare: true });
}

/** Writes files into a folder, making folders as needed. */
export function writeFiles(dir: string, files: Files): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
}

/** A fresh copy of the bundled example register (kerjasama.yaml and data/), outside any git checkout. */
export function exampleRegister(): string {
  const dir = makeRegister({}, { bare: true });
  cpSync(join(REPO, 'kerjasama.yaml'), join(dir, 'kerjasama.yaml'));
  cpSync(join(REPO, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

/** git with a fixed identity and no user or system configuration; `env` adds to it (fixed dates, say). */
export const GIT_ENV: Record<string, string | undefined> = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_CONFIG_NOSYSTEM: '1', HOME: '/nonexistent' };
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { env: GIT_ENV, encoding: 'utf8' });
}

/** A register (makeRegister) in a new git repository, with its files committed on branch main. */
export function gitRepo(files: Files): string {
  const dir = makeRegister(files);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

export function cleanup(): void {
  for (const d of made.splice(0)) if (d !== CACHE_HOME) rmSync(d, { recursive: true, force: true });
}
process.on('exit', () => rmSync(CACHE_HOME, { recursive: true, force: true }));

/**
 * Where in-process runs say the tool is installed (IO.toolRoot): a project that installed this version of
 * kerjasama from the npm registry, as its lockfile records; so init pins the version, as it would after a
 * release. The real origins (a tarball, a git URL, a clone) are tested with the real clients in
 * test/install.test.ts.
 */
export const REGISTRY_TOOL_ROOT = ((): string => {
  const project = mkdtempSync(join(tmpdir(), 'kerjasama-tool-'));
  process.on('exit', () => rmSync(project, { recursive: true, force: true }));
  const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
  const root = join(project, 'node_modules', 'kerjasama');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'kerjasama', version }));
  writeFileSync(join(project, 'node_modules', '.package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/kerjasama': { version, resolved: `https://registry.npmjs.org/kerjasama/-/kerjasama-${version}.tgz` } } }));
  return root;
})();

export interface RunResult { code: number; stdout: string; stderr: string; questions?: string[] }

/**
 * Runs the CLI in-process with a fake IO. With `answers`, a terminal prompt answers from the list (in
 * order, failing on an unexpected question) and the questions asked are returned. With `columns`, stdout
 * is a terminal that wide.
 */
export async function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; now?: string; answers?: string[]; columns?: number; toolRoot?: string } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const questions: string[] = [];
  const answers = opts.answers ? [...opts.answers] : undefined;
  const code = await main(args, {
    cwd: opts.cwd ?? REPO,
    env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', KERJASAMA_CACHE_HOME: CACHE_HOME, ...opts.env },
    now: () => new Date(opts.now ?? '2026-11-22T03:00:00Z'),
    toolRoot: opts.toolRoot ?? REGISTRY_TOOL_ROOT,
    // With `columns`, stdout is a terminal of that width (colour stays off: NO_COLOR).
    stdoutIsTTY: opts.columns !== undefined,
    stderrIsTTY: false,
    ...(opts.columns !== undefined ? { stdoutColumns: opts.columns } : {}),
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    ...(answers ? {
      prompt: async (q: string) => {
        questions.push(q);
        const a = answers.shift();
        if (a === undefined) throw new Error(`unexpected question: ${q}`);
        return a;
      },
    } : {}),
  });
  return { code, stdout, stderr, ...(answers ? { questions } : {}) };
}

/** Runs validate --format json and returns the diagnostics. */
export async function diagnosticsOf(dir: string, extra: string[] = []): Promise<Array<{ code: string; severity: string; file: string; line: number | null; column: number | null; message: string }>> {
  const r = await runCli(['validate', '--format', 'json', '--as-of', '2026-11-22', ...extra], { cwd: dir });
  if (r.code === 2) throw new Error(`validate exited 2: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { diagnostics: [] }).diagnostics;
}

/**
 * list agreements --format json of a register, without what a list cannot carry across an export and an
 * import (derived_status rests on renews_every and the chain; file and stale are the register's own):
 * what a round trip through a workbook must give back.
 */
export async function listedAgreements(dir: string, asOf = '2026-11-22'): Promise<Array<Record<string, unknown>>> {
  const r = await runCli(['list', 'agreements', '--format', 'json', '--as-of', asOf], { cwd: dir });
  if (r.code !== 0) throw new Error(`list agreements exited ${r.code}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { records: Array<Record<string, unknown>> }).records.map(({ derived_status: _d, file: _f, stale: _s, ...rest }) => rest);
}
