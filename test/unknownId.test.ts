// An id no record has, given to any command that takes one (show, set, unset, renew, succeed, terminate,
// record-activity, log, blame): the same answer everywhere, a usage error (exit 2, as an unknown option
// value or revision is) naming the closest ids. Exit 1 stays what it means elsewhere: the register (or the
// change) has errors, which is what CI reads it as.

import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, gitRepo, runCli } from './helpers.js';

afterAll(cleanup);

const FILES = {
  'data/partners/shizuoka.yaml': 'name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\n',
  'data/agreements/ntb-shizuoka-mou.yaml': 'title: NTB–Shizuoka MoU\ncategory: KSDPL\nsubform: provinsi_kembar\ndocument_type: mou\npartners: [shizuoka]\nsignatures: [{ party: ntb, date: 2022-11-30 }, { party: shizuoka, date: 2022-11-30 }]\nend: 2027-11-29\nstatus: active\nsectors: [pariwisata]\n',
};

describe('an id no record has', () => {
  it('is exit 2 with the closest ids, from every command that takes an id', async () => {
    const dir = gitRepo(FILES);
    const cases: string[][] = [
      ['show', 'ntb-shizuoka-mo'],
      ['set', 'ntb-shizuoka-mo', 'notes=x', '--yes'],
      ['unset', 'ntb-shizuoka-mo', 'notes', '--yes'],
      ['renew', 'ntb-shizuoka-mo', '--dry-run'],
      ['succeed', 'ntb-shizuoka-mo', '--dry-run'],
      ['terminate', 'ntb-shizuoka-mo', '--on', '2026-11-01', '--reason', 'x', '--dry-run'],
      ['record-activity', 'ntb-shizuoka-mo', '--dry-run'],
      ['log', 'ntb-shizuoka-mo'],
      ['blame', 'ntb-shizuoka-mo'],
    ];
    for (const args of cases) {
      const r = await runCli([...args, '--lang', 'en', '--as-of', '2026-11-22'], { cwd: dir });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^kerjasama: no .* the id ntb-shizuoka-mo.* \(did you mean ntb-shizuoka-mou\?\)\n$/);
      expect(r.stdout, args.join(' ')).toBe('');
    }
    const id = await runCli(['log', 'ntb-shizuoka-mo', '--lang', 'id'], { cwd: dir });
    expect(id.stderr).toMatch(/ \(maksud Anda ntb-shizuoka-mou\?\)\n$/);
  });
});
