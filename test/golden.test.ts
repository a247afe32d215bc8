// Golden CLI scenarios: each test/golden/*.scenario file holds a command, optional input files, and the
// expected exit code, stdout and stderr. UPDATE_GOLDEN=1 rewrites the expectations. A line `register: NAME`
// runs the command in a copy of test/fixtures/NAME instead of the example register; `history: scripted`
// in the git repository test/history.ts scripts (fixed dates and names, so the same commit ids everywhere).
// A line `terminal N columns` runs it on a terminal that wide, and checks that no line of stdout is wider.

import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../src/render/wrap.js';
import { unifiedDiff } from '../src/render/textDiff.js';
import { cleanup, exampleRegister, makeRegister, REPO, runCli, writeFiles } from './helpers.js';
import { scriptedHistory } from './history.js';

interface Scenario { title: string; command: string[]; files: Record<string, string>; bare: boolean; fixture?: string; history?: string; columns?: number; exit?: number; stdout?: string; stderr?: string; head: string; after?: boolean; changed?: string; validateExit?: number; validate?: string }

function parseScenario(text: string): Scenario {
  const lines = text.split('\n');
  const s: Scenario = { title: '', command: [], files: {}, bare: false, head: '' };
  let section: string | undefined;
  let buf: string[] = [];
  const headLines: string[] = [];
  const flush = (): void => {
    if (section === undefined) return;
    const body = buf.join('\n');
    if (section.startsWith('file ')) s.files[section.slice(5)] = body.endsWith('\n') || body === '' ? body : body + '\n';
    else if (section === 'stdout') s.stdout = body;
    else if (section === 'stderr') s.stderr = body;
    else if (section === 'files') s.changed = body;
    else if (section === 'validate') s.validate = body;
    buf = [];
  };
  for (const line of lines) {
    const m = /^(<<<|>>>) (.*)$/.exec(line);
    if (m) {
      flush();
      const name = (m[2] ?? '').trim();
      if (m[1] === '<<<') section = `file ${name}`;
      else if (name.startsWith('exit ')) { s.exit = Number(name.slice(5)); section = undefined; }
      else if (name.startsWith('validate exit ')) { s.validateExit = Number(name.slice(14)); section = 'validate'; }
      else section = name;
      continue;
    }
    if (section !== undefined) { buf.push(line); continue; }
    headLines.push(line);
    if (line.startsWith('# ') && !s.title) s.title = line.slice(2);
    if (line.startsWith('$ kerjasama')) s.command = splitArgs(line.slice('$ kerjasama'.length));
    if (line.trim() === 'bare register') s.bare = true;
    if (line.trim() === 'after: validate') s.after = true;
    const cols = /^terminal (\d+) columns$/.exec(line.trim());
    if (cols) s.columns = Number(cols[1]);
    const fx = /^register: (\S+)$/.exec(line.trim());
    if (fx) s.fixture = fx[1];
    const hist = /^history: (\S+)$/.exec(line.trim());
    if (hist) s.history = hist[1];
  }
  flush();
  s.head = headLines.join('\n');
  return s;
}

function splitArgs(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

function render(s: Scenario, r: { code: number; stdout: string; stderr: string; changed?: string; validateExit?: number; validate?: string }): string {
  const files = Object.entries(s.files).map(([k, v]) => `<<< ${k}\n${v.replace(/\n$/, '')}`).join('\n');
  const after = s.after ? [`>>> files\n${r.changed ?? ''}`, `>>> validate exit ${r.validateExit}\n${r.validate ?? ''}`] : [];
  return [s.head.replace(/\n+$/, ''), ...(files ? [files] : []), `>>> exit ${r.code}`, `>>> stdout\n${r.stdout}`, `>>> stderr\n${r.stderr}`, ...after].join('\n');
}

/** Every file under a folder, by its path from there. */
function snapshot(dir: string, rel = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of snapshot(dir, r)) out.set(k, v);
    else out.set(r, readFileSync(join(dir, r), 'utf8'));
  }
  return out;
}

/** What changed between two snapshots, as unified diffs (a file removed shows as all lines gone). */
function changedFiles(before: Map<string, string>, after: Map<string, string>): string {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.map((n) => (before.get(n) === after.get(n) ? '' : after.has(n) ? unifiedDiff(n, before.get(n), after.get(n) as string) : `deleted ${n}\n`)).join('');
}

/** The bundled example register, copied out of the git checkout so that output carries no commit id. */
let example: string | undefined;
function exampleCopy(): string {
  if (example) return example;
  example = exampleRegister();
  return example;
}

/** A register under test/fixtures/ (`register: NAME` in a scenario), copied out so output carries no commit id; the scenario's files written over it. */
function fixtureCopy(name: string, files: Record<string, string>): string {
  const to = makeRegister({}, { bare: true });
  cpSync(join(REPO, 'test', 'fixtures', name), to, { recursive: true });
  writeFiles(to, files);
  return to;
}

/** The scripted history (test/history.ts), built once and shared: the history commands only read it. */
const histories = new Map<string, string>();
function historyRepo(name: string): string {
  if (name !== 'scripted') throw new Error(`no history ${name}`);
  let dir = histories.get(name);
  if (!dir) histories.set(name, (dir = scriptedHistory()));
  return dir;
}

const dir = join(REPO, 'test', 'golden');
const files = readdirSync(dir).filter((f) => f.endsWith('.scenario')).sort();

describe('golden CLI scenarios', () => {
  afterAll(cleanup);
  for (const f of files) {
    const path = join(dir, f);
    const s = parseScenario(readFileSync(path, 'utf8'));
    it(`${f}: ${s.title}`, async () => {
      const cwd = s.history ? historyRepo(s.history) : s.fixture ? fixtureCopy(s.fixture, s.files) : Object.keys(s.files).length || s.bare ? makeRegister(s.files, { bare: s.bare }) : s.after ? exampleRegister() : exampleCopy();
      const before = s.after ? snapshot(cwd) : undefined;
      const r = await runCli(s.command, { cwd, ...(s.columns !== undefined ? { columns: s.columns } : {}) });
      const norm = (t: string): string => t.split(cwd).join('<register>');
      const got: Parameters<typeof render>[1] = { code: r.code, stdout: norm(r.stdout), stderr: norm(r.stderr) };
      if (before) {
        got.changed = changedFiles(before, snapshot(cwd));
        const asOf = s.command.includes('--as-of') ? (s.command[s.command.indexOf('--as-of') + 1] as string) : '2026-11-22';
        const v = await runCli(['validate', '--as-of', asOf, '--lang', 'en'], { cwd });
        got.validateExit = v.code;
        got.validate = norm(v.stdout).split('\n').filter((l) => /^[✔✖⚠]/.test(l)).join('\n') + '\n';
      }
      if (process.env['UPDATE_GOLDEN']) {
        writeFileSync(path, render(s, got));
        return;
      }
      if (s.columns !== undefined) {
        const wide = got.stdout.split('\n').filter((l) => displayWidth(l) > (s.columns as number));
        expect(wide, `lines wider than ${s.columns} columns`).toEqual([]);
      }
      expect({ exit: got.code, stdout: got.stdout, stderr: got.stderr }).toEqual({ exit: s.exit, stdout: s.stdout, stderr: s.stderr });
      if (s.after) expect({ files: got.changed, validateExit: got.validateExit, validate: got.validate }).toEqual({ files: s.changed, validateExit: s.validateExit, validate: s.validate });
    });
  }
});
