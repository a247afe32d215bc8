// The commands that change records (set, unset, renew, succeed, terminate, record-activity, migrate):
// the lines they do not touch stay byte for byte (comments, blank lines, CRLF); they ask before writing
// on a terminal; hostile ids, paths, links and values change nothing; one transaction writes for all.

import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { commitChanges, recoverWrites, writablePath } from '../src/cli/common.js';
import { lineDiff } from '../src/render/textDiff.js';
import { cleanup, diagnosticsOf, exampleRegister, makeRegister, REPO, runCli } from './helpers.js';

afterAll(cleanup);

const AS_OF = ['--as-of', '2026-11-22', '--lang', 'en'];
const SHIZUOKA = 'name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\n';

/** An MoU written by hand: comments above and beside values, blank lines, a folded note, flow and block lists. */
const MOU = `# yaml-language-server: $schema=../../schemas/agreement.schema.json
# Kept by the Biro Pemerintahan. Ask Ibu Sari before changing the numbers.

title: NTB–Shizuoka, MoU provinsi kembar 2017
category: KSDPL
subform: provinsi_kembar
document_type: mou
partners: [shizuoka]   # the prefecture, not the city

signatures:
  - party: ntb
    date: 2017-11-02
    place: Shizuoka, Jepang
    number: "120/12/KB/2017"   # as stamped
  - party: shizuoka
    date: 2017-11-02

end: {term: 5y}
status: active
sectors: [pendidikan, pariwisata]
approvals:
  dprd: {status: not_applicable, reason: Signed before the register kept approvals}
  central: {status: unknown, reason: Not in the archive}
notes: >-
  Signed on the governor's visit. The Shizuoka number is not stated in the
  sources.
`;

/** The same, written as a Letter of Intent that was signed (what an MoU follows). */
const LOI = MOU.replace('document_type: mou', 'document_type: loi').replace('status: active', 'status: signed');

function register(text = MOU): string {
  return makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA, 'data/agreements/ntb-shizuoka-mou-2017.yaml': text });
}

/** The lines of `before` that a change removed or rewrote (a shortest edit script). */
function removed(before: string, after: string): string[] {
  return lineDiff(before.split('\n'), after.split('\n')).filter((o) => o.t === '-').map((o) => o.line);
}

