// Schema diagnostics as a person reads them: the wording, the suggestion, and the spot they point at.

import { afterAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/load/load.js';
import { readSchema, schemaDiagnostics } from '../../src/load/schemas.js';
import { ID_PATTERN } from '../../src/model/ids.js';
import { messageOf } from '../../src/model/diagnostics.js';
import type { Lang } from '../../src/model/types.js';
import { cleanup, makeRegister } from '../helpers.js';

afterAll(cleanup);

interface Seen { code: string; at: string; message: string; hint: string }

/** Loads a register with one record file and returns that file's diagnostics, located and worded. */
function check(rel: string, yaml: string, lang: Lang = 'en'): Seen[] {
  const loaded = loadRegister(makeRegister({ [rel]: yaml }));
  return loaded.diagnostics
    .filter((d) => d.file === rel)
    .map((d) => ({ code: d.code, at: `${d.line}:${d.column}`, ...messageOf(d, lang) }))
    .map(({ code, at, message, hint }) => ({ code, at, message, hint }));
}

const P = 'data/partners/jatim.yaml';
const A = 'data/agreements/ntb-jatim-mou-2024.yaml';
const ACT = 'data/activities/visit.yaml';
const AGREEMENT = 'title: MoU\ncategory: KSDD\ndocument_type: mou\npartners: [jatim]\nstatus: draft\n';

describe('dates', () => {
  it('an impossible date: "must be a date like 2027-11-29 …", found the value, at the value, and why it is refused', () => {
    expect(check(A, `${AGREEMENT}effective: 2027-02-30\n`)).toEqual([
      {
        code: 'schema-format',
        at: '6:12',
        message: '`effective` must be a date like 2027-11-29 (or 2027-11 or 2027 when only that is known; ~1990 for about 1990; 1997..1998 for a range or either-or; ..2017-06 for by June 2017; 2017-06.. for in or after June 2017); found `2027-02-30`',
        hint: '2027-02-30 is not a day of the calendar: Feb 2027 has 28 days.',
      },
    ]);
  });

  it('the same in Bahasa Indonesia', () => {
    expect(check(A, `${AGREEMENT}effective: 2027-02-30\n`, 'id')[0]?.message).toBe(
      '`effective` harus tanggal seperti 2027-11-29 (atau 2027-11 atau 2027 bila hanya itu yang diketahui; ~1990 untuk sekitar 1990; 1997..1998 untuk rentang atau salah satu; ..2017-06 untuk paling lambat Juni 2017; 2017-06.. untuk Juni 2017 atau sesudahnya); tertulis `2027-02-30`',
    );
  });

  it('a date with a time: a hint to drop the time or quote it', () => {
    const [d] = check(ACT, 'title: Visit\ntype: visit\npartners: [ntb]\nstart: 2024-01-01 10:00\n');
    expect(d?.code).toBe('schema-format');
    expect(d?.hint).toBe('Quote dates with a time or other text, or keep only the date part. Write it in the form shown.');
  });

  it('a wrong end: one message listing the three forms end: takes', () => {
    expect(check(A, `${AGREEMENT}end: next year\n`)).toEqual([
      { code: 'schema-one-of', at: '6:6', message: '`end` must be a date like 2027-11-29, the word none, or a term like {term: 5y}', hint: 'See docs/data-model.md for the forms this field takes.' },
    ]);
    expect(check(A, `${AGREEMENT}end: {term: 5 years}\n`).map((d) => d.code)).toEqual(['schema-one-of']);
  });

  it('a term written as new --end takes it (end: 5y) or in words (end: 5 tahun): the form end: takes', () => {
    const hint = (end: string, lang: Lang = 'en'): string | undefined => check(A, `${AGREEMENT}end: ${end}\n`, lang)[0]?.hint;
    expect(hint('5y')).toBe('Did you mean end: {term: 5y}? See docs/data-model.md for the forms this field takes.');
    expect(hint('5 tahun', 'id')).toBe('Maksud Anda end: {term: 5y}? Lihat docs/data-model.md untuk bentuk-bentuk kolom ini.');
    expect(hint('60 bulan')).toMatch(/^Did you mean end: \{term: 60m\}\?/);
    expect(hint('tanpa batas waktu')).toMatch(/^Did you mean end: none\?/);
    expect(hint('{term: 5 tahun}')).toMatch(/^Did you mean end: \{term: 5y\}\?/);
  });

  it('an end nobody knows written as a word (end: unknown, end: tidak diketahui): leave end out', () => {
    const hint = (end: string, lang: Lang = 'en'): string | undefined => check(A, `${AGREEMENT}end: ${end}\n`, lang)[0]?.hint;
    expect(hint('unknown')).toBe('An end nobody knows is not written: leave end: out (end: none means no time limit). See docs/data-model.md for the forms this field takes.');
    expect(hint('tidak diketahui', 'id')).toBe('Tanggal berakhir yang tidak diketahui tidak ditulis: hapus end: (end: none berarti tanpa batas waktu). Lihat docs/data-model.md untuk bentuk-bentuk kolom ini.');
  });

  it('a bare year (end: 2028, a YAML number) is accepted, and read as the text "2028"', () => {
    const dir = makeRegister({ 'data/partners/jatim.yaml': 'name: Jawa Timur\ntype: province\ncountry: ID\n', [A]: `${AGREEMENT}effective: 2023\nend: 2028\n` });
    const loaded = loadRegister(dir);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.dataset.agreements.get('ntb-jatim-mou-2024')?.data).toMatchObject({ effective: '2023', end: '2028' });
  });

  it('a year out of range', () => {
    expect(check(A, `${AGREEMENT}effective: 1700\n`)).toMatchObject([{ code: 'schema-constraint', at: '6:12', message: '`effective` must be at least 1800' }]);
  });
});

