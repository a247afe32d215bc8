// The aggregate as one dataset (src/aggregate/dataset.ts): ids, references and files namespaced by member,
// two members' same id two records, and the reports over it adding up to the members' reports.

import { describe, expect, it, afterAll } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { aggregateOf } from '../../src/aggregate/aggregate.js';
import { aggregateDataset, mergeDatasets, namespacedData, FEDERATION_TIME_ZONE } from '../../src/aggregate/dataset.js';
import { memberId } from '../../src/aggregate/members.js';
import { normaliseConfig } from '../../src/load/config.js';
import { loadRegister } from '../../src/load/load.js';
import { day, iso } from '../../src/model/dates.js';
import { AGREEMENT_FIELDS, FIELDS, type Fields } from '../../src/model/fields.js';
import { KINDS, type Activity, type Agreement, type Dataset, type Partner } from '../../src/model/types.js';
import { coverageReport } from '../../src/report/coverage.js';
import { expiringReport } from '../../src/report/expiring.js';
import { inactiveReport } from '../../src/report/inactive.js';
import { summaryReport } from '../../src/report/summary.js';
import { cleanup, makeRegister } from '../helpers.js';
import { FIXTURE } from './helpers.js';

const AS_OF = day('2026-06-01');

afterAll(cleanup);

describe('the aggregate as one dataset', () => {
  it('namespaces every id and every reference the field model knows, at any depth, and nothing else', () => {
    const data = {
      title: 'PKS', category: 'KSDD', document_type: 'pks', partners: ['jatim', 'bali'], status: 'active', parent: 'ntb-mou', renews: 'ntb-pks-old',
      owner: 'ntb', signatures: [{ party: 'ntb', date: '2025-01-01', number: 'ntb:1' }], sectors: ['pariwisata'], unit: 'Biro',
      approvals: { dprd: { number: 'x', date: '2025-01-01' } },
    };
    const out = namespacedData(AGREEMENT_FIELDS, data, (id) => memberId('52', id));
    expect(out).toEqual({
      ...data, partners: ['52:jatim', '52:bali'], parent: '52:ntb-mou', renews: '52:ntb-pks-old', owner: '52:ntb',
      signatures: [{ party: '52:ntb', date: '2025-01-01', number: 'ntb:1' }],
    });
  });

  it('namespaces every reference of every kind the field model declares (ref and refs, in objects and lists of objects)', () => {
    for (const kind of KINDS) {
      const refs: string[] = [];
      // A record holding 'x' in each reference of the kind, at its place in the model.
      const build = (fields: Fields, prefix: string): Record<string, unknown> => {
        const out: Record<string, unknown> = {};
        for (const [k, f] of Object.entries(fields)) {
          const path = prefix + k;
          if (f.shape.t === 'ref') (out[k] = 'x'), refs.push(path);
          else if (f.shape.t === 'refs') (out[k] = ['x', 'y']), refs.push(path);
          else if (f.shape.t === 'object') out[k] = build(f.shape.fields, `${path}.`);
          else if (f.shape.t === 'objects') out[k] = [build(f.shape.fields, `${path}.`)];
        }
        return out;
      };
      const data = build(FIELDS[kind], '');
      const text = JSON.stringify(namespacedData(FIELDS[kind], data, (id) => memberId('52', id)));
      expect(text.includes('"x"') || text.includes('"y"'), `${kind}: ${text}`).toBe(false);
      expect(refs.length > 0).toBe(kind !== 'partner');
    }
  });

  it('keeps two members\' records of the same id as two, names each file after its member, and defaults owners as the member would', () => {
    const a = makeRegister({
      'kerjasama.yaml': 'name: NTB\nowner: ntb\n',
      'data/partners/ntb.yaml': 'name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\n',
      'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n',
      'data/agreements/mou.yaml': 'title: MoU NTB\ncategory: KSDD\ndocument_type: mou\npartners: [jatim]\neffective: 2024-01-01\nend: 2029-01-01\nstatus: active\n',
      'data/activities/visit.yaml': 'title: Visit\ntype: visit\nstart: 2026-01-10\nagreements: [mou]\n',
      'data/agreements/broken.yaml': 'title: Broken\ncategory: KSDD\ndocument_type: mou\npartners: [nowhere]\nstatus: active\n',
    }, { bare: true });
    const b = makeRegister({
      'kerjasama.yaml': 'name: Jatim\n',
      'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n',
      'data/agreements/mou.yaml': 'title: MoU Jatim\ncategory: KSDD\ndocument_type: mou\npartners: [jatim]\neffective: 2024-01-01\nend: 2029-01-01\nstatus: active\n',
    }, { bare: true });
    const agg = aggregateOf({ name: 'F' }, [
      { code: '52', source: 'path:ntb', loaded: loadRegister(a) },
      { code: '35', source: 'git:https://example.org/jatim.git', loaded: loadRegister(b) },
    ], AS_OF);
    const d = aggregateDataset(agg);
    expect([...d.agreements.keys()].sort()).toEqual(['35:mou', '52:mou']);
    expect(d.agreements.get('52:mou')?.data.title).toBe('MoU NTB');
    expect(d.agreements.get('35:mou')?.data.title).toBe('MoU Jatim');
    expect(d.agreements.get('52:mou')?.file).toBe('ntb/data/agreements/mou.yaml');
    expect(d.agreements.get('35:mou')?.file).toBe('35:data/agreements/mou.yaml');
    expect(d.agreements.get('52:mou')?.data.partners).toEqual(['52:jatim']);
    // NTB's kerjasama.yaml names its owner: written on its records, as the facts default it; Jatim names none.
    expect(d.agreements.get('52:mou')?.data.owner).toBe('52:ntb');
    expect(d.agreements.get('35:mou')?.data.owner).toBeUndefined();
    expect(d.activities.get('52:visit')?.data).toMatchObject({ agreements: ['52:mou'], owner: '52:ntb' });
    expect(d.config.owners).toEqual(['52:ntb']);
    // The record with errors is left out, and known as left out (a reference to it is not "unknown").
    expect(d.agreements.has('52:broken')).toBe(false);
    expect([...d.invalidIds.agreement]).toEqual(['52:broken']);
    expect(d.fileCount).toBe(7);
    expect(d.config.timezone).toBe(FEDERATION_TIME_ZONE);
    expect(d.config.name).toBe('F');
    // --member 35: Jatim's alone.
    expect([...aggregateDataset(agg, ['35']).agreements.keys()]).toEqual(['35:mou']);
  });

  it('over the fixture federation, gives reports whose counts are the sums of the members\' reports', () => {
    const members = [['34', 'diy'], ['35', 'jatim'], ['52', 'ntb']].map(([code, dir]) => ({ code: code as string, source: `path:${dir}`, loaded: loadRegister(join(FIXTURE, dir as string)) }));
    const agg = aggregateOf({ name: 'Federasi uji' }, members, AS_OF);
    const whole = aggregateDataset(agg);
    // Each member as its own register, with the tool's default thresholds (as the aggregate's).
    const own = agg.members.map((a) => ({ ...a.dataset, config: { ...normaliseConfig({ name: a.member.code }), owner: a.dataset.config.owner } as Dataset['config'] }));
    expectAdditive(whole, own);
  });
});

