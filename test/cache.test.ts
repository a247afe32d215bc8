// The record cache (.kerjasama-cache/records.json): used on the next run, same output, a changed file
// re-read, invalidated by a changed kerjasama.yaml, --no-cache off, and a broken or unwritable cache
// silently ignored.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, makeRegister, runCli } from './helpers.js';

afterAll(cleanup);

const JEPANG = 'name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\n';
const MOU = 'title: NTB–Shizuoka MoU\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: draft\n';
const CACHE = join('.kerjasama-cache', 'records.json');

function register(): string {
  return makeRegister({ 'data/partners/shizuoka.yaml': JEPANG, 'data/agreements/ntb-shizuoka-mou.yaml': MOU });
}

const validate = (dir: string, extra: string[] = []) => runCli(['validate', '--as-of', '2026-11-22', ...extra], { cwd: dir });
const titleOf = async (dir: string, extra: string[] = []) =>
  (JSON.parse((await runCli(['show', 'ntb-shizuoka-mou', '--format', 'json', '--as-of', '2026-11-22', ...extra], { cwd: dir })).stdout) as { agreement?: { title?: string }; record?: { title?: string } });

/** Replaces the cached title of the agreement, to see whether a run reads the cache. */
function tamper(dir: string): void {
  const path = join(dir, CACHE);
  const stored = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { v: { title: string } }> };
  const e = stored.entries['data/agreements/ntb-shizuoka-mou.yaml'];
  if (!e) throw new Error('agreement not cached');
  e.v.title = 'FROM THE CACHE';
  writeFileSync(path, JSON.stringify(stored));
}

describe('record cache', () => {
  it('is written in the register, then read: same output', async () => {
    const dir = register();
    const first = await validate(dir);
    expect(existsSync(join(dir, CACHE))).toBe(true);
    const second = await validate(dir);
    expect(second).toEqual(first);
    tamper(dir);
    expect(JSON.stringify(await titleOf(dir))).toContain('FROM THE CACHE');
  });

  it('--no-cache neither reads nor writes it', async () => {
    const dir = register();
    await validate(dir, ['--no-cache']);
    expect(existsSync(join(dir, '.kerjasama-cache'))).toBe(false);
    await validate(dir);
    tamper(dir);
    expect(JSON.stringify(await titleOf(dir, ['--no-cache']))).not.toContain('FROM THE CACHE');
    expect(JSON.stringify(await titleOf(dir))).toContain('FROM THE CACHE');
  });

  it('is not trusted once kerjasama.yaml changes', async () => {
    const dir = register();
    await validate(dir);
    tamper(dir);
    writeFileSync(join(dir, 'kerjasama.yaml'), readFileSync(join(dir, 'kerjasama.yaml'), 'utf8') + '# changed\n');
    expect(JSON.stringify(await titleOf(dir))).not.toContain('FROM THE CACHE');
  });

  it('re-reads a changed file, and reports its new error with its position', async () => {
    const dir = register();
    expect((await validate(dir)).code).toBe(0);
    writeFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou.yaml'), MOU.replace('status: draft', 'status: drafted'));
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('data/agreements/ntb-shizuoka-mou.yaml:5:9');
    // And back: clean again, from a fresh read.
    writeFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou.yaml'), MOU);
    expect((await validate(dir)).code).toBe(0);
  });

  it('gives positions for cross-record problems in files answered by the cache', async () => {
    const dir = register();
    await validate(dir);
    // The partner disappears: the cached, unread agreement now has an unknown partner.
    rmSync(join(dir, 'data/partners/shizuoka.yaml'));
    const r = await validate(dir);
    expect(r.stdout).toContain('data/agreements/ntb-shizuoka-mou.yaml:4:');
    expect(r.stdout).toContain('partners: [shizuoka]');
  });

  it('ignores a corrupt cache, and one that cannot be written', async () => {
    const dir = register();
    const clean = await validate(dir, ['--no-cache']);
    mkdirSync(join(dir, '.kerjasama-cache'), { recursive: true });
    writeFileSync(join(dir, CACHE), '{"format": 1, "key": "x", "entries": {"data/agreements/ntb-shizuoka-mou.yaml": 5}');
    expect(await validate(dir)).toEqual(clean);
    expect(JSON.parse(readFileSync(join(dir, CACHE), 'utf8'))).toHaveProperty('entries');

    const blocked = register();
    writeFileSync(join(blocked, '.kerjasama-cache'), 'a file where the folder should be');
    expect(await validate(blocked)).toEqual(clean);
    expect(await validate(blocked)).toEqual(clean);
  });
});

