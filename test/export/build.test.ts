// The export's pure part (src/export) on registers written inline: honest values (a vague date as
// written with its earliest and latest day, unknown as empty plus a flag, money as a whole number with
// its scale, codes in code tables with both languages' labels), private fields only when asked, a record
// left out as a row with its id, every reference held, the same tables for the same input; and the
// field model: a field added to it is exported with no more work.

import fc from 'fast-check';
import initSqlJs from 'sql.js';
import { afterAll, describe, expect, it } from 'vitest';
import { filesWithErrors, runChecks, withoutInvalid } from '../../src/check/index.js';
import { decimalText, exportTables, minorUnits } from '../../src/export/build.js';
import { tableOf, type Export, type Table, type Value } from '../../src/export/tables.js';
import { loadRegister } from '../../src/load/load.js';
import { AGREEMENT_FIELDS } from '../../src/model/fields.js';
import { day } from '../../src/model/dates.js';
import { exportAsSql, stringLiteral } from '../../src/render/export/sql.js';
import { cleanup, makeRegister } from '../helpers.js';

afterAll(cleanup);

const AS_OF = day('2026-11-22');
const SHIZUOKA = 'name: Shizuoka\ntype: foreign_subnational\ncountry: JP\n';
const agreement = (fields: Record<string, string>): string =>
  Object.entries({ title: 'T', category: 'KSDPL', document_type: 'mou', partners: '[shizuoka]', status: 'active', ...fields }).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n';

function exported(files: Record<string, string>, includePrivate = false): Export {
  const loaded = loadRegister(makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA, ...files }));
  const d = withoutInvalid(loaded.dataset, filesWithErrors([...loaded.diagnostics, ...runChecks(loaded.dataset, AS_OF)]));
  return exportTables(d, { asOf: AS_OF, includePrivate, version: '0.0.0-test' });
}

/** A table's rows as objects by column name. */
function rows(x: Export, name: string): Array<Record<string, Value>> {
  const t = tableOf(x, name) as Table;
  expect(t, name).toBeDefined();
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.name, r[i] as Value])));
}
const row = (x: Export, table: string, id: string): Record<string, Value> => rows(x, table).find((r) => r['id'] === id) as Record<string, Value>;

/** Every foreign key value is in the table it names. */
function referencesHold(x: Export): string[] {
  const bad: string[] = [];
  for (const t of x.tables) {
    for (const fk of t.foreignKeys) {
      const target = tableOf(x, fk.table) as Table;
      const key = (tb: Table, r: readonly Value[], cols: readonly string[]): string => JSON.stringify(cols.map((c) => r[tb.columns.findIndex((k) => k.name === c)]));
      const known = new Set(target.rows.map((r) => key(target, r, fk.refColumns)));
      for (const r of t.rows) {
        const values = fk.columns.map((c) => r[t.columns.findIndex((k) => k.name === c)]);
        if (values.every((v) => v === null)) continue;
        if (!known.has(key(t, r, fk.columns))) bad.push(`${t.name}.${fk.columns.join(',')} = ${JSON.stringify(values)} not in ${fk.table}`);
      }
    }
  }
  return bad;
}

