// Property: any sequence of the commands that change records (set, unset, renew, succeed, terminate,
// record-activity), with good and bad values, on a generated register that validates, leaves it
// validating after every command that writes, and changes nothing (not a byte) when a command refuses;
// no staging folder is ever left behind.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, makeRegister, runCli } from './helpers.js';

afterAll(cleanup);

const AS_OF = ['--as-of', '2026-11-22', '--lang', 'en'];

function snapshot(dir: string, rel = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of snapshot(dir, r)) out.set(k, v);
    else out.set(r, readFileSync(join(dir, r), 'utf8'));
  }
  return out;
}

const PARTNERS = {
  'data/partners/shizuoka.yaml': 'name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\n',
  'data/partners/jatim.yaml': '# a neighbour\nname: Provinsi Jawa Timur\ntype: province\ncountry: ID\n',
  'data/partners/unram.yaml': 'name: Universitas Mataram\ntype: university\ncountry: ID\n',
};

/** An agreement in one of the shapes registers hold, its dates drawn. */
const agreement = fc.record({
  partner: fc.constantFrom('shizuoka', 'jatim', 'unram'),
  doc: fc.constantFrom('loi', 'mou', 'pks'),
  year: fc.integer({ min: 2012, max: 2026 }),
  term: fc.constantFrom('3y', '5y', 'none', 'unknown'),
  signed: fc.boolean(),
  comment: fc.boolean(),
});

function agreementText(a: { partner: string; doc: string; year: number; term: string; signed: boolean; comment: boolean }): string {
  const category = a.partner === 'shizuoka' ? 'KSDPL' : a.partner === 'jatim' ? 'KSDD' : 'KSDPK';
  const lines = [
    ...(a.comment ? ['# written by hand'] : []),
    `title: NTB–${a.partner}, ${a.doc} ${a.year}`,
    `category: ${category}`,
    `document_type: ${a.doc}`,
    `partners: [${a.partner}]`,
    ...(a.signed ? ['signatures:', `  - party: ntb`, `    date: ${a.year}-03-01`, `  - party: ${a.partner}`, `    date: ${a.year}-03-01`, ''] : []),
    ...(a.term === 'none' ? ['end: none'] : a.term === 'unknown' ? [] : [`end: {term: ${a.term}}`]),
    `status: ${a.signed ? 'unknown' : 'negotiating'}`,
    'sectors: [pendidikan, pariwisata]',
    ...(category === 'KSDPL' ? ['approvals:', '  dprd: {status: unknown, reason: not in the archive}', '  central: {status: unknown, reason: not in the archive}'] : []),
  ];
  return lines.join('\n') + '\n';
}

const SET_VALUES = ['end=2030-12-31', 'end=5y', 'end=none', 'end=soon', 'status=expired', 'status=unknown', 'status=active', 'partners=nosuch', 'sectors+=kebudayaan', 'sectors-=pariwisata',
  'notes=Ditandatangani saat kunjungan gubernur; nomor naskah pihak mitra tidak disebut dalam sumber mana pun yang ditemukan.', 'confirmed=2026-11', 'signatures[ntb].date=2019-05-01', 'signatures[ntb].place=Mataram',
  'approvals.dprd.number=170/9/2019', 'title=', 'effective=2031-01-01', 'document_type=mou', 'renews=a0', 'parent=a1', 'scope+=Pertukaran pelajar'];
const UNSET_FIELDS = ['notes', 'sectors', 'signatures[ntb]', 'end', 'title', 'approvals.dprd', 'approvals', 'partners', 'effective'];

const command = fc.oneof(
  fc.record({ c: fc.constant('set'), id: fc.constantFrom('a0', 'a1', 'a2', 'act0'), v: fc.subarray(SET_VALUES, { minLength: 1, maxLength: 3 }) }),
  fc.record({ c: fc.constant('unset'), id: fc.constantFrom('a0', 'a1', 'a2'), v: fc.subarray(UNSET_FIELDS, { minLength: 1, maxLength: 2 }) }),
  fc.record({ c: fc.constant('renew'), id: fc.constantFrom('a0', 'a1', 'a2'), v: fc.constantFrom([], ['--signed', '2026-10-01'], ['--signed', '2027-02-01', '--end', '5y'], ['--end', 'bad']) }),
  fc.record({ c: fc.constant('succeed'), id: fc.constantFrom('a0', 'a1', 'a2'), v: fc.constantFrom(['--title', 'Next'], ['--signed', '2026-10-01'], ['--document-type', 'pks', '--title', 'PKS']) }),
  fc.record({ c: fc.constant('terminate'), id: fc.constantFrom('a0', 'a1', 'a2'), v: fc.constantFrom(['--on', '2025-06-30'], ['--on', '2010-01-01', '--reason', 'never'], ['--on', 'someday']) }),
  fc.record({ c: fc.constant('record-activity'), id: fc.constantFrom('a0', 'a1', 'shizuoka', 'nosuch'), v: fc.constantFrom(['--title', 'Rapat', '--type', 'meeting', '--start', 'unknown'], ['--title', 'Kunjungan', '--type', 'visit', '--start', '2026-09'], ['--title', 'X', '--type', 'party', '--start', '2026']) }),
);

describe('any sequence of changes on a register that validates', () => {
  it('leaves it validating after each write, and changes nothing when a command refuses', async () => {
    let wrote = 0;
    let refused = 0;
    await fc.assert(fc.asyncProperty(fc.array(agreement, { minLength: 1, maxLength: 3 }), fc.array(command, { minLength: 1, maxLength: 5 }), async (ags, commands) => {
      const files: Record<string, string> = { ...PARTNERS };
      ags.forEach((a, i) => { files[`data/agreements/a${i}.yaml`] = agreementText(a); });
      files['data/activities/act0.yaml'] = 'title: Rapat pertama\ntype: meeting\nstart: 2026-01\nagreements: [a0]\n';
      const dir = makeRegister(files);
      // Only registers that validate to begin with.
      if ((await runCli(['validate', ...AS_OF], { cwd: dir })).code !== 0) return;
      for (const cmd of commands) {
        const before = snapshot(dir);
        const r = await runCli([cmd.c, cmd.id, ...cmd.v, ...AS_OF, '--yes'], { cwd: dir });
        expect(r.stderr, `${cmd.c} ${cmd.id} ${cmd.v.join(' ')}`).not.toMatch(/internal error|\n\s+at /);
        expect(readdirSync(dir).filter((n) => n.startsWith('.kerjasama-'))).toEqual([]);
        const after = snapshot(dir);
        if (r.code === 0 && r.stderr.includes('wrote ')) {
          wrote++;
          const v = await runCli(['validate', ...AS_OF], { cwd: dir });
          expect(v.code, `${cmd.c} ${cmd.id} ${cmd.v.join(' ')} left:\n${v.stdout}`).toBe(0);
        } else {
          refused++;
          expect(after, `${cmd.c} ${cmd.id} ${cmd.v.join(' ')} (exit ${r.code}) changed files`).toEqual(before);
        }
      }
    }), { numRuns: 30 });
    expect(wrote).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  }, 300_000);
});
