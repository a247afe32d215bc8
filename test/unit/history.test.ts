// The pure part of the history (report/history.ts): commits read as pull requests, a record's versions
// read as events, blame, and the auditor's rows and flags. Records as inline YAML.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { historyCommit, type HistoryCommit, type RecordState, type StepChange } from '../../src/load/history.js';
import { auditRows, blame, changeEvents, normallyMerges, recordEvents, withRecognisedRenames } from '../../src/report/history.js';
import { auditJson, auditView, blameJson, blameView, eventPhrase, logView } from '../../src/view/history.js';
import type { AuditRow, HistoryEvent } from '../../src/report/history.js';
import { fieldPathLabel, fieldRows, fieldText, type FieldValue } from '../../src/view/fields.js';
import { CONFIG_FIELDS, FIELDS, fieldPaths, type Fields } from '../../src/model/fields.js';
import type { Kind } from '../../src/model/types.js';
import { fieldChanges } from '../../src/report/diff.js';
import { fieldPhrase } from '../../src/view/changes.js';

const y = (text: string): Record<string, unknown> => parse(text) as Record<string, unknown>;
const valid = (text: string): RecordState => ({ value: y(text), valid: true, problems: 0 });
let n = 0;
const commit = (over: Partial<HistoryCommit> = {}): HistoryCommit => {
  n++;
  return { id: String(n).padStart(40, '0'), parents: ['p'], author: 'Siti', email: 's@x', authorTime: n * 1000, committerTime: n * 1000, subject: `change ${n}`, pr: null, merge: false, ...over };
};
const change = (status: StepChange['status'], path: string, before?: RecordState, after?: RecordState, extra: Partial<StepChange> = {}): StepChange =>
  ({ kind: 'agreement', status, path, ...(before ? { before } : {}), ...(after ? { after } : {}), ...extra });

const MOU = `title: NTB–Bali
category: KSDD
document_type: mou
partners: [bali]
status: draft
`;

describe('a commit as history shows it', () => {
  const base = { id: 'c', parents: ['a'], author: 'Admin', email: 'a@x', authorTime: 1, committerTime: 2, subject: '', body: '' };
  it('names the pull request GitHub, GitLab and Bitbucket merges and squashes name, and its title', () => {
    const gh = historyCommit({ ...base, parents: ['a', 'b'], subject: 'Merge pull request #12 from siti/renewal', body: 'Record the renewal\n\nMore words' }, { author: 'Siti', email: 's@x', authorTime: 0, committerTime: 1 });
    expect(gh).toMatchObject({ pr: 12, merge: true, subject: 'Record the renewal', author: 'Siti', email: 's@x', mergedBy: 'Admin', branchAuthorTime: 0 });
    expect(historyCommit({ ...base, subject: 'Record the visit (#3)' })).toMatchObject({ pr: 3, merge: false, subject: 'Record the visit (#3)', author: 'Admin' });
    expect(historyCommit({ ...base, parents: ['a', 'b'], subject: "Merge branch 'renewal' into 'main'", body: 'Record the renewal\n\nSee merge request biro/register!7' })).toMatchObject({ pr: 7, subject: 'Record the renewal' });
    expect(historyCommit({ ...base, subject: 'Merged in renewal (pull request #4)' })).toMatchObject({ pr: 4 });
    expect(historyCommit({ ...base, subject: 'Fix a typo in #12 notes' })).toMatchObject({ pr: null });
    expect(historyCommit({ ...base, parents: ['a', 'b'], subject: "Merge branch 'x'" })).toMatchObject({ pr: null, merge: true, author: 'Admin' });
  });

  it('a register normally merges pull requests when more than half of its recent commits are merges or name one', () => {
    const c = (merge: boolean, pr: number | null = null): HistoryCommit => commit({ merge, pr });
    expect(normallyMerges([c(true), c(false), c(false, 4)])).toBe(true);
    expect(normallyMerges([c(true), c(false)])).toBe(false);
    expect(normallyMerges([])).toBe(false);
  });
});