describe('fields', () => {
  it('an unknown field: pointed at its key, with "Did you mean" for a near miss', () => {
    expect(check(P, 'name: Jawa Timur\ntype: province\ncountry: ID\nwebiste: https://jatimprov.go.id\n')).toEqual([
      { code: 'schema-unknown-field', at: '4:1', message: '`webiste` is not a field of a partner', hint: 'Did you mean `website`? Field names are listed in docs/data-model.md; put free text under notes:.' },
    ]);
  });

  it('an unknown field with nothing near it: no suggestion', () => {
    const [d] = check(P, 'name: Jawa Timur\ntype: province\ncountry: ID\npopulation: 41000000\n');
    expect(d?.hint).toBe('Field names are listed in docs/data-model.md; put free text under notes:.');
  });

  it('an unknown field in a nested mapping names the mapping', () => {
    expect(check(P, 'name: Jawa Timur\ntype: province\ncountry: ID\ncontacts:\n  - name: Biro\n    e-mail: a@b.id\n')).toMatchObject([
      { code: 'schema-unknown-field', at: '6:5', message: '`e-mail` is not a field of contacts[0]', hint: expect.stringContaining('Did you mean `email`?') },
    ]);
  });

  it('a missing field at the top points at the start of the record', () => {
    expect(check(P, 'name: Jawa Timur\ncountry: ID\n')).toEqual([
      { code: 'schema-required', at: '1:1', message: '`type` is missing from a partner', hint: 'Add `type`, one of: province, regency, city, central_government, foreign_subnational, foreign_government, foreign_institution, company, university, ngo, person, other. See docs/data-model.md.' },
    ]);
  });

  it('a missing field says what to write in it: the words of its type, or the allowed codes', () => {
    // An activity nobody dated: the hint must say that `start: unknown` is a value (a clerk would guess a day).
    const [start] = check(ACT, 'title: Visit\ntype: visit\npartners: [ntb]\n');
    expect(start).toMatchObject({ code: 'schema-required', message: '`start` is missing from an activity' });
    expect(start?.hint).toContain('or unknown when nobody knows when');
    const [startId] = check(ACT, 'title: Visit\ntype: visit\npartners: [ntb]\n', 'id');
    expect(startId?.hint).toContain('atau unknown');
    const [type] = check(ACT, 'title: Visit\npartners: [ntb]\nstart: 2024-01-01\n');
    expect(type?.hint).toBe('Add `type`, one of: visit, exchange, training, scholarship, trade_mission, exhibition, cultural_event, sports_event, technical_project, investment, grant, meeting, other, unknown. See docs/data-model.md.');
    expect(check(ACT, 'title: Visit\npartners: [ntb]\nstart: 2024-01-01\n', 'id')[0]?.hint).toMatch(/^Tambahkan `type`, salah satu dari: visit, exchange, /);
  });

  it('a missing field in a nested mapping points at the parent key', () => {
    expect(check(A, `${AGREEMENT}termination:\n  reason: dibatalkan\n`)).toMatchObject([
      { code: 'schema-required', at: '6:1', message: '`date` is missing from termination' },
    ]);
  });

  it('a missing field in a list item points at the item', () => {
    expect(check(ACT, 'title: Visit\ntype: visit\npartners: [ntb]\nstart: 2024-01-01\nrecurs:\n  latest: 2025\n')).toMatchObject([{ code: 'schema-required', at: '5:1', message: '`every` is missing from recurs' }]);
    expect(check('kerjasama.yaml', 'name: T\nowner: ntb\nsectors:\n  - name: Wisata bahari\n')).toMatchObject([{ code: 'schema-required', at: '4:5', message: '`id` is missing from sectors[0]' }]);
    // A signature need not name its party (the document may not say who signed), but it must say something.
    expect(check(A, `${AGREEMENT}signatures:\n  - date: 2024-01-01\n`)).toEqual([]);
    expect(check(A, `${AGREEMENT}signatures:\n  - {}\n`).map((d) => d.code)).toEqual(['schema-constraint']);
  });

  it('an activity needs agreements: or partners:', () => {
    expect(check(ACT, 'title: Visit\ntype: visit\nstart: 2024-01-01\n')).toMatchObject([
      { code: 'schema-one-of', at: '1:1', message: '`the activity` must be an activity with agreements: or partners: (or both)' },
    ]);
  });
});

