// A date written in the right form but not on the calendar (2024-02-30) is refused with why, not only with
// "must be a date like 2027-11-29", which the clerk already wrote: in a record's diagnostics, and for
// --as-of and the dates given to set and new. Found by a fresh-eyes review.

import { afterAll, describe, expect, it } from 'vitest';
import { noSuchDay } from '../src/model/dates.js';
import { cleanup, makeRegister, runCli } from './helpers.js';

afterAll(cleanup);

describe('a day the calendar does not have', () => {
  it('is named with its month’s length, in both languages; real days, and other forms, are not', () => {
    expect(noSuchDay('2024-02-30', 'en')).toBe('2024-02-30 is not a day of the calendar: Feb 2024 has 29 days');
    expect(noSuchDay('2023-02-29', 'id')).toBe('2023-02-29 bukan tanggal yang ada: Feb 2023 hanya 28 hari');
    expect(noSuchDay('2025-13-01', 'en')).toBe('2025-13-01 is not a day of the calendar: months are 01 to 12');
    expect(noSuchDay('2025-04-31', 'id')).toBe('2025-04-31 bukan tanggal yang ada: Apr 2025 hanya 30 hari');
    expect(noSuchDay('~2024-02-30', 'en')).toContain('Feb 2024 has 29 days');
    expect(noSuchDay('2024-02-29', 'en')).toBeUndefined();
    expect(noSuchDay('29-02-2024', 'en')).toBeUndefined();
    expect(noSuchDay('2024-2-30', 'en')).toBeUndefined();
  });

  it('says why in validate’s hint, in --as-of’s message and in set’s', async () => {
    const dir = makeRegister({
      'data/partners/shizuoka.yaml': 'name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\n',
      'data/agreements/ntb-shizuoka-mou.yaml': 'title: NTB–Shizuoka MoU\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: active\neffective: 2024-02-30\n',
    });
    const v = await runCli(['validate', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    expect(v.stdout).toContain('hint: 2024-02-30 is not a day of the calendar: Feb 2024 has 29 days.');
    const id = await runCli(['validate', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('saran: 2024-02-30 bukan tanggal yang ada: Feb 2024 hanya 29 hari.');
    const asOf = await runCli(['validate', '--as-of', '2026-02-29', '--lang', 'en'], { cwd: dir });
    expect(asOf).toMatchObject({ code: 2, stderr: expect.stringContaining('--as-of must be a date like 2026-11-22, not 2026-02-29; 2026-02-29 is not a day of the calendar: Feb 2026 has 28 days') });
    const set = await runCli(['set', 'ntb-shizuoka-mou', 'effective=2024-02-31', '--as-of', '2026-11-22', '--lang', 'en', '--yes'], { cwd: dir });
    expect(set.code).toBe(2);
    expect(set.stderr).toContain('2024-02-31 is not a day of the calendar: Feb 2024 has 29 days');
    // An end date, and a date inside a key=value (a signature's), the same.
    const end = await runCli(['set', 'ntb-shizuoka-mou', 'end=2024-02-30', '--as-of', '2026-11-22', '--lang', 'en', '--yes'], { cwd: dir });
    expect(end.stderr).toContain('end must be a date like 2030-10-31, a term like 5y or 18m, or none; not "2024-02-30"; 2024-02-30 is not a day of the calendar: Feb 2024 has 29 days');
    const sig = await runCli(['new', 'agreement', '--title', 'X', '--category', 'KSDPL', '--document-type', 'mou', '--partners', 'shizuoka', '--signature', 'party=shizuoka,date=2025-04-31', '--as-of', '2026-11-22', '--lang', 'id', '--dry-run'], { cwd: dir });
    expect(sig.stderr).toContain('2025-04-31 bukan tanggal yang ada: Apr 2025 hanya 30 hari');
  });
});

describe('a code written in words', () => {
  it('status: aktif, as every Indonesian report writes it, is answered with the code it names', async () => {
    const dir = makeRegister({
      'data/partners/shizuoka.yaml': 'name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\n',
      'data/agreements/ntb-shizuoka-mou.yaml': 'title: NTB–Shizuoka MoU\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: aktif\n',
      'data/agreements/ntb-shizuoka-pks.yaml': 'title: NTB–Shizuoka PKS\ncategory: KSDPL\ndocument_type: pks\npartners: [shizuoka]\nstatus: dalam perundingan\n',
    });
    const id = await runCli(['validate', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('Maksud Anda `active`?');
    expect(id.stdout).toContain('Maksud Anda `negotiating`?');
  });
});

describe('a sector written as part of its id', () => {
  it('wisata is answered with pariwisata, as the --sector filter answers it', async () => {
    const dir = makeRegister({
      'data/partners/shizuoka.yaml': 'name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\n',
      'data/agreements/ntb-shizuoka-mou.yaml': 'title: NTB–Shizuoka MoU\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: draft\nsectors: [wisata]\n',
    });
    const r = await runCli(['validate', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toContain('error[unknown-sector]');
    expect(r.stdout).toMatch(/Did you mean `?pariwisata`?\?/);
  });
});