describe('field changes as events', () => {
  it('a first signature is "signed"; a signature date corrected later is a change of date', () => {
    const before = y(MOU);
    const signed = y(MOU.replace('status: draft', 'status: signed') + 'signatures:\n  - party: ntb\n    date: 2024-03-01\n    place: Mataram\n  - party: bali\n    date: 2024-03-02\n');
    const first = changeEvents('agreement', before, signed, true);
    expect(first.filter((e) => e.type === 'signed').map((e) => [e.party, e.date])).toEqual([['ntb', '2024-03-01'], ['bali', '2024-03-02']]);
    expect(first.find((e) => e.type === 'status')).toMatchObject({ before: 'draft', after: 'signed' });
    // The place is not explained by the signing: said as a field of its own.
    expect(first.find((e) => e.type === 'field')).toMatchObject({ field: 'signatures[0].place', before: null, after: 'Mataram' });
    const corrected = y(JSON.stringify({ ...signed, signatures: [{ party: 'ntb', date: '2024-03-05', place: 'Mataram' }, { party: 'bali', date: '2024-03-02' }] }));
    expect(changeEvents('agreement', signed, corrected, true)).toEqual([expect.objectContaining({ type: 'dates', field: 'signatures[0].date', before: '2024-03-01', after: '2024-03-05' })]);
  });

  it('an approval given a number or date where it had none is "approval recorded"; a corrected number is a field change', () => {
    const before = y(MOU + 'approvals:\n  dprd:\n    status: unknown\n    reason: not found in the archive\n');
    const after = y(MOU + 'approvals:\n  dprd:\n    number: 12/DPRD/2024\n    date: 2024-02-01\n  central:\n    number: 100/2024\n');
    const ev = changeEvents('agreement', before, after, true);
    expect(ev.filter((e) => e.type === 'approval').map((e) => [e.approval, e.number, e.date])).toEqual([['dprd', '12/DPRD/2024', '2024-02-01'], ['central', '100/2024', undefined]]);
    expect(ev.filter((e) => e.type !== 'approval')).toEqual([]);
    const fixed = y(MOU + 'approvals:\n  dprd:\n    number: 12/DPRD/2024-REV\n    date: 2024-02-01\n  central:\n    number: 100/2024\n');
    expect(changeEvents('agreement', after, fixed, true)).toEqual([expect.objectContaining({ type: 'field', field: 'approvals.dprd.number', before: '12/DPRD/2024', after: '12/DPRD/2024-REV' })]);
  });

  it('sectors, dates and a termination set whole, field by field', () => {
    const before = y(MOU + 'sectors: [pariwisata]\nend: 2027-03-31\n');
    const after = y(MOU.replace('status: draft', 'status: terminated') + 'sectors: [pendidikan]\nend: 2026-03-31\ntermination:\n  date: 2025-12-31\n  reason: both sides agreed\n');
    const ev = changeEvents('agreement', before, after, true);
    expect(ev.map((e) => [e.type, e.field])).toEqual([['dates', 'end'], ['status', 'status'], ['sectors', 'sectors'], ['dates', 'termination.date'], ['field', 'termination.reason']]);
    expect(ev.find((e) => e.type === 'sectors')).toMatchObject({ added: ['pendidikan'], removed: ['pariwisata'] });
  });
});

describe('a term written as the day it works out to (log)', () => {
  it('is a change of form, said as such in both languages, not "end changed from X to X"', () => {
    const before = y(MOU + 'effective: 2024-03-01\nend: {term: 3y}\n');
    const after = y(MOU + 'effective: 2024-03-01\nend: 2027-02-28\n');
    const ev = changeEvents('agreement', before, after, true);
    const phrases = (lang: 'en' | 'id'): string[] => ev.map((e) => eventPhrase({ ...e, commit: commit(), kind: 'agreement', id: 'x' } as HistoryEvent, lang));
    expect(phrases('en')).toEqual(['end now written as 28 Feb 2027 instead of term 3 years: the same last day in force']);
    expect(phrases('id')).toEqual(['tanggal berakhir kini ditulis sebagai 28 Feb 2027, bukan jangka waktu 3 tahun: hari terakhir berlakunya tetap sama']);
  });
});

describe('days in the history\'s sentences', () => {
  it('are written as the tables write them (1 Nov 2026, Dec 2026), in both languages; the values stay ISO', () => {
    const before = y(MOU + 'end: 2027-03-31\n');
    const after = y(MOU + 'end: 2026-10-31\nconfirmed: 2026-12\nsignatures:\n  - party: bali\n    date: 2026-11-01\n');
    const ev = changeEvents('agreement', before, after, true);
    const phrases = (lang: 'en' | 'id'): string[] => ev.map((e) => eventPhrase({ ...e, commit: commit(), kind: 'agreement', id: 'x' } as HistoryEvent, lang));
    expect(phrases('en')).toEqual(['signed by bali on 1 Nov 2026', 'end date moved earlier, from 31 Mar 2027 to 31 Oct 2026', 'confirmed: Dec 2026 (newly filled in)']);
    expect(phrases('id')).toEqual(['ditandatangani oleh bali pada 1 Nov 2026', 'tanggal berakhir dimajukan dari 31 Mar 2027 menjadi 31 Okt 2026', 'dikonfirmasi: Des 2026 (baru diisi)']);
    expect(ev.map((e) => [e.before, e.after])).toEqual([[undefined, undefined], ['2027-03-31', '2026-10-31'], [null, '2026-12']]);
  });
});