describe('honest values', () => {
  it('a vague date: as written, its earliest and latest day; a bound: the missing side empty, never a far day', () => {
    const x = exported({
      'data/agreements/a.yaml': agreement({ effective: '2017-06', end: '~2030', confirmed: '..2019-03' }),
      'data/agreements/b.yaml': agreement({ effective: '2018..', end: '..2040-06' }),
    });
    expect(row(x, 'agreements', 'a')).toMatchObject({
      effective: '2017-06', effective_earliest: '2017-06-01', effective_latest: '2017-06-30',
      confirmed: '..2019-03', confirmed_earliest: null, confirmed_latest: '2019-03-31',
      end: '~2030', end_earliest: '2029-01-01', end_latest: '2031-12-31', end_uncertain: true, end_open: false,
      start: '2017-06', start_earliest: '2017-06-01', start_latest: '2017-06-30',
    });
    expect(row(x, 'agreements', 'b')).toMatchObject({ effective_earliest: '2018-01-01', effective_latest: null, end_earliest: null, end_latest: '2040-06-30', end_day: '2040-06-30', end_open: true });
  });

  it('unknown is an empty value with its flag, never a value; an unknown status has no in force', () => {
    const x = exported({ 'data/agreements/a.yaml': agreement({ document_type: 'unknown', status: 'unknown', effective: '2010-01-01' }) });
    expect(row(x, 'agreements', 'a')).toMatchObject({
      document_type: null, document_type_unknown: true, status: null, status_unknown: true,
      derived_status: null, derived_status_unknown: true, stage: null, stage_unknown: true, in_force: null,
      end_kind: null, end_unknown: true, end_day: null, days_left: null,
    });
    expect(rows(x, 'code_agreement_document_type').map((r) => r['code'])).not.toContain('unknown');
  });

  it('money: a whole number with one scale per currency (so sums are exact), and the amount as written', () => {
    const act = (amount: string, currency: string): string => `title: V\ntype: visit\nstart: 2024-05-01\npartners: [shizuoka]\nbudget: { amount: ${amount}, currency: ${currency} }\n`;
    const x = exported({
      'data/activities/a.yaml': act('450000000', 'IDR'),
      'data/activities/b.yaml': act('1500.5', 'USD'),
      'data/activities/c.yaml': act('20.25', 'USD'),
      'data/activities/d.yaml': act('1e21', 'IDR'),
    });
    const by = (id: string): Record<string, Value> => row(x, 'activities', id);
    expect([by('a')['budget_amount'], by('a')['budget_amount_scale'], by('a')['budget_amount_as_written']]).toEqual([450000000, 0, '450000000']);
    expect([by('b')['budget_amount'], by('b')['budget_amount_scale'], by('b')['budget_amount_as_written']]).toEqual([150050, 2, '1500.5']);
    expect([by('c')['budget_amount'], by('c')['budget_amount_scale']]).toEqual([2025, 2]);
    // Beyond what a whole number keeps exactly: empty, the amount as written still there.
    expect([by('d')['budget_amount'], by('d')['budget_amount_as_written']]).toEqual([null, '1000000000000000000000']);
    expect(x.tables.flatMap((t) => t.rows.flat()).some((v) => typeof v === 'number' && !Number.isInteger(v))).toBe(false);
  });

  it('decimalText and minorUnits: every finite number as its exact decimal, never in exponent form', () => {
    expect(decimalText(1.5e-7)).toBe('0.00000015');
    expect(decimalText(2.5e21)).toBe('2500000000000000000000');
    expect(minorUnits('1500.5', 2)).toBe(150050);
    fc.assert(fc.property(fc.double({ min: 0, max: 1e30, noNaN: true }), (n) => {
      const s = decimalText(n);
      expect(s).toMatch(/^\d+(\.\d+)?$/);
      expect(Number(s)).toBe(n);
    }));
  });

  it('codes: a code table per field, with the labels of both languages; the facts\' codes too', () => {
    const x = exported({ 'data/agreements/a.yaml': agreement({ effective: '2020-01-01', end: '2030-01-01' }) });
    expect(rows(x, 'code_agreement_document_type').find((r) => r['code'] === 'mou')).toEqual({ code: 'mou', label_en: 'MoU', label_id: 'MoU/Kesepakatan Bersama' });
    expect(rows(x, 'code_agreement_category').map((r) => r['code'])).toEqual(['KSDD', 'KSDLL', 'KSDPK', 'KSDPL', 'PUSAT']);
    expect(rows(x, 'code_derived_status').find((r) => r['code'] === 'in_force')).toEqual({ code: 'in_force', label_en: 'in force', label_id: 'berlaku' });
    expect(rows(x, 'code_agreement_approvals').map((r) => r['code'])).toEqual(['central', 'dprd', 'full_powers']);
    expect(rows(x, 'sectors').find((r) => r['id'] === 'pariwisata')).toMatchObject({ group: 'pilihan', name_id: 'Pariwisata', name_en: 'Tourism' });
    expect(row(x, 'agreements', 'a')).toMatchObject({ derived_status: 'in_force', stage: 'in_force', in_force: true, days_left: 1136 });
    for (const t of x.tables) for (const c of t.columns) expect(c.title.en && c.title.id && c.description.en && c.description.id, `${t.name}.${c.name}`).toBeTruthy();
  });
});

