// The history commands and --recorded-as-of against real git repositories built here: the commit a day
// picks (the register's time zone, a rebase), the honest limits (a shallow clone, no git), a register in a
// sub-folder, hostile commit messages, and the reading of git's output.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLog } from '../src/load/git.js';
import { cleanup, GIT_ENV, makeRegister, REPO, runCli, writeFiles } from './helpers.js';
import { BUDI, commitAll, gitAs, scriptedHistory, SITI } from './history.js';

afterAll(cleanup);

const AGREEMENT = (status: string): string => `title: NTB–Jayapura
category: KSDD
document_type: mou
partners: [jayapura]
status: ${status}
`;
const JAYAPURA = 'name: Kota Jayapura\ntype: city\ncountry: ID\n';

const git = (dir: string, ...args: string[]): string => execFileSync('git', ['-C', dir, ...args], { env: GIT_ENV, encoding: 'utf8' });

/** The commit (12 digits) a report stamps with --recorded-as-of DAY, or the exit code when it picks none. */
async function recordedCommit(dir: string, day: string): Promise<string | number> {
  const r = await runCli(['report', 'summary', '--format', 'json', '--recorded-as-of', day, '--as-of', '2026-02-01'], { cwd: dir });
  if (r.code !== 0) return r.code;
  const j = JSON.parse(r.stdout) as { commit: string; recordedAsOf: string };
  expect(j.recordedAsOf).toBe(day);
  return j.commit;
}

/** What git itself picks: the last first-parent commit committed on or before the end of DAY at `offset`. */
function gitPicks(dir: string, day: string, offset: string, paths: string[] = []): string | number {
  const out = git(dir, 'rev-list', '-1', '--first-parent', `--before=${day} 23:59:59 ${offset}`, 'HEAD', '--', ...paths).trim();
  return out === '' ? 2 : out.slice(0, 12);
}

const days = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let t = Date.parse(from + 'T00:00:00Z'); t <= Date.parse(to + 'T00:00:00Z'); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

