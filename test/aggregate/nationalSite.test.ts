// The national site's values (src/report/nationalSite.ts), pure: on the three-member fixture, every
// total is the sum of each member's own reports (coverage, inactive) computed by the report functions;
// the foreign partner Kyoto is one page tying DIY and Jawa Timur once identity.yaml decides, two pages
// each naming the other as undecided otherwise; a member the map cannot place is kept, not dropped.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateOf } from '../../src/aggregate/aggregate.js';
import { identify, readIdentity } from '../../src/aggregate/identity.js';
import { nationalSite } from '../../src/report/nationalSite.js';
import { loadRegister } from '../../src/load/load.js';
import { day } from '../../src/model/dates.js';
import { coverageReport } from '../../src/report/coverage.js';
import { inactiveReport } from '../../src/report/inactive.js';
import { FIXTURE } from './helpers.js';

const AS_OF = day('2026-11-22');
const DECISION = 'same:\n  - [34:kyoto, 35:kyoto-prefecture]\n';

function fixtureMembers(codes: Record<string, string> = { diy: '34', jatim: '35', ntb: '52' }) {
  return Object.entries(codes).map(([path, code]) => ({ code, source: `path:${path}`, loaded: loadRegister(join(FIXTURE, path)), ...(path === 'jatim' ? { commit: 'a'.repeat(40), lastCommitDay: day('2026-05-01') } : {}) }));
}

describe('the national site values', () => {
  it('sum each member\'s own coverage and inactive reports', () => {
    const members = fixtureMembers();
    const agg = aggregateOf({ name: 'F' }, members, AS_OF);
    const s = nationalSite(agg, identify(members, readIdentity(DECISION).decisions));
    const cov = agg.members.map((a) => coverageReport(a.dataset, AS_OF, { by: 'sector', since: a.dataset.config.inactivityWindow, matrix: false, filters: {} }));
    const ina = agg.members.map((a) => inactiveReport(a.dataset, AS_OF, { since: a.dataset.config.inactivityWindow, filters: {} }));
    expect(s.members.map((m) => m.agreementsInForce)).toEqual(cov.map((c) => c.agreementsInForce));
    expect(s.totals.agreementsInForce).toBe(cov.reduce((n, c) => n + c.agreementsInForce, 0));
    expect(s.totals.partnershipsInForce).toBe(ina.reduce((n, r) => n + r.partnershipsInForce, 0));
    expect(s.totals.dormant).toBe(ina.reduce((n, r) => n + r.rows.length, 0));
    expect(s.dormant).toHaveLength(s.totals.dormant);
    expect(s.totals.agreementsInForce).toBe(5);
    for (const row of s.coverage) {
      const each = cov.map((c) => c.rows.find((r) => r.key === row.key)?.agreements.length ?? 0);
      expect(row.agreements, row.key).toBe(each.reduce((n, x) => n + x, 0));
      expect(row.byMember.map((x) => x?.agreements ?? 0)).toEqual(each);
    }
    expect(s.coverage.find((r) => r.key === 'pariwisata')).toMatchObject({ agreements: 3, coverage: 'covered' });
    expect(s.coverage.find((r) => r.key === 'kesehatan')).toMatchObject({ agreements: 0, coverage: 'gap' });
    // Each dormant row keeps its member and the commit read; unknown stays unknown (null), never zero.
    expect(s.dormant.filter((d) => d.member.code === '35').every((d) => d.member.commit === 'a'.repeat(40))).toBe(true);
    expect(s.members.map((m) => [m.code, m.commit, m.lastCommit, m.ageDays, m.stale])).toEqual([
      ['34', null, null, null, null], ['35', 'a'.repeat(40), day('2026-05-01'), AS_OF - day('2026-05-01'), true], ['52', null, null, null, null],
    ]);
  });

  it('ties Kyoto to DIY and Jawa Timur once identity.yaml decides; without a decision, two partners each naming the other as undecided', () => {
    const members = fixtureMembers();
    const agg = aggregateOf({ name: 'F' }, members, AS_OF);
    const decided = nationalSite(agg, identify(members, readIdentity(DECISION).decisions));
    expect(decided.partners.map((p) => [p.id, p.country, p.ties.map((t) => t.member.code), p.undecided])).toEqual([['34:kyoto', 'JP', ['34', '35'], []]]);
    expect(decided.partners[0]?.ties.map((t) => t.agreements.map((a) => [a.id, a.inForce]))).toEqual([[['diy-kyoto-mou-1985', true]], [['jatim-kyoto-mou-2019', true]]]);
    const open = nationalSite(agg, identify(members));
    expect(open.partners.map((p) => [p.id, p.ties.map((t) => t.member.code), p.undecided.map((u) => u.id)])).toEqual([
      ['34:kyoto', ['34'], ['35:kyoto-prefecture']],
      ['35:kyoto-prefecture', ['35'], ['34:kyoto']],
    ]);
  });

  it('keeps a member whose code the map cannot place (a regency), with no place', () => {
    const members = fixtureMembers({ diy: '34', ntb: '52.71' });
    const agg = aggregateOf({ name: 'F' }, members, AS_OF);
    const s = nationalSite(agg, identify(members));
    expect(s.members.map((m) => [m.code, m.place === null])).toEqual([['34', false], ['52.71', true]]);
  });
});