describe('lists in log and audit read as show writes them (the field model\'s renderer), not as JSON', () => {
  const prov = { report: 'x', asOf: '2026-12-07', register: 'Uji', considered: 1, unit: 'fields' as const, filters: [] };
  const extraSectors = [{ id: 'vokasi', name: 'Vokasi', name_en: 'Vocational education' }];
  const o = { timeZone: 'Asia/Makassar', showEmail: false, raw: false, extraSectors };
  const shown = (sectors: string[], lang: 'en' | 'id'): string => fieldText(fieldRows('agreement', { sectors }, { lang, extraSectors })[0]?.value as FieldValue, lang);

  it('log: the same sectors in another order', () => {
    const before = y(MOU + 'sectors: [vokasi, pariwisata]\n');
    const after = y(MOU + 'sectors: [pariwisata, vokasi]\n');
    const events = changeEvents('agreement', before, after, true).map((e) => ({ ...e, commit: commit(), kind: 'agreement', id: 'x' }) as HistoryEvent);
    const change = (lang: 'en' | 'id'): unknown[] => (logView('agreement', 'x', events, prov, lang, o).tables[0]?.rows ?? []).map((r) => r['change']);
    expect(change('en')).toEqual(['sectors: Vocational education (vokasi), Tourism (pariwisata) → Tourism (pariwisata), Vocational education (vokasi)']);
    expect(change('id')).toEqual([`sektor: ${shown(['vokasi', 'pariwisata'], 'id')} → ${shown(['pariwisata', 'vokasi'], 'id')}`]);
    expect(change('id')[0]).not.toContain('["');
  });

  it('log: sectors added and removed are named as show names them; the event keeps the codes', () => {
    const before = y(MOU + 'sectors: [vokasi, tenaga_kerja]\n');
    const after = y(MOU + 'sectors: [vokasi, pariwisata]\n');
    const events = changeEvents('agreement', before, after, true).map((e) => ({ ...e, commit: commit(), kind: 'agreement', id: 'x' }) as HistoryEvent);
    const change = (lang: 'en' | 'id'): unknown[] => (logView('agreement', 'x', events, prov, lang, o).tables[0]?.rows ?? []).map((r) => r['change']);
    expect(change('en')).toEqual([`sectors: added ${shown(['pariwisata'], 'en')}; removed ${shown(['tenaga_kerja'], 'en')}`]);
    expect(change('en')[0]).toContain('Tourism (pariwisata)');
    expect(change('id')).toEqual([`sektor: ditambahkan ${shown(['pariwisata'], 'id')}; dihapus ${shown(['tenaga_kerja'], 'id')}`]);
    expect(change('id')[0]).toContain('Pariwisata (pariwisata)');
    expect(events[0]?.change).toMatchObject({ added: ['pariwisata'], removed: ['tenaga_kerja'] });
  });

  it('audit: a list\'s before and after; CSV and JSON keep the raw values', () => {
    const rows = auditRows([{ commit: commit(), changes: [change('M', 'data/agreements/x.yaml', valid(MOU + 'sectors: [vokasi, pendidikan, tenaga_kerja]\n'), valid(MOU + 'sectors: [vokasi, pendidikan]\n'))] }], { normallyMerges: false });
    for (const lang of ['en', 'id'] as const) {
      const r = auditView(rows, prov, lang, o).tables[0]?.rows[0];
      expect([r?.['before'], r?.['after']]).toEqual([shown(['vokasi', 'pendidikan', 'tenaga_kerja'], lang), shown(['vokasi', 'pendidikan'], lang)]);
    }
    expect(auditView(rows, prov, 'en', { ...o, raw: true }).tables[0]?.rows[0]?.['before']).toBe('["vokasi","pendidikan","tenaga_kerja"]');
    expect(auditJson(rows[0] as AuditRow, o).before).toEqual(['vokasi', 'pendidikan', 'tenaga_kerja']);
    // A mapping too: an end's term, as show writes it.
    const term = auditRows([{ commit: commit(), changes: [change('M', 'data/agreements/x.yaml', valid(MOU + 'effective: 2024-03-01\nend: {term: 3y}\n'), valid(MOU + 'effective: 2024-03-01\nend: 2027-02-28\n'))] }], { normallyMerges: false });
    expect(auditView(term, prov, 'id', o).tables[0]?.rows.map((r) => [r['before'], r['after']])).toEqual([['jangka waktu 3 tahun', { date: '2027-02-28' }]]);
  });
});

