// The aggregate's identity, counterparts and conflicts on small member registers written from inline YAML:
// which partners are one partner nationally, which agreements are one, and where members disagree.

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { conflicts, openConflicts } from '../../src/aggregate/conflicts.js';
import { counterparts, matchScore, type AgreementRecord } from '../../src/aggregate/counterparts.js';
import { parseDate } from '../../src/model/dates.js';
import type { Agreement, DocumentType } from '../../src/model/types.js';
import { identify, readIdentity } from '../../src/aggregate/identity.js';
import type { Member } from '../../src/aggregate/members.js';
import { loadRegister } from '../../src/load/load.js';
import { cleanup, makeRegister, type Files } from '../helpers.js';

afterAll(cleanup);

/** A member register from inline YAML: kerjasama.yaml with its owner and owner_ids, and the given files. */
function member(code: string, owner: string, files: Files): Member {
  const dir = makeRegister({ 'kerjasama.yaml': `name: Register ${code}\nowner: ${owner}\nowner_ids:\n  kemendagri: '${code}'\nlanguage: id\n`, ...files }, { bare: true });
  return { code, source: `path:m${code}`, loaded: loadRegister(dir) };
}

const province = (name: string, code: string): string => `name: ${name}\ntype: province\ncountry: ID\nids:\n  kemendagri: '${code}'\n`;
const PKS = (partners: string, signatures: string, end: string): string =>
  `title: PKS promosi pariwisata bersama\ncategory: KSDD\ndocument_type: pks\npartners: [${partners}]\nsignatures:\n${signatures}end: ${end}\nstatus: active\nsectors: [pariwisata]\n`;

function fixture(): Member[] {
  return [
    member('34', 'diy', {
      'data/partners/diy.yaml': province('Pemerintah Daerah Daerah Istimewa Yogyakarta', '34'),
      'data/partners/jatim.yaml': province('Provinsi Jawa Timur', '35'),
      'data/partners/ntb.yaml': province('Provinsi Nusa Tenggara Barat', '52'),
      'data/partners/kyoto.yaml': 'name: Prefektur Kyoto\ntype: foreign_subnational\ncountry: JP\nids:\n  iso3166_2: JP-26\n',
      'data/agreements/pks.yaml': PKS('jatim, ntb', "  - party: diy\n    date: 2025-03-14\n  - party: ntb\n    date: 2025-03-14\n    number: '130/07/PKS/2025'\n", '2030-03-13'),
    }),
    member('35', 'jatim', {
      'data/partners/jatim.yaml': province('Provinsi Jawa Timur', '35'),
      'data/partners/diy.yaml': province('Daerah Istimewa Yogyakarta', '34'),
      'data/partners/ntb.yaml': province('Nusa Tenggara Barat', '52'),
      'data/partners/kyoto-prefecture.yaml': 'name: Kyoto Prefecture\ntype: foreign_subnational\ncountry: JP\n',
      'data/agreements/pks-2025.yaml': PKS('diy, ntb', '  - party: jatim\n    date: 2025-03\n', '2030-03-13'),
    }),
    member('52', 'ntb', {
      'data/partners/ntb.yaml': province('Provinsi Nusa Tenggara Barat', '52'),
      'data/partners/diy.yaml': `${province('DIY', '34')}aliases: [Daerah Istimewa Yogyakarta]\n`,
      'data/partners/jatim.yaml': province('Jawa Timur', '35'),
      'data/agreements/ntb-pks.yaml': PKS('diy, jatim', "  - party: ntb\n    date: 2025\n    number: '130/07/PKS/2025'\n", '2028-03-13'),
    }),
  ];
}

const DECISION = 'same:\n  - [34:kyoto, 35:kyoto-prefecture]\n';

