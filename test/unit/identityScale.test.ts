// identify()'s candidates at scale: candidatesOf works on ranks so that a name held by many registers
// costs only the pairs it gives, not a comparison of every pair of records. Held to the plain version it
// replaced (kept below, unchanged but for its name) on generated national partners: the same candidates,
// the same pairs, the same evidence, in the same order.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityKey } from '../../src/check/partners.js';
import { candidatesOf, compareKeys, identify, IDENTIFIER_KEYS, type Candidate, type CandidatePair, type NationalPartner } from '../../src/aggregate/identity.js';
import type { Member } from '../../src/aggregate/members.js';
import type { Identifiers } from '../../src/model/types.js';

/** Union-find with the smallest id as root (as identity.ts's Groups). */
class Groups {
  private parent = new Map<string, string>();
  find(x: string): string {
    let r = x;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r) as string;
    return r;
  }
  union(a: string, b: string): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return;
    if (compareKeys(x, y) < 0) this.parent.set(y, x);
    else this.parent.set(x, y);
  }
}
const pairKey = (a: string, b: string): string => (compareKeys(a, b) < 0 ? `${a}\n${b}` : `${b}\n${a}`);

/** The version before ranks (every pair's key a string, its partners a list searched per pair). */
function plainCandidatesOf(partners: readonly NationalPartner[], apart: ReadonlySet<string>): Candidate[] {
  // By country and name key, each national partner once, with the first of its records (by id) that has the name.
  const byName = new Map<string, Map<NationalPartner, { record: string; name: string }>>();
  for (const p of partners) {
    for (const r of p.records) {
      for (const name of [r.partner.data.name, ...(r.partner.data.aliases ?? [])]) {
        const key = `${r.partner.data.country}|${identityKey(name)}`;
        let here = byName.get(key);
        if (!here) byName.set(key, (here = new Map()));
        if (!here.has(p)) here.set(p, { record: r.key, name });
      }
    }
  }
  const pairs = new Map<string, CandidatePair>();
  for (const [key, here] of byName) {
    if (here.size < 2) continue;
    const list = [...here].sort((x, y) => compareKeys(x[0].id, y[0].id));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [pa, a] = list[i] as [NationalPartner, { record: string; name: string }];
        const [pb, b] = list[j] as [NationalPartner, { record: string; name: string }];
        const pk = pairKey(pa.id, pb.id);
        if (apart.has(pk) || IDENTIFIER_KEYS.some((k) => pa.ids[k] !== undefined && pb.ids[k] !== undefined)) continue;
        let pair = pairs.get(pk);
        if (!pair) {
          pair = { a: pa.id, b: pb.id, country: pa.country, types: [pa.type, pb.type], names: [], ids: [pa.ids, pb.ids] };
          pairs.set(pk, pair);
        }
        pair.names.push({ key: key.slice(key.indexOf('|') + 1), a, b });
      }
    }
  }
  // Connected pairs: one candidate.
  const g = new Groups();
  for (const p of pairs.values()) g.union(p.a, p.b);
  const out = new Map<string, Candidate>();
  for (const p of [...pairs.values()].sort((x, y) => compareKeys(x.a, y.a) || compareKeys(x.b, y.b))) {
    p.names.sort((x, y) => compareKeys(x.a.record, y.a.record) || compareKeys(x.b.record, y.b.record) || (x.a.name < y.a.name ? -1 : x.a.name > y.a.name ? 1 : 0) || (x.b.name < y.b.name ? -1 : x.b.name > y.b.name ? 1 : 0));
    const root = g.find(p.a);
    let c = out.get(root);
    if (!c) out.set(root, (c = { partners: [], pairs: [] }));
    c.pairs.push(p);
    for (const id of [p.a, p.b]) if (!c.partners.includes(id)) c.partners.push(id);
  }
  for (const c of out.values()) c.partners.sort(compareKeys);
  return [...out.values()].sort((x, y) => compareKeys(x.partners[0] as string, y.partners[0] as string));
}

interface Gen { name: number; alias?: number; country: number; iso?: number; wikidata?: number }

/** Members whose partners are drawn from a few names, two countries and a few identifiers, so that names, aliases and identifiers collide. */
function membersOf(regs: Gen[][]): Member[] {
  const NAMES = ['Prefektur Kyoto', 'Kyoto Prefecture', 'Kyoto-fu', 'Western Australia', 'Osaka', 'Prefecture of Osaka', 'Busan'];
  return regs.map((ps, i) => {
    const code = String(11 + i * 7);
    const partners = new Map(ps.map((g, j) => {
      const id = `p${j}`;
      const ids: Identifiers = { ...(g.iso !== undefined ? { iso3166_2: `JP-${g.iso}` } : {}), ...(g.wikidata !== undefined ? { wikidata: `Q${g.wikidata}` } : {}) };
      const data = { name: NAMES[g.name] as string, type: 'foreign_subnational', country: ['JP', 'AU'][g.country] as string, ...(g.alias !== undefined ? { aliases: [NAMES[g.alias] as string] } : {}), ...(Object.keys(ids).length ? { ids } : {}) };
      return [id, { id, file: `data/partners/${id}.yaml`, data }];
    }));
    return { code, source: `path:m${code}`, loaded: { dataset: { partners, agreements: new Map(), activities: new Map() }, config: { owner: undefined, ownerIds: {} }, locate: (d: unknown) => d } } as unknown as Member;
  });
}

const gen = fc.record({ name: fc.nat({ max: 6 }), alias: fc.option(fc.nat({ max: 6 }), { nil: undefined }), country: fc.nat({ max: 1 }), iso: fc.option(fc.nat({ max: 2 }), { nil: undefined }), wikidata: fc.option(fc.nat({ max: 2 }), { nil: undefined }) }, { requiredKeys: ['name', 'country'] });

describe('candidatesOf at scale', () => {
  it('gives what the plain version gives, pairs kept apart included', () => {
    fc.assert(fc.property(fc.array(fc.array(gen, { maxLength: 6 }), { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), (regs, apartPicks) => {
      const { partners } = identify(membersOf(regs));
      const ids = partners.map((p) => p.id);
      const apart = new Set(ids.length ? apartPicks.map(([a, b]) => pairKey(ids[a % ids.length] as string, ids[b % ids.length] as string)) : []);
      expect(candidatesOf(partners, apart)).toEqual(plainCandidatesOf(partners, apart));
      // Whatever order the partners come in.
      expect(candidatesOf([...partners].reverse(), apart)).toEqual(plainCandidatesOf(partners, apart));
      // Without evidence (aggregate build): the same candidates, each with its partners and no pairs.
      expect(candidatesOf(partners, apart, false)).toEqual(plainCandidatesOf(partners, apart).map((c) => ({ partners: c.partners, pairs: [] })));
    }), { numRuns: 300 });
  });

  it('one name in 40 registers, by name only: one candidate of 40 partners and its 780 pairs', () => {
    const regs = Array.from({ length: 40 }, (_, i): Gen[] => [{ name: i % 2 ? 0 : 1, country: 0 }]);
    const r = identify(membersOf(regs));
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]?.partners).toHaveLength(40);
    expect(r.candidates[0]?.pairs).toHaveLength(780);
    expect(r.candidates).toEqual(plainCandidatesOf(r.partners, new Set()));
  });
});
