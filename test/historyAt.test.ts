// --at REV reads the register from git's objects, never checking it out. Property: for histories that
// fast-check writes (statuses and ends changed, agreements added, renamed and removed, activities added,
// a file broken, some changes merged as pull requests), every read command run with --at C in the
// repository prints, byte for byte, what it prints run in a checkout of C (a git worktree), for every
// commit C, the pull requests' own commits included.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, GIT_ENV, makeRegister, runCli, writeFiles } from './helpers.js';
import { commitAll, gitAs, SITI, ADMIN } from './history.js';

afterAll(cleanup);

const git = (dir: string, ...args: string[]): string => execFileSync('git', ['-C', dir, ...args], { env: GIT_ENV, encoding: 'utf8' });

const STATUSES = ['draft', 'negotiating', 'signed', 'active', 'expired', 'terminated', 'superseded', 'unknown'];
const ENDS = ['2026-12-31', '2027-03-31', '2025-06-30', '2028', '~2027', 'none'];
const SECTORS = ['pariwisata', 'pendidikan', 'kebudayaan', 'perdagangan'];

interface Agreement { id: string; status: string; end: string; sectors: string[]; signed: boolean }

const agreementText = (a: Agreement): string => `title: NTB–Bali ${a.id}
category: KSDD
document_type: mou
partners: [bali]
${a.signed ? 'signatures:\n  - party: ntb\n    date: 2024-01-15\n  - party: bali\n    date: 2024-01-15\n' : ''}${a.end === 'none' ? 'end: none\n' : `end: ${a.end.startsWith('~') ? `"${a.end}"` : a.end}\n`}status: ${a.status}
sectors: [${a.sectors.join(', ')}]
`;

type Op =
  | { op: 'status'; at: number; value: string; pr: boolean }
  | { op: 'end'; at: number; value: string; pr: boolean }
  | { op: 'sectors'; at: number; value: string[]; pr: boolean }
  | { op: 'add'; pr: boolean }
  | { op: 'rename'; at: number; pr: boolean }
  | { op: 'remove'; at: number; pr: boolean }
  | { op: 'activity'; at: number; pr: boolean }
  | { op: 'break'; at: number; pr: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('status' as const), at: fc.nat(5), value: fc.constantFrom(...STATUSES), pr: fc.boolean() }),
  fc.record({ op: fc.constant('end' as const), at: fc.nat(5), value: fc.constantFrom(...ENDS), pr: fc.boolean() }),
  fc.record({ op: fc.constant('sectors' as const), at: fc.nat(5), value: fc.subarray(SECTORS, { minLength: 1 }), pr: fc.boolean() }),
  fc.record({ op: fc.constant('add' as const), pr: fc.boolean() }),
  fc.record({ op: fc.constant('rename' as const), at: fc.nat(5), pr: fc.boolean() }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat(5), pr: fc.boolean() }),
  fc.record({ op: fc.constant('activity' as const), at: fc.nat(5), pr: fc.boolean() }),
  fc.record({ op: fc.constant('break' as const), at: fc.nat(5), pr: fc.boolean() }),
);

/** Builds the history the ops describe; each op is one commit, on main or merged from a branch. */
function build(ops: readonly Op[]): string {
  const dir = makeRegister({
    'kerjasama.yaml': 'name: Register Uji\nowner: ntb\nlanguage: en\ntimezone: Asia/Makassar\n',
    'data/partners/ntb.yaml': 'name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\n',
    'data/partners/bali.yaml': 'name: Provinsi Bali\ntype: province\ncountry: ID\n',
  }, { bare: true });
  git(dir, 'init', '-q', '-b', 'main');
  const live: Agreement[] = [
    { id: 'ntb-bali-a', status: 'active', end: '2027-03-31', sectors: ['pariwisata'], signed: true },
    { id: 'ntb-bali-b', status: 'draft', end: '2028', sectors: ['pendidikan'], signed: false },
  ];
  for (const a of live) writeFiles(dir, { [`data/agreements/${a.id}.yaml`]: agreementText(a) });
  let day = 1;
  const when = (): string => `2025-01-${String(day).padStart(2, '0')}T10:00:00+08:00`;
  commitAll(dir, SITI, when(), 'Register begins');
  let n = 0;
  for (const op of ops) {
    day++;
    n++;
    if (op.pr) gitAs(dir, SITI, when(), when(), 'checkout', '-q', '-b', `pr-${n}`);
    const a = 'at' in op ? live[op.at % Math.max(1, live.length)] : undefined;
    const path = (x: Agreement): string => `data/agreements/${x.id}.yaml`;
    switch (op.op) {
      case 'status': if (a) { a.status = op.value; writeFiles(dir, { [path(a)]: agreementText(a) }); } break;
      case 'end': if (a) { a.end = op.value; writeFiles(dir, { [path(a)]: agreementText(a) }); } break;
      case 'sectors': if (a) { a.sectors = op.value; writeFiles(dir, { [path(a)]: agreementText(a) }); } break;
      case 'add': { const x = { id: `ntb-bali-n${n}`, status: 'signed', end: '2029-12-31', sectors: ['perdagangan'], signed: true }; live.push(x); writeFiles(dir, { [path(x)]: agreementText(x) }); break; }
      case 'rename': if (a) { const from = path(a); a.id = `${a.id}-r${n}`; git(dir, 'mv', from, path(a)); } break;
      case 'remove': if (a) { rmSync(join(dir, path(a))); live.splice(live.indexOf(a), 1); } break;
      case 'activity': if (a) writeFiles(dir, { [`data/activities/visit-${n}.yaml`]: `title: Kunjungan ${n}\nagreements: [${a.id}]\ntype: visit\nstatus: held\nstart: 2025-0${1 + (n % 9)}-10\n` }); break;
      case 'break': if (a) writeFiles(dir, { [path(a)]: 'title: [unclosed\nstatus: active\n' }); break;
    }
    commitAll(dir, SITI, when(), `Change ${n}: ${op.op}`);
    if (op.pr) {
      gitAs(dir, ADMIN, when(), when(), 'checkout', '-q', 'main');
      gitAs(dir, ADMIN, when(), when(), 'merge', '-q', '--no-ff', '-m', `Merge pull request #${n} from siti/pr-${n}`, `pr-${n}`);
    }
  }
  return dir;
}