/** The reports over `whole` against the members' own: each additive count the sum. */
function expectAdditive(whole: Dataset, own: readonly Dataset[], asOf = AS_OF): void {
  const validation = { errors: 0, warnings: 0 };
  const sum = (f: (d: Dataset) => number): number => own.reduce((n, d) => n + f(d), 0);
  const summary = (d: Dataset) => summaryReport(d, asOf, { filters: {}, validation, includeLoi: false });
  const s = summary(whole);
  expect(s.records).toEqual({
    partners: sum((d) => summary(d).records.partners), ownRegions: sum((d) => summary(d).records.ownRegions), agreements: sum((d) => summary(d).records.agreements),
    activities: sum((d) => summary(d).records.activities), invalidFiles: sum((d) => summary(d).records.invalidFiles),
  });
  expect(s.partnershipsInForce).toBe(sum((d) => summary(d).partnershipsInForce));
  expect(s.dormantPartnerships).toBe(sum((d) => summary(d).dormantPartnerships));
  expect(s.endUnknown).toBe(sum((d) => summary(d).endUnknown));
  expect(s.overdue).toBe(sum((d) => summary(d).overdue));
  const total = (r: Record<string, number>): number => Object.values(r).reduce((n, v) => n + v, 0);
  expect(total(s.partnersByCountry)).toBe(sum((d) => total(summary(d).partnersByCountry)));
  for (const key of ['byCategory', 'byDeclaredStatus', 'byDerivedStatus', 'byDocumentType'] as const) {
    const merged: Record<string, number> = {};
    for (const d of own) for (const [k, v] of Object.entries(summary(d)[key])) merged[k] = (merged[k] ?? 0) + v;
    expect(s[key]).toEqual(merged);
  }
  const cov = (d: Dataset) => coverageReport(d, asOf, { by: 'sector', since: { count: 12, unit: 'm' }, matrix: false, filters: {}, includeLoi: false });
  expect(cov(whole).agreementsInForce).toBe(sum((d) => cov(d).agreementsInForce));
  const exp = (d: Dataset) => expiringReport(d, asOf, { within: { count: 180, unit: 'd' }, all: true, filters: {} });
  expect(exp(whole).considered).toBe(sum((d) => exp(d).considered));
  expect(exp(whole).rows.length).toBe(sum((d) => exp(d).rows.length));
  expect(exp(whole).endUnknown.length).toBe(sum((d) => exp(d).endUnknown.length));
  const ina = (d: Dataset) => inactiveReport(d, asOf, { since: { count: 12, unit: 'm' }, filters: {}, includeLoi: false });
  expect(ina(whole).partnershipsInForce).toBe(sum((d) => ina(d).partnershipsInForce));
  expect(ina(whole).rows.length).toBe(sum((d) => ina(d).rows.length));
}

