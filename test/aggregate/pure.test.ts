// The aggregate's pure parts: freshness, a member validated with its records with errors left out, and
// the tables: ids namespaced, references too, the shared tables once, the members table. Inline YAML.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregateOf, freshnessOf } from '../../src/aggregate/aggregate.js';
import { memberId, splitMemberId } from '../../src/aggregate/members.js';
import { aggregateTables } from '../../src/export/aggregate.js';
import { tableOf } from '../../src/export/tables.js';
import { readFederation, readLock } from '../../src/load/federation.js';
import { loadRegister } from '../../src/load/load.js';
import { day } from '../../src/model/dates.js';
import { cleanup, makeRegister } from '../helpers.js';

const AS_OF = day('2026-06-01');

describe('freshness', () => {
  it('is the age from the last commit, stale past stale_after, and not known outside git', () => {
    expect(freshnessOf(day('2026-05-01'), AS_OF, { count: 180, unit: 'd' })).toEqual({ ageDays: 31, stale: false });
    expect(freshnessOf(day('2025-10-01'), AS_OF, { count: 6, unit: 'm' })).toEqual({ ageDays: 243, stale: true });
    expect(freshnessOf(day('2025-12-01'), AS_OF, { count: 6, unit: 'm' })).toEqual({ ageDays: 182, stale: false });
    expect(freshnessOf(undefined, AS_OF, { count: 180, unit: 'd' })).toEqual({ ageDays: null, stale: null });
    expect(freshnessOf(day('2026-07-01'), AS_OF, { count: 180, unit: 'd' })).toEqual({ ageDays: 0, stale: false });
  });
});

describe('member ids', () => {
  it('are the code, a colon and the id, and split back', () => {
    expect(memberId('52.71', 'ntb-x')).toBe('52.71:ntb-x');
    expect(splitMemberId('52.71:ntb-x')).toEqual({ code: '52.71', id: 'ntb-x' });
    expect(splitMemberId('ntb-x')).toBeUndefined();
  });
});

describe('the aggregate tables', () => {
  it('namespace ids and references, leave records with errors out, share the code tables, and count per member', () => {
    const a = makeRegister({
      'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n',
      'data/agreements/ntb-jatim-mou-2023.yaml': 'title: MoU\ncategory: KSDD\ndocument_type: mou\npartners: [jatim]\nsignatures:\n  - party: ntb\n    date: 2023-02-27\nstatus: active\n',
      'data/agreements/ntb-bad.yaml': 'title: Bad\ncategory: KSDD\ndocument_type: mou\npartners: [nowhere]\nstatus: active\n',
    });
    const b = makeRegister({ 'kerjasama.yaml': 'name: Jatim\nowner: jatim\n', 'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n' }, { bare: true });
    const members = [
      { code: '52', source: 'path:a', loaded: loadRegister(a) },
      { code: '35', name: 'Jawa Timur', source: 'path:b', commit: 'c'.repeat(40), lastCommitDay: day('2026-05-01'), loaded: loadRegister(b) },
    ];
    const agg = aggregateOf({ name: 'F' }, members, AS_OF);
    expect(agg.members.map((m) => [m.member.code, m.errors, m.leftOut, m.counts.agreements, m.freshness.stale])).toEqual([['52', 1, 1, 1, null], ['35', 0, 0, 0, false]]);
    const x = aggregateTables(agg, { version: 't' });
    const partners = tableOf(x, 'partners');
    expect(partners?.primaryKey).toEqual(['id']);
    expect(partners?.rows.map((r) => [r[0], r[1]])).toEqual([['35', '35:jatim'], ['52', '52:jatim'], ['52', '52:ntb']]);
    const agreements = tableOf(x, 'agreements');
    // The record with errors is a row with its id only (left_out), as export writes it.
    expect(agreements?.rows.map((r) => [r[1], r[2]])).toEqual([['52:ntb-bad', true], ['52:ntb-jatim-mou-2023', false]]);
    const sig = tableOf(x, 'agreement_signatures');
    expect(sig?.rows.map((r) => [r[0], r[1], r[3]])).toEqual([['52', '52:ntb-jatim-mou-2023', '52:ntb']]);
    const codes = tableOf(x, 'code_agreement_category');
    expect(new Set(codes?.rows.map((r) => r[0])).size).toBe(codes?.rows.length);
    expect(tableOf(x, 'members')?.rows.map((r) => [r[0], r[1], r[3], r[5], r[6], r[7], r[8]])).toEqual([
      ['52', 'Test register', null, null, null, null, 1],
      ['35', 'Jawa Timur', 'c'.repeat(40), '2026-05-01', 31, false, 0],
    ]);
    // Every table refers to members, and members comes first.
    expect(x.tables[0]?.name).toBe('members');
    cleanup();
  });
});

describe('federation.yaml and federation.lock, read from untrusted bytes', () => {
  it('never throw: any bytes give a federation, diagnostics or a reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kerjasama-fed-'));
    try {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
          writeFileSync(join(dir, 'federation.yaml'), text);
          writeFileSync(join(dir, 'federation.lock'), text);
          const f = readFederation(dir);
          expect(f.federation !== undefined || f.diagnostics.length > 0).toBe(true);
          for (const d of f.diagnostics) expect(d.file).toBe('federation.yaml');
          const l = readLock(dir);
          expect(l.lock !== undefined || l.problem !== undefined).toBe(true);
        }),
        { numRuns: 200 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