describe('values', () => {
  it('an enum with a near miss: "Did you mean", then the allowed values', () => {
    expect(check(A, AGREEMENT.replace('status: draft', 'status: activ'))).toEqual([
      {
        code: 'schema-enum',
        at: '5:9',
        message: '`status` is `activ`, which is not one of the allowed values',
        hint: 'Did you mean `active`? Allowed: draft, negotiating, signed, active, expired, terminated, superseded, unknown.',
      },
    ]);
  });

  it('an enum far from every value: no suggestion', () => {
    expect(check(A, AGREEMENT.replace('category: KSDD', 'category: twinning'))[0]?.hint).toBe('Allowed: KSDD, KSDPK, KSDPL, KSDLL, PUSAT.');
  });

  it('an enum given a list shows the list, not [object Object] or its bare text', () => {
    expect(check(A, AGREEMENT.replace('status: draft', 'status: [active]'))[0]?.message).toBe('`status` is `["active"]`, which is not one of the allowed values');
    expect(check(A, AGREEMENT.replace('status: draft', 'status: {a: 1}'))[0]?.message).toBe('`status` is `{"a":1}`, which is not one of the allowed values');
  });

  it('a number where text belongs: a hint to quote it as written', () => {
    expect(check(P, 'name: 0777\ntype: province\ncountry: ID\n')).toEqual([
      { code: 'schema-type', at: '1:7', message: '`name` must be text, not the number 777', hint: 'Put the value in quotes: name: "0777". See docs/data-model.md for the field.' },
    ]);
  });

  it('text where a whole number belongs: no quote hint', () => {
    expect(check(ACT, 'title: Visit\ntype: visit\npartners: [ntb]\nstart: 2024-01-01\nparticipants:\n  count: many\n')).toEqual([
      { code: 'schema-type', at: '6:10', message: '`participants.count` must be a whole number, not the text "many"', hint: 'See docs/data-model.md for the field.' },
    ]);
  });

  it('text with a colon read as a mapping (scope: [- Promosi: pariwisata]): the hint says to quote it', () => {
    expect(check(A, `${AGREEMENT}scope:\n  - "Promosi wisata"\n  - Promosi: pariwisata bersama\n`)[0]).toMatchObject({
      code: 'schema-type',
      message: '`scope[1]` must be text, not a mapping',
      hint: 'A colon and a space inside a value start a new key: put the value in quotes ("Promosi: pariwisata bersama"). See docs/data-model.md for the field.',
    });
  });

  it('a one-item list written as text', () => {
    expect(check(P, 'name: Jawa Timur\ntype: province\ncountry: ID\naliases: Jatim\n')[0]?.message).toBe('`aliases` must be a list (lines starting with -), not the text "Jatim"');
    // The hint shows the list to write, in the form the records use.
    expect(check(A, 'title: MoU\ncategory: KSDD\ndocument_type: mou\npartners: jatim\nstatus: draft\n')[0]?.hint).toBe('Write it as a list: partners: [jatim]. See docs/data-model.md for the field.');
    expect(check(A, `${AGREEMENT}sectors: pariwisata, kebudayaan\n`, 'id')[0]?.hint).toBe('Tulis sebagai daftar: sectors: [pariwisata, kebudayaan]. Lihat docs/data-model.md untuk kolom ini.');
    // A list of ids written with capitals: the ids in small letters.
    expect(check(A, 'title: MoU\ncategory: KSDD\ndocument_type: mou\npartners: Jatim\nstatus: draft\n')[0]?.hint).toBe('Write it as a list: partners: [jatim]. See docs/data-model.md for the field.');
    expect(check(P, 'name: Jawa Timur\ntype: province\ncountry: ID\naliases: Jatim\n')[0]?.hint).toBe('Write it as a list: aliases: [Jatim]. See docs/data-model.md for the field.');
  });

  it('a pattern in the schema’s own words', () => {
    expect(check(P, 'name: Jawa Timur\ntype: province\ncountry: Indonesia\n')).toMatchObject([
      { code: 'schema-pattern', at: '3:10', message: '`country` must be a two-letter ISO 3166-1 country code in capitals, like ID, JP or AU; found `Indonesia`' },
    ]);
  });

  it('a sector written as the reports name it: the id it names', () => {
    const hint = (sector: string, lang: Lang = 'en'): string | undefined => check(A, `${AGREEMENT}sectors: [${sector}]\n`, lang)[0]?.hint;
    expect(hint('Pariwisata')).toBe('Did you mean `pariwisata`? Write it in the form shown.');
    expect(hint('Pekerjaan Umum dan Penataan Ruang')).toBe('Did you mean `pekerjaan_umum`? Write it in the form shown.');
    expect(hint('Olah Raga', 'id')).toBe('Maksud Anda `kepemudaan_olahraga`? Tulis sesuai bentuk yang ditunjukkan.');
    expect(hint('Tourism')).toBe('Did you mean `pariwisata`? Write it in the form shown.');
    expect(hint('Kerja Sama Umum')).toBe('Write it in the form shown.');
  });

  it('a country written by its name (Jepang, Korea Selatan) or in small letters (jp): its code', () => {
    const hint = (country: string, lang: Lang = 'en'): string | undefined => check(P, `name: Kota Kyoto\ntype: foreign_subnational\ncountry: ${country}\n`, lang)[0]?.hint;
    expect(hint('Jepang')).toBe('Did you mean `JP`? Write it in the form shown.');
    expect(hint('Korea Selatan', 'id')).toBe('Maksud Anda `KR`? Tulis sesuai bentuk yang ditunjukkan.');
    expect(hint('jp')).toBe('Did you mean `JP`? Write it in the form shown.');
    expect(hint('Korea')).toBe('Write it in the form shown.');
  });

  it('an id written with capitals (partners: [Jatim]): the id in small letters', () => {
    expect(check(A, 'title: MoU\ncategory: KSDD\ndocument_type: mou\npartners: [Jatim]\nstatus: draft\n')[0]?.hint).toBe('Did you mean `jatim`? Write it in the form shown.');
    expect(check(A, 'title: MoU\ncategory: KSDD\ndocument_type: mou\npartners: [Provinsi Jawa Timur]\nstatus: draft\n')[0]?.hint).toBe('Write it in the form shown.');
  });

  it('an id in a list: pointed at the item', () => {
    expect(check(A, AGREEMENT.replace('[jatim]', '[ntb, Jawa Timur]'))).toMatchObject([{ code: 'schema-pattern', at: '4:17', message: expect.stringMatching(/^`partners\[1\]` must be an id of lower-case letters/) }]);
  });

  it('constraints: an empty list, a repeated item, empty text', () => {
    expect(check(A, AGREEMENT.replace('[jatim]', '[]'))).toMatchObject([{ code: 'schema-constraint', at: '4:11', message: '`partners` must list at least 1 item' }]);
    expect(check(A, AGREEMENT.replace('[jatim]', '[jatim, jatim]'))).toMatchObject([{ code: 'schema-constraint', message: '`partners` lists the same value twice (items 0 and 1)' }]);
    expect(check(A, AGREEMENT.replace('title: MoU', 'title: ""'))).toMatchObject([{ code: 'schema-constraint', at: '1:8', message: '`title` must not be empty' }]);
  });

  it('a record that is not a mapping', () => {
    expect(check(P, '- name: Jawa Timur\n')).toMatchObject([{ code: 'schema-type', at: '1:1', message: '`the partner` must be a mapping (key: value lines), not a list' }]);
  });
});