describe('run memo (.kerjasama-cache/validate.json)', () => {
  const MEMO = join('.kerjasama-cache', 'validate.json');
  /** Files written now are "racy" and never trusted by time: date them an hour back, as files at rest are. */
  function age(dir: string): void {
    const past = new Date(Date.now() - 3600_000);
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) { if (e.name !== '.kerjasama-cache') walk(p); } else utimesSync(p, past, past);
      }
    };
    walk(dir);
  }
  const broken = (): string => makeRegister({
    'data/partners/shizuoka.yaml': '\uFEFFname: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\nwebsite: not a url\n',
    'data/partners/bin.yaml': new Uint8Array([0x6e, 0x00, 0x01]),
    'data/partners/big.yaml': 'notes: ' + 'x'.repeat(1_100_000) + '\n',
    'data/agreements/ntb-shizuoka-mou.yaml': 'title: T\ncategory: KSDPL\ndocument_type: mou\npartners: [shizouka]\nstatus: active\nend: 2020-01-01\n',
    'data/agreements/bad.yaml': 'title: [unclosed\n',
  });

  it('answers a second validate with exactly the first one\'s output, in every format', async () => {
    const dir = broken();
    age(dir);
    for (const format of ['stylish', 'json', 'junit', 'sarif', 'github']) {
      rmSync(join(dir, '.kerjasama-cache'), { recursive: true, force: true });
      const first = await validate(dir, ['--format', format]);
      expect(existsSync(join(dir, MEMO))).toBe(true);
      const second = await validate(dir, ['--format', format]);
      expect(second).toEqual(first);
      const uncached = await validate(dir, ['--format', format, '--no-cache']);
      expect(uncached).toEqual(first);
    }
  });

  it('is what answers: a change that keeps size and time is not seen (as ESLint\'s metadata cache); a real edit is', async () => {
    const dir = register();
    age(dir);
    await validate(dir);
    const file = join(dir, 'data/agreements/ntb-shizuoka-mou.yaml');
    const { mtime } = statSync(file);
    writeFileSync(file, MOU.replace('status: draft', 'status: drafx'));
    utimesSync(file, mtime, mtime);
    expect((await validate(dir)).code).toBe(0); // the memo answered
    expect((await validate(dir, ['--no-cache'])).code).toBe(1);
    writeFileSync(file, MOU.replace('status: draft', 'status: drafx')); // a real edit: a new time
    const after = await validate(dir);
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('schema-enum');
  });

  it('is not used for another as-of day, nor trusted for files written just before it', async () => {
    const dir = register();
    writeFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou.yaml'), MOU.replace('status: draft', 'status: active\nend: 2026-12-01'));
    age(dir);
    expect((await validate(dir)).stdout).not.toContain('status-contradicted');
    const later = await runCli(['validate', '--as-of', '2027-01-01'], { cwd: dir });
    expect(later.stdout).toContain('status-contradicted');
    // Fresh files: the memo is written but never trusted by their times.
    const fresh = register();
    await validate(fresh);
    const file = join(fresh, 'data/agreements/ntb-shizuoka-mou.yaml');
    const { mtime } = statSync(file);
    writeFileSync(file, MOU.replace('status: draft', 'status: drafx'));
    utimesSync(file, mtime, mtime);
    expect((await validate(fresh)).code).toBe(1);
  });
});