// ---- the property: random members, the same ids in each ----------------------------------------------

const IDS = ['a', 'b', 'c'];
const date = fc.integer({ min: day('2018-01-01'), max: day('2031-12-31') }).map((n) => iso(n));
const agreementArb = fc.record({
  category: fc.constantFrom('KSDD', 'KSDPL', 'KSDPK'),
  document_type: fc.constantFrom('mou', 'pks', 'loi', 'unknown'),
  status: fc.constantFrom('active', 'signed', 'expired', 'unknown', 'draft'),
  partners: fc.subarray(IDS, { minLength: 1 }),
  effective: fc.option(date, { nil: undefined }),
  end: fc.option(date, { nil: undefined }),
  sectors: fc.option(fc.subarray(['pariwisata', 'pendidikan', 'kesehatan'], { minLength: 1 }), { nil: undefined }),
  renews: fc.option(fc.constantFrom('k0', 'k1'), { nil: undefined }),
});
const activityArb = fc.record({ start: date, agreements: fc.option(fc.subarray(['k0', 'k1', 'k2'], { minLength: 1 }), { nil: undefined }), partners: fc.option(fc.subarray(IDS, { minLength: 1 }), { nil: undefined }) });
const memberArb = fc.record({
  owner: fc.option(fc.constant('own'), { nil: undefined }),
  agreements: fc.array(agreementArb, { maxLength: 3 }),
  activities: fc.array(activityArb, { maxLength: 3 }),
});

type MemberSpec = typeof memberArb extends fc.Arbitrary<infer T> ? T : never;

/** A member register in memory, its records valid as far as the reports go. */
function memberDataset(m: MemberSpec, code: string): Dataset {
  const partners = new Map<string, Partner>();
  for (const id of [...IDS, 'own']) partners.set(id, { kind: 'partner', id, file: `data/partners/${id}.yaml`, data: { name: `${code} ${id}`, type: 'province', country: id === 'c' ? 'JP' : 'ID' } });
  const agreements = new Map<string, Agreement>();
  m.agreements.forEach((a, i) => {
    const id = `k${i}`;
    const data = Object.fromEntries(Object.entries({ title: `${code} ${id}`, ...a, renews: a.renews !== undefined && a.renews < id ? a.renews : undefined }).filter(([, v]) => v !== undefined));
    agreements.set(id, { kind: 'agreement', id, file: `data/agreements/${id}.yaml`, data: data as unknown as Agreement['data'] });
  });
  const activities = new Map<string, Activity>();
  m.activities.forEach((a, i) => {
    const id = `v${i}`;
    const data = Object.fromEntries(Object.entries({ title: id, type: 'visit', ...a, agreements: a.agreements?.filter((k) => agreements.has(k)) }).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
    activities.set(id, { kind: 'activity', id, file: `data/activities/${id}.yaml`, data: data as unknown as Activity['data'] });
  });
  const config = { ...normaliseConfig({ name: code }), ...(m.owner ? { owner: m.owner } : {}) };
  return { config, partners, agreements, activities, invalidIds: { partner: new Set(), agreement: new Set(), activity: new Set() }, fileCount: partners.size + agreements.size + activities.size };
}

describe('the reports over the aggregate (property)', () => {
  it('count what the members\' own reports count, added up, whatever the members and the day', () => {
    fc.assert(fc.property(fc.array(memberArb, { minLength: 1, maxLength: 3 }), date, (ms, asOfText) => {
      const own = ms.map((m, i) => memberDataset(m, String(31 + i)));
      const whole = mergeDatasets('F', own.map((dataset, i) => ({ member: { code: String(31 + i), source: `path:m${i}` }, dataset })));
      expect(whole.agreements.size).toBe(own.reduce((n, d) => n + d.agreements.size, 0));
      expectAdditive(whole, own, day(asOfText));
    }), { numRuns: 60 });
  });
});
