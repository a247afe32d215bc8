// kerjasama export bundle: one deterministic .tar.gz of the register's files, records.json and a manifest
// (docs/export.md "Bundle"). The same register gives the same bytes; tar lists and extracts it; a bundle
// loaded through load/bundle.ts gives the dataset and the diagnostics of the folder it came from (the
// example register, and a register with every kind of file problem); and a hostile bundle (a ../x entry,
// an absolute name, a symbolic or hard link, a pax header, a checksum or size that differs, an unlisted
// or missing member, a truncated archive, a decompression bomb …) is refused with a BundleError in both
// languages, never read in part.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, exampleRegister, git, gitRepo, makeRegister, runCli, writeFiles } from '../helpers.js';
import { loadRegister, type Loaded } from '../../src/load/load.js';
import { BundleError, memberNameProblem, openBundle, readBundle, type BundleManifest } from '../../src/load/bundle.js';
import { runChecks } from '../../src/check/index.js';
import { finalise } from '../../src/model/diagnostics.js';
import { parseDate } from '../../src/model/dates.js';
import { diagnosticsAsStylish } from '../../src/render/diagnosticsStylish.js';
import { makeStyle } from '../../src/render/style.js';
import { MAX_FILE_BYTES } from '../../src/load/read.js';

afterAll(cleanup);

const AS_OF = ['--as-of', '2026-11-22'];
const asOf = (parseDate('2026-11-22') as { first: number }).first;
const tmp = (): string => mkdtempSync(join(tmpdir(), 'kerjasama-bundle-'));