/** Every file under a folder, by relative path, with its bytes. */
function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

const COMMANDS: string[][] = [
  ['validate'], ['validate', '--format', 'json'],
  ['report', 'expiring'], ['report', 'expiring', '--format', 'json'], ['report', 'expiring', '--format', 'csv'], ['report', 'expiring', '--format', 'ics'], ['report', 'expiring', '--format', 'markdown', '--all'],
  ['report', 'inactive'], ['report', 'inactive', '--format', 'json'],
  ['report', 'coverage'], ['report', 'coverage', '--format', 'csv', '--by', 'category'],
  ['report', 'summary'], ['report', 'summary', '--format', 'json'],
  ['list', 'agreements'], ['list', 'agreements', '--format', 'csv'], ['list', 'activities', '--format', 'json'], ['list', 'partners'],
  ['show', 'bali'], ['show', 'bali', '--format', 'json'],
  ['export', '--format', 'sql', '--out', '-'], ['export', '--format', 'sql', '--dialect', 'postgres', '--out', '-'],
];

describe('--at REV is the register checked out at REV, byte for byte', () => {
  it('every read command, at every commit of generated histories', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 3, maxLength: 5 }), fc.array(fc.nat(COMMANDS.length - 1), { minLength: 3, maxLength: 5 }), async (ops, picks) => {
      const dir = build(ops);
      const commits = git(dir, 'rev-list', '--all').trim().split('\n');
      const trees = makeRegister({}, { bare: true });
      for (const [i, commit] of commits.entries()) {
        const checkout = join(trees, `c${i}`);
        git(dir, 'worktree', 'add', '-q', '--detach', checkout, commit);
        // The same commands at every commit of one history; a different choice for each history.
        const commands = [...new Set(picks)].map((p) => COMMANDS[p] as string[]);
        if (i === 0) commands.push(...COMMANDS.filter((c) => !commands.includes(c)));
        for (const cmd of commands) {
          const args = [...cmd, '--as-of', '2025-06-01', '--lang', 'en'];
          const there = await runCli(args, { cwd: checkout });
          const at = await runCli([...args, '--at', commit], { cwd: dir });
          expect({ code: at.code, stdout: at.stdout, stderr: at.stderr }, `${cmd.join(' ')} --at ${commit}`).toEqual({ code: there.code, stdout: there.stdout, stderr: there.stderr });
        }
        // The website too (at the newest and the oldest commit: it is the slowest): every file it writes.
        if (i === 0 || i === commits.length - 1) {
          const a = join(trees, `site-at-${i}`);
          const b = join(trees, `site-there-${i}`);
          expect((await runCli(['site', '--out', a, '--as-of', '2025-06-01', '--at', commit], { cwd: dir })).code).toBe(0);
          expect((await runCli(['site', '--out', b, '--as-of', '2025-06-01'], { cwd: checkout })).code).toBe(0);
          expect(filesOf(a)).toEqual(filesOf(b));
        }
      }
      git(dir, 'worktree', 'prune');
    }), { numRuns: 3 });
  }, 600_000);
});

describe('--at a commit before the register', () => {
  it('names the revision once, in the reader’s language', async () => {
    const dir = makeRegister({ 'kerjasama.yaml': 'name: Uji\nowner: ntb\nlanguage: id\n' });
    git(dir, 'init', '-q', '-b', 'main');
    rmSync(join(dir, 'kerjasama.yaml'));
    writeFiles(dir, { 'README.md': 'register\n' });
    git(dir, 'add', 'README.md');
    git(dir, 'commit', '-qm', 'one');
    writeFiles(dir, { 'kerjasama.yaml': 'name: Uji\nowner: ntb\nlanguage: id\n' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'two');
    const id = await runCli(['report', 'expiring', '--at', 'HEAD~1', '-C', dir, '--as-of', '2026-11-22', '--lang', 'id']);
    expect(id.stdout + id.stderr).toMatch(/tidak ada kerjasama\.yaml pada HEAD~1 \([0-9a-f]{12}\)/);
    const en = await runCli(['report', 'expiring', '--at', 'HEAD~1', '-C', dir, '--as-of', '2026-11-22']);
    expect(en.stdout + en.stderr).toMatch(/there is no kerjasama\.yaml at HEAD~1 \([0-9a-f]{12}\)/);
  });
});