describe('log, blame and audit show a commit\'s time with its zone', () => {
  const prov = { report: 'x', asOf: '2026-12-07', register: 'Uji', considered: 1, unit: 'fields' as const, filters: [] };
  // 2026-03-05T01:30:00Z
  const when = Date.UTC(2026, 2, 5, 1, 30) / 1000;
  const c = commit({ committerTime: when, authorTime: when });
  const rows = auditRows([{ commit: c, changes: [change('M', 'data/agreements/x.yaml', valid(MOU), valid(MOU + 'notes: a note\n'))] }], { normallyMerges: false });
  const events = changeEvents('agreement', y(MOU), y(MOU + 'notes: a note\n'), true).map((e) => ({ ...e, commit: c, kind: 'agreement', id: 'x' }) as HistoryEvent);
  const dates = (timeZone: string, raw = false): unknown[] => {
    const o = { timeZone, showEmail: false, raw };
    return [
      logView('agreement', 'x', events, prov, 'id', o).tables[0]?.rows[0]?.['date'],
      auditView(rows, prov, 'en', o).tables[0]?.rows[0]?.['date'],
      blameView('agreement', 'x', blame([{ commit: c, change: change('A', 'data/agreements/x.yaml', undefined, valid(MOU + 'notes: a note\n')) }]), prov, 'en', o).tables[0]?.rows[0]?.['date'],
    ];
  };

  it("Indonesia's zones by their names (WIB, WITA, WIT), any other by its offset from UTC", () => {
    expect(dates('Asia/Jakarta')).toEqual(Array(3).fill('2026-03-05 08:30 WIB'));
    expect(dates('Asia/Pontianak')).toEqual(Array(3).fill('2026-03-05 08:30 WIB'));
    expect(dates('Asia/Makassar')).toEqual(Array(3).fill('2026-03-05 09:30 WITA'));
    expect(dates('Asia/Jayapura')).toEqual(Array(3).fill('2026-03-05 10:30 WIT'));
    expect(dates('UTC')).toEqual(Array(3).fill('2026-03-05 01:30 UTC'));
    expect(dates('Asia/Kathmandu')).toEqual(Array(3).fill('2026-03-05 07:15 UTC+05:45'));
    expect(dates('America/New_York')).toEqual(Array(3).fill('2026-03-04 20:30 UTC-05:00'));
  });

  it('CSV and JSON keep ISO 8601 with the offset', () => {
    expect(dates('Asia/Makassar', true)).toEqual(Array(3).fill('2026-03-05T09:30:00+08:00'));
    expect(auditJson(rows[0] as AuditRow, { timeZone: 'Asia/Makassar', showEmail: false }).commit).toMatchObject({ committed: '2026-03-05T09:30:00+08:00' });
  });
});

describe("a record's life", () => {
  it('created, renamed (by fields, where git saw none), removed and restored, with the validity of its file', () => {
    const v1 = valid(MOU);
    const v2 = valid(MOU + 'notes: the id now has its year\n');
    const broken: RecordState = { valid: false, problems: 2 };
    // The commit that removed ntb-bali and added ntb-bali-2024: paired by the diff machinery's rule.
    const paired = withRecognisedRenames([change('D', 'data/agreements/ntb-bali.yaml', v1), change('A', 'data/agreements/ntb-bali-2024.yaml', undefined, v2)]);
    expect(paired).toEqual([expect.objectContaining({ status: 'R', from: 'data/agreements/ntb-bali.yaml', how: 'fields', similarity: expect.closeTo(5 / 6, 5) })]);
    const steps = [
      { commit: commit(), change: change('A', 'data/agreements/ntb-bali.yaml', undefined, v1) },
      { commit: commit(), change: paired[0] as StepChange },
      { commit: commit(), change: change('M', 'data/agreements/ntb-bali-2024.yaml', v2, broken) },
      { commit: commit(), change: change('M', 'data/agreements/ntb-bali-2024.yaml', broken, v2) },
      { commit: commit(), change: change('D', 'data/agreements/ntb-bali-2024.yaml', v2) },
      { commit: commit(), change: change('A', 'data/agreements/ntb-bali-2024.yaml', undefined, v1) },
    ];
    const ev = recordEvents('agreement', steps);
    expect(ev.map((e) => [e.type, e.id, e.from ?? e.field ?? e.problems ?? ''])).toEqual([
      ['created', 'ntb-bali', ''],
      ['renamed', 'ntb-bali-2024', 'ntb-bali'],
      ['field', 'ntb-bali-2024', 'notes'],
      ['invalid', 'ntb-bali-2024', 2],
      ['valid', 'ntb-bali-2024', ''],
      ['removed', 'ntb-bali-2024', ''],
      ['restored', 'ntb-bali-2024', ''],
      ['field', 'ntb-bali-2024', 'notes'],
    ]);
  });

  it('steps that begin after the creation (a range) do not make the record "created"', () => {
    const ev = recordEvents('agreement', [{ commit: commit(), change: change('M', 'data/agreements/x.yaml', valid(MOU), valid(MOU.replace('draft', 'negotiating'))) }]);
    expect(ev.map((e) => e.type)).toEqual(['status']);
  });

  it('blame: the commit that last set each field; a restored record starts again', () => {
    const a = commit();
    const b = commit();
    const c = commit();
    const lines = blame([
      { commit: a, change: change('A', 'data/agreements/x.yaml', undefined, valid(MOU)) },
      { commit: b, change: change('M', 'data/agreements/x.yaml', undefined, valid(MOU.replace('draft', 'signed') + 'sectors: [pariwisata]\n')) },
      { commit: c, change: change('M', 'data/agreements/x.yaml', undefined, valid(MOU.replace('draft', 'signed') + 'sectors: [pariwisata]\nnotes: x\n')) },
    ]);
    expect(lines.map((l) => [l.field, l.commit?.id === a.id ? 'a' : l.commit?.id === b.id ? 'b' : 'c'])).toEqual([
      ['title', 'a'], ['category', 'a'], ['document_type', 'a'], ['partners', 'a'], ['status', 'b'], ['sectors', 'b'], ['notes', 'c'],
    ]);
  });
});