async function bundleOf(dir: string, extra: string[] = []): Promise<string> {
  const out = join(tmp(), 'register.tar.gz');
  const r = await runCli(['export', 'bundle', '--out', out, ...AS_OF, ...extra], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return out;
}

/** What validate says of a loaded register: its diagnostics, and the stylish text. */
function validated(loaded: Loaded): { diagnostics: unknown; text: string } {
  const all = finalise([...loaded.diagnostics, ...loaded.locateAll(runChecks(loaded.dataset, asOf))]);
  return { diagnostics: all, text: diagnosticsAsStylish(all, { lang: 'en', style: makeStyle(false), source: loaded.source, fileCount: loaded.dataset.fileCount }) };
}

/** A dataset as plain data: every record with its file, the configuration, the invalid ids and the count. */
function plain(loaded: Loaded): unknown {
  const d = loaded.dataset;
  const recs = (m: ReadonlyMap<string, { id: string; file: string; data: unknown }>): unknown => [...m.values()].map((r) => [r.id, r.file, r.data]);
  return { config: d.config, partners: recs(d.partners), agreements: recs(d.agreements), activities: recs(d.activities), invalid: Object.fromEntries(Object.entries(d.invalidIds).map(([k, s]) => [k, [...s].sort()])), fileCount: d.fileCount };
}

function manifestOf(path: string): BundleManifest {
  return JSON.parse(execFileSync('tar', ['-xzOf', path, 'manifest.json'], { encoding: 'utf8' })) as BundleManifest;
}

describe('writing', () => {
  it('the same register gives the same bytes; tar lists sorted regular files, 0644 root/root; records.json and the manifest say what is inside', async () => {
    const dir = exampleRegister();
    const a = await bundleOf(dir);
    const b = await bundleOf(dir);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const listing = execFileSync('tar', ['-tzvf', a], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } }).trim().split('\n');
    const names = listing.map((l) => l.split(/\s+/).at(-1) as string);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('kerjasama.yaml');
    expect(names).toContain('manifest.json');
    expect(names).toContain('records.json');
    expect(names.filter((n) => n.startsWith('data/')).length).toBe(83);
    // Outside git: the time is 0.
    for (const l of listing) expect(l).toMatch(/^-rw-r--r-- root\/root +\d+ 1970-01-01 00:00 /);
    // The gzip header: no time, no name.
    expect([...readFileSync(a).subarray(3, 10)]).toEqual([0, 0, 0, 0, 0, 2, 3]);
    const m = manifestOf(a);
    expect(m.format).toBe('kerjasama-bundle');
    expect(m.register).toMatchObject({ owner: 'ntb', owner_name: 'Provinsi Nusa Tenggara Barat', owner_ids: { kemendagri: '52' } });
    expect(m.source).toEqual({ commit: null, commit_time: null, uncommitted_changes: null, folder: null });
    expect(m.counts).toEqual({ partner: 21, agreement: 23, activity: 39, misplaced: 0 });
    expect(m.validation).toEqual({ as_of: '2026-11-22', errors: 0, warnings: 8, files_with_errors: 0 });
    expect(m.members.map((x) => x.path)).toEqual(names.filter((n) => n !== 'manifest.json'));
    // Each member's checksum is that of the file in the register.
    const yaml = m.members.find((x) => x.path === 'kerjasama.yaml');
    expect(yaml?.sha256).toBe(createHash('sha256').update(readFileSync(join(dir, 'kerjasama.yaml'))).digest('hex'));
    const records = JSON.parse(execFileSync('tar', ['-xzOf', a, 'records.json'], { encoding: 'utf8' })) as { records: Array<{ kind: string; id: string; file: string; line: number; errors: number; data?: { name?: string } }> };
    expect(records.records.length).toBe(83);
    expect(records.records.find((r) => r.id === 'ntb')).toMatchObject({ kind: 'partner', file: 'data/partners/ntb.yaml', errors: 0, data: { name: 'Provinsi Nusa Tenggara Barat' } });
  });

  it('in git: the commit of HEAD, its time on every member, and whether record files had uncommitted changes', async () => {
    const dir = gitRepo({ 'data/partners/kyoto.yaml': 'name: Kyoto\ntype: foreign_subnational\ncountry: JP\n' });
    const head = git(dir, 'log', '-1', '--format=%H %ct').trim().split(' ');
    const a = await bundleOf(dir);
    const m = manifestOf(a);
    expect(m.source).toEqual({ commit: head[0], commit_time: new Date(Number(head[1]) * 1000).toISOString(), uncommitted_changes: false, folder: '' });
    const listing = execFileSync('tar', ['--utc', '-tzvf', a], { encoding: 'utf8' });
    const day = new Date(Number(head[1]) * 1000).toISOString().slice(0, 16).replace('T', ' ');
    for (const l of listing.trim().split('\n')) expect(l).toContain(day);
    // Once more on another day by the clock: the same bytes (the time is the commit's, not the clock's).
    const later = join(tmp(), 'later.tar.gz');
    expect((await runCli(['export', 'bundle', '--out', later, ...AS_OF], { cwd: dir, now: '2030-01-01T12:00:00Z' })).code).toBe(0);
    expect(readFileSync(later).equals(readFileSync(a))).toBe(true);
    writeFiles(dir, { 'data/partners/osaka.yaml': 'name: Osaka\ntype: foreign_subnational\ncountry: JP\n' });
    expect(manifestOf(await bundleOf(dir)).source.uncommitted_changes).toBe(true);
    // Committed on: --at the first commit gives, byte for byte, the bundle made when it was HEAD.
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'osaka');
    expect(readFileSync(await bundleOf(dir, ['--at', head[0] as string])).equals(readFileSync(a))).toBe(true);
  });

  it('extracted with tar, the files validate as the register does', async () => {
    const dir = exampleRegister();
    const out = tmp();
    execFileSync('tar', ['-xzf', await bundleOf(dir), '-C', out]);
    const here = await runCli(['validate', '--lang', 'en', ...AS_OF], { cwd: dir });
    const there = await runCli(['validate', '--lang', 'en', ...AS_OF], { cwd: out });
    expect([there.code, there.stdout]).toEqual([here.code, here.stdout]);
  });

  it('the format as a word or --format; an unknown one names the closest; two different ones are refused; never over a file without --force', async () => {
    const dir = makeRegister({});
    const out = join(tmp(), 'b.tar.gz');
    const r1 = await runCli(['export', 'bundel', '--out', out, ...AS_OF, '--lang', 'en'], { cwd: dir });
    expect([r1.code, r1.stderr]).toEqual([2, 'kerjasama: the export format must be one of datapackage, sqlite, sql, bundle, not bundel (did you mean bundle?)\n']);
    const r2 = await runCli(['export', 'bundle', '--format', 'sql', '--out', out, ...AS_OF, '--lang', 'en'], { cwd: dir });
    expect([r2.code, r2.stderr]).toEqual([2, 'kerjasama: export bundle and --format sql name two formats; give the format once\n']);
    const r3 = await runCli(['export', '--format', 'bundle', '--out', out, ...AS_OF, '--lang', 'en'], { cwd: dir });
    expect(r3.code, r3.stderr).toBe(0);
    expect(r3.stderr).toBe(`kerjasama: bundle written to ${out} (4 files, 1 records; validation as of 22 Nov 2026: 0 errors, 0 warnings; not in git)\n`);
    const r4 = await runCli(['export', 'bundle', '--out', out, ...AS_OF, '--lang', 'id'], { cwd: dir });
    expect([r4.code, r4.stderr]).toEqual([2, `kerjasama: ${out} sudah ada; tambahkan --force untuk menimpanya\n`]);
    const r5 = await runCli(['export', 'bundle', '--format', 'bundle', '--out', out, '--force', ...AS_OF], { cwd: dir });
    expect(r5.code, r5.stderr).toBe(0);
  });

  it('partner contacts (personal data) go only with --include-private: the files go as they are', async () => {
    const dir = makeRegister({ 'data/partners/kyoto.yaml': 'name: Kyoto\ntype: foreign_subnational\ncountry: JP\ncontacts:\n  - { name: Tanaka, email: tanaka@example.jp }\n' });
    const out = join(tmp(), 'b.tar.gz');
    const r = await runCli(['export', 'bundle', '--out', out, ...AS_OF, '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('1 record file(s) hold partner contacts (personal data, UU 27/2022), data/partners/kyoto.yaml the first');
    const r2 = await runCli(['export', 'bundle', '--out', out, '--include-private', ...AS_OF, '--lang', 'en'], { cwd: dir });
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.stderr).toContain('WITH PRIVATE DATA');
  });
});