describe('records, lists and references', () => {
  it('lists and mappings become tables of their own, in order; approvals one row each', () => {
    const x = exported({
      'data/partners/ntt.yaml': 'name: Hamamatsu\ntype: foreign_subnational\ncountry: JP\n',
      'data/agreements/a.yaml': agreement({
        partners: '[shizuoka, ntt]', sectors: '[pariwisata, pendidikan]', objects: '[iptek]', scope: '[Pelatihan, Pertukaran]', effective: '2020-01-01',
        signatures: '[{ party: shizuoka, date: 2020-01-01, signatory: Kawakatsu }, { party: ntt, date: 2019-12 }]',
        approvals: '{ dprd: { number: "12/2019", date: 2019-11-01 }, central: { status: unknown, reason: not found } }',
      }),
    });
    expect(rows(x, 'agreement_partners')).toEqual([{ agreement_id: 'a', position: 1, partner_id: 'shizuoka' }, { agreement_id: 'a', position: 2, partner_id: 'ntt' }]);
    expect(rows(x, 'agreement_sectors').map((r) => r['sector_id'])).toEqual(['pariwisata', 'pendidikan']);
    expect(rows(x, 'agreement_signatures')[1]).toMatchObject({ agreement_id: 'a', position: 2, party: 'ntt', date: '2019-12', date_earliest: '2019-12-01', date_latest: '2019-12-31', signatory: null });
    expect(rows(x, 'agreement_approvals')).toEqual([
      expect.objectContaining({ agreement_id: 'a', approval: 'central', status: null, status_unknown: true, reason: 'not found', number: null }),
      expect.objectContaining({ agreement_id: 'a', approval: 'dprd', number: '12/2019', date_earliest: '2019-11-01', status: null, status_unknown: null }),
    ]);
    expect(referencesHold(x)).toEqual([]);
  });

  it('private fields (partner contacts) are left out unless asked for', () => {
    const files = { 'data/partners/shizuoka.yaml': `${SHIZUOKA}contacts:\n  - { name: Tanaka, email: tanaka@example.jp }\n` };
    expect(tableOf(exported(files), 'partner_contacts')).toBeUndefined();
    expect(JSON.stringify(exported(files).tables)).not.toContain('tanaka@example.jp');
    expect(rows(exported(files, true), 'partner_contacts')).toEqual([{ partner_id: 'shizuoka', position: 1, name: 'Tanaka', role: null, email: 'tanaka@example.jp', phone: null, notes: null }]);
  });

  it('a record whose file has errors is a row with its id and left_out; what names it keeps its reference', () => {
    const x = exported({ 'data/partners/broken.yaml': 'name: [not text\n', 'data/agreements/a.yaml': agreement({ partners: '[shizuoka, broken]', effective: '2020-01-01' }) });
    expect(row(x, 'partners', 'broken')).toMatchObject({ left_out: true, name: null, country: null, counted: true });
    expect(rows(x, 'agreement_partners').map((r) => r['partner_id'])).toEqual(['shizuoka', 'broken']);
    expect(rows(x, 'partnerships').map((r) => r['partner_id']).sort()).toEqual(['broken', 'shizuoka']);
    expect(referencesHold(x)).toEqual([]);
  });

  it('the same dataset and day give the same tables, rows in key order', () => {
    const files = { 'data/agreements/b.yaml': agreement({ effective: '2020-01-01' }), 'data/agreements/a.yaml': agreement({ effective: '2021-01-01' }) };
    const a = exported(files);
    expect(JSON.stringify(a)).toBe(JSON.stringify(exported(files)));
    expect(rows(a, 'agreements').map((r) => r['id'])).toEqual(['a', 'b']);
    // Every table comes after the tables it refers to.
    const seen = new Set<string>();
    for (const t of a.tables) {
      for (const fk of t.foreignKeys) if (fk.table !== t.name) expect(seen.has(fk.table), `${t.name} → ${fk.table}`).toBe(true);
      seen.add(t.name);
    }
  });
});

