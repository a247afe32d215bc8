// Issue 13: writes that never replace what is not a regular file, keep the mode, say which path failed
// and why (exit 2), and leave no temporary file, on a read-only and on a full file system too.

import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, exampleRegister, makeRegister, runCli } from './helpers.js';

const mounts: string[] = [];
const scratch: string[] = [];
afterAll(() => {
  for (const m of mounts.splice(0)) spawnSync('umount', [m]);
  for (const d of scratch.splice(0)) rmSync(d, { recursive: true, force: true });
  cleanup();
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'kerjasama-writes-'));
  scratch.push(d);
  return d;
}

/** A small tmpfs (root only); undefined, with the reason, where this machine cannot make one. */
function tmpfs(options: string): { dir?: string; reason?: string } {
  if (process.platform !== 'linux') return { reason: 'tmpfs mounts need Linux' };
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return { reason: 'mounting a tmpfs needs root' };
  const dir = tempDir();
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return { reason: `mount -t tmpfs failed here: ${(r.stderr || r.error?.message || '').trim()}` };
  mounts.push(dir);
  return { dir };
}

const SCHEMA = ['schema', 'agreement'];

describe('--output --force', () => {
  it('refuses to replace a FIFO, a symbolic link or a device, and leaves them as they were', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe');
    spawnSync('mkfifo', [fifo]);
    const target = join(dir, 'target.txt');
    writeFileSync(target, 'keep me\n');
    const link = join(dir, 'link.json');
    symlinkSync(target, link);
    for (const [path, kind] of [[fifo, 'named pipe'], [link, 'symbolic link']] as const) {
      const r = await runCli([...SCHEMA, '--output', path, '--force'], { cwd: dir });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(kind);
      expect(r.stderr).toContain(path);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
    const r = await runCli([...SCHEMA, '--output', '/dev/null', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a device');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'pipe', 'target.txt']);
  });

  it('keeps the mode of the file it replaces', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    const r = await runCli([...SCHEMA, '--output', out, '--force'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toContain('"$schema"');
  });

  it('a missing folder: the path and the cause, exit 2, not "internal error"', async () => {
    const dir = tempDir();
    const r = await runCli([...SCHEMA, '--output', join(dir, 'no/such/folder/out.json')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('could not write');
    expect(r.stderr).toContain('no/such/folder/out.json');
    expect(r.stderr).not.toContain('internal error');
  });
});

describe('on a read-only and on a full file system', () => {
  it('a read-only folder: --output, new and init say the path and the cause, exit 2', async (ctx) => {
    const m = tmpfs('size=1m');
    if (!m.dir) return ctx.skip(m.reason);
    const reg = join(m.dir, 'reg');
    mkdirSync(join(reg, 'data/partners'), { recursive: true });
    writeFileSync(join(reg, 'kerjasama.yaml'), 'name: Test register\nowner: ntb\nlanguage: en\n');
    writeFileSync(join(reg, 'data/partners/ntb.yaml'), 'name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\n');
    expect(spawnSync('mount', ['-o', 'remount,ro', m.dir]).status).toBe(0);
    const out = await runCli([...SCHEMA, '--output', join(reg, 'out.json')], { cwd: reg });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/could not write .*out\.json: the file system is read-only/);
    const n = await runCli(['new', 'partner', 'p', '--name', 'P', '--type', 'ngo', '--country', 'ID'], { cwd: reg });
    expect(n.code).toBe(2);
    expect(n.stderr).toContain('read-only');
    expect(n.stderr).not.toContain('internal error');
    const i = await runCli(['init', join(m.dir, 'new-register'), '--yes'], { cwd: m.dir });
    expect(i.code).toBe(2);
    expect(i.stderr).toContain('read-only');
    expect(i.stderr).not.toContain('internal error');
  });

  it('a full disk: --output, new and init say so, exit 2, and leave no temporary file', async (ctx) => {
    const m = tmpfs('size=64k');
    if (!m.dir) return ctx.skip(m.reason);
    const reg = exampleRegister();
    // Fill the file system, leaving less than any output needs.
    const filler = spawnSync('dd', ['if=/dev/zero', `of=${join(m.dir, 'filler')}`, 'bs=1k', 'count=1000'], { encoding: 'utf8' });
    expect(filler.status).not.toBe(0);
    const before = readdirSync(m.dir).sort();
    // The example register is in Indonesian: --lang en for the English wording checked here.
    const out = await runCli(['report', 'summary', '--format', 'json', '--as-of', '2026-11-22', '--lang', 'en', '--output', join(m.dir, 'summary.json')], { cwd: reg });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('no space left on the device');
    expect(out.stderr).not.toContain('internal error');
    const i = await runCli(['init', join(m.dir, 'new-register'), '--yes'], { cwd: m.dir });
    expect(i.code).toBe(2);
    expect(i.stderr).toContain('no space left on the device');
    expect(readdirSync(m.dir).sort()).toEqual(before);
    // new, into a register on the full disk.
    rmSync(join(m.dir, 'filler'));
    const small = join(m.dir, 'reg');
    mkdirSync(join(small, 'data/partners'), { recursive: true });
    writeFileSync(join(small, 'kerjasama.yaml'), 'name: Test register\nowner: ntb\nlanguage: en\n');
    writeFileSync(join(small, 'data/partners/ntb.yaml'), 'name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\n');
    spawnSync('dd', ['if=/dev/zero', `of=${join(m.dir, 'filler')}`, 'bs=1k', 'count=1000']);
    const n = await runCli(['new', 'partner', 'p', '--name', 'P', '--type', 'ngo', '--country', 'ID', '--region', 'x'.repeat(3000)], { cwd: small, env: { KERJASAMA_CACHE_HOME: tempDir() } });
    expect(n.code).toBe(2);
    expect(n.stderr).toContain('no space left on the device');
    expect(readdirSync(join(small, 'data/partners'))).toEqual(['ntb.yaml']);
  });
});

void makeRegister;
