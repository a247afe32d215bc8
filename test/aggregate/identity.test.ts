// Issue 23's done-when for identity, counterparts and conflicts, on the three-member fixture
// (test/fixtures/federation): without a decision Kyoto Prefecture is two partners and one candidate;
// after ONE identity.yaml decision it is one national partner, `partners --unresolved` is empty, the PKS
// recorded by all three members is one national agreement, and `conflicts` lists one conflict with both
// values and both provenances (exit 1), which an acknowledgement turns to exit 0.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { counterparts } from '../../src/aggregate/counterparts.js';
import { identify, readIdentity } from '../../src/aggregate/identity.js';
import type { Member } from '../../src/aggregate/members.js';
import { loadRegister } from '../../src/load/load.js';
import { cleanup, REPO, runCli } from '../helpers.js';

const FIXTURE = join(REPO, 'test', 'fixtures', 'federation');
const made: string[] = [];
afterAll(() => {
  cleanup();
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The fixture in a fresh folder, with identity.yaml when given. */
function fixture(identity?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kerjasama-identity-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  rmSync(join(dir, 'federation.lock'), { force: true });
  if (identity !== undefined) writeFileSync(join(dir, 'identity.yaml'), identity);
  return dir;
}

const DECISION = '# Partners of different members that are one partner (docs/aggregate.md).\nsame:\n  - partners: [34:kyoto, 35:kyoto-prefecture]\n    note: Prefektur Kyoto (JP-26) in both registers\n    who: Biro Kerja Sama\n    date: 2026-11-20\n';
const run = (dir: string, ...args: string[]): ReturnType<typeof runCli> => runCli(['aggregate', ...args, '--as-of', '2026-11-22'], { cwd: dir });

interface JsonPartners { partners?: Array<{ id: string; records: Array<{ id: string }> }>; candidates: Array<{ partners: string[]; pairs: Array<{ names: Array<{ key: string }> }> }>; diagnostics: unknown[] }
interface JsonConflicts { agreements: number; conflicts: Array<{ kind: string; id: string; field: string; values: Array<{ value: string; member: string; path: string; line: number }>; acknowledged?: object }>; open: number }

describe('issue 23: identity, counterparts and conflicts on the three-member fixture', () => {
  it('without a decision: Kyoto Prefecture is two partners and one candidate, with its evidence', async () => {
    const dir = fixture();
    const r = await run(dir, 'partners', '--unresolved', '--format', 'json');
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as JsonPartners;
    expect(v.candidates.map((c) => c.partners)).toEqual([['34:kyoto', '35:kyoto-prefecture']]);
    expect(v.candidates[0]?.pairs[0]?.names.map((n) => n.key)).toEqual(['kyoto']);
    const table = await run(dir, 'partners', '--unresolved');
    expect(table.stdout).toContain('Prefektur Kyoto and Kyoto Prefecture');
    const id = await runCli(['aggregate', 'partners', '--unresolved', '--lang', 'id', '--as-of', '2026-11-22'], { cwd: dir });
    expect(id.stdout).toContain('Mitra yang mungkin satu mitra');
  });

  it('after one decision: one national partner for Kyoto, partners --unresolved empty, one national agreement, one conflict with both provenances', async () => {
    const dir = fixture(DECISION);
    const unresolved = await run(dir, 'partners', '--unresolved', '--format', 'json');
    expect(unresolved.code).toBe(0);
    expect((JSON.parse(unresolved.stdout) as JsonPartners).candidates).toEqual([]);
    const table = await run(dir, 'partners', '--unresolved');
    expect(table.stdout).toContain('No unresolved candidates');

    const all = JSON.parse((await run(dir, 'partners', '--format', 'json')).stdout) as JsonPartners;
    const kyoto = all.partners?.filter((p) => p.records.some((r) => r.id.includes('kyoto')));
    expect(kyoto?.map((p) => p.records.map((r) => r.id))).toEqual([['34:kyoto', '35:kyoto-prefecture']]);

    const c = await run(dir, 'conflicts', '--format', 'json');
    expect(c.code).toBe(1);
    const v = JSON.parse(c.stdout) as JsonConflicts;
    expect(v.conflicts).toHaveLength(1);
    expect(v.conflicts[0]).toMatchObject({ kind: 'agreement', id: '34:diy-jatim-ntb-pks-2025', field: 'end' });
    expect(v.conflicts[0]?.values.map((x) => [x.value, x.member, x.path, x.line])).toEqual([
      ['2030-03-13', '34', 'diy/data/agreements/diy-jatim-ntb-pks-2025.yaml', 16],
      ['2030-03-13', '35', 'jatim/data/agreements/jatim-diy-ntb-pks-2025.yaml', 14],
      ['2028-03-13', '52', 'ntb/data/agreements/ntb-diy-jatim-pks-2025.yaml', 14],
    ]);
    expect(v.open).toBe(1);
    const text = await run(dir, 'conflicts');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('ntb/data/agreements/ntb-diy-jatim-pks-2025.yaml:14');
    expect(text.stderr).toContain('1 of 1 difference(s) between members to resolve');
  });

  it('the PKS recorded by all three (2025-03-14, 2025-03, 2025) is one national agreement; the MoUs with Kyoto stay two', () => {
    const members: Member[] = ['34:diy', '35:jatim', '52:ntb'].map((s) => {
      const [code, path] = s.split(':') as [string, string];
      return { code, source: `path:${path}`, loaded: loadRegister(join(FIXTURE, path)) };
    });
    const read = readIdentity(DECISION);
    const national = counterparts(members, identify(members, read.decisions));
    expect(national.map((a) => a.records.map((r) => r.key))).toEqual([
      ['34:diy-jatim-ntb-pks-2025', '35:jatim-diy-ntb-pks-2025', '52:ntb-diy-jatim-pks-2025'],
      ['34:diy-kyoto-mou-1985'],
      ['35:jatim-kyoto-mou-2019'],
    ]);
  });

  it('an acknowledged conflict is still listed, and no longer fails', async () => {
    const dir = fixture(`${DECISION}acknowledged:\n  - agreement: 52:ntb-diy-jatim-pks-2025\n    field: end\n    note: NTB's copy was signed with a three-year term; asked on 2026-11-20\n`);
    const r = await run(dir, 'conflicts', '--format', 'json');
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as JsonConflicts;
    expect(v.conflicts[0]?.acknowledged).toBeDefined();
    expect(v.open).toBe(0);
  });

  it('identity.yaml naming a partner no member has: a diagnostic at its line and column (exit 1); broken YAML stops with exit 2', async () => {
    const dir = fixture('same:\n  - [34:kyoto, 35:kyoto-prefektur]\n');
    const r = await run(dir, 'partners', '--unresolved');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[identity-unknown]');
    expect(r.stderr).toMatch(/identity\.yaml:2:16/);
    expect(r.stderr).toContain('35:kyoto-prefecture');
    const bad = await run(fixture('same: [[34:kyoto\n'), 'conflicts');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/identity\.yaml:\d+:\d+/);
  });
});