describe("the auditor's rows", () => {
  const FINAL = MOU.replace('status: draft', 'status: superseded') + 'end: 2024-03-31\nsignatures:\n  - party: ntb\n    date: 2019-04-01\napprovals:\n  dprd:\n    number: 1/2019\n';

  it('flags changes after a final status and after signing, removals, back-dated commits and direct pushes', () => {
    const later = FINAL.replace('end: 2024-03-31', 'end: 2024-01-31').replace('number: 1/2019', 'number: 1/2019-REV');
    const steps = [
      { commit: commit({ parents: [] }), changes: [change('A', 'data/agreements/x.yaml', undefined, valid(FINAL))] },
      { commit: commit({ authorTime: 0, committerTime: 40 * 86_400 }), changes: [change('M', 'data/agreements/x.yaml', valid(FINAL), valid(later))] },
      { commit: commit({ merge: true, pr: 4, parents: ['a', 'b'], branchAuthorTime: 0, branchCommitterTime: 10 }), changes: [change('D', 'data/agreements/x.yaml', valid(later))] },
    ];
    const rows = auditRows(steps, { normallyMerges: true });
    expect(rows.map((r) => [r.change, r.field, r.before, r.after, r.flags])).toEqual([
      ['added', null, null, null, []],
      ['changed', 'end', '2024-03-31', '2024-01-31', ['final-changed', 'back-dated', 'direct-push']],
      ['changed', 'approvals.dprd.number', '1/2019', '1/2019-REV', ['approval-after-signing', 'back-dated', 'direct-push']],
      ['removed', null, null, null, ['removed']],
    ]);
    // Where pull requests are not the rule, a direct commit is not flagged.
    expect(auditRows(steps, { normallyMerges: false })[1]?.flags).toEqual(['final-changed', 'back-dated']);
  });

  it('says a commit that changes only layout or comments, and kerjasama.yaml changes field by field', () => {
    const rows = auditRows([{ commit: commit(), changes: [
      change('M', 'data/agreements/x.yaml', valid(MOU), valid(MOU)),
      { kind: 'config', status: 'M', path: 'kerjasama.yaml', before: valid('name: A\ntimezone: Asia/Jakarta\n'), after: valid('name: A\ntimezone: Asia/Makassar\n') },
    ] }], { normallyMerges: false });
    expect(rows.map((r) => [r.kind, r.id, r.change, r.field, r.after])).toEqual([['agreement', 'x', 'changed', null, null], ['config', 'kerjasama.yaml', 'changed', 'timezone', 'Asia/Makassar']]);
  });
});

describe('blame shows a list as show does', () => {
  const prov = { report: 'blame x', asOf: '2026-12-07', register: 'Uji', considered: 4, unit: 'fields' as const, filters: [] };
  const lines = [
    { field: 'partners', value: ['shizuoka', 'osaka'], commit: null },
    { field: 'sectors', value: ['pendidikan', 'pariwisata'], commit: null },
    { field: 'scope', value: ['Student exchange', 'Joint tourism promotion'], commit: null },
    { field: 'title', value: 'NTB–Shizuoka', commit: null },
  ];
  const o = { timeZone: 'Asia/Makassar', showEmail: false, raw: false };
  const values = (lang: 'en' | 'id'): unknown[] => (blameView('agreement', 'x', lines, prov, lang, o).tables[0]?.rows ?? []).map((r) => r['value']);

  it('sectors, partners and scope as `show` writes them (the field model\'s renderer), not as JSON, in both languages', () => {
    expect(values('en')).toEqual(['shizuoka, osaka', 'Education (pendidikan), Tourism (pariwisata)', '• Student exchange\n• Joint tourism promotion', 'NTB–Shizuoka']);
    expect(values('id')).toEqual(['shizuoka, osaka', 'Pendidikan (pendidikan), Pariwisata (pariwisata)', '• Student exchange\n• Joint tourism promotion', 'NTB–Shizuoka']);
    // The one renderer: what show's field table writes for the same value.
    for (const lang of ['en', 'id'] as const) {
      const shown = fieldRows('agreement', { sectors: ['pendidikan', 'pariwisata'] }, { lang })[0];
      expect(values(lang)[1]).toBe(fieldText(shown?.value as FieldValue, lang));
    }
  });

  it('JSON keeps the list as a list', () => {
    expect(lines.map((l) => blameJson('agreement', l, o).value)).toEqual(lines.map((l) => l.value));
  });
});