describe('untouched lines stay byte for byte', () => {
  const file = (dir: string): string => readFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou-2017.yaml'), 'utf8');

  it('set, unset, terminate, renew and succeed rewrite only the lines of the fields they change; record-activity leaves the agreement untouched', async () => {
    const cases: Array<{ args: string[]; gone: string[]; text?: string }> = [
      { args: ['set', 'ntb-shizuoka-mou-2017', 'signatures[shizuoka].date=2017-11-30', 'confirmed=2026-11'], gone: ['    date: 2017-11-02'] },
      { args: ['set', 'ntb-shizuoka-mou-2017', 'sectors+=kebudayaan'], gone: ['sectors: [pendidikan, pariwisata]'] },
      { args: ['unset', 'ntb-shizuoka-mou-2017', 'signatures[ntb].place'], gone: ['    place: Shizuoka, Jepang'] },
      { args: ['terminate', 'ntb-shizuoka-mou-2017', '--on', '2021-03-01', '--reason', 'Ended by letter'], gone: ['status: active'] },
      { args: ['renew', 'ntb-shizuoka-mou-2017', '--signed', '2022-11-24'], gone: ['status: active'] },
      // The MoU after an LoI: the LoI's status only.
      { args: ['succeed', 'ntb-shizuoka-mou-2017', '--signed', '2018-06-01', '--end', '5y'], gone: ['status: signed'], text: LOI },
      // A new activity under the agreement: the agreement's file is not touched at all.
      { args: ['record-activity', 'ntb-shizuoka-mou-2017', '--title', 'Rapat', '--type', 'meeting', '--start', 'unknown'], gone: [] },
    ];
    for (const c of cases) {
      const text = c.text ?? MOU;
      const dir = register(text);
      const r = await runCli([...c.args, ...AS_OF, '--yes'], { cwd: dir });
      expect(r.code, `${c.args.join(' ')}\n${r.stderr}`).toBe(0);
      expect(removed(text, file(dir)), c.args.join(' ')).toEqual(c.gone);
      expect((await diagnosticsOf(dir)).filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  it('a value refused names the field as typed (end=, not a flag the clerk did not type), in both languages', async () => {
    const dir = register();
    const en = await runCli(['set', 'ntb-shizuoka-mou-2017', 'end=2024-02-30', ...AS_OF, '--yes'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('end must be a date like 2030-10-31');
    expect(en.stderr).not.toContain('--end');
    const id = await runCli(['set', 'ntb-shizuoka-mou-2017', 'end=2024-02-30', '--as-of', '2026-11-22', '--lang', 'id', '--yes'], { cwd: dir });
    expect(id.stderr).toContain('end harus berupa tanggal');
    expect(id.stderr).not.toContain('--end');
    expect(file(dir)).toBe(MOU);
  });

  it('a file with CRLF line endings keeps them, every line', async () => {
    const crlf = MOU.replace(/\n/g, '\r\n');
    const dir = register(crlf);
    const r = await runCli(['set', 'ntb-shizuoka-mou-2017', 'status=expired', 'end=2022-10-31', ...AS_OF, '--yes'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const after = file(dir);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(removed(crlf, after)).toEqual(['end: {term: 5y}\r', 'status: active\r']);
  });

  it('notes written by a command are a folded block, not one long line', async () => {
    const dir = register();
    const note = 'The Shizuoka number was found in the reply letter of 30 November 2017 (No. 国際第123号), filed with the scan of the MoU in the bureau archive, box 2017-KS.';
    const r = await runCli(['set', 'ntb-shizuoka-mou-2017', `notes=${note}`, ...AS_OF, '--yes'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const text = file(dir);
    expect(text).toContain('notes: >-\n  The Shizuoka number');
    expect(Math.max(...text.slice(text.indexOf('notes:')).split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(parse(text).notes).toBe(note);
  });
});

describe('a set that changes nothing says so, writes nothing and exits 0', () => {
  const file = (dir: string): string => readFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou-2017.yaml'), 'utf8');
  const set = (dir: string, lang: string, ...values: string[]) => runCli(['set', 'ntb-shizuoka-mou-2017', ...values, '--as-of', '2026-11-22', '--lang', lang, '--yes'], { cwd: dir });

  it('end set to the day its term of 5 years already ends (2022-11-01): not "changed from X to X"; the term is kept', async () => {
    const dir = register();
    const en = await set(dir, 'en', 'end=2022-11-01');
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe('kerjasama: end is already 1 Nov 2022, the last day of a term of 5 years: nothing to change\n');
    const id = await set(dir, 'id', 'end=2022-11-01');
    expect(id.code, id.stderr).toBe(0);
    expect(id.stdout).toBe('');
    expect(id.stderr).toBe('kerjasama: end sudah 1 Nov 2022, hari terakhir jangka waktu 5 tahun: tidak ada yang perlu diubah\n');
    expect(file(dir)).toBe(MOU);
  });

  it('a term that ends on the day the end already is (end: 2022-11-01, end=5y) changes nothing either', async () => {
    const text = MOU.replace('end: {term: 5y}', 'end: 2022-11-01');
    const dir = register(text);
    const r = await set(dir, 'en', 'end=5y');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('kerjasama: end is already 1 Nov 2022, the last day of a term of 5 years: nothing to change\n');
    expect(file(dir)).toBe(text);
  });

  it('a value the field already holds, or an item the list already has: said plainly, field by field', async () => {
    const dir = register();
    const en = await set(dir, 'en', 'status=active', 'sectors+=pariwisata');
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe('kerjasama: status is already "active": nothing to change\nkerjasama: sectors already has "pariwisata": nothing to change\n');
    const id = await set(dir, 'id', 'status=active', 'sectors+=pariwisata');
    expect(id.stderr).toBe('kerjasama: status sudah berisi "active": tidak ada yang perlu diubah\nkerjasama: sectors sudah memuat "pariwisata": tidak ada yang perlu diubah\n');
    expect(file(dir)).toBe(MOU);
  });

  it('with another value that does change: that one is written, the one already so is said and left', async () => {
    const dir = register();
    const r = await set(dir, 'en', 'end=2022-11-01', 'confirmed=2026-11');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/changed from (2022-11-01|1 Nov 2022) to (2022-11-01|1 Nov 2022)/);
    expect(r.stdout).not.toMatch(/(2022-11-01|1 Nov 2022) → (2022-11-01|1 Nov 2022)/);
    expect(r.stderr).toContain('end is already 1 Nov 2022, the last day of a term of 5 years: nothing to change');
    expect(removed(MOU, file(dir))).toEqual([]);
    expect(file(dir)).toContain('end: {term: 5y}');
    expect(parse(file(dir)).confirmed).toBe('2026-11');
  });

  it('a day one earlier than the term gives is a change, as before', async () => {
    const dir = register();
    const r = await set(dir, 'en', 'end=2022-10-31');
    expect(r.code, r.stderr).toBe(0);
    // Said with days as the tables write them (the file keeps ISO).
    expect(r.stdout).toContain('end date moved earlier, from 1 Nov 2022 to 31 Oct 2022');
    expect(file(dir)).toContain('end: 2022-10-31');
    const id = await set(register(), 'id', 'end=2022-10-31');
    expect(id.stdout).toContain('tanggal berakhir dimajukan dari 1 Nov 2022 menjadi 31 Okt 2022');
  });
});

describe('set answers a partner written by its name with its id, as new does', () => {
  it('partners+=Magelang, partners=Pemerintah Kabupaten Magelang: "did you mean magelang?", nothing written; in both languages', async () => {
    const dir = makeRegister({
      'data/partners/shizuoka.yaml': SHIZUOKA,
      'data/partners/magelang.yaml': 'name: Pemerintah Kabupaten Magelang\ntype: regency\ncountry: ID\naliases: [Kabupaten Magelang]\n',
      'data/agreements/ntb-shizuoka-mou-2017.yaml': MOU,
    });
    const before = readFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou-2017.yaml'), 'utf8');
    const add = await runCli(['set', 'ntb-shizuoka-mou-2017', 'partners+=Magelang', '--yes', ...AS_OF], { cwd: dir });
    expect(add.code).toBe(2);
    expect(add.stderr).toContain('partners: "Magelang" is not an id (lower-case letters, digits, - _ . between them); did you mean magelang?');
    const whole = await runCli(['set', 'ntb-shizuoka-mou-2017', 'partners=Pemerintah Kabupaten Magelang', '--yes', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(whole.code).toBe(2);
    expect(whole.stderr).toContain('magelang?');
    expect(whole.stderr).toContain("maksud Anda magelang?");
    expect(readFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou-2017.yaml'), 'utf8')).toBe(before);
  });
});

describe('asking before writing', () => {
  it('on a terminal: the change is shown, then written on yes and not on no', async () => {
    const dir = register();
    const no = await runCli(['set', 'ntb-shizuoka-mou-2017', 'confirmed=2026-11', ...AS_OF], { cwd: dir, answers: ['n'] });
    expect(no.code).toBe(0);
    expect(no.questions).toEqual(['Write this file? [y/N] ']);
    expect(no.stderr).toContain('nothing written');
    expect(readFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou-2017.yaml'), 'utf8')).toBe(MOU);
    const yes = await runCli(['set', 'ntb-shizuoka-mou-2017', 'confirmed=2026-11', ...AS_OF, '--lang', 'id'], { cwd: dir, answers: ['ya'] });
    expect(yes.code, yes.stderr).toBe(0);
    expect(yes.questions).toEqual(['Tulis berkas ini? [y/T] ']);
    expect(yes.stderr).toContain('ditulis: data/agreements/ntb-shizuoka-mou-2017.yaml');
  });

  it('renew on a terminal asks with the old agreement\'s values as suggestions; Enter takes them', async () => {
    const dir = register();
    const r = await runCli(['renew', 'ntb-shizuoka-mou-2017', ...AS_OF], { cwd: dir, answers: ['', '', '', '', '2022-11-24', '', '', '', 'n', '', 'y'] });
    expect(r.code, r.stderr).toBe(0);
    expect(r.questions?.slice(0, 5)).toEqual([
      'Title (short, as used in reports) [NTB–Shizuoka, renewal 2026]: ',
      'Category (KSDD, KSDPK, KSDPL, KSDLL, PUSAT) [KSDPL]: ',
      'Document type (loi, mou, pks, action_plan, addendum, renewal, unknown) [renewal]: ',
      'Counterpart partner ids, comma-separated [shizuoka]: ',
      'Signing date (every party; details can give each its own) (optional, Enter to skip): ',
    ]);
    const made = parse(readFileSync(join(dir, 'data/agreements/ntb-shizuoka-renewal-2026.yaml'), 'utf8'));
    expect(made).toMatchObject({ document_type: 'renewal', renews: 'ntb-shizuoka-mou-2017', partners: ['shizuoka'], end: { term: '5y' }, sectors: ['pendidikan', 'pariwisata'] });
  });

  it('without a terminal and without --yes: shown, nothing written, exit 2', async () => {
    const dir = register();
    const r = await runCli(['terminate', 'ntb-shizuoka-mou-2017', '--on', '2021-03-01', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('+status: terminated');
    expect(readFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou-2017.yaml'), 'utf8')).toBe(MOU);
  });
});

describe('terminate an agreement never signed', () => {
  // A draft or a negotiation was never in force: terminating it would record an early end of something that
  // never began. Refused, as renew refuses a terminated agreement, saying what to do instead; nothing written.
  const DRAFT = `title: NTB–Shizuoka, MoU provinsi kembar 2027
category: KSDPL
document_type: mou
partners: [shizuoka]
status: draft
`;
  it('is refused with what to do instead (record the signing first, or say the talks stopped in its notes), in both languages', async () => {
    for (const status of ['draft', 'negotiating']) {
      const text = DRAFT.replace('status: draft', `status: ${status}`);
      const dir = register(text);
      const r = await runCli(['terminate', 'ntb-shizuoka-mou-2017', '--on', '2026-11-01', '--reason', 'Talks stopped', '--yes', ...AS_OF], { cwd: dir });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`ntb-shizuoka-mou-2017 is recorded as ${status === 'draft' ? 'a draft' : 'under negotiation'}, not signed: there is nothing in force to terminate.`);
      expect(r.stderr).toContain('kerjasama set ntb-shizuoka-mou-2017 status=active');
      expect(r.stderr).toContain('kerjasama set ntb-shizuoka-mou-2017 notes=');
      expect(readFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou-2017.yaml'), 'utf8')).toBe(text);
    }
    const dir = register(DRAFT);
    const id = await runCli(['terminate', 'ntb-shizuoka-mou-2017', '--on', '2026-11-01', '--yes', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('ntb-shizuoka-mou-2017 tercatat masih draf, belum ditandatangani: tidak ada yang berlaku untuk diakhiri.');
  });

  it('renew is refused the same way: a draft or a negotiation has no term to renew (both languages, nothing written)', async () => {
    for (const status of ['draft', 'negotiating']) {
      const text = DRAFT.replace('status: draft', `status: ${status}`);
      const dir = register(text);
      const r = await runCli(['renew', 'ntb-shizuoka-mou-2017', '--yes', ...AS_OF], { cwd: dir });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`ntb-shizuoka-mou-2017 is recorded as ${status === 'draft' ? 'a draft' : 'under negotiation'}, not signed: there is no term to renew.`);
      expect(r.stderr).toContain('kerjasama set ntb-shizuoka-mou-2017 status=active');
      expect(readdirSync(join(dir, 'data/agreements'))).toEqual(['ntb-shizuoka-mou-2017.yaml']);
    }
    const dir = register(DRAFT);
    const id = await runCli(['renew', 'ntb-shizuoka-mou-2017', '--yes', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('ntb-shizuoka-mou-2017 tercatat masih draf, belum ditandatangani: tidak ada masa berlaku untuk diperpanjang.');
  });

  it('a planned signing that has passed: the refusal and validate\'s signing-overdue say the same thing to do when the talks stopped, and doing it leaves no warning', async () => {
    const text = DRAFT + 'planned_signing: 2026-06\n';
    const dir = register(text);
    const r = await runCli(['terminate', 'ntb-shizuoka-mou-2017', '--on', '2026-11-01', '--yes', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kerjasama unset ntb-shizuoka-mou-2017 planned_signing');
    const before = await runCli(['validate', ...AS_OF], { cwd: dir });
    expect(before.stdout).toContain('signing-overdue');
    expect(before.stdout).toContain('if talks stopped, leave the status, say so in notes: and remove planned_signing:');
    expect(before.stdout).not.toContain('final status');
    expect((await runCli(['set', 'ntb-shizuoka-mou-2017', 'notes=Talks stopped in 2026.', '--yes', ...AS_OF], { cwd: dir })).code).toBe(0);
    expect((await runCli(['unset', 'ntb-shizuoka-mou-2017', 'planned_signing', '--yes', ...AS_OF], { cwd: dir })).code).toBe(0);
    const after = await runCli(['validate', ...AS_OF], { cwd: dir });
    expect(after.stdout).not.toContain('signing-overdue');
    const id = await runCli(['validate', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: register(text) });
    expect(id.stdout).toContain('bila perundingan dihentikan, biarkan statusnya, tulis di notes: dan hapus planned_signing:');
  });
});

describe('hostile input changes nothing', () => {
  it('ids that are paths, unknown fields and values, a record that is a link: usage errors, no file touched', async () => {
    const dir = register();
    const outside = makeRegister({});
    writeFileSync(join(outside, 'victim.yaml'), 'title: not a record\n');
    symlinkSync(join(outside, 'victim.yaml'), join(dir, 'data/agreements/linked.yaml'));
    const runs = [
      ['set', '../../kerjasama', 'name=x'],
      ['set', 'ntb-shizuoka-mou-2017/../x', 'title=x'],
      ['set', 'linked', 'title=x'],
      ['set', 'ntb-shizuoka-mou-2017', '__proto__.polluted=1'],
      ['set', 'ntb-shizuoka-mou-2017', 'id=other'],
      ['set', 'ntb-shizuoka-mou-2017', 'signatures.date=2020'],
      ['unset', 'ntb-shizuoka-mou-2017', 'status'],
      ['record-activity', 'shizuoka', '../evil', '--title', 'x', '--type', 'meeting', '--start', 'unknown'],
      ['renew', 'ntb-shizuoka-mou-2017', 'UPPER', '--signed', '2022-11-24'],
    ];
    for (const args of runs) {
      const r = await runCli([...args, ...AS_OF, '--yes'], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at |internal error/);
    }
    expect(readFileSync(join(outside, 'victim.yaml'), 'utf8')).toBe('title: not a record\n');
    expect(readFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou-2017.yaml'), 'utf8')).toBe(MOU);
    expect(readdirSync(join(dir, 'data/agreements')).sort()).toEqual(['linked.yaml', 'ntb-shizuoka-mou-2017.yaml']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('control characters in a value never reach the terminal, and the schema refuses them in a one-line text', async () => {
    const dir = register();
    const r = await runCli(['set', 'ntb-shizuoka-mou-2017', 'title=Evil \u001b]0;pwned\u0007\u001b[2J title', ...AS_OF, '--yes'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/\u001b|\u0007/);
    expect(r.stderr).toContain('text-control-character');
    expect(readFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou-2017.yaml'), 'utf8')).toBe(MOU);
  });

  it('a data folder that is a link out of the register: nothing is written through it', async () => {
    const dir = register();
    const elsewhere = makeRegister({});
    mkdirSync(join(elsewhere, 'acts'));
    rmSync(join(dir, 'data/activities'), { recursive: true, force: true });
    symlinkSync(join(elsewhere, 'acts'), join(dir, 'data/activities'));
    const r = await runCli(['record-activity', 'shizuoka', '--title', 'Rapat', '--type', 'meeting', '--start', '2026-09', ...AS_OF, '--yes'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('data/activities is a symbolic link');
    expect(readdirSync(join(elsewhere, 'acts'))).toEqual([]);
  });

  it('an id two kinds share needs --kind', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA, 'data/agreements/shizuoka.yaml': MOU });
    const r = await runCli(['set', 'shizuoka', 'region=Chubu', ...AS_OF, '--yes'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the id shizuoka names records of more than one kind (agreement, partner); say which with --kind');
    const k = await runCli(['set', 'shizuoka', 'region=Chubu', '--kind', 'partner', ...AS_OF, '--yes'], { cwd: dir });
    expect(k.code, k.stderr).toBe(0);
    expect(readFileSync(join(dir, 'data/partners/shizuoka.yaml'), 'utf8')).toBe(`${SHIZUOKA}region: Chubu\n`);
  });
});

describe('the transaction (common.ts commitChanges, recoverWrites)', () => {
  const shown = (rel: string): string => rel;

  it('writes only kerjasama.yaml and records under data/, never over a file that changed since it was read', async () => {
    expect(['kerjasama.yaml', 'data/agreements/a.yaml', 'data/activities/2026/b.yml'].every(writablePath)).toBe(true);
    expect(['../x.yaml', 'data/agreements/../../x.yaml', 'data/agreements/.hidden.yaml', 'data/notes.yaml', 'README.md', '.git/config', 'data/agreements/a.json'].some(writablePath)).toBe(false);
    const dir = register();
    const rel = 'data/agreements/ntb-shizuoka-mou-2017.yaml';
    await expect(commitChanges(dir, [{ rel, text: 'x: 1\n', before: 'something else\n' }], shown)).rejects.toThrow(/changed while the command ran/);
    await expect(commitChanges(dir, [{ rel: 'data/partners/shizuoka.yaml', text: 'x: 1\n' }], shown)).rejects.toThrow(/exists; not overwriting it/);
    await expect(commitChanges(dir, [{ rel: '../outside.yaml', text: 'x: 1\n' }], shown)).rejects.toThrow(/is not a file a command may write/);
    expect(readFileSync(join(dir, rel), 'utf8')).toBe(MOU);
    expect(readdirSync(dir).filter((n) => n.startsWith('.kerjasama-'))).toEqual([]);
  });

  it('writes several files at once, keeping the mode of a file it replaces', async () => {
    const dir = register();
    const rel = 'data/agreements/ntb-shizuoka-mou-2017.yaml';
    chmodSync(join(dir, rel), 0o640);
    await commitChanges(dir, [{ rel, text: MOU.replace('status: active', 'status: superseded'), before: MOU }, { rel: 'data/agreements/new.yaml', text: 'title: New\n' }], shown);
    expect(readFileSync(join(dir, rel), 'utf8')).toContain('status: superseded');
    expect(readFileSync(join(dir, 'data/agreements/new.yaml'), 'utf8')).toBe('title: New\n');
    expect((await import('node:fs')).statSync(join(dir, rel)).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((n) => n.startsWith('.kerjasama-'))).toEqual([]);
  });

  it('recovery leaves a file changed by hand since the interrupted write as it is, and keeps its old text aside', () => {
    const dir = register();
    const rel = 'data/agreements/ntb-shizuoka-mou-2017.yaml';
    // A write killed after placing its new text: its journal, its backup, the file holding the new text…
    const tx = join(dir, '.kerjasama-tx-999999-abcdef');
    mkdirSync(tx);
    writeFileSync(join(tx, 'old-0'), MOU);
    const placed = MOU.replace('status: active', 'status: expired');
    const sha = (s: string): string => require('node:crypto').createHash('sha256').update(s).digest('hex');
    writeFileSync(join(tx, 'journal.json'), JSON.stringify({ version: 1, pid: 999999, host: require('node:os').hostname(), started: '2026-11-22T00:00:00Z', changes: [{ rel, op: 'replace', staged: 'new-0', backup: 'old-0', sha256: sha(placed) }] }));
    // … and then edited by hand.
    writeFileSync(join(dir, rel), placed + '# edited by hand\n');
    const rec = recoverWrites(dir);
    expect(rec).toEqual([{ folder: '.kerjasama-kept-999999-abcdef', pid: 999999, started: '2026-11-22T00:00:00Z', restored: [], removed: [], kept: [rel] }]);
    expect(readFileSync(join(dir, rel), 'utf8')).toBe(placed + '# edited by hand\n');
    expect(readFileSync(join(dir, '.kerjasama-kept-999999-abcdef', 'old-0'), 'utf8')).toBe(MOU);
    expect(existsSync(tx)).toBe(false);
    // A later run finds nothing more to do.
    expect(recoverWrites(dir)).toEqual([]);
  });
});

describe('migrate on this kerjasama\'s own registers', () => {
  it('the example register and every fixture register are in the current format: migrate --check exits 0', async () => {
    const dirs = [exampleRegister(), ...readdirSync(join(REPO, 'test/fixtures'), { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(REPO, 'test/fixtures', e.name, 'kerjasama.yaml'))).map((e) => join(REPO, 'test/fixtures', e.name))];
    expect(dirs.length).toBeGreaterThan(1);
    for (const dir of dirs) {
      const r = await runCli(['migrate', '--check', ...AS_OF], { cwd: dir });
      expect(r.code, `${dir}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toContain('the newest this kerjasama knows; nothing to migrate');
    }
  });
});
