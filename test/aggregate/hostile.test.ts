// A hostile member cannot make `aggregate build` run anything or write outside its output: its own git
// configuration (fsmonitor, filters, diff drivers, hooks), links out of the register (in a folder and in
// git's objects), a folder: or code that climbs out. Every run is checked for files written anywhere
// but --out and federation.lock, and for a marker a command would have left.

import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, runCli } from '../helpers.js';
import { cleanupFederations, commitAll, federation, gitAt } from './helpers.js';

afterAll(() => {
  cleanup();
  cleanupFederations();
});

/** Every path under `dir`, with its kind. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      const st = statSync(p, { throwIfNoEntry: false });
      out.push(relative(dir, p));
      if (st?.isDirectory() && n !== '.git') walk(p);
    }
  };
  walk(dir);
  return out;
}

/** A script that leaves a marker when anything runs it. */
function trap(dir: string): { script: string; marker: string } {
  const marker = join(dir, 'RAN');
  const script = join(dir, 'trap.sh');
  writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\ncat\n`);
  chmodSync(script, 0o755);
  return { script, marker };
}

async function build(dir: string, out = 'out'): Promise<{ code: number; stderr: string }> {
  const r = await runCli(['aggregate', 'build', '--as-of', '2026-06-01', '--out', out], { cwd: dir });
  return { code: r.code, stderr: r.stderr };
}

describe('a hostile member', () => {
  it("runs nothing its own git configuration names (fsmonitor, filters, diff drivers, hooks), as a git member and as a folder in git", async () => {
    const dir = federation({ federation: "name: H\nmembers:\n  - code: '52'\n    git: ntb\n    ref: main\n  - code: '35'\n    path: jatim\n" });
    const { script, marker } = trap(dir);
    for (const m of ['ntb', 'jatim']) {
      const repo = join(dir, m);
      writeFileSync(join(repo, '.gitattributes'), '* filter=evil diff=evil\n');
      gitAt(repo, '2026-05-02', 'add', '-A');
      gitAt(repo, '2026-05-02', 'commit', '-q', '-m', 'attributes');
      for (const [k, v] of [['core.fsmonitor', script], ['filter.evil.smudge', script], ['filter.evil.clean', script], ['filter.evil.process', script], ['filter.evil.required', 'true'], ['diff.evil.textconv', script], ['diff.evil.command', script], ['diff.external', script], ['core.pager', script], ['core.hooksPath', dir], ['core.sshCommand', script], ['gpg.program', script]]) gitAt(repo, '2026-05-02', 'config', k as string, v as string);
      for (const hook of ['post-checkout', 'post-merge', 'pre-commit', 'reference-transaction', 'post-index-change', 'fsmonitor-watchman']) {
        writeFileSync(join(repo, '.git', 'hooks', hook), `#!/bin/sh\ntouch '${marker}'\n`);
        chmodSync(join(repo, '.git', 'hooks', hook), 0o755);
      }
      // A change in the working tree, so that a status or diff would have a reason to run a filter.
      writeFileSync(join(repo, 'data', 'partners', m === 'ntb' ? 'ntb.yaml' : 'jatim.yaml'), 'name: Changed\ntype: province\ncountry: ID\n');
    }
    const before = tree(dir);
    const r = await build(dir);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(tree(dir).filter((p) => !before.includes(p)).filter((p) => !p.startsWith('out')).sort()).toEqual(['federation.lock']);
    const st = await runCli(['aggregate', 'status', '--as-of', '2026-06-01', '--format', 'json'], { cwd: dir });
    expect(st.code, st.stderr).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });

  it('cannot make a link read: a record linked out of its folder member, kerjasama.yaml linked away, a link in git', async () => {
    const dir = federation({ git: false, federation: "name: L\nmembers:\n  - code: '34'\n    path: diy\n  - code: '52'\n    git: ntb\n    ref: main\n" });
    mkdirSync(join(dir, 'secret'));
    writeFileSync(join(dir, 'secret', 'p.yaml'), 'name: Secret\ntype: province\ncountry: ID\n');
    symlinkSync(join(dir, 'secret', 'p.yaml'), join(dir, 'diy', 'data', 'partners', 'secret.yaml'));
    // In git: a link blob pointing out of the repository.
    symlinkSync('/etc/passwd', join(dir, 'ntb', 'data', 'partners', 'passwd.yaml'));
    commitAll(join(dir, 'ntb'), '2026-05-01');
    const r = await build(dir);
    expect(r.code, r.stderr).toBe(0);
    const members = JSON.parse((await runCli(['aggregate', 'status', '--as-of', '2026-06-01', '--format', 'json'], { cwd: dir })).stdout) as { members: Array<{ code: string; errors: number; left_out: number }> };
    expect(members.members.map((m) => [m.code, m.errors, m.left_out])).toEqual([['34', 1, 1], ['52', 1, 1]]);
    const { readFileSync } = await import('node:fs');
    const partners = readFileSync(join(dir, 'out', 'partners.csv'), 'utf8');
    expect(partners).not.toContain('Secret');
    expect(partners).not.toContain('root:');
    // kerjasama.yaml itself linked to a file outside.
    const other = federation({ git: false, federation: "name: C\nmembers:\n  - code: '34'\n    path: diy\n" });
    const { rmSync } = await import('node:fs');
    rmSync(join(other, 'diy', 'kerjasama.yaml'));
    symlinkSync('/etc/passwd', join(other, 'diy', 'kerjasama.yaml'));
    const c = await build(other);
    expect(c.code, c.stderr).toBe(0);
    const s = JSON.parse((await runCli(['aggregate', 'status', '--as-of', '2026-06-01', '--format', 'json'], { cwd: other })).stdout) as { members: Array<{ errors: number }> };
    expect(s.members[0]?.errors).toBeGreaterThan(0);
    expect(readFileSync(join(other, 'out', 'member_meta.csv'), 'utf8')).not.toContain('root:');
  });

  it('cannot climb out with a folder:, a code or ids: refused, or kept inside the output', async () => {
    const dir = federation({ federation: "name: F\nmembers:\n  - code: '52'\n    git: ntb\n    ref: main\n    folder: ../diy\n" });
    const r = await build(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('folder: ../diy must be a folder inside the repository');
    const code = federation({ federation: "name: F\nmembers:\n  - code: '../x'\n    path: ntb\n" });
    const c = await build(code);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("must be a Kemendagri region code in quotes");
    // A member's ids are only ever values in the output, never paths: a record named like a path stays a row.
    const ids = federation({ federation: "name: F\nmembers:\n  - code: '52'\n    path: ntb\n" });
    writeFileSync(join(ids, 'ntb', 'data', 'partners', '..%2f..%2fx.yaml'), 'name: X\ntype: province\ncountry: ID\n');
    const before = tree(ids);
    const i = await build(ids);
    expect(i.code, i.stderr).toBe(0);
    expect(tree(ids).filter((p) => !before.includes(p)).filter((p) => !p.startsWith('out')).sort()).toEqual(['federation.lock']);
    expect(readdirSync(join(ids, 'out')).every((n) => /^[a-z0-9_]+\.(csv|json)$/.test(n))).toBe(true);
  });
});
