// Who is party to an agreement: its counterparts (`partners`) and its owner, its own `owner` or else
// kerjasama.yaml's. show, list partners and the facts must give one answer (the field: one register, one answer).
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/load/load.js';
import { day } from '../../src/model/dates.js';
import { factsOf } from '../../src/facts/partnerships.js';
import { listPartners, showRecord } from '../../src/report/records.js';
import { cleanup, makeRegister } from '../helpers.js';

afterAll(cleanup);

const partner = (name: string, type = 'foreign_subnational', country = 'JP'): string => `name: ${name}\ntype: ${type}\ncountry: ${country}\n`;
const agreement = (fields: Record<string, string>): string =>
  Object.entries({ title: 'T', category: 'KSDPL', document_type: 'mou', partners: '[shizuoka]', status: 'active', ...fields }).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n';

function dataset() {
  const loaded = loadRegister(makeRegister({
    'data/partners/shizuoka.yaml': partner('Shizuoka'),
    'data/partners/jabar.yaml': partner('Provinsi Jawa Barat', 'province', 'ID'),
    // Owned by the register's owner (kerjasama.yaml: ntb), which it does not name.
    'data/agreements/ntb-shizuoka.yaml': agreement({}),
    // Owned by another region of the register, named.
    'data/agreements/jabar-shizuoka.yaml': agreement({ owner: 'jabar' }),
    'data/activities/ntb-visit.yaml': 'title: Visit\ntype: visit\nstart: 2024-05-01\npartners: [shizuoka]\n',
    'data/activities/jabar-visit.yaml': 'title: Visit\ntype: visit\nstart: 2024-07-01\nowner: jabar\npartners: [shizuoka]\n',
    'data/activities/shizuoka-visit.yaml': 'title: Visit\ntype: visit\nstart: 2024-06-01\nagreements: [ntb-shizuoka]\n',
  }));
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return loaded.dataset;
}

describe('the parties to an agreement, one answer', () => {
  const d = dataset();
  const asOf = day('2026-01-01');
  const facts = factsOf(d, asOf);
  const owners = new Map([...facts.agreements.values()].map((f) => [f.record.id, f.owner]));
  const shownAgreements = (id: string): string[] => {
    const s = showRecord(d, id, asOf).find((x) => x.kind === 'partner');
    return s && s.kind === 'partner' ? s.agreements.map((a) => a.id).sort() : [];
  };
  const listed = new Map(listPartners(d, {}).map((r) => [r.id, r.agreements]));

  it('the facts name each agreement’s owner, its own or kerjasama.yaml’s', () => {
    expect(owners.get('ntb-shizuoka')).toBe('ntb');
    expect(owners.get('jabar-shizuoka')).toBe('jabar');
  });

  it('show lists the agreements a partner is party to, as owner or counterpart', () => {
    expect(shownAgreements('ntb')).toEqual(['ntb-shizuoka']);
    expect(shownAgreements('jabar')).toEqual(['jabar-shizuoka']);
    expect(shownAgreements('shizuoka')).toEqual(['jabar-shizuoka', 'ntb-shizuoka']);
  });

  it('list partners counts what show lists', () => {
    for (const id of ['ntb', 'jabar', 'shizuoka']) expect(listed.get(id), id).toBe(shownAgreements(id).length);
  });

  it('show lists a region’s own activities (its own owner, or kerjasama.yaml’s) and those under its agreements', () => {
    const acts = (id: string): string[] => {
      const s = showRecord(d, id, asOf).find((x) => x.kind === 'partner');
      return s && s.kind === 'partner' ? s.activities.map((a) => a.id) : [];
    };
    expect(acts('ntb')).toEqual(['ntb-visit', 'shizuoka-visit']);
    expect(acts('jabar')).toEqual(['jabar-visit']);
    expect(acts('shizuoka')).toEqual(['ntb-visit', 'shizuoka-visit', 'jabar-visit']);
  });
});