describe('a name a tar header cannot carry', () => {
  it('is left out, said in the manifest, and read back as a file that could not be read', async () => {
    const long = `data/partners/${'k'.repeat(120)}.yaml`;
    const dir = makeRegister({ [long]: 'name: Long\ntype: province\ncountry: ID\n' });
    const path = await bundleOf(dir);
    expect(manifestOf(path).left_out).toEqual([{ path: long, stage: 'read', diagnostics: [{ code: 'file-unreadable', severity: 'error', file: long, params: { reason: 'bundle-name' } }] }]);
    const r = await runCli(['validate', '--register', path, '--lang', 'en', ...AS_OF], { cwd: tmp() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('its name cannot be carried in a register bundle');
  });
});

describe('reading a bundle as a register', () => {
  it('the example register: the same dataset and the same diagnostics (validate text too) as its folder', async () => {
    const dir = exampleRegister();
    const path = await bundleOf(dir);
    const folder = loadRegister(dir);
    const opened = openBundle(path);
    const bundle = loadRegister(opened.source.root, { source: opened.source });
    expect(plain(bundle)).toEqual(plain(folder));
    expect(validated(bundle)).toEqual(validated(folder));
    expect(opened.manifest.validation.warnings).toBe(8);
  });

  it('a register with every kind of file problem: the same diagnostics (left-out files come back as the same problems)', async () => {
    const big = `name: Big\ntype: foreign_subnational\ncountry: JP\nnotes: "${'x'.repeat(MAX_FILE_BYTES)}"\n`;
    const dir = makeRegister({
      'data/partners/kyoto.yaml': '\uFEFF# a comment\nname: Kyoto\r\ntype: foreign_subnational\r\ncountry: JP\r\n',
      'data/partners/bad.yaml': 'name: [unclosed\n',
      'data/partners/Bad Name.yaml': 'name: X\ntype: province\ncountry: ID\n',
      'data/partners/sub/kyoto.yaml': 'name: Kyoto again\ntype: foreign_subnational\ncountry: JP\n',
      'data/partners/big.yaml': big,
      'data/agreements/a.yaml': 'title: A\ncategory: KSDPL\ndocument_type: mou\npartners: [nowhere]\nstatus: active\neffective: 2017-11\n',
      'data/notes.yaml': 'just: a misplaced file\n',
    });
    symlinkSync('/nonexistent/target.yaml', join(dir, 'data/partners/broken.yaml'));
    symlinkSync('/etc/hostname', join(dir, 'data/partners/outside.yaml'));
    const path = await bundleOf(dir);
    const m = manifestOf(path);
    expect(m.left_out.map((l) => [l.path, l.stage, l.diagnostics[0]?.code])).toEqual([
      ['data/partners/big.yaml', 'read', 'file-too-large'],
      ['data/partners/broken.yaml', 'list', 'file-unreadable'],
      ['data/partners/outside.yaml', 'list', 'file-symlink-outside'],
    ]);
    const folder = loadRegister(dir);
    const opened = openBundle(path);
    const bundle = loadRegister(opened.source.root, { source: opened.source });
    expect(plain(bundle)).toEqual(plain(folder));
    const v = validated(folder);
    expect(validated(bundle)).toEqual(v);
    expect((v.diagnostics as Array<{ code: string }>).map((d) => d.code)).toEqual(expect.arrayContaining(['file-too-large', 'file-unreadable', 'file-symlink-outside', 'yaml-syntax', 'id-invalid', 'id-duplicate', 'file-misplaced', 'unknown-partner']));
    const records = JSON.parse(execFileSync('tar', ['-xzOf', path, 'records.json'], { encoding: 'utf8' })) as { records: Array<{ id: string; file: string; line: number | null; errors: number; data?: unknown }> };
    const byFile = new Map(records.records.map((r) => [r.file, r]));
    expect(byFile.get('data/partners/kyoto.yaml')).toMatchObject({ line: 2, errors: 0, data: { name: 'Kyoto' } });
    expect(byFile.get('data/partners/bad.yaml')?.data).toBeUndefined();
    expect(byFile.get('data/partners/big.yaml')).toMatchObject({ line: null, errors: 1 });
    expect(byFile.get('data/agreements/a.yaml')).toMatchObject({ errors: 1 });
    expect(byFile.get('data/agreements/a.yaml')?.data).toBeDefined();
    expect(byFile.has('data/notes.yaml')).toBe(false);
  });
});

// ---- hostile bundles ---------------------------------------------------------------------------

interface Entry { name: string; bytes: Uint8Array; type?: string; prefix?: string }

/** A ustar header written here, independently of the writer under test. */
function rawHeader(e: Entry): Buffer {
  const h = Buffer.alloc(512);
  h.write(e.name, 0, 100, 'utf8');
  h.write('0000644\0', 100, 'latin1');
  h.write('0000000\0', 108, 'latin1');
  h.write('0000000\0', 116, 'latin1');
  h.write(e.bytes.length.toString(8).padStart(11, '0') + '\0', 124, 'latin1');
  h.write('00000000000\0', 136, 'latin1');
  h.fill(0x20, 148, 156);
  h.write(e.type ?? '0', 156, 'latin1');
  h.write('ustar\u000000', 257, 'latin1');
  if (e.prefix) h.write(e.prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  return h;
}

function rawTar(entries: Entry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) parts.push(rawHeader(e), Buffer.from(e.bytes), Buffer.alloc((512 - (e.bytes.length % 512)) % 512));
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** The entries of a bundle (ours: names in the name field only, regular files). */
function entriesOf(gz: Uint8Array): Entry[] {
  const t = gunzipSync(gz);
  const out: Entry[] = [];
  for (let pos = 0; pos + 512 <= t.length; ) {
    const h = t.subarray(pos, pos + 512);
    if (h.every((b) => b === 0)) break;
    const name = h.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(h.subarray(124, 136).toString('latin1'), 8);
    out.push({ name, bytes: t.subarray(pos + 512, pos + 512 + size) });
    pos += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** The entries with a manifest that lists them as they are (so only the flaw a test puts in remains). */
function withManifest(entries: Entry[], change: (m: BundleManifest) => void = () => undefined): Entry[] {
  const manifestEntry = entries.find((e) => e.name === 'manifest.json') as Entry;
  const m = JSON.parse(Buffer.from(manifestEntry.bytes).toString('utf8')) as BundleManifest;
  m.members = entries.filter((e) => e.name !== 'manifest.json').map((e) => ({ path: e.name, size: e.bytes.length, sha256: sha(e.bytes) }));
  change(m);
  return entries.map((e) => (e === manifestEntry ? { ...e, bytes: Buffer.from(JSON.stringify(m)) } : e));
}

let good: Entry[] | undefined;
async function goodEntries(): Promise<Entry[]> {
  good ??= entriesOf(readFileSync(await bundleOf(makeRegister({ 'data/partners/kyoto.yaml': 'name: Kyoto\ntype: foreign_subnational\ncountry: JP\n' }))));
  return good.map((e) => ({ ...e }));
}

function refusal(gz: Uint8Array, limits = {}): { key: string; en: string; id: string } {
  try {
    readBundle(gz, 'x.tar.gz', limits);
  } catch (err) {
    if (!(err instanceof BundleError)) throw err;
    return { key: err.key, en: err.text('en'), id: err.text('id') };
  }
  throw new Error('the bundle was read');
}

describe('hostile bundles are refused, each with its reason in both languages', () => {
  it('a good bundle, rebuilt by another writer, is read', async () => {
    const opened = readBundle(gzipSync(rawTar(await goodEntries())), 'x.tar.gz');
    expect(loadRegister(opened.source.root, { source: opened.source }).dataset.partners.get('kyoto')?.data.name).toBe('Kyoto');
  });

  const named = async (name: string, prefix?: string): Promise<{ key: string; en: string; id: string }> => {
    const entries = await goodEntries();
    entries.push({ name, bytes: Buffer.from('name: x\n'), ...(prefix ? { prefix } : {}) });
    return refusal(gzipSync(rawTar(entries)));
  };

  it('a ../x entry', async () => {
    const r = await named('data/../../x.yaml');
    expect(r.key).toBe('entryName');
    expect(r.en).toBe('the bundle x.tar.gz holds an entry named "data/../../x.yaml", which is refused: it climbs out with ..');
    expect(r.id).toBe('bundel x.tar.gz memuat entri bernama "data/../../x.yaml", yang ditolak: keluar folder dengan ..');
    expect((await named('../x')).key).toBe('entryName');
  });

  it('an absolute name, a backslash, a control character, a hidden part, a name outside the register, a prefix that climbs out', async () => {
    expect((await named('/etc/passwd')).en).toContain('it is an absolute path');
    expect((await named('data\\partners\\x.yaml')).en).toContain('backslash');
    expect((await named('data/partners/\u001b[2Jx.yaml')).en).toContain('control character');
    expect((await named('data/.git/config.yaml')).en).toContain('starts with a dot');
    expect((await named('run.sh')).en).toContain('a bundle holds only kerjasama.yaml');
    expect((await named('data//x.yaml')).en).toContain('not a plain relative path');
    expect((await named('x.yaml', '../..')).en).toContain('climbs out');
  });

  it('a symbolic link, a hard link, a device, a folder, a pax header, a GNU long name', async () => {
    for (const [type, word] of [['2', 'a symbolic link'], ['1', 'a hard link'], ['3', 'a device'], ['5', 'a folder'], ['x', 'a pax extended header'], ['L', 'a GNU tar extension']] as const) {
      const entries = await goodEntries();
      entries.splice(1, 0, { name: 'data/partners/link.yaml', bytes: new Uint8Array(0), type });
      const r = refusal(gzipSync(rawTar(entries)));
      expect(r.key).toBe('entryType');
      expect(r.en).toBe(`the bundle x.tar.gz holds ${word} ("data/partners/link.yaml"); a bundle holds only regular files, so it is refused`);
    }
  });

  it('a checksum or a size that differs from the manifest; a member not listed; a listed member missing; a member twice', async () => {
    const changed = (await goodEntries()).map((e) => (e.name === 'data/partners/kyoto.yaml' ? { ...e, bytes: Buffer.from(Buffer.from(e.bytes).toString('utf8').replace('Kyoto', 'Kyoti')) } : e));
    const r = refusal(gzipSync(rawTar(changed)));
    expect(r.key).toBe('checksum');
    expect(r.en).toContain('"data/partners/kyoto.yaml" in the bundle x.tar.gz is not the file its manifest names (its SHA-256 checksum differs)');
    expect(r.id).toContain('checksum SHA-256-nya berbeda');
    const longer = (await goodEntries()).map((e) => (e.name === 'data/partners/kyoto.yaml' ? { ...e, bytes: Buffer.concat([e.bytes, Buffer.from('notes: x\n')]) } : e));
    expect(refusal(gzipSync(rawTar(longer))).en).toContain('(its size differs)');
    const extra = withManifest(await goodEntries());
    extra.push({ name: 'data/partners/osaka.yaml', bytes: Buffer.from('name: Osaka\n') });
    expect(refusal(gzipSync(rawTar(extra))).key).toBe('notListed');
    const missing = withManifest(await goodEntries(), (m) => m.members.push({ path: 'data/partners/osaka.yaml', size: 1, sha256: '0'.repeat(64) }));
    expect(refusal(gzipSync(rawTar(missing))).key).toBe('missing');
    const twice = await goodEntries();
    twice.push({ ...(twice.find((e) => e.name === 'data/partners/kyoto.yaml') as Entry) });
    expect(refusal(gzipSync(rawTar(twice))).key).toBe('entryDuplicate');
  });

  it('a truncated bundle: the gzip cut short, or a whole gzip of a tar cut short', async () => {
    const full = readFileSync(await bundleOf(makeRegister({})));
    const r = refusal(full.subarray(0, full.length - 20));
    expect(r.key).toBe('damaged');
    expect(r.en).toMatch(/^the bundle x\.tar\.gz is damaged or cut short \(unexpected end of file\); ask its sender for a new one/);
    const tarBytes = gunzipSync(full);
    const cut = refusal(gzipSync(tarBytes.subarray(0, 512 + 100)));
    expect(cut.key).toBe('truncated');
    // Every cut of the archive is refused, none read in part.
    let end = 0;
    while (!tarBytes.subarray(end, end + 512).every((b) => b === 0)) end += 512 + Math.ceil(parseInt(tarBytes.subarray(end + 124, end + 136).toString('latin1'), 8) / 512) * 512;
    for (let n = 0; n < end + 1024; n += 97) expect(['truncated', 'noManifest', 'notTar', 'missing']).toContain(refusal(gzipSync(tarBytes.subarray(0, n))).key);
  });

  it('a decompression bomb is stopped at the limit, before it fills memory; a member over the file limit; a bundle file too large', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const r = refusal(bomb, { total: 4 * 1024 * 1024 });
    expect(r.key).toBe('tooLarge');
    expect(r.en).toContain('unpacks to more than 4194304 bytes');
    expect(r.id).toContain('bom dekompresi');
    const entries = await goodEntries();
    expect(refusal(gzipSync(rawTar(entries)), { file: 10 }).key).toBe('entryTooLarge');
    expect(refusal(gzipSync(rawTar(entries)), { total: 100 }).key).toBe('fileTooLarge');
  });

  it('not gzip, not ustar, a header whose checksum fails, no manifest, a manifest of a newer format, no kerjasama.yaml', async () => {
    expect(refusal(Buffer.from('PK\u0003\u0004 a zip file, not a bundle')).key).toBe('notGzip');
    const gnu = rawTar(await goodEntries());
    gnu.write('ustar  \0', 257, 'latin1');
    expect(refusal(gzipSync(gnu)).key).toBe('notTar');
    const sum = rawTar(await goodEntries());
    sum[0] = (sum[0] as number) ^ 1;
    expect(refusal(gzipSync(sum)).key).toBe('notTar');
    expect(refusal(gzipSync(rawTar((await goodEntries()).filter((e) => e.name !== 'manifest.json')))).key).toBe('noManifest');
    const newer = withManifest(await goodEntries(), (m) => { m.format_version = 99; });
    expect(refusal(gzipSync(rawTar(newer))).en).toBe('the bundle x.tar.gz is in bundle format 99; this kerjasama reads format 1 (install a newer kerjasama)');
    const noConfig = withManifest((await goodEntries()).filter((e) => e.name !== 'kerjasama.yaml'));
    expect(refusal(gzipSync(rawTar(noConfig))).key).toBe('noConfig');
    const badLeftOut = withManifest(await goodEntries(), (m) => { m.left_out = [{ path: '../etc/passwd', stage: 'list', diagnostics: [] }]; });
    expect(refusal(gzipSync(rawTar(badLeftOut))).key).toBe('manifestInvalid');
  });

  it('a bundle file that is not a regular file, or not there', () => {
    const dir = tmp();
    expect(() => openBundle(dir)).toThrow(BundleError);
    expect(() => openBundle(join(dir, 'none.tar.gz'))).toThrow(/cannot read the bundle .*ENOENT/);
    writeFileSync(join(dir, 'x.tar.gz'), 'not a bundle');
    expect(() => openBundle(join(dir, 'x.tar.gz'))).toThrow(/is not a gzip file/);
  });
});

describe('kerjasama validate --register FILE.tar.gz', () => {
  it('validates a bundle as its folder: the same output and exit code; json names the manifest commit', async () => {
    const dir = gitRepo({ 'data/agreements/a.yaml': 'title: A\ncategory: KSDPL\ndocument_type: mou\npartners: [nowhere]\nstatus: active\neffective: 2017-11\n' });
    const path = await bundleOf(dir);
    const here = await runCli(['validate', '--lang', 'en', ...AS_OF], { cwd: dir });
    const there = await runCli(['validate', '--register', path, '--lang', 'en', ...AS_OF], { cwd: tmp() });
    expect([there.code, there.stdout, there.stderr]).toEqual([here.code, here.stdout, here.stderr]);
    expect(here.code).toBe(1);
    const json = JSON.parse((await runCli(['validate', '--register', path, '-f', 'json', ...AS_OF], { cwd: tmp() })).stdout) as { commit?: string };
    expect(json.commit).toBe(git(dir, 'rev-parse', '--short=12', 'HEAD').trim());
  });

  it('a bad bundle is a usage error naming it, its names made visible; git options are refused', async () => {
    const entries = await goodEntries();
    entries.push({ name: 'data/partners/\u001b]0;pwned\u0007.yaml', bytes: Buffer.from('x') });
    const bad = join(tmp(), 'bad.tar.gz');
    writeFileSync(bad, gzipSync(rawTar(entries)));
    const r = await runCli(['validate', '--register', bad, '--lang', 'id'], { cwd: tmp() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kerjasama: bundel ${bad} memuat entri bernama "data/partners/\\u001b]0;pwned\\u0007.yaml", yang ditolak: memuat karakter kendali\n`);
    const good = await bundleOf(makeRegister({}));
    const r2 = await runCli(['validate', '--register', good, '--staged', '--lang', 'en'], { cwd: tmp() });
    expect([r2.code, r2.stderr]).toEqual([2, `kerjasama: --register ${good} is a bundle; --staged needs the register's folder in git\n`]);
  });
});

describe('every reading command takes --register FILE.tar.gz', () => {
  it('report, list, show and export read a bundle as its folder (the commit its manifest names); a writing command needs the folder', async () => {
    const dir = gitRepo({
      'data/partners/shizuoka.yaml': 'name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\n',
      'data/agreements/a.yaml': 'title: NTB–Shizuoka MoU\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: active\neffective: 2024-03-01\nend: 2027-03-01\n',
    });
    const path = await bundleOf(dir);
    const commit = git(dir, 'rev-parse', '--short=12', 'HEAD').trim();
    for (const args of [['report', 'expiring', '--within', '2y'], ['report', 'summary'], ['report', 'coverage', '-f', 'json'], ['list', 'agreements'], ['show', 'a'], ['export', '--format', 'sql', '--out', '-']]) {
      const here = await runCli([...args, '--lang', 'en', ...AS_OF], { cwd: dir });
      const there = await runCli([...args, '--register', path, '--lang', 'en', ...AS_OF], { cwd: tmp() });
      expect(here.code, `${args.join(' ')}: ${here.stderr}`).toBe(0);
      // The same output, but for where the register is said to be (the folder's path, the bundle's name).
      const same = (s: string): string => s.split(dir).join('<register>').split(path).join('<register>');
      expect([there.code, same(there.stdout), same(there.stderr)], args.join(' ')).toEqual([here.code, same(here.stdout), same(here.stderr)]);
    }
    expect((await runCli(['report', 'summary', '-f', 'json', '--register', path, ...AS_OF], { cwd: tmp() })).stdout).toContain(commit);
    const r = await runCli(['new', 'partner', '--register', path, '--lang', 'en'], { cwd: tmp() });
    expect([r.code, r.stderr]).toEqual([2, `kerjasama: --register ${path} is a bundle, which is only read (validate, report, list, show, export, site); this command needs the register's folder\n`]);
    const at = await runCli(['report', 'summary', '--register', path, '--at', 'HEAD', '--lang', 'en'], { cwd: tmp() });
    expect([at.code, at.stderr]).toEqual([2, `kerjasama: --register ${path} is a bundle; --at needs the register's folder in git\n`]);
  });
});

describe('properties of the reader (fast-check)', () => {
  it('any change to a good archive is read whole or refused with a BundleError, never another error', async () => {
    const tarBytes = rawTar(await goodEntries());
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat({ max: tarBytes.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 4 }), fc.option(fc.nat({ max: tarBytes.length })), (flips, cut) => {
        const t = Buffer.from(tarBytes);
        for (const f of flips) t[f.at] = f.byte;
        const gz = gzipSync(cut === null ? t : t.subarray(0, cut));
        try {
          const opened = readBundle(gz, 'x.tar.gz');
          // Read: every member matched its checksum, so the register loads as it was.
          expect(loadRegister(opened.source.root, { source: opened.source }).dataset.partners.get('kyoto')?.data.name).toBe('Kyoto');
        } catch (err) {
          if (!(err instanceof BundleError)) throw err;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a name the reader takes is relative, stays inside, and is one of the register\'s places', () => {
    const part = fc.oneof(fc.constantFrom('data', 'partners', '..', '.', '', '.git', 'kerjasama.yaml', 'x.yaml', 'a\\b', 'C:', '\u0000', '\u202e'), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }).map((ps) => ps.join('/')), fc.boolean(), (name, lead) => {
        const n = lead ? `/${name}` : name;
        if (memberNameProblem(n) !== undefined) return;
        const parts = n.split('/');
        expect(n.startsWith('/') || /^[A-Za-z]:/.test(n) || n.includes('\\')).toBe(false);
        expect(parts.some((p) => p === '..' || p === '.' || p === '')).toBe(false);
        expect(['kerjasama.yaml', 'manifest.json', 'records.json'].includes(n) || (parts[0] === 'data' && /\.ya?ml$/i.test(n) && !parts.some((p) => p.startsWith('.')))).toBe(true);
        expect(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/.test(n)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('--register naming a folder through a link', () => {
  it('is the folder, not a bundle (a link is not taken for a bundle file)', async () => {
    const dir = exampleRegister();
    const link = join(mkdtempSync(join(tmpdir(), 'kerjasama-link-')), 'register');
    symlinkSync(dir, link);
    const viaLink = await runCli(['validate', '--register', link, '--as-of', '2026-11-22', '--no-cache']);
    const direct = await runCli(['validate', '--register', dir, '--as-of', '2026-11-22', '--no-cache']);
    expect(viaLink.stderr).toBe('');
    expect(viaLink).toEqual(direct);
    for (const args of [['report', 'summary', '--format', 'json'], ['validate']]) {
      const r = await runCli([...args, '--register', link, '--as-of', '2026-11-22']);
      expect(r.code, args.join(' ')).toBe(0);
    }
  });
});
