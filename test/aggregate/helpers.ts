// A federation for the aggregate's tests: the fixture of three members (test/fixtures/federation) copied
// to a temporary folder, each member its own git repository committed on a fixed day, so that commits,
// ages and the whole output are the same on every run.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GIT_ENV, REPO } from '../helpers.js';

export const FIXTURE = join(REPO, 'test', 'fixtures', 'federation');

/** The day each member's one commit is made (stale_after 180d, as of 2026-06-01: DIY and NTB are stale). */
export const COMMIT_DAYS: Readonly<Record<string, string>> = { diy: '2025-10-01', jatim: '2026-05-01', ntb: '2025-01-01' };

const made: string[] = [];
export function cleanupFederations(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function gitAt(dir: string, when: string, ...args: string[]): string {
  const date = `${when}T10:00:00+07:00`;
  return execFileSync('git', ['-C', dir, ...args], { env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, encoding: 'utf8' });
}

/** Commits everything in `dir` (a new repository when it is not one) on `when`. */
export function commitAll(dir: string, when: string, message = 'register'): string {
  try {
    gitAt(dir, when, 'rev-parse', '--git-dir');
  } catch {
    gitAt(dir, when, 'init', '-q', '-b', 'main');
  }
  gitAt(dir, when, 'add', '-A');
  gitAt(dir, when, 'commit', '-q', '--allow-empty', '-m', message);
  return gitAt(dir, when, 'rev-parse', 'HEAD').trim();
}

/** The fixture in a fresh folder; with `git`, each member committed in its own repository. `federation` replaces federation.yaml. */
export function federation(opts: { git?: boolean; federation?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kerjasama-federation-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  rmSync(join(dir, 'federation.lock'), { force: true });
  if (opts.federation !== undefined) writeFileSync(join(dir, 'federation.yaml'), opts.federation);
  if (opts.git !== false) for (const [m, when] of Object.entries(COMMIT_DAYS)) commitAll(join(dir, m), when);
  return dir;
}