describe('identity across members', () => {
  const members = fixture();

  it('one identifier is one partner; a name alone gives a candidate with its evidence, never a merge', () => {
    const r = identify(members);
    expect(r.diagnostics).toEqual([]);
    const diy = r.partners.find((p) => p.id === '34:diy');
    expect(diy?.records.map((x) => x.key)).toEqual(['34:diy', '35:diy', '52:diy']);
    expect(r.partnerOf.get('35:kyoto-prefecture')).toBe('35:kyoto-prefecture');
    expect(r.candidates).toHaveLength(1);
    const [pair] = r.candidates[0]?.pairs ?? [];
    expect(pair).toMatchObject({ a: '34:kyoto', b: '35:kyoto-prefecture', country: 'JP', types: ['foreign_subnational', 'foreign_subnational'] });
    expect(pair?.names).toEqual([{ key: 'kyoto', a: { record: '34:kyoto', name: 'Prefektur Kyoto' }, b: { record: '35:kyoto-prefecture', name: 'Kyoto Prefecture' } }]);
    expect(pair?.ids).toEqual([{ iso3166_2: 'JP-26' }, {}]);
  });

  it('a same decision makes one national partner and leaves no candidate', () => {
    const read = readIdentity(DECISION);
    expect(read.diagnostics).toEqual([]);
    const r = identify(members, read.decisions, read.locate);
    expect(r.candidates).toEqual([]);
    const kyoto = r.partners.filter((p) => p.country === 'JP');
    expect(kyoto).toHaveLength(1);
    expect(kyoto[0]?.records.map((x) => x.key)).toEqual(['34:kyoto', '35:kyoto-prefecture']);
    expect(kyoto[0]?.ids).toEqual({ iso3166_2: 'JP-26' });
  });

  it('a different decision answers the candidate too', () => {
    const read = readIdentity('different:\n  - partners: [34:kyoto, 35:kyoto-prefecture]\n    note: the city, not the prefecture\n    who: Biro Kerja Sama\n    date: 2026-11-20\n');
    expect(read.decisions.different[0]).toMatchObject({ note: 'the city, not the prefecture', who: 'Biro Kerja Sama', date: '2026-11-20' });
    const r = identify(members, read.decisions, read.locate);
    expect(r.candidates).toEqual([]);
    expect(r.partners.filter((p) => p.country === 'JP')).toHaveLength(2);
  });

  it('an id no member has is a diagnostic at its line and column, with the nearest id', () => {
    const read = readIdentity('same:\n  - [34:kyoto, 35:kyoto-prefectur]\n  - [99:kyoto, 35:kyoto-prefecture]\n');
    const r = identify(members, read.decisions, read.locate);
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.params['why'], d.params['suggestion']])).toEqual([
      ['identity-unknown', 2, 16, 'record', '35:kyoto-prefecture'],
      ['identity-unknown', 3, 6, 'member', undefined],
    ]);
  });

  it('a different decision that identifiers contradict, and identifiers that disagree within a same group, are diagnostics', () => {
    const read = readIdentity('different:\n  - [34:diy, 35:diy]\n');
    const r = identify(members, read.decisions, read.locate);
    expect(r.diagnostics.map((d) => [d.code, d.line, d.params['why']])).toEqual([['identity-contradiction', 2, 'identifier']]);
    const clash = [member('34', 'diy', { 'data/partners/diy.yaml': province('DIY', '34'), 'data/partners/a.yaml': 'name: Osaka\ntype: foreign_subnational\ncountry: JP\nids:\n  iso3166_2: JP-27\n' }),
      member('35', 'jatim', { 'data/partners/jatim.yaml': province('Jatim', '35'), 'data/partners/b.yaml': 'name: Osaka Prefecture\ntype: foreign_subnational\ncountry: JP\nids:\n  iso3166_2: JP-28\n' })];
    const same = readIdentity('same:\n  - [34:a, 35:b]\n');
    const r2 = identify(clash, same.decisions, same.locate);
    expect(r2.diagnostics.map((d) => [d.code, d.file, d.line, d.params['key']])).toEqual([['identity-identifier-conflict', 'identity.yaml', 2, 'iso3166_2']]);
    // Without the decision: two partners (their identifiers say so), no candidate.
    expect(identify(clash).candidates).toEqual([]);
  });

  it('identity.yaml that is not valid: YAML and schema problems with positions, and no decisions', () => {
    const bad = readIdentity('same:\n  - [34:kyoto]\n  - kyoto\n');
    expect(bad.decisions.same).toEqual([]);
    expect(bad.diagnostics.length).toBeGreaterThan(0);
    expect(bad.diagnostics.every((d) => d.file === 'identity.yaml' && (d.line ?? 0) >= 2)).toBe(true);
    expect(readIdentity('same: [\n').diagnostics[0]?.code).toMatch(/^yaml-/);
    expect(readIdentity('# nothing decided yet\n').diagnostics.map((d) => d.code)).toEqual(['file-empty']);
    expect(readIdentity('{}\n').diagnostics).toEqual([]);
  });

  it('any text is read without an exception: decisions or diagnostics (property)', () => {
    const pieces = fc.constantFrom('same:', 'different:', 'acknowledged:', '\n', '  - ', '[', ']', '34:kyoto', ', ', 'partners:', 'field: end', '{', '}', '&a', '*a', '!!str', '"', "'", ':', '#', '\t', '52:ntb-x', '- agreement: 52:x');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 20 }), (parts) => {
      const r = readIdentity(parts.join(''));
      const n = r.decisions.same.length + r.decisions.different.length + r.decisions.acknowledged.length;
      expect(n === 0 || r.diagnostics.length === 0).toBe(true);
      for (const d of r.diagnostics) expect(d.file).toBe('identity.yaml');
      const id = identify(fixture_, r.decisions, r.locate);
      for (const d of id.diagnostics) expect(d.line ?? 1).toBeGreaterThanOrEqual(1);
    }), { numRuns: 150 });
  });
  const fixture_ = members;
});