describe('schemaDiagnostics without a file', () => {
  it('gives pointers, which locate turns into positions later', () => {
    const diags = schemaDiagnostics('partner', { name: 'A', type: 'kota', country: 'ID', extra: 1 }, 'x.yaml');
    expect(diags.map((d) => [d.code, d.pointer, d.target ?? 'value'])).toEqual([
      ['schema-unknown-field', '/extra', 'key'],
      ['schema-enum', '/type', 'value'],
    ]);
  });

  it('a valid record has none', () => {
    expect(schemaDiagnostics('agreement', { title: 'x', category: 'KSDD', document_type: 'mou', partners: ['a'], status: 'draft', end: { term: '5y' } }, 'x.yaml')).toEqual([]);
  });
});

describe('did-you-mean suggestions', () => {
  it('count a swap of neighbouring letters as one edit', async () => {
    const { closest, editDistance } = await import('../../src/load/similar.js');
    expect(editDistance('emial', 'email')).toBe(1);
    expect(closest('emial', ['email', 'name'])).toBe('email');
    expect(closest('xyz', ['email', 'name'])).toBeUndefined();
  });
});

describe('the id rule', () => {
  it('is the same in the code and in schemas/defs.schema.json', () => {
    const defs = readSchema('defs') as { $defs: { id: { pattern: string } } };
    expect(ID_PATTERN.source).toBe(defs.$defs.id.pattern);
  });
});
