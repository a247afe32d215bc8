// Test helpers: build registers in temporary folders, and run the CLI in-process with a fake IO.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type Files = Record<string, string | Uint8Array>;

export const MINIMAL_CONFIG = 'name: Test register\nowner: ntb\nlanguage: en\n';
export const NTB = 'name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\n';

const made: string[] = [];

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

export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export interface RunResult { code: number; stdout: string; stderr: string }

export async function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; now?: string } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: opts.cwd ?? REPO,
    env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', ...opts.env },
    now: () => new Date(opts.now ?? '2026-11-22T03:00:00Z'),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
  });
  return { code, stdout, stderr };
}

/** Runs validate --format json and returns the diagnostics. */
export async function diagnosticsOf(dir: string, extra: string[] = []): Promise<Array<{ code: string; severity: string; file: string; line: number | null; column: number | null; message: string }>> {
  const r = await runCli(['validate', '--format', 'json', '--as-of', '2026-11-22', ...extra], { cwd: dir });
  if (r.code === 2) throw new Error(`validate exited 2: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { diagnostics: [] }).diagnostics;
}
