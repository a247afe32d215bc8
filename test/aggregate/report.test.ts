// kerjasama aggregate report <name> over the three-member fixture, each member in git: the provenance names
// each member's commit, the counts are the sums of each member's own `report`, --member, --locked, a member
// with a record left out (--strict), and a workbook through the same renderer.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, runCli } from '../helpers.js';
import { cleanupFederations, commitAll, federation, gitAt } from './helpers.js';

afterAll(() => {
  cleanup();
  cleanupFederations();
});

const AS_OF = '2026-06-01';
const MEMBERS = [['34', 'diy'], ['35', 'jatim'], ['52', 'ntb']] as const;

async function json(args: string[], cwd: string): Promise<Record<string, unknown>> {
  const r = await runCli([...args, '--as-of', AS_OF, '--lang', 'en', '--format', 'json'], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('aggregate report', () => {
  it('names the federation and each member with its commit, and counts what the members count, added up', async () => {
    const dir = federation();
    const commits = Object.fromEntries(MEMBERS.map(([code, m]) => [code, gitAt(join(dir, m), AS_OF, 'rev-parse', 'HEAD').trim()]));
    const all = await json(['aggregate', 'report', 'summary'], dir);
    expect(all['register']).toBe('Federasi uji (DIY, Jawa Timur, NTB)');
    expect(all['members']).toEqual(MEMBERS.map(([code, m]) => ({ code, name: expect.any(String), source: `path:${m}`, commit: commits[code] })));
    const own = await Promise.all(MEMBERS.map(([, m]) => json(['report', 'summary'], join(dir, m))));
    type S = { records: Record<string, number>; partnershipsInForce: number; partnersByCountry: Record<string, number> };
    const s = all as unknown as S;
    const each = own as unknown as S[];
    for (const k of ['partners', 'agreements', 'activities', 'invalidFiles']) expect(s.records[k]).toBe(each.reduce((n, o) => n + (o.records[k] ?? 0), 0));
    expect(s.partnershipsInForce).toBe(each.reduce((n, o) => n + o.partnershipsInForce, 0));
    expect(s.partnersByCountry).toEqual({ ID: 6, JP: 2 });
    const cov = await json(['aggregate', 'report', 'coverage'], dir);
    const covOwn = await Promise.all(MEMBERS.map(([, m]) => json(['report', 'coverage'], join(dir, m))));
    expect(cov['agreementsInForce']).toBe(covOwn.reduce((n, o) => n + (o['agreementsInForce'] as number), 0));

    // The line every table carries: the members and their commits' first 12 characters.
    const table = await runCli(['aggregate', 'report', 'expiring', '--as-of', AS_OF, '--lang', 'en', '--member', '52'], { cwd: dir, columns: 200 });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`(members 52 @ ${commits['52']?.slice(0, 12)})`);
    expect(table.stdout).toContain('--member 52');
    expect(table.stdout).not.toContain('34:');
  });

  it('reads the commits federation.lock pins with --locked', async () => {
    const dir = federation();
    expect((await runCli(['aggregate', 'build', '--as-of', AS_OF, '--out', join(dir, 'out')], { cwd: dir })).code).toBe(0);
    const pinned = gitAt(join(dir, 'ntb'), AS_OF, 'rev-parse', 'HEAD').trim();
    // A later commit in NTB: --locked still reads the pinned one (a folder member is read as it is, and its content checked).
    writeFileSync(join(dir, 'ntb', 'notes.txt'), 'x\n');
    commitAll(join(dir, 'ntb'), '2026-05-20');
    const r = await runCli(['aggregate', 'report', 'summary', '--as-of', AS_OF, '--lang', 'en', '--format', 'json', '--locked', '--member', '52'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { members: Array<{ commit: string }> }).members[0]?.commit).toBe(pinned);
  });

  it('says which member left records out, and exits 1 with --strict', async () => {
    const dir = federation({ git: false });
    writeFileSync(join(dir, 'jatim', 'data', 'agreements', 'jatim-bad.yaml'), 'title: Bad\ncategory: KSDD\ndocument_type: mou\npartners: [nowhere]\nstatus: active\n');
    const r = await runCli(['aggregate', 'report', 'summary', '--as-of', AS_OF, '--lang', 'en', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('kerjasama: member 35: 1 record file has errors and was left out; run `kerjasama validate` in that register for details.\n');
    expect((JSON.parse(r.stdout) as { records: { invalidFiles: number; agreements: number } }).records).toMatchObject({ invalidFiles: 1, agreements: 5 });
    expect((await runCli(['aggregate', 'report', 'summary', '--as-of', AS_OF, '--strict'], { cwd: dir })).code).toBe(1);
    // Not among the members read: no line, and no failure.
    const other = await runCli(['aggregate', 'report', 'summary', '--as-of', AS_OF, '--strict', '--member', '34'], { cwd: dir });
    expect([other.code, other.stderr]).toEqual([0, '']);
  });

  it('aggregate status, partners and conflicts --output say on stderr what they wrote, as aggregate report does (sayWritten)', async () => {
    const dir = federation({ git: false });
    for (const what of ['status', 'partners', 'conflicts']) {
      const r = await runCli(['aggregate', what, '--as-of', AS_OF, '--lang', 'en', '--output', `${what}.txt`], { cwd: dir });
      expect(r.stdout, what).toBe('');
      expect(r.stderr, what).toContain(`kerjasama: aggregate ${what} written to ${what}.txt (table, as of 1 Jun 2026)\n`);
    }
    const id = await runCli(['aggregate', 'status', '--as-of', AS_OF, '--lang', 'id', '--format', 'json', '--output', 'status.json'], { cwd: dir });
    expect([id.code, id.stderr]).toEqual([0, 'kerjasama: aggregate status ditulis ke status.json (json, per 1 Jun 2026)\n']);
  });

  it('aggregate status, partners and conflicts --output write no colour into the file, as report --output does, even with FORCE_COLOR', async () => {
    const dir = federation({ git: false });
    for (const what of ['status', 'partners', 'conflicts']) {
      await runCli(['aggregate', what, '--as-of', AS_OF, '--lang', 'en', '--output', `${what}.txt`], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
      expect(readFileSync(join(dir, `${what}.txt`), 'utf8'), what).not.toContain('\u001b[');
    }
  });

  it('writes a workbook through the same renderer, its provenance sheet naming each member', async () => {
    const dir = federation({ git: false });
    const out = join(dir, 'coverage.xlsx');
    const r = await runCli(['aggregate', 'report', 'coverage', '--as-of', AS_OF, '--lang', 'en', '--format', 'xlsx', '--output', out, '--member', '34,35'], { cwd: dir });
    // Said on stderr as report --output, export and site say what they wrote (sayWritten).
    expect([r.code, r.stderr]).toEqual([0, `kerjasama: aggregate report coverage written to ${out} (xlsx, as of 1 Jun 2026)\n`]);
    const md = await runCli(['aggregate', 'report', 'coverage', '--as-of', AS_OF, '--lang', 'id', '--format', 'markdown', '--output', 'coverage.md', '--member', '34,35'], { cwd: dir });
    expect([md.code, md.stdout, md.stderr]).toEqual([0, '', 'kerjasama: aggregate report coverage ditulis ke coverage.md (markdown, per 1 Jun 2026)\n']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const prov = wb.worksheets[wb.worksheets.length - 1];
    const rows: string[] = [];
    prov?.eachRow((row) => rows.push(row.values ? (row.values as unknown[]).slice(1).map(String).join(' | ') : ''));
    expect(rows).toContain('member | 34 Daerah Istimewa Yogyakarta (path:diy)');
    expect(rows).toContain('member | 35 Jawa Timur (path:jatim)');
    expect(rows).toContain('filters | --member 34,35');
  });

  it('refuses a format the report has not, before reading any member', async () => {
    const dir = federation({ git: false });
    const r = await runCli(['aggregate', 'report', 'summary', '--format', 'csv', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
  });
});
