// kerjasama aggregate build and status over the three-member fixture: namespaced ids, provenance, the
// members table and freshness, the lock and --locked, git members read from their objects, and refusals.

import { createHash, createHmac } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atRest, CACHE_HOME, cleanup, runCli } from '../helpers.js';
import { cleanupFederations, commitAll, federation, gitAt } from './helpers.js';

afterAll(() => {
  cleanup();
  cleanupFederations();
});

const AS_OF = '2026-06-01';

async function build(dir: string, out: string, extra: string[] = []): Promise<{ code: number; stderr: string }> {
  const r = await runCli(['aggregate', 'build', '--as-of', AS_OF, '--out', out, ...extra], { cwd: dir });
  return { code: r.code, stderr: r.stderr };
}

/** Every file of a folder, name to bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n))]));
}

/** A CSV file of the Data Package as rows of cells (RFC 4180: quoted cells may hold commas and doubled quotes). */
function csv(dir: string, table: string): string[][] {
  const text = readFileSync(join(dir, `${table}.csv`), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

describe('aggregate build', () => {
  it('writes every member namespaced, with provenance and a members table, and a lock', async () => {
    const dir = federation();
    const r = await build(dir, 'out');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('aggregate of 3 members written to out');
    expect(r.stderr).toContain('2 member(s) not updated for longer than 180 days: 34, 52');
    const out = join(dir, 'out');
    const members = csv(out, 'members');
    expect(members[0]).toEqual(['code', 'name', 'source', 'commit', 'content_hash', 'last_commit', 'age_days', 'stale', 'errors', 'warnings', 'left_out', 'partners', 'agreements', 'activities']);
    expect(members.slice(1).map((m) => [m[0], m[2], m[5], m[6], m[7], m[8], m[9]])).toEqual([
      ['34', 'path:diy', '2025-10-01', '243', 'true', '0', '0'],
      ['35', 'path:jatim', '2026-05-01', '31', 'false', '0', '1'],
      ['52', 'path:ntb', '2025-01-01', '516', 'true', '0', '0'],
    ]);
    const agreements = csv(out, 'agreements');
    const head = agreements[0] as string[];
    expect(head[0]).toBe('member');
    expect(head.slice(-3)).toEqual(['source_commit', 'source_file', 'source_line']);
    const ids = agreements.slice(1).map((a) => a[1]);
    expect(ids).toEqual(['34:diy-jatim-ntb-pks-2025', '34:diy-kyoto-mou-1985', '35:jatim-diy-ntb-pks-2025', '35:jatim-kyoto-mou-2019', '52:ntb-diy-jatim-pks-2025']);
    const ntb = agreements.find((a) => a[1] === '52:ntb-diy-jatim-pks-2025') as string[];
    const commit = (members[3] as string[])[3] as string;
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    expect(ntb.slice(-3)).toEqual([commit, 'data/agreements/ntb-diy-jatim-pks-2025.yaml', '1']);
    // References are namespaced too: a signature's party is the member's partner.
    const parties = csv(out, 'agreement_signatures').slice(1).filter((s) => s[0] === '52').map((s) => s[3]);
    expect(parties).toEqual(['52:ntb', '52:diy', '52:jatim']);
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: Array<{ name: string; schema: { primaryKey: string[]; foreignKeys: Array<{ fields: string[]; reference: { resource: string } }> } }> };
    const sectorCoverage = descriptor.resources.find((x) => x.name === 'sector_coverage');
    expect(sectorCoverage?.schema.primaryKey).toEqual(['member', 'sector_id']);
    expect(sectorCoverage?.schema.foreignKeys[0]).toEqual({ fields: ['member'], reference: { resource: 'members', fields: ['code'] } });
    const lock = JSON.parse(readFileSync(join(dir, 'federation.lock'), 'utf8')) as { members: Array<{ code: string; commit: string; content_hash: string }> };
    expect(lock.members.map((m) => m.code)).toEqual(['34', '35', '52']);
    expect(lock.members[2]?.commit).toBe(commit);
    expect(lock.members.every((m) => /^sha256:[0-9a-f]{64}$/.test(m.content_hash))).toBe(true);
  });

  it('gives byte-identical output on two runs from the same lock, and --locked reads the locked commits', async () => {
    const dir = federation();
    expect((await build(dir, 'a')).code).toBe(0);
    const lock = readFileSync(join(dir, 'federation.lock'));
    expect((await build(dir, 'b', ['--locked'])).code).toBe(0);
    expect((await build(dir, 'c', ['--locked'])).code).toBe(0);
    expect(readFileSync(join(dir, 'federation.lock'))).toEqual(lock);
    const a = filesOf(join(dir, 'a'));
    expect(filesOf(join(dir, 'b'))).toEqual(a);
    expect(filesOf(join(dir, 'c'))).toEqual(a);
    // SQLite too.
    expect((await build(dir, 'a.sqlite', ['--locked', '--format', 'sqlite'])).code).toBe(0);
    expect((await build(dir, 'b.sqlite', ['--locked', '--format', 'sqlite'])).code).toBe(0);
    expect(readFileSync(join(dir, 'b.sqlite'))).toEqual(readFileSync(join(dir, 'a.sqlite')));
    // A new commit in a member: --locked still reads the locked commit (the same output); without, the new one.
    writeFileSync(join(dir, 'ntb', 'data', 'partners', 'ntb.yaml'), readFileSync(join(dir, 'ntb', 'data', 'partners', 'ntb.yaml'), 'utf8').replace('Pemprov NTB', 'Pemerintah Provinsi NTB'));
    commitAll(join(dir, 'ntb'), '2026-05-20', 'aliases');
    expect((await build(dir, 'd', ['--locked'])).code).toBe(0);
    expect(filesOf(join(dir, 'd'))).toEqual(a);
    expect((await build(dir, 'e')).code).toBe(0);
    expect(readFileSync(join(dir, 'e', 'partner_aliases.csv'), 'utf8')).toContain('52:ntb,2,Pemerintah Provinsi NTB');
    expect(readFileSync(join(dir, 'federation.lock'))).not.toEqual(lock);
  });

  it('--locked refuses a member whose files differ from the lock when it cannot read the locked commit', async () => {
    const dir = federation({ git: false });
    expect((await build(dir, 'a')).code).toBe(0);
    const lock = JSON.parse(readFileSync(join(dir, 'federation.lock'), 'utf8')) as { members: Array<{ commit: string | null }> };
    expect(lock.members.map((m) => m.commit)).toEqual([null, null, null]);
    writeFileSync(join(dir, 'diy', 'data', 'partners', 'jatim.yaml'), 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n');
    const r = await build(dir, 'b', ['--locked']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('member 34: what was read differs from federation.lock (its files changed)');
  });

  it('reads a working-tree member through the record cache, and the lock names its files by the same hashes', async () => {
    const dir = federation({ git: false });
    atRest(dir);
    expect((await build(dir, 'a')).code).toBe(0);
    const lock = readFileSync(join(dir, 'federation.lock'), 'utf8');
    // The cache of DIY's folder is the one `validate` there would use; a signed change to it shows it is read.
    const path = join(CACHE_HOME, 'kerjasama', 'registers', createHash('sha256').update(realpathSync(join(dir, 'diy'))).digest('hex').slice(0, 32), 'records.json');
    const text = readFileSync(path, 'utf8');
    const stored = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { entries: Record<string, { v: { name: string } }> };
    const kyoto = stored.entries['data/partners/kyoto.yaml'];
    if (!kyoto) throw new Error('kyoto.yaml not cached');
    kyoto.v.name = 'FROM THE CACHE';
    const key = readFileSync(join(CACHE_HOME, 'kerjasama', 'key'));
    const body = Buffer.from(JSON.stringify(stored));
    writeFileSync(path, Buffer.concat([Buffer.from(createHmac('sha256', key).update(body).digest('hex') + '\n'), body]));
    expect((await build(dir, 'b')).code).toBe(0);
    expect(readFileSync(join(dir, 'b', 'partners.csv'), 'utf8')).toContain('34,34:kyoto,false,FROM THE CACHE,');
    // Files answered unread are hashed as the cache knows them: the same lock as reading every file.
    expect(readFileSync(join(dir, 'federation.lock'), 'utf8')).toBe(lock);
    expect((await build(dir, 'c', ['--no-cache'])).code).toBe(0);
    expect(readFileSync(join(dir, 'c', 'partners.csv'), 'utf8')).not.toContain('FROM THE CACHE');
    expect(readFileSync(join(dir, 'federation.lock'), 'utf8')).toBe(lock);
    // A changed file is read again, and the lock changes as it does without the cache.
    writeFileSync(join(dir, 'diy', 'data', 'partners', 'kyoto.yaml'), readFileSync(join(dir, 'diy', 'data', 'partners', 'kyoto.yaml'), 'utf8') + '# checked\n');
    atRest(dir, new Date('2026-10-02T00:00:00Z'));
    expect((await build(dir, 'd')).code).toBe(0);
    const changed = readFileSync(join(dir, 'federation.lock'), 'utf8');
    expect(changed).not.toBe(lock);
    expect((await build(dir, 'e', ['--no-cache'])).code).toBe(0);
    expect(readFileSync(join(dir, 'federation.lock'), 'utf8')).toBe(changed);
    expect(readFileSync(join(dir, 'd', 'partners.csv'), 'utf8')).not.toContain('FROM THE CACHE');
  });

  it('is not built again when nothing it is built from changed and the output is as written (as make says up to date)', async () => {
    const dir = federation();
    expect((await build(dir, 'out')).stderr).toContain('aggregate of 3 members written to out');
    const first = filesOf(join(dir, 'out'));
    // Writing into an earlier output asks for --force, as always.
    const again = await build(dir, 'out', ['--force']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('aggregate of 3 members unchanged since the last build: out is up to date (as of 1 Jun 2026); federation.lock unchanged');
    // The stale members are still named.
    expect(again.stderr).toContain('2 member(s) not updated for longer than 180 days: 34, 52');
    expect(filesOf(join(dir, 'out'))).toEqual(first);
    // Anything else is built: an output file changed by hand, another day, language or format, --no-cache, a member's new commit.
    writeFileSync(join(dir, 'out', 'members.csv'), 'edited\n');
    expect((await build(dir, 'out', ['--force'])).stderr).toContain('written to out');
    expect(filesOf(join(dir, 'out'))).toEqual(first);
    expect((await build(dir, 'out', ['--force', '--lang', 'id'])).stderr).toContain('ditulis ke out');
    expect((await build(dir, 'out', ['--force', '--no-cache'])).stderr).toContain('written to out');
    expect((await runCli(['aggregate', 'build', '--as-of', '2026-06-02', '--out', 'out', '--force'], { cwd: dir })).stderr).toContain('written to out');
    expect((await build(dir, 'out', ['--force'])).stderr).toContain('written to out');
    expect((await build(dir, 'out', ['--force'])).stderr).toContain('up to date');
    writeFileSync(join(dir, 'ntb', 'data', 'partners', 'ntb.yaml'), readFileSync(join(dir, 'ntb', 'data', 'partners', 'ntb.yaml'), 'utf8').replace('Pemprov NTB', 'Pemerintah Provinsi NTB'));
    commitAll(join(dir, 'ntb'), '2026-05-20', 'aliases');
    const changed = await build(dir, 'out', ['--force']);
    expect(changed.stderr).toContain('written to out');
    expect(changed.stderr).toContain('federation.lock written');
    expect(readFileSync(join(dir, 'out', 'partner_aliases.csv'), 'utf8')).toContain('52:ntb,2,Pemerintah Provinsi NTB');
    // An identity.yaml decision is an input too.
    writeFileSync(join(dir, 'identity.yaml'), 'same: []\n');
    expect((await build(dir, 'out', ['--force'])).stderr).toContain('written to out');
  });

  it('members as folders of one repository: git asked once for them all; a changed folder has no commit, an ignored one is not in git', async () => {
    const dir = federation({ git: false });
    // The federation's own repository holds the three members; a fourth, ignored by it, is a copy of NTB.
    cpSync(join(dir, 'ntb'), join(dir, 'ntb-copy'), { recursive: true });
    writeFileSync(join(dir, '.gitignore'), 'ntb-copy/\nout/\n');
    writeFileSync(join(dir, 'federation.yaml'), readFileSync(join(dir, 'federation.yaml'), 'utf8').replace('stale_after:', "  - code: '52.71'\n    path: ntb-copy\nstale_after:"));
    const head = commitAll(dir, '2026-05-01');
    writeFileSync(join(dir, 'jatim', 'data', 'partners', 'jatim.yaml'), readFileSync(join(dir, 'jatim', 'data', 'partners', 'jatim.yaml'), 'utf8') + '# checked\n');
    // Every git process the build starts, counted by a git in front of the real one on PATH.
    const bin = join(dir, '..', `${basename(dir)}-bin`);
    mkdirSync(bin);
    const log = join(bin, 'calls');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$@" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    const path = process.env['PATH'];
    process.env['PATH'] = `${bin}:${path ?? ''}`;
    let r;
    try {
      r = await build(dir, 'out');
    } finally {
      process.env['PATH'] = path;
    }
    expect(r.code, r.stderr).toBe(0);
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    // The top, one status for every folder, HEAD's time; and the configuration read once for the repository.
    expect(calls.length, calls.join('\n')).toBeLessThanOrEqual(4);
    const members = csv(join(dir, 'out'), 'members').slice(1).map((m) => [m[0], m[3], m[5]]);
    expect(members).toEqual([['34', head, '2026-05-01'], ['35', '', '2026-05-01'], ['52', head, '2026-05-01'], ['52.71', '', '']]);
    const lock = JSON.parse(readFileSync(join(dir, 'federation.lock'), 'utf8')) as { members: Array<{ commit: string | null }> };
    expect(lock.members.map((m) => m.commit)).toEqual([head, null, head, null]);
  });

  it('reads a git member from its objects at the ref, never its working tree', async () => {
    const dir = federation({ federation: "name: Git\nmembers:\n  - code: '52'\n    git: ntb\n    ref: main\n" });
    const head = gitAt(join(dir, 'ntb'), '2025-01-01', 'rev-parse', 'HEAD').trim();
    // An uncommitted change in the repository's working tree is not what the ref holds.
    writeFileSync(join(dir, 'ntb', 'data', 'partners', 'ntb.yaml'), 'name: [broken\n');
    const r = await build(dir, 'out');
    expect(r.code, r.stderr).toBe(0);
    const members = csv(join(dir, 'out'), 'members');
    expect(members[1]?.slice(0, 4)).toEqual(['52', 'Register Kerja Sama Daerah Provinsi Nusa Tenggara Barat (uji)', 'git:ntb@main', head]);
    expect(members[1]?.[8]).toBe('0');
    expect(readFileSync(join(dir, 'out', 'partners.csv'), 'utf8')).toContain('52:ntb,false,Provinsi Nusa Tenggara Barat');
  });

  it('never reaches the network: a remote member must be fetched first (aggregate fetch), into the cache', async () => {
    const dir = federation();
    const url = `file://${join(dir, 'jatim')}`;
    writeFileSync(join(dir, 'federation.yaml'), `name: Remote\nmembers:\n  - code: '35'\n    git: ${url}\n    ref: main\n`);
    const before = await build(dir, 'out');
    expect(before.code).toBe(2);
    expect(before.stderr).toContain(`member 35: ${url} has not been fetched`);
    expect(before.stderr).toContain('kerjasama aggregate fetch');
    const f = await runCli(['aggregate', 'fetch'], { cwd: dir });
    expect(f.code, f.stderr).toBe(0);
    expect(f.stderr).toContain(`member 35: fetched ${url}`);
    expect(existsSync(join(CACHE_HOME, 'kerjasama', 'federation'))).toBe(true);
    const after = await build(dir, 'out');
    expect(after.code, after.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'agreements.csv'), 'utf8')).toContain('35:jatim-kyoto-mou-2019');
  });

  it("says when a member's kerjasama.yaml gives another region code than federation.yaml", async () => {
    const dir = federation({ git: false, federation: "name: C\nmembers:\n  - code: '52.01'\n    path: ntb\n" });
    const r = await build(dir, 'out');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('member 52.01: its kerjasama.yaml gives owner_ids.kemendagri 52; federation.yaml gives 52.01 (one of the two is wrong)');
  });

  it('reads a bundle member (kerjasama export bundle): the same tables as its git source at the same commit', async () => {
    const dir = federation({ federation: "name: G\nmembers:\n  - code: '52'\n    git: ntb\n    ref: main\n" });
    const e = await runCli(['export', '--format', 'bundle', '--as-of', AS_OF, '--out', join(dir, 'ntb.tgz'), '-C', join(dir, 'ntb')], { cwd: dir });
    expect(e.code, e.stderr).toBe(0);
    expect((await build(dir, 'from-git')).code).toBe(0);
    writeFileSync(join(dir, 'federation.yaml'), "name: G\nmembers:\n  - code: '52'\n    bundle: ntb.tgz\n");
    const b = await build(dir, 'from-bundle');
    expect(b.code, b.stderr).toBe(0);
    for (const table of ['partners', 'agreements', 'agreement_signatures', 'partnerships', 'sector_coverage', 'national_partners', 'national_partner_records', 'national_agreements', 'national_agreement_records', 'conflicts', 'conflict_values']) {
      expect(readFileSync(join(dir, 'from-bundle', `${table}.csv`), 'utf8'), table).toBe(readFileSync(join(dir, 'from-git', `${table}.csv`), 'utf8'));
    }
    const [, git] = csv(join(dir, 'from-git'), 'members');
    const [, bundle] = csv(join(dir, 'from-bundle'), 'members');
    expect(bundle?.[2]).toBe('bundle:ntb.tgz');
    // The commit, its day and the age come from the bundle's manifest.
    expect([bundle?.[3], bundle?.[5], bundle?.[6]]).toEqual([git?.[3], '2025-01-01', '516']);
    // A damaged bundle is refused with its reader's reason.
    writeFileSync(join(dir, 'ntb.tgz'), 'not a bundle');
    const bad = await build(dir, 'bad');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('member 52: ');
  });

  it('three bundles give the national tables their git sources give at the same commits: one partner, one agreement, one difference with its commit, file and line', async () => {
    const dir = federation({ federation: "name: G\nmembers:\n  - code: '34'\n    git: diy\n    ref: main\n  - code: '35'\n    git: jatim\n    ref: main\n  - code: '52'\n    git: ntb\n    ref: main\n" });
    writeFileSync(join(dir, 'identity.yaml'), 'same:\n  - [34:kyoto, 35:kyoto-prefecture]\n');
    for (const m of ['diy', 'jatim', 'ntb']) {
      const e = await runCli(['export', '--format', 'bundle', '--as-of', AS_OF, '--out', join(dir, `${m}.tgz`), '-C', join(dir, m)], { cwd: dir });
      expect(e.code, e.stderr).toBe(0);
    }
    const g = await build(dir, 'from-git');
    expect(g.code, g.stderr).toBe(0);
    writeFileSync(join(dir, 'federation.yaml'), "name: G\nmembers:\n  - code: '34'\n    bundle: diy.tgz\n  - code: '35'\n    bundle: jatim.tgz\n  - code: '52'\n    bundle: ntb.tgz\n");
    const b = await build(dir, 'from-bundle');
    expect(b.code, b.stderr).toBe(0);
    for (const table of ['national_partners', 'national_partner_records', 'national_partner_links', 'national_agreements', 'national_agreement_numbers', 'national_agreement_records', 'conflicts', 'conflict_values']) {
      expect(readFileSync(join(dir, 'from-bundle', `${table}.csv`), 'utf8'), table).toBe(readFileSync(join(dir, 'from-git', `${table}.csv`), 'utf8'));
    }
    expect(csv(join(dir, 'from-git'), 'national_partners').filter((p) => p[2] === 'JP')).toHaveLength(1);
    const values = csv(join(dir, 'from-git'), 'conflict_values').slice(1);
    const commit52 = gitAt(join(dir, 'ntb'), '2025-01-01', 'rev-parse', 'HEAD').trim();
    expect(values.map((v) => [v[2], v[5], v[7], v[8]])).toEqual([
      ['34', '2030-03-13', 'data/agreements/diy-jatim-ntb-pks-2025.yaml', '16'],
      ['35', '2030-03-13', 'data/agreements/jatim-diy-ntb-pks-2025.yaml', '14'],
      ['52', '2028-03-13', 'data/agreements/ntb-diy-jatim-pks-2025.yaml', '14'],
    ]);
    expect(values[2]?.[6]).toBe(commit52);
  });

  it('shows the problems of federation.yaml with their positions', async () => {
    const dir = federation({ federation: "name: Bad\nmembers:\n  - code: '52'\n    path: ntb\n  - code: 34\n    path: diy\n  - code: '52'\n    git: x\n  - code: '35'\n    path: jatim\n    patch: x\nstale_after: 6 months\n" });
    const r = await runCli(['aggregate', 'status', '--as-of', AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('federation.yaml:5:11');
    expect(r.stderr).toContain('federation.yaml:7:5');
    expect(r.stderr).toContain('federation.yaml:11:5');
    expect(r.stderr).toContain('federation.yaml:12:14');
    expect(r.stderr).toContain('federation.yaml has errors (above)');
    const dup = federation({ federation: "name: Dup\nmembers:\n  - code: '52'\n    path: ntb\n  - code: '52'\n    path: diy\n" });
    const d = await runCli(['aggregate', 'status', '--as-of', AS_OF], { cwd: dup });
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('federation.yaml:5:11');
    expect(d.stderr).toContain('is the code of another member too (members[0])');
  });

  it('never writes over an output without --force, nor into a register or a federation', async () => {
    const dir = federation();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'keep.txt'), 'x');
    const r = await build(dir, 'out');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('out is not empty');
    expect(readdirSync(join(dir, 'out'))).toEqual(['keep.txt']);
    expect((await build(dir, '.', ['--force'])).code).toBe(2);
    expect((await build(dir, 'diy', ['--force'])).code).toBe(2);
    expect((await build(dir, 'out', ['--force'])).code).toBe(0);
    writeFileSync(join(dir, 'x.sqlite'), 'x');
    expect((await build(dir, 'x.sqlite', ['--format', 'sqlite'])).code).toBe(2);
  });
});

describe('aggregate status', () => {
  it('shows each member\'s freshness and validation, in both languages and as JSON', async () => {
    const dir = federation();
    const en = await runCli(['aggregate', 'status', '--as-of', AS_OF], { cwd: dir });
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain('Members of Federasi uji (DIY, Jawa Timur, NTB)');
    expect(en.stdout).toMatch(/34 +│ Daerah Istimewa Yogyakarta.*│ +243 │ stale/);
    expect(en.stdout).toMatch(/35 +│ Jawa Timur.*│ +31 │ current +│ +0 │ +1 │/);
    const id = await runCli(['aggregate', 'status', '--as-of', AS_OF, '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('Anggota Federasi uji');
    expect(id.stdout).toContain('usang');
    expect(id.stdout).toContain('mutakhir');
    // The note says stale_after as a clerk writes it.
    expect(en.stdout).toContain('older than 180 days');
    expect(id.stdout).toContain('lebih lama dari 180 hari');
    const json = await runCli(['aggregate', 'status', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    const v = JSON.parse(json.stdout) as { stale_after: string; members: Array<{ code: string; stale: boolean | null; age_days: number | null; warnings: number }> };
    expect(v.stale_after).toBe('180d');
    expect(v.members.map((m) => [m.code, m.stale, m.age_days, m.warnings])).toEqual([['34', true, 243, 0], ['35', false, 31, 1], ['52', true, 516, 0]]);
    // Outside git, the age is not known: never "never", never 0.
    const plain = federation({ git: false });
    const p = JSON.parse((await runCli(['aggregate', 'status', '--as-of', AS_OF, '--format', 'json'], { cwd: plain })).stdout) as typeof v;
    expect(p.members.map((m) => [m.stale, m.age_days])).toEqual([[null, null], [null, null], [null, null]]);
  });
});