describe('--recorded-as-of', () => {
  it('picks what git rev-list --first-parent --before picks at the end of the day in the register time zone, across midnight in that zone and after a rebase', async () => {
    // Asia/Jayapura is UTC+9: a commit at 00:30 on 2 January there is still 1 January in UTC.
    const dir = makeRegister({ 'kerjasama.yaml': 'name: Register Jayapura\nowner: ntb\nlanguage: en\ntimezone: Asia/Jayapura\n', 'data/partners/jayapura.yaml': JAYAPURA }, {});
    git(dir, 'init', '-q', '-b', 'main');
    commitAll(dir, SITI, '2025-12-15T10:00:00+09:00', 'Register begins');
    writeFiles(dir, { 'data/agreements/ntb-jayapura.yaml': AGREEMENT('draft') });
    commitAll(dir, SITI, '2026-01-01T10:00:00+09:00', 'Draft MoU');
    writeFiles(dir, { 'data/agreements/ntb-jayapura.yaml': AGREEMENT('negotiating') });
    commitAll(dir, SITI, '2026-01-01T23:30:00+09:00', 'Negotiating (late on 1 January)');
    writeFiles(dir, { 'data/agreements/ntb-jayapura.yaml': AGREEMENT('signed') });
    commitAll(dir, BUDI, '2026-01-02T00:30:00+09:00', 'Signed (just after midnight in Jayapura: still 1 January in UTC)');
    // A branch written in December and rebased onto main on 5 January: authored in December, committed in January.
    gitAs(dir, SITI, '2025-12-20T09:00:00+09:00', '2025-12-20T09:00:00+09:00', 'checkout', '-q', '-b', 'late', 'HEAD~3');
    writeFiles(dir, { 'data/partners/ntb.yaml': 'name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\nregion: Nusa Tenggara\n' });
    commitAll(dir, SITI, '2025-12-20T09:00:00+09:00', 'NTB region, written in December');
    gitAs(dir, SITI, '2025-12-20T09:00:00+09:00', '2026-01-05T09:00:00+09:00', 'rebase', '-q', 'main');
    gitAs(dir, SITI, '2026-01-05T09:00:00+09:00', '2026-01-05T09:00:00+09:00', 'checkout', '-q', 'main');
    gitAs(dir, SITI, '2026-01-05T09:00:00+09:00', '2026-01-05T09:00:00+09:00', 'merge', '-q', '--ff-only', 'late');
    // The rebased commit keeps its December author date; only its committer date counts.
    expect(git(dir, 'log', '-1', '--format=%ai|%ci').trim()).toBe('2025-12-20 09:00:00 +0900|2026-01-05 09:00:00 +0900');
    for (const day of days('2025-12-14', '2026-01-06')) {
      expect(await recordedCommit(dir, day), day).toBe(gitPicks(dir, day, '+0900'));
    }
    // The boundary itself: on 1 January the late-night commit, not the one after midnight in Jayapura.
    expect(await recordedCommit(dir, '2026-01-01')).toBe(git(dir, 'rev-parse', '--short=12', 'HEAD~2').trim());
    // In December the rebased commit is not there, though it was authored then.
    expect(await recordedCommit(dir, '2025-12-31')).toBe(git(dir, 'rev-parse', '--short=12', 'HEAD~4').trim());
  });

  it('reads the register of that commit, and says no commit when the day is before the history', async () => {
    const dir = scriptedHistory();
    const r = await runCli(['list', 'agreements', '--format', 'json', '--recorded-as-of', '2024-01-31', '--as-of', '2024-07-01'], { cwd: dir });
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.stdout) as { records: Array<{ id: string }> }).records.map((x) => x.id);
    // Before the PKS was renamed (pull request #2) and before the renewal was merged (#1).
    expect(ids.sort()).toEqual(['ntb-perusahaan-mou-2020', 'ntb-shizuoka-mou-2019', 'ntb-unram-pks']);
    const none = await runCli(['report', 'expiring', '--recorded-as-of', '2023-12-31'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no commit of the register's main line is dated on or before 2023-12-31 \(end of the day in Asia\/Jakarta\)/);
    const bad = await runCli(['report', 'expiring', '--recorded-as-of', '2024-02'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--recorded-as-of must be a date like 2026-01-31, not 2024-02/);
    const both = await runCli(['report', 'expiring', '--recorded-as-of', '2024-02-01', '--at', 'HEAD'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--at and --recorded-as-of both choose the revision/);
    const staged = await runCli(['validate', '--at', 'HEAD', '--staged'], { cwd: dir });
    expect(staged.code).toBe(2);
    expect(staged.stderr).toMatch(/--at reads a committed revision of the register; it cannot be combined with --staged/);
  });

  it('in a register in a sub-folder of a larger repository, counts only the commits that touch the register', async () => {
    const top = makeRegister({}, { bare: true });
    git(top, 'init', '-q', '-b', 'main');
    const reg = join(top, 'registers', 'ntb');
    mkdirSync(reg, { recursive: true });
    writeFiles(reg, { 'kerjasama.yaml': 'name: NTB\nowner: ntb\nlanguage: en\ntimezone: Asia/Makassar\n', 'data/partners/ntb.yaml': 'name: NTB\ntype: province\ncountry: ID\n' });
    commitAll(top, SITI, '2026-03-01T09:00:00+08:00', 'NTB register');
    writeFileSync(join(top, 'README.md'), 'other work\n');
    commitAll(top, BUDI, '2026-03-02T09:00:00+08:00', 'Other work in the same repository');
    writeFiles(reg, { 'data/partners/bali.yaml': 'name: Bali\ntype: province\ncountry: ID\n' });
    commitAll(top, SITI, '2026-03-03T09:00:00+08:00', 'Bali');
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-03']) {
      expect(await recordedCommit(reg, day), day).toBe(gitPicks(top, day, '+0800', ['registers/ntb']));
    }
    expect(await recordedCommit(reg, '2026-03-02')).toBe(git(top, 'rev-parse', '--short=12', 'HEAD~2').trim());
    // audit, too, has only the register's commits.
    const audit = await runCli(['audit', '--format', 'json', '--as-of', '2026-04-01'], { cwd: reg });
    expect(audit.code).toBe(0);
    const a = JSON.parse(audit.stdout) as { commits: number; rows: Array<{ id: string; file: string }> };
    expect(a.commits).toBe(2);
    expect(a.rows.map((r) => r.file)).toEqual(['data/partners/ntb.yaml', 'kerjasama.yaml', 'data/partners/bali.yaml']);
  });
});

describe('honest limits', () => {
  it('a shallow clone: every history question exits 2 with the reason; the commands never fetch', async () => {
    const dir = scriptedHistory();
    const shallow = join(makeRegister({}, { bare: true }), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${dir}`, shallow], { env: GIT_ENV });
    const before = git(shallow, 'rev-list', '--all', '--count');
    for (const args of [['log', 'ntb-unram-pks-2024'], ['blame', 'ntb-unram-pks-2024'], ['audit'], ['report', 'expiring', '--recorded-as-of', '2024-03-01']]) {
      const r = await runCli(args, { cwd: shallow });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toBe('kerjasama: history is incomplete: this clone is shallow (fetch with full depth)\n');
    }
    expect(git(shallow, 'rev-list', '--all', '--count')).toBe(before);
    // --at reads one revision: it needs no history, and works where that revision is in the clone.
    expect((await runCli(['report', 'summary', '--at', 'HEAD'], { cwd: shallow })).code).toBe(0);
    const id = await runCli(['log', 'ntb-unram-pks-2024', '--lang', 'id'], { cwd: shallow });
    expect(id.stderr).toMatch(/riwayat tidak lengkap: klon ini dangkal/);
  });

  it('a folder without git: exit 2, with what to do', async () => {
    const dir = makeRegister({});
    for (const args of [['log', 'ntb'], ['blame', 'ntb'], ['audit'], ['maintenance'], ['report', 'expiring', '--at', 'HEAD'], ['list', 'partners', '--recorded-as-of', '2026-01-01']]) {
      const r = await runCli(args, { cwd: dir, env: { GIT_CEILING_DIRECTORIES: dir.replace(/\/[^/]+$/, '') } });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/is not in a git repository; .* reads the register's history from git/);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('bad ids, revisions and bounds are usage errors naming what is wrong', async () => {
    const dir = scriptedHistory();
    const cases: Array<[string[], RegExp, number]> = [
      [['log', '../etc/passwd'], /"..\/etc\/passwd" is not a record id/, 2],
      [['log', 'ntb', '--at', 'no-such-branch'], /git: no-such-branch is not a commit, branch or tag/, 2],
      [['log', 'ntb', '--at', '--output=x'], /git: --output=x is not a revision/, 2],
      [['audit', '--since', 'yesterday-ish'], /--since takes a date like 2026-01-31 or a git revision; "yesterday-ish" is neither/, 2],
      [['audit', '--format', 'xlsx'], /--format must be one of text, markdown, json, csv, not xlsx|argument 'xlsx' is invalid/, 2],
      [['blame', 'ntb-perusahaan-mou-2020'], /no partner, agreement or activity has had the id ntb-perusahaan-mou-2020/, 2],
    ];
    for (const [args, re, code] of cases) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).toMatch(re);
    }
  });
});

describe('hostile history', () => {
  it('commit messages and author names never control the terminal, a spreadsheet or a Markdown page', async () => {
    const dir = makeRegister({ 'data/partners/bali.yaml': 'name: Bali\ntype: province\ncountry: ID\n' });
    git(dir, 'init', '-q', '-b', 'main');
    const evil = { name: 'Eve \u202eevil\u001b]0;owned\u0007', email: 'eve@example.org' };
    commitAll(dir, evil, '2026-01-01T09:00:00+07:00', '=HYPERLINK("http://x")\u001b[31m red | pipe <script>');
    writeFiles(dir, { 'data/partners/bali.yaml': 'name: Bali\ntype: province\ncountry: ID\nregion: Nusa Tenggara\n' });
    commitAll(dir, evil, '2026-01-02T09:00:00+07:00', '\u001b[2J cleared');
    for (const format of ['text', 'markdown', 'csv', 'json']) {
      for (const args of [['log', 'bali'], ['blame', 'bali'], ['audit']]) {
        const r = await runCli([...args, '--format', format], { cwd: dir });
        expect(r.code, `${args.join(' ')} ${format}`).toBe(0);
        // JSON escapes control characters and carries the text as it is (a bidirectional override included), for machines.
        expect(r.stdout, `${args.join(' ')} ${format}`).not.toMatch(format === 'json' ? /[\u001b\u0007]/ : /[\u001b\u0007\u202e]/);
        if (format === 'csv') expect(r.stdout).not.toMatch(/(^|,)=HYPERLINK/m);
        if (format === 'markdown') expect(r.stdout).not.toMatch(/<script>/);
      }
    }
  });
});

describe('the site', () => {
  it("shows each record's history and the recent changes, without private fields unless asked, and says why there is none outside git", async () => {
    const dir = makeRegister({ 'data/partners/bali.yaml': 'name: Bali\ntype: province\ncountry: ID\ncontacts:\n  - name: Ketut\n    email: ketut@bali.example\n' });
    git(dir, 'init', '-q', '-b', 'main');
    commitAll(dir, SITI, '2026-01-05T09:00:00+07:00', 'Bali');
    writeFiles(dir, { 'data/partners/bali.yaml': 'name: Provinsi Bali\ntype: province\ncountry: ID\ncontacts:\n  - name: Ketut\n    email: ketut.baru@bali.example\n' });
    commitAll(dir, BUDI, '2026-01-06T09:00:00+07:00', 'Bali: its full name, a new e-mail');
    const out = join(makeRegister({}, { bare: true }), 'site');
    expect((await runCli(['site', '--out', out, '--as-of', '2026-02-01'], { cwd: dir })).code).toBe(0);
    const page = readFileSync(join(out, 'en/partners/bali.html'), 'utf8');
    expect(page).toContain('<h2 id="history">History</h2>');
    expect(page).toContain('renamed from “Bali” to “Provinsi Bali”');
    expect(page).not.toContain('ketut');
    expect(readFileSync(join(out, 'en/changes.html'), 'utf8')).toContain('Bali: its full name, a new e-mail');
    // Times with the register's zone (Asia/Jakarta by default), as log and audit show them.
    expect(readFileSync(join(out, 'en/changes.html'), 'utf8')).toContain('2026-01-06 09:00 WIB');
    expect(page).toContain('2026-01-05 09:00 WIB');
    expect(readFileSync(join(out, 'id/changes.html'), 'utf8')).toContain('Perubahan terbaru');
    const priv = join(makeRegister({}, { bare: true }), 'site');
    expect((await runCli(['site', '--out', priv, '--include-private', '--as-of', '2026-02-01'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(priv, 'en/partners/bali.html'), 'utf8')).toContain('ketut.baru@bali.example');
    const off = join(makeRegister({}, { bare: true }), 'site');
    expect((await runCli(['site', '--out', off, '--no-history', '--as-of', '2026-02-01'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(off, 'en/changes.html'), 'utf8')).toContain('The history is not shown: the site was built with --no-history.');
    const plain = makeRegister({});
    const nogit = join(makeRegister({}, { bare: true }), 'site');
    expect((await runCli(['site', '--out', nogit, '--as-of', '2026-02-01'], { cwd: plain, env: { GIT_CEILING_DIRECTORIES: plain.replace(/\/[^/]+$/, '') } })).code).toBe(0);
    expect(readFileSync(join(nogit, 'en/partners/ntb.html'), 'utf8')).toContain('The history is not shown: the register is not in a git repository.');
  });
});

describe('reading git', () => {
  it("parses log -z output whatever the message holds (a body that looks like a raw line, empty bodies, renames)", () => {
    const out = [
      'a'.repeat(40), 'b'.repeat(40) + ' ' + 'c'.repeat(40), 'Siti', 's@x', '100', 'Admin', '200', 'Merge pull request #7 from s/x', ':100644 100644 x y M\nreal body\n', '',
      '\n:100644 100644 ' + '1'.repeat(40) + ' ' + '2'.repeat(40) + ' M', 'data/partners/a.yaml',
      ':100644 100644 ' + '3'.repeat(40) + ' ' + '4'.repeat(40) + ' R087', 'data/partners/b.yaml', 'data/partners/c.yaml',
      'd'.repeat(40), '', 'Budi', 'b@x', '50', 'Budi', '60', 'root', '', '',
      '\n:000000 100644 ' + '0'.repeat(40) + ' ' + '5'.repeat(40) + ' A', 'kerjasama.yaml', '',
    ].join('\0');
    const commits = parseLog(out);
    expect(commits.map((c) => c.commit.id)).toEqual(['a'.repeat(40), 'd'.repeat(40)]);
    expect(commits[0]?.commit.parents).toHaveLength(2);
    expect(commits[0]?.commit.body).toBe(':100644 100644 x y M\nreal body');
    expect(commits[0]?.changes).toEqual([
      { status: 'M', oldMode: '100644', newMode: '100644', oldBlob: '1'.repeat(40), newBlob: '2'.repeat(40), path: 'data/partners/a.yaml' },
      { status: 'R', score: 87, oldMode: '100644', newMode: '100644', oldBlob: '3'.repeat(40), newBlob: '4'.repeat(40), path: 'data/partners/c.yaml', from: 'data/partners/b.yaml' },
    ]);
    expect(commits[1]?.commit.parents).toEqual([]);
    expect(commits[1]?.changes).toEqual([{ status: 'A', oldMode: '000000', newMode: '100644', oldBlob: null, newBlob: '5'.repeat(40), path: 'kerjasama.yaml' }]);
  });

  it('maintenance writes the commit-graph with changed-path filters, and the history reads the same after it', async () => {
    const dir = scriptedHistory();
    const before = await runCli(['log', 'ntb-unram-pks-2024', '--format', 'json', '--as-of', '2024-07-01'], { cwd: dir });
    const m = await runCli(['maintenance'], { cwd: dir });
    expect(m.code).toBe(0);
    expect(m.stdout).toMatch(/wrote git's commit-graph with changed-path filters/);
    expect(git(dir, 'commit-graph', 'verify')).toBe('');
    const after = await runCli(['log', 'ntb-unram-pks-2024', '--format', 'json', '--as-of', '2024-07-01'], { cwd: dir });
    expect(after.stdout).toBe(before.stdout);
  });
});

describe('docs/history.md', () => {
  /** Each example: its marker in the page, and the command (after `kerjasama`) run on the scripted history as of 1 July 2024. */
  const EXAMPLES: Array<{ name: string; args: string[] }> = [
    { name: 'log', args: ['log', 'ntb-shizuoka-mou-2019', '--with-related', '--format', 'markdown'] },
    { name: 'blame', args: ['blame', 'ntb-shizuoka-renewal-2024', '--format', 'markdown'] },
    { name: 'audit', args: ['audit', '--since', '2024-04-01', '--format', 'markdown'] },
    { name: 'recorded-before', args: ['report', 'expiring', '--recorded-as-of', '2024-01-31', '--as-of', '2024-01-15', '--within', '90d'] },
    { name: 'recorded', args: ['report', 'expiring', '--recorded-as-of', '2024-02-01', '--as-of', '2024-01-15', '--within', '90d'] },
  ];

  it('shows what the tool prints (UPDATE_DOCS=1 rewrites the examples)', async () => {
    const dir = scriptedHistory();
    const path = join(REPO, 'docs', 'history.md');
    const doc = readFileSync(path, 'utf8');
    let updated = doc;
    for (const ex of EXAMPLES) {
      const r = await runCli([...ex.args, ...(ex.args.includes('--as-of') ? [] : ['--as-of', '2024-07-01']), '--lang', 'en'], { cwd: dir });
      expect(r.code, ex.name).toBe(0);
      const block = `<!-- example:${ex.name}:start -->\n\`\`\`${ex.args.includes('markdown') ? 'markdown' : ''}\n${r.stdout.trimEnd()}\n\`\`\`\n<!-- example:${ex.name}:end -->`;
      const re = new RegExp(`<!-- example:${ex.name}(?::start -->[\\s\\S]*?<!-- example:${ex.name}:end)? -->`);
      expect(re.test(updated), ex.name).toBe(true);
      updated = updated.replace(re, () => block);
    }
    if (process.env['UPDATE_DOCS']) writeFileSync(path, updated);
    expect(doc).toBe(updated);
  });
});

describe('log names the records an event refers to as show and diff do', () => {
  it('a partner added and a signing party by the name in the working tree, with the id; an id the register does not know as it is', async () => {
    const dir = makeRegister({ 'kerjasama.yaml': 'name: Register NTB\nowner: ntb\nlanguage: en\ntimezone: Asia/Makassar\n', 'data/partners/jayapura.yaml': JAYAPURA, 'data/partners/ntb.yaml': 'name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\n' }, {});
    git(dir, 'init', '-q', '-b', 'main');
    writeFiles(dir, { 'data/agreements/ntb-jayapura.yaml': AGREEMENT('draft') });
    commitAll(dir, SITI, '2026-01-01T10:00:00+08:00', 'Draft MoU');
    writeFiles(dir, { 'data/agreements/ntb-jayapura.yaml': AGREEMENT('signed').replace('partners: [jayapura]', 'partners: [jayapura, biak, sorong]') + 'signatures:\n  - party: jayapura\n    date: 2026-02-01\n' });
    commitAll(dir, SITI, '2026-02-02T10:00:00+08:00', 'Signed; Biak and Sorong join');
    // Biak's record is in the working tree only, not yet committed: its name is still the one shown.
    writeFiles(dir, { 'data/partners/biak.yaml': 'name: Kabupaten Biak Numfor\ntype: regency\ncountry: ID\n' });
    const phrases = async (lang: 'en' | 'id'): Promise<string[]> => {
      const r = await runCli(['log', 'ntb-jayapura', '--format', 'json', '--lang', lang, '--as-of', '2026-03-01'], { cwd: dir });
      expect(r.stderr).toBe('');
      return (JSON.parse(r.stdout) as { events: Array<{ text: string }> }).events.map((e) => e.text);
    };
    const en = await phrases('en');
    expect(en).toContain('partners: added Kabupaten Biak Numfor (biak), sorong');
    expect(en).toContain('signed by Kota Jayapura (jayapura) on 1 Feb 2026');
    const id = await phrases('id');
    expect(id).toContain('mitra: ditambahkan Kabupaten Biak Numfor (biak), sorong');
    expect(id).toContain('ditandatangani oleh Kota Jayapura (jayapura) pada 1 Feb 2026');
    // blame and audit name them too, in their value columns; CSV keeps the ids.
    const blame = await runCli(['blame', 'ntb-jayapura', '--format', 'markdown', '--as-of', '2026-03-01'], { cwd: dir });
    expect(blame.stdout).toContain('| partners | Kota Jayapura (jayapura), Kabupaten Biak Numfor (biak), sorong |');
    expect(blame.stdout).toContain('| signatures no. 1: party | Kota Jayapura (jayapura) |');
    const audit = await runCli(['audit', '--format', 'markdown', '--lang', 'id', '--as-of', '2026-03-01'], { cwd: dir });
    expect(audit.stdout).toContain('| perjanjian ntb-jayapura | mitra | Kota Jayapura (jayapura) | Kota Jayapura (jayapura), Kabupaten Biak Numfor (biak), sorong |');
    const csv = await runCli(['audit', '--format', 'csv', '--as-of', '2026-03-01'], { cwd: dir });
    expect(csv.stdout).toContain(',partners,changed,"[""jayapura""]","[""jayapura"",""biak"",""sorong""]",');
  });
});

describe('--output FILE', () => {
  it('log, blame, audit and diff say on stderr what they wrote, as report --output does (sayWritten)', async () => {
    const dir = scriptedHistory();
    const runs: Array<[string[], string]> = [
      [['log', 'ntb-unram-pks-2024', '--output', 'log.txt'], 'log written to log.txt (text, as of 1 Jul 2024)'],
      [['blame', 'ntb-unram-pks-2024', '--format', 'json', '--output', 'blame.json'], 'blame written to blame.json (json, as of 1 Jul 2024)'],
      [['audit', '--format', 'csv', '--output', 'audit.csv'], 'audit written to audit.csv (csv, as of 1 Jul 2024)'],
      [['diff', 'HEAD~1', '--output', 'diff.txt'], 'diff written to diff.txt (text, as of 1 Jul 2024)'],
    ];
    for (const [args, line] of runs) {
      const r = await runCli([...args, '--as-of', '2024-07-01', '--lang', 'en'], { cwd: dir });
      expect([r.stdout, r.stderr], args.join(' ')).toEqual(['', `kerjasama: ${line}\n`]);
      expect(readFileSync(join(dir, args[args.length - 1] as string), 'utf8').length).toBeGreaterThan(0);
    }
    const id = await runCli(['log', 'ntb-unram-pks-2024', '--output', 'log-id.txt', '--as-of', '2024-07-01', '--lang', 'id'], { cwd: dir });
    expect(id.stderr).toBe('kerjasama: log ditulis ke log-id.txt (text, per 1 Jul 2024)\n');
    // To stdout, nothing is said.
    expect((await runCli(['log', 'ntb-unram-pks-2024', '--as-of', '2024-07-01'], { cwd: dir })).stderr).toBe('');
  });
});