describe('a field in the phrases of diff and log is named by the label show gives it, not its YAML key', () => {
  // show's labels (the field model's words), as fieldRows gives them: the phrases reuse them, not copies.
  const label = (data: object, lang: 'en' | 'id'): string => fieldRows('agreement', data, { lang })[0]?.label ?? '';
  const before = y(MOU + 'approvals:\n  dprd:\n    number: 7/DPRD/2023\nsignatures:\n  - party: ntb\n    date: 2024-03-01\n  - party: bali\n    date: 2024-03-01\n');
  const after = y(MOU.replace('title: NTB–Bali', 'title: NTB–Bali (revised)') + 'notes: A note\napprovals:\n  dprd:\n    number: 7/DPRD/2024\nsignatures:\n  - party: ntb\n    date: 2024-03-01\n  - party: bali\n    date: 2024-03-05\n');
  const phrases = (lang: 'en' | 'id'): string[] => changeEvents('agreement', before, after, true)
    .map((e) => eventPhrase({ ...e, commit: commit(), kind: 'agreement', id: 'x' } as HistoryEvent, lang));

  it('in English and in Indonesian; an item of a list by its number; a part by its field\'s label', () => {
    const en = phrases('en');
    const id = phrases('id');
    expect(en).toEqual(expect.arrayContaining([
      `${label({ title: 'x' }, 'en')}: NTB–Bali → NTB–Bali (revised)`,
      `${label({ notes: 'x' }, 'en')}: A note (newly filled in)`,
      'DPRD approval, number: 7/DPRD/2023 → 7/DPRD/2024',
      'signatures no. 2, signed on: 1 Mar 2024 → 5 Mar 2024',
    ]));
    expect(id).toEqual(expect.arrayContaining([
      `${label({ title: 'x' }, 'id')}: NTB–Bali → NTB–Bali (revised)`,
      `${label({ notes: 'x' }, 'id')}: A note (baru diisi)`,
      'persetujuan DPRD, nomor: 7/DPRD/2023 → 7/DPRD/2024',
      'penandatanganan ke-2, tanggal tanda tangan: 1 Mar 2024 → 5 Mar 2024',
    ]));
    for (const p of [...en, ...id]) expect(p).not.toMatch(/approvals\.|signatures\[|\.number|\.date/);
    for (const p of id) expect(p).not.toMatch(/\btitle\b|\bnotes\b/);
  });
});

describe("audit: kerjasama.yaml's values (and a record's codes) in words, not codes", () => {
  const prov = { report: 'audit', asOf: '2026-12-07', register: 'Uji', considered: 1, unit: 'changes' as const, filters: [] };
  const o = { timeZone: 'Asia/Makassar', showEmail: false, raw: false };
  const CFG = (more: string): RecordState => valid(`name: A\nowner: ntb\n${more}`);
  const steps = [{ commit: commit(), changes: [
    { kind: 'config' as const, status: 'M' as const, path: 'kerjasama.yaml',
      before: CFG('language: en\nreminders:\n  before_end: [90d, 30d]\ncountries:\n  no_relations: [IL]\npublication:\n  satu_data:\n    frequency: annual\n'),
      after: CFG('language: id\nreminders:\n  before_end: [6m]\ncountries:\n  no_relations: [IL, TW]\npublication:\n  satu_data:\n    frequency: quarterly\n') },
    change('M', 'data/partners/p.yaml', valid('name: P\ntype: city\ncountry: JP\n'), valid('name: P\ntype: city\ncountry: KR\n'), { kind: 'partner' }),
  ] }];
  const rows = (lang: 'en' | 'id', raw = false): Array<[unknown, unknown, unknown]> =>
    (auditView(auditRows(steps, { normallyMerges: false }), prov, lang, { ...o, raw }).tables[0]?.rows ?? []).map((r) => [r['field'], r['before'], r['after']]);

  it('a setting by its label and its codes by their words, in both languages; CSV keeps keys and codes', () => {
    expect(rows('en')).toEqual([
      ['language', 'English (en)', 'Bahasa Indonesia (id)'],
      ['reminders: remind before the end', '90 days, 30 days', '6 months'],
      ['countries without diplomatic relations', 'Israel (IL)', 'Israel (IL), Taiwan (TW)'],
      ['Satu Data metadata: update frequency', 'yearly (annual)', 'quarterly'],
      ['country', 'Japan (JP)', 'South Korea (KR)'],
    ]);
    expect(rows('id')).toEqual([
      ['bahasa', 'bahasa Inggris (en)', 'Bahasa Indonesia (id)'],
      ['pengingat: ingatkan sebelum berakhir', '90 hari, 30 hari', '6 bulan'],
      ['negara tanpa hubungan diplomatik', 'Israel (IL)', 'Israel (IL), Taiwan (TW)'],
      ['metadata Satu Data: frekuensi pemutakhiran', 'tahunan (annual)', 'triwulanan (quarterly)'],
      ['negara', 'Jepang (JP)', 'Korea Selatan (KR)'],
    ]);
    expect(rows('en', true)).toEqual([
      ['language', 'en', 'id'],
      ['reminders.before_end', '["90d","30d"]', '["6m"]'],
      ['countries.no_relations', '["IL"]', '["IL","TW"]'],
      ['publication.satu_data.frequency', 'annual', 'quarterly'],
      ['country', 'JP', 'KR'],
    ]);
  });
});

describe('a value in the phrases of diff and log is written as show writes it: a code as its word, a reference by its name', () => {
  const phrase = (kind: 'agreement' | 'partner', before: string, after: string, lang: 'en' | 'id', name?: (k: string, id: string) => string | undefined): string[] =>
    changeEvents(kind, y(before), y(after), true).map((e) => eventPhrase({ ...e, commit: commit(), kind, id: 'x' } as HistoryEvent, lang, name ? { name } : {}));
  const names = (_k: string, id: string): string | undefined => ({ osaka: 'Osaka Prefecture', shizuoka: 'Shizuoka Prefecture' } as Record<string, string>)[id];
  const SIGNED = (party: string): string => MOU + `signatures:\n  - party: ntb\n    date: 2024-03-01\n  - party: ${party}\n    date: 2024-03-01\n`;

  it('a country, a code of an approval, a signing party, in both languages', () => {
    expect(phrase('partner', 'name: P\ntype: city\ncountry: JP\n', 'name: P\ntype: city\ncountry: KR\n', 'en')).toEqual(['country: Japan (JP) → South Korea (KR)']);
    expect(phrase('partner', 'name: P\ntype: city\ncountry: JP\n', 'name: P\ntype: city\ncountry: KR\n', 'id')).toEqual(['negara: Jepang (JP) → Korea Selatan (KR)']);
    // A value that ends in its code's brackets takes no second pair: "not known (unknown), newly filled in", not "(unknown) (newly filled in)".
    expect(phrase('agreement', MOU, MOU + 'approvals:\n  central:\n    status: unknown\n', 'en')).toEqual(['central approval, status: not known (unknown), newly filled in']);
    expect(phrase('agreement', MOU, MOU + 'approvals:\n  central:\n    status: unknown\n', 'id')).toEqual(['persetujuan pemerintah pusat, status persetujuan: tidak diketahui (unknown), baru diisi']);
    // Removed, likewise: "removed, was not known (unknown)", not "(was not known (unknown))".
    expect(phrase('agreement', MOU + 'approvals:\n  central:\n    status: unknown\n    reason: x\n  dprd:\n    number: 1\n', MOU + 'approvals:\n  central:\n    reason: x\n  dprd:\n    number: 1\n', 'en')).toEqual(['central approval, status: removed, was not known (unknown)']);
    expect(phrase('agreement', MOU + 'approvals:\n  central:\n    status: unknown\n    reason: x\n  dprd:\n    number: 1\n', MOU + 'approvals:\n  central:\n    reason: x\n  dprd:\n    number: 1\n', 'id')).toEqual(['persetujuan pemerintah pusat, status persetujuan: dihapus, sebelumnya tidak diketahui (unknown)']);
    // A signing party changed, as diff says it (log says the new one signed).
    const party = (lang: 'en' | 'id', name?: typeof names): string[] => fieldChanges('agreement', y(SIGNED('osaka')), y(SIGNED('shizuoka'))).map((f) => fieldPhrase(f, lang, { kind: 'agreement', ...(name ? { name } : {}) }));
    expect(party('en', names)).toEqual(['signatures no. 2, party: Osaka Prefecture (osaka) → Shizuoka Prefecture (shizuoka)']);
    expect(party('id', names)).toEqual(['penandatanganan ke-2, pihak: Osaka Prefecture (osaka) → Shizuoka Prefecture (shizuoka)']);
    // Without names (a register that does not know the record), the id.
    expect(party('en')).toEqual(['signatures no. 2, party: osaka → shizuoka']);
  });
});

describe('a field\'s change reads as a clerk writes it, for every label of the field model: the field, a colon, what became of it', () => {
  const value = (kind: Kind | 'config', field: string, before: unknown, after: unknown, lang: 'en' | 'id'): string =>
    fieldPhrase({ type: 'value', field, before, after }, lang, { kind });

  it('a value filled in, removed and changed, in both languages (not "diakhiri pada diisi", not "takes effect removed")', () => {
    expect(value('agreement', 'termination.date', null, '2024-03-31', 'en')).toBe('termination, terminated on: 31 Mar 2024 (newly filled in)');
    expect(value('agreement', 'termination.date', null, '2024-03-31', 'id')).toBe('pengakhiran, diakhiri pada: 31 Mar 2024 (baru diisi)');
    expect(value('agreement', 'effective', '2024-01-01', null, 'en')).toBe('takes effect: removed (was 1 Jan 2024)');
    expect(value('agreement', 'effective', '2024-01-01', null, 'id')).toBe('mulai berlaku: dihapus (sebelumnya 1 Jan 2024)');
    expect(value('agreement', 'effective', '2024-01-01', '2024-02-01', 'en')).toBe('takes effect: 1 Jan 2024 → 1 Feb 2024');
    expect(value('agreement', 'effective', '2024-01-01', '2024-02-01', 'id')).toBe('mulai berlaku: 1 Jan 2024 → 1 Feb 2024');
    expect(value('agreement', 'approvals.dprd.number', '7/DPRD/2023', '7/DPRD/2024', 'en')).toBe('DPRD approval, number: 7/DPRD/2023 → 7/DPRD/2024');
    expect(fieldPhrase({ type: 'list', field: 'sectors', added: ['pariwisata'], removed: [] }, 'id', { kind: 'agreement' })).toMatch(/^sektor: ditambahkan /);
  });

  it('a reference with a long title keeps its whole id: the title is shortened, not the id (not "(mou-bandar-lest… (baru diisi)")', () => {
    const title = 'Kesepakatan Bersama Sukamaju–Bandar Lestari tentang Pariwisata';
    const name = (_k: Kind, id: string): string | undefined => (id === 'mou-bandar-lestari-2025' ? title : undefined);
    for (const lang of ['en', 'id'] as const) {
      const s = fieldPhrase({ type: 'value', field: 'parent', before: null, after: 'mou-bandar-lestari-2025' }, lang, { kind: 'agreement', name });
      expect(s).toContain(' (mou-bandar-lestari-2025), ');
      expect(s).toContain('Kesepakatan Bersama Sukamaju');
      expect(s).toContain('…');
    }
    // A short one stays whole.
    expect(fieldPhrase({ type: 'value', field: 'parent', before: null, after: 'x' }, 'id', { kind: 'agreement', name: () => 'MoU X' })).toContain('MoU X (x), baru diisi');
  });

  it('every field of every kind and of kerjasama.yaml, in both languages: one colon, after the field\'s label', () => {
    const kinds: Array<[Kind | 'config', Fields]> = [...Object.entries(FIELDS) as Array<[Kind, Fields]>, ['config', CONFIG_FIELDS]];
    for (const [kind, fields] of kinds) {
      for (const [path] of fieldPaths(fields)) {
        for (const lang of ['en', 'id'] as const) {
          const label = fieldPathLabel(kind, path, lang).replace(/: /g, ', ');
          for (const p of [value(kind, path, null, 'X', lang), value(kind, path, 'X', null, lang), value(kind, path, 'X', 'Y', lang)]) {
            expect(p.startsWith(`${label}: `), `${kind}.${path} ${lang}: ${p}`).toBe(true);
            expect(p.slice(label.length + 2), `${kind}.${path} ${lang}: ${p}`).not.toMatch(/: /);
          }
        }
      }
    }
  });
});

describe('log --with-related names the other agreements and activities by their names, as the rest of log names records', () => {
  const names = (k: string, id: string): string | undefined => ({ 'agreement:ntb-bali-mou-2029': 'NTB–Bali MoU 2029', 'activity:ntb-bali-visit-2027': 'Kunjungan kerja ke Bali' } as Record<string, string>)[`${k}:${id}`];
  const phrase = (type: HistoryEvent['type'], other: string, lang: 'en' | 'id', name?: typeof names): string =>
    eventPhrase({ type, commit: commit(), kind: type === 'agreement-added' ? 'partner' : 'agreement', id: 'x', other } as HistoryEvent, lang, name ? { name } : {});

  it('renewed by, followed by, an agreement naming a partner, an activity recorded, in both languages', () => {
    expect(phrase('renewed-by', 'ntb-bali-mou-2029', 'en', names)).toBe('renewed by NTB–Bali MoU 2029 (ntb-bali-mou-2029)');
    expect(phrase('renewed-by', 'ntb-bali-mou-2029', 'id', names)).toBe('diperpanjang oleh NTB–Bali MoU 2029 (ntb-bali-mou-2029)');
    expect(phrase('followed-by', 'ntb-bali-mou-2029', 'en', names)).toBe('NTB–Bali MoU 2029 (ntb-bali-mou-2029) names it as its parent agreement');
    expect(phrase('agreement-added', 'ntb-bali-mou-2029', 'id', names)).toBe('perjanjian NTB–Bali MoU 2029 (ntb-bali-mou-2029) menyebutnya sebagai mitra');
    expect(phrase('activity-added', 'ntb-bali-visit-2027', 'en', names)).toBe('activity Kunjungan kerja ke Bali (ntb-bali-visit-2027) recorded');
    // A record the register no longer holds: its id.
    expect(phrase('renewed-by', 'ntb-gone-2030', 'en', names)).toBe('renewed by ntb-gone-2030');
    expect(phrase('renewed-by', 'ntb-bali-mou-2029', 'en')).toBe('renewed by ntb-bali-mou-2029');
  });
});