describe('counterparts and conflicts', () => {
  const members = fixture();
  const read = readIdentity(DECISION);
  const identity = identify(members, read.decisions, read.locate);

  it('an agreement recorded by its three parties, dates of three precisions, is one national agreement', () => {
    const national = counterparts(members, identity);
    expect(national.map((a) => a.records.map((r) => r.key))).toEqual([['34:pks', '35:pks-2025', '52:ntb-pks']]);
    expect(national[0]?.parties).toEqual(['34', '35', '52']);
  });

  it('a different number for the same party, another document type or dates that cannot overlap: no match', () => {
    const ntb = (number: string, type = 'pks', date = '2025'): Member =>
      member('52', 'ntb', { 'data/partners/ntb.yaml': province('NTB', '52'), 'data/partners/diy.yaml': province('DIY', '34'), 'data/partners/jatim.yaml': province('Jatim', '35'),
        'data/agreements/x.yaml': PKS('diy, jatim', `  - party: ntb\n    date: ${date}\n    number: '${number}'\n`, '2030-03-13').replace('pks\n', `${type}\n`) });
    for (const other of [ntb('130/08/PKS/2025'), ntb('130/07/PKS/2025', 'mou'), ntb('130/07/PKS/2025', 'pks', '2024')]) {
      const ms = [members[0] as Member, other];
      expect(counterparts(ms, identify(ms)).map((a) => a.records.length)).toEqual([1, 1]);
    }
    const ms = [members[0] as Member, ntb(' 130/07/pks/2025')];
    expect(counterparts(ms, identify(ms)).map((a) => a.records.length)).toEqual([2]);
  });

  it('the one conflict: the end NTB records, with both values and where each member wrote them; precision is no conflict', () => {
    const national = counterparts(members, identity);
    const r = conflicts(members, identity, national);
    expect(r.diagnostics).toEqual([]);
    expect(r.conflicts).toHaveLength(1);
    const [c] = r.conflicts;
    expect(c).toMatchObject({ kind: 'agreement', id: '34:pks', field: 'end' });
    expect(c?.values.map((v) => [v.value, v.member, v.path, v.line])).toEqual([
      ['2030-03-13', '34', 'm34/data/agreements/pks.yaml', 11],
      ['2030-03-13', '35', 'm35/data/agreements/pks-2025.yaml', 8],
      ['2028-03-13', '52', 'm52/data/agreements/ntb-pks.yaml', 9],
    ]);
    expect(openConflicts(r.conflicts)).toHaveLength(1);
  });

  it('an acknowledgement keeps the conflict listed but no longer open; one that covers nothing, or names no field, is a diagnostic', () => {
    const ack = readIdentity(`${DECISION}acknowledged:\n  - agreement: 52:ntb-pks\n    field: end\n    note: NTB's copy says 2028\n  - agreement: 34:pks\n    field: status\n  - partner: 34:kyoto\n    field: colour\n`);
    expect(ack.diagnostics).toEqual([]);
    const national = counterparts(members, identity);
    const r = conflicts(members, identity, national, ack.decisions.acknowledged, ack.locate);
    expect(r.conflicts[0]?.acknowledged).toMatchObject({ note: "NTB's copy says 2028" });
    expect(openConflicts(r.conflicts)).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['acknowledged-stale', 7], ['acknowledged-unknown-field', 10]]);
  });

  it('an end as a term and as a date are not compared; a month and a day in it are not a conflict, a day of the next month is', () => {
    const pair = (a: string): string[] => {
      const two = [members[0] as Member, member('52', 'ntb', { 'data/partners/ntb.yaml': province('Provinsi Nusa Tenggara Barat', '52'), 'data/partners/diy.yaml': `${province('DIY', '34')}aliases: [Daerah Istimewa Yogyakarta]\n`, 'data/partners/jatim.yaml': province('Jawa Timur', '35'),
        'data/agreements/x.yaml': PKS('diy, jatim', "  - party: ntb\n    date: 2025\n    number: '130/07/PKS/2025'\n", a) })];
      const id = identify(two);
      return conflicts(two, id, counterparts(two, id)).conflicts.map((c) => c.field);
    };
    expect(pair('{term: 5y}')).toEqual([]);
    expect(pair('2030-03')).toEqual([]);
    expect(pair('2030-04')).toEqual(['end']);
  });

  it('partners the members hold of one region disagree only on facts: another spelling of one name is a conflict, a name in another language is not', () => {
    const ms = [member('34', 'diy', { 'data/partners/diy.yaml': province('DIY', '34'), 'data/partners/s.yaml': 'name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\nids:\n  iso3166_2: JP-22\n' }),
      member('35', 'jatim', { 'data/partners/jatim.yaml': province('Jatim', '35'), 'data/partners/s.yaml': 'name: Shizuoka Prefecture\ntype: foreign_subnational\ncountry: JP\nids:\n  iso3166_2: JP-22\n' }),
      member('52', 'ntb', { 'data/partners/ntb.yaml': province('NTB', '52'), 'data/partners/s.yaml': 'name: Shizouka\ntype: foreign_government\ncountry: JP\nids:\n  iso3166_2: JP-22\n' })];
    const id = identify(ms);
    const r = conflicts(ms, id, counterparts(ms, id));
    expect(r.conflicts.map((c) => [c.id, c.field, c.values.map((v) => v.value)])).toEqual([
      ['34:s', 'name', ['Prefektur Shizuoka', 'Shizuoka Prefecture', 'Shizouka']],
      ['34:s', 'type', ['foreign_subnational', 'foreign_subnational', 'foreign_government']],
    ]);
  });

  it('matching and conflicts do not depend on the order of members (property)', () => {
    const all = fixture();
    const canon = (ms: Member[]): unknown => {
      const id = identify(ms, read.decisions);
      const na = counterparts(ms, id);
      return { partners: id.partners.map((p) => [p.id, p.records.map((r) => r.key)]), candidates: id.candidates, national: na.map((a) => [a.id, a.records.map((r) => r.key)]), conflicts: conflicts(ms, id, na).conflicts };
    };
    const want = JSON.stringify(canon(all));
    fc.assert(fc.property(fc.shuffledSubarray(all, { minLength: 3, maxLength: 3 }), (ms) => {
      expect(JSON.stringify(canon(ms))).toBe(want);
    }), { numRuns: 12 });
  });

  it('a match is symmetric: matchScore(a, b) = matchScore(b, a), whatever the records (property)', () => {
    const date = fc.constantFrom('2025', '2025-03', '2025-03-14', '2025-04-01', '2024', '~2025', '2025..2026', '..2025-06');
    const rec = fc.record({
      member: fc.constantFrom('34', '35', '52'),
      parties: fc.subarray(['34', '35', '52', '34:kyoto'], { minLength: 1 }),
      type: fc.constantFrom<DocumentType>('pks', 'mou', 'unknown'),
      date: fc.option(date, { nil: undefined }),
      numbers: fc.dictionary(fc.constantFrom('34', '35', '52'), fc.constantFrom('1/PKS/2025', '2/PKS/2025', ' 1/pks/2025')),
    });
    const of = (r: { member: string; parties: string[]; type: DocumentType; date: string | undefined; numbers: Record<string, string> }, i: number): AgreementRecord => {
      const d = r.date === undefined ? undefined : parseDate(r.date);
      return { key: `${r.member}:a${i}`, member: r.member, agreement: {} as Agreement, parties: [...r.parties].sort(), numbers: new Map(Object.entries(r.numbers).map(([k, v]) => [k, v.replace(/\s+/g, '').toUpperCase()])), ...(d ? { signing: { first: d.first, last: d.last, exact: !d.uncertain } } : {}), documentType: r.type };
    };
    fc.assert(fc.property(rec, rec, (x, y) => {
      const a = of(x, 1);
      const b = of(y, 2);
      expect(matchScore(a, b)).toBe(matchScore(b, a));
      expect(matchScore(a, a)).toBe(0);
    }), { numRuns: 300 });
  });
});