describe('the field model', () => {
  it('a field added to the model is exported with no more work: a date as three columns with its words', () => {
    const fields = AGREEMENT_FIELDS as unknown as Record<string, unknown>;
    fields['ratified'] = { shape: { t: 'date' } };
    fields['tags'] = { shape: { t: 'texts' } };
    try {
      const loaded = loadRegister(makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA, 'data/agreements/a.yaml': agreement({ effective: '2020-01-01' }) }));
      const a = loaded.dataset.agreements.get('a') as unknown as { data: Record<string, unknown> };
      a.data['ratified'] = '2020-03';
      a.data['tags'] = ['x', 'y'];
      const x = exportTables(loaded.dataset, { asOf: AS_OF, includePrivate: false, version: '0' });
      expect(row(x, 'agreements', 'a')).toMatchObject({ ratified: '2020-03', ratified_earliest: '2020-03-01', ratified_latest: '2020-03-31' });
      expect(rows(x, 'agreement_tags').map((r) => r['value'])).toEqual(['x', 'y']);
    } finally {
      delete fields['ratified'];
      delete fields['tags'];
    }
  });
});

describe('SQL literals', () => {
  it('any text, as an SQLite literal, reads back as itself (a NUL as U+FFFD), and no literal holds a line break', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    try {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        for (const dialect of ['sqlite', 'postgres'] as const) expect(stringLiteral(s, dialect)).not.toMatch(/[\r\n]/);
        const lit = stringLiteral(s, 'sqlite');
        const back = db.exec(`SELECT ${lit}`)[0]?.values[0]?.[0];
        expect(back).toBe(s.replace(/\u0000/g, '\uFFFD'));
      }), { numRuns: 300 });
    } finally {
      db.close();
    }
  });

  it('the script\'s head speaks the reader\'s language (English unless told; Indonesian when asked)', () => {
    const x = exported({ 'data/agreements/a.yaml': agreement({}) }, true);
    const head = (sql: string): string[] => sql.split('\n').slice(0, 2);
    expect(head(exportAsSql(x, 'postgres'))[0]).toMatch(/^-- kerjasama export \(postgres\): .*, as of 2026-11-22.*, WITH PRIVATE DATA$/);
    const id = head(exportAsSql(x, 'postgres', 'id'));
    expect(id[0]).toMatch(/^-- ekspor kerjasama \(postgres\): .*, per 2026-11-22.*, MEMUAT DATA PRIBADI$/);
    expect(id[1]).toBe('-- Muat ke basis data atau skema yang kosong: psql -v ON_ERROR_STOP=1 -f FILE');
    expect(head(exportAsSql(x, 'sqlite', 'id'))[1]).toBe('-- Muat ke basis data baru: sqlite3 FILE.sqlite < FILE');
  });

  it('the script has no line a record wrote: hostile text stays inside its literal', () => {
    const notes = "x');\n\\! touch pwned\n.shell touch pwned\n-- comment\n'); DROP TABLE agreements; --";
    const x = exported({ 'data/agreements/a.yaml': agreement({ notes: JSON.stringify(notes), title: JSON.stringify("O'Brien \\ \"kutip\"") }) });
    for (const dialect of ['sqlite', 'postgres'] as const) {
      const sql = exportAsSql(x, dialect);
      for (const line of sql.split('\n')) expect(line).not.toMatch(/^(\\!|\.shell|'\);)/);
    }
  });
});
