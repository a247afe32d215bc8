// The pure part of report periodic on inline registers: which agreements a period's reports cover (in force
// on some day of it, or signed in it), the activities of the period, and the evaluation's rule step by step,
// the bureau's own recommendation included (and ignored when it is dated after the period).

import { afterAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/load/load.js';
import { parsePeriod, type Period } from '../../src/model/period.js';
import { periodicReport } from '../../src/report/periodic.js';
import { cleanup, makeRegister } from '../helpers.js';

afterAll(cleanup);

const partner = (name: string): string => `name: ${name}\ntype: company\ncountry: ID\n`;
const agreement = (partnerId: string, fields: Record<string, string>): string =>
  Object.entries({ title: `With ${partnerId}`, category: 'KSDPK', document_type: 'pks', partners: `[${partnerId}]`, status: 'active', ...fields }).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n';
const activity = (agreementId: string, start: string, extra = ''): string => `title: Activity of ${agreementId}\ntype: meeting\nagreements: [${agreementId}]\nstart: ${start}\n${extra}`;

function report(files: Record<string, string>, period: string) {
  const partners = Object.fromEntries(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'].map((p) => [`data/partners/${p}.yaml`, partner(`Partner ${p}`)]));
  const loaded = loadRegister(makeRegister({ ...partners, ...files }));
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return periodicReport(loaded.dataset, parsePeriod(period) as Period, { filters: {} });
}

describe('the agreements of a period', () => {
  it('in force on some day of it, or signed in it; never a draft, an agreement ended before it or an LoI only for being signed', () => {
    const r = report({
      'data/agreements/ended-before.yaml': agreement('p1', { effective: '2020-01-01', end: '2024-12-31', status: 'expired' }),
      'data/agreements/ends-first-day.yaml': agreement('p2', { effective: '2020-01-01', end: '2025-01-01' }),
      'data/agreements/starts-within.yaml': agreement('p3', { effective: '2025-06-01', end: '2027-05-31' }),
      'data/agreements/draft.yaml': agreement('p4', { status: 'draft' }),
      'data/agreements/terminated-before.yaml': agreement('p5', { effective: '2020-01-01', end: '2030-12-31', status: 'terminated', termination: '{ date: 2024-06-01 }' }),
      'data/agreements/loi-signed.yaml': agreement('p6', { document_type: 'loi', status: 'signed', signatures: '[{ party: ntb, date: 2025-03-01 }, { party: p6, date: 2025-03-01 }]' }),
      'data/agreements/starts-after.yaml': agreement('p7', { effective: '2026-01-01', end: '2028-12-31', status: 'signed', signatures: '[{ party: ntb, date: 2025-12-20 }, { party: p7, date: 2025-12-20 }]' }),
    }, '2025');
    expect(r.recap.rows.map((x) => x.id).sort()).toEqual(['ends-first-day', 'loi-signed', 'starts-after', 'starts-within']);
    expect(r.recap.considered).toBe(4);
    expect(r.recap.byCategory.KSDPK).toBe(4);
    const ours = r.recap.rows.find((x) => x.id === 'loi-signed');
    expect(ours?.ours.map((s) => s.party)).toEqual(['ntb']);
    expect(ours?.theirs.map((s) => s.party)).toEqual(['p6']);
    // The status is the one on the period's last day.
    expect(r.recap.rows.find((x) => x.id === 'ends-first-day')?.status).toBe('expired');
  });

  it('activities whose days meet the period, not cancelled, planned when still to come on its last day, and their budgets per currency', () => {
    const r = report({
      'data/agreements/a.yaml': agreement('p1', { effective: '2020-01-01', end: '2030-12-31' }),
      'data/activities/before.yaml': activity('a', '2024-12-30', 'end: 2025-01-02\nbudget: { amount: 100, currency: IDR }\n'),
      'data/activities/within.yaml': activity('a', '2025-03-01', 'budget: { amount: 250, currency: IDR }\noutputs: [A result]\n'),
      'data/activities/cancelled.yaml': activity('a', '2025-04-01', 'status: cancelled\n'),
      'data/activities/after.yaml': activity('a', '2025-07-01'),
    }, '2025-S1');
    const row = r.recap.rows[0];
    expect(row?.activities.map((x) => [x.id, x.state])).toEqual([['before', 'held'], ['within', 'held']]);
    expect(row?.budget).toEqual([{ currency: 'IDR', amount: 350 }]);
    expect(row?.activitiesWithoutBudget).toBe(0);
    expect(row?.activities[1]?.outputs).toEqual(['A result']);
  });
});

describe('the evaluation, step by step', () => {
  const files = {
    // active: in force, an activity within the 12-month window
    'data/agreements/active.yaml': agreement('p1', { effective: '2024-01-01', end: '2029-12-31' }),
    'data/activities/active-1.yaml': activity('active', '2025-05-01', 'outputs: [Done]\n'),
    // dormant: in force, its last activity long ago
    'data/agreements/dormant.yaml': agreement('p2', { effective: '2020-01-01', end: '2029-12-31' }),
    'data/activities/dormant-1.yaml': activity('dormant', '2021-05-01'),
    // renewal due: in force, active, ending within the lead time of the period's end
    'data/agreements/renewal.yaml': agreement('p3', { effective: '2021-01-01', end: '2025-08-31' }),
    'data/activities/renewal-1.yaml': activity('renewal', '2025-02-01'),
    // ended, active within the window: renew; ended and quiet: end
    'data/agreements/ended-active.yaml': agreement('p4', { effective: '2020-01-01', end: '2025-03-31', status: 'expired' }),
    'data/activities/ended-active-1.yaml': activity('ended-active', '2025-02-15'),
    'data/agreements/ended-quiet.yaml': agreement('p5', { effective: '2019-01-01', end: '2025-01-31', status: 'expired' }),
    // the bureau's own word, dated within the period; and one dated after it, which does not count yet
    'data/agreements/overridden.yaml': agreement('p6', { effective: '2024-01-01', end: '2029-12-31', evaluation: '{ recommendation: end, date: 2025-06-01, reason: Both sides agreed to stop }' }),
    'data/activities/overridden-1.yaml': activity('overridden', '2025-05-01'),
    'data/agreements/later.yaml': agreement('p7', { effective: '2024-01-01', end: '2029-12-31', evaluation: '{ recommendation: end, date: 2025-09-01 }' }),
    'data/activities/later-1.yaml': activity('later', '2025-05-01'),
    // not yet in force: signed, starting after the period
    'data/agreements/not-yet.yaml': agreement('p8', { effective: '2025-09-01', end: '2028-08-31', status: 'signed', signatures: '[{ party: ntb, date: 2025-06-20 }, { party: p8, date: 2025-06-20 }]' }),
  };

  it('gives each partnership the first rule that applies, and says which', () => {
    const r = report(files, '2025-S1');
    const by = Object.fromEntries(r.evaluation.rows.map((e) => [e.agreements.join(','), [e.recommendation, e.step]]));
    expect(by).toEqual({
      active: ['continue', 'active'],
      dormant: ['revitalise', 'dormant'],
      renewal: ['renew', 'renewal_due'],
      'ended-active': ['renew', 'ended_active'],
      'ended-quiet': ['end', 'ended_dormant'],
      overridden: ['end', 'override'],
      later: ['continue', 'active'],
      'not-yet': ['continue', 'not_yet'],
    });
  });

  it('judges the criteria at the period’s end', () => {
    const r = report(files, '2025-S1');
    const row = (id: string) => r.evaluation.rows.find((e) => e.agreements.includes(id));
    expect(row('active')).toMatchObject({ inForce: 'yes', activity: 'yes', outputs: 'yes', document: 'no', approvals: 'not_required', lastActivity: { date: '2025-05-01' } });
    expect(row('dormant')).toMatchObject({ inForce: 'yes', activity: 'no', outputs: 'no' });
    expect(row('ended-quiet')).toMatchObject({ inForce: 'no', activity: 'no', lastActivity: null });
    expect(row('overridden')?.override).toEqual({ date: '2025-06-01', reason: 'Both sides agreed to stop' });
  });

  it('the later recommendation counts once the period reaches its date', () => {
    const r = report(files, '2025');
    expect(r.evaluation.rows.find((e) => e.agreements.includes('later'))?.step).toBe('override');
  });
});

describe('the recap\'s remarks say what report inactive says', () => {
  it('a dormant partnership whose activities on record are undated is not "no activity on record"', () => {
    // report inactive said "1 activity on record, undated" for the tie; the recap's remark said
    // "Dormant: no activity on record" (never_active), which the register does not know.
    const r = report({
      'data/agreements/a.yaml': agreement('p1', { effective: '2020-01-01', end: '2030-12-31' }),
      'data/activities/undated.yaml': activity('a', 'unknown'),
      'data/agreements/b.yaml': agreement('p2', { effective: '2020-01-01', end: '2030-12-31' }),
    }, '2025');
    expect(r.recap.rows.find((x) => x.id === 'a')?.remarks).toContainEqual({ code: 'dormant_undated', count: 1 });
    expect(r.recap.rows.find((x) => x.id === 'b')?.remarks).toContainEqual({ code: 'never_active' });
  });
});
