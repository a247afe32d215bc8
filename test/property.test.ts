// Property-based tests (fast-check): the parser, decoder, schema mapping and loader are total (they
// never throw, whatever the input), their diagnostics are well formed, and date arithmetic holds.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../src/load/load.js';
import { decodeText, parseText } from '../src/load/parse.js';
import { schemaDiagnostics, type SchemaName } from '../src/load/schemas.js';
import { codeInfo } from '../src/model/codes.js';
import { addDuration, civil, dayNumber, daysInMonth, iso, parseDate } from '../src/model/dates.js';
import { messageOf } from '../src/model/diagnostics.js';
import type { Diagnostic } from '../src/model/types.js';
import { cleanup, makeRegister } from './helpers.js';

afterAll(cleanup);

const RUNS = 300;

/** Fragments that make YAML parsers work hard: structure, anchors, tags, merge keys, tabs, documents. */
const YAML_BITS = [
  'name', 'type', 'partners', 'end', 'term', '__proto__', 'a', 'x y', ':', ': ', ' ', '  ', '- ', '-', '[', ']', '{', '}', ', ', '"', "'", '\\',
  '&a ', '*a', '&b ', '*b', '!t ', '!!str ', '!!binary ', '!!set ', '!!timestamp ', '!', '<<: ', '<<', '? ', '|', '>-', '#', ' # c', '\t', '\n', '\r\n', '---\n', '...\n',
  '%YAML 1.1\n', '%TAG ! tag:x,2024:\n', '\uFEFF', 'no', 'on', '0777', '0x1F', '1e3', '.inf', '~', 'null', 'true', '2024-01-01', '2024-01-01 10:00', '{term: 5y}',
  'é', '静岡', '\u0000', '\u2028', '\uD800',
];
const yamlish = fc.array(fc.constantFrom(...YAML_BITS), { maxLength: 60 }).map((parts) => parts.join(''));
/** Text as UTF-16 code units, including lone surrogates. */
const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 200 });

function expectWellFormed(diags: readonly Diagnostic[], text?: string): void {
  for (const d of diags) {
    expect(codeInfo(d.code), d.code).toBeDefined();
    if (d.severity === 'error') {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      if (text !== undefined) expect(d.line).toBeLessThanOrEqual(text.split('\n').length);
    }
  }
}

describe('parseText is total', () => {
  const property = (text: string): void => {
    const r = parseText(text, 'x.yaml');
    expectWellFormed(r.diagnostics, text);
    // A value is only given when the YAML was fully readable (a second document is reported, not fatal).
    if (r.value !== undefined) expect(r.diagnostics.filter((d) => d.code !== 'yaml-multi-document')).toEqual([]);
    else expect(r.diagnostics.length).toBeGreaterThan(0);
  };
  it('for any string', () => fc.assert(fc.property(fc.string({ maxLength: 300 }), property), { numRuns: RUNS }));
  it('for any Unicode string', () => fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), property), { numRuns: RUNS }));
  it('for any UTF-16 text, lone surrogates included', () => fc.assert(fc.property(utf16, property), { numRuns: RUNS }));
  it('for YAML-like text', () => fc.assert(fc.property(yamlish, property), { numRuns: 500 }));
});

describe('decodeText is total', () => {
  const property = (bytes: Uint8Array): void => {
    const r = decodeText(bytes, 'x.yaml');
    if (r.text !== undefined) {
      expect(r.diagnostics).toEqual([]);
      expect(bytes.includes(0)).toBe(false);
      // Lossless, apart from a leading byte-order mark, which the decoder drops.
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      expect(Buffer.from(r.text, 'utf8').equals(Buffer.from(bom ? bytes.subarray(3) : bytes))).toBe(true);
    } else {
      expect(r.diagnostics).toHaveLength(1);
      expect(r.diagnostics[0]?.code).toBe(bytes.includes(0) ? 'file-binary' : 'file-encoding');
      expectWellFormed(r.diagnostics);
    }
  };
  it('for any bytes', () => fc.assert(fc.property(fc.uint8Array({ maxLength: 500 }), property), { numRuns: RUNS }));
  it('for UTF-8 text with stray bytes spliced in', () =>
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), fc.uint8Array({ maxLength: 4 }), fc.nat(), (s, stray, at) => {
        const text = Buffer.from(s, 'utf8');
        const i = text.length ? at % text.length : 0;
        property(Uint8Array.from([...text.subarray(0, i), ...stray, ...text.subarray(i)]));
      }),
      { numRuns: RUNS },
    ));
});

describe('schemaDiagnostics is total and speaks only catalogued codes', () => {
  const KINDS: SchemaName[] = ['partner', 'agreement', 'activity', 'config'];
  const FIELDS = [
    'id', 'name', 'type', 'country', 'aliases', 'contacts', 'website', 'title', 'category', 'subform', 'document_type', 'partners', 'signatures', 'effective',
    'end', 'status', 'termination', 'parent', 'renews', 'sectors', 'objects', 'approvals', 'start', 'agreements', 'participants', 'budget', 'thresholds',
    'countries', 'language', 'timezone', 'owner', 'notes', 'example', 'unknown_field', '__proto__', 'constructor',
  ];
  const nearJsonRecord = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fc.jsonValue(), fc.constantFrom('2024-02-30', '2028', 2028, { term: '5y' }, 'none', ['ntb'], [], 'KSDD', 'mou')), { maxKeys: 8 });
  const nearRecord = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fc.anything(), fc.constantFrom('2024-02-30', '2028', 2028, { term: '5y' }, 'none', ['ntb'], [], 'KSDD', 'mou')), { maxKeys: 8 });
  const total = (kind: SchemaName, value: unknown): void => {
    for (const d of schemaDiagnostics(kind, value, 'x.yaml')) {
      expect(codeInfo(d.code), d.code).toBeDefined();
      expect(d.severity).toBe('error');
      expect(d.pointer).toBeTypeOf('string');
    }
  };
  /** For values YAML can produce (JSON values), every message and hint also reads well in both languages. */
  const readable = (kind: SchemaName, value: unknown): void => {
    for (const d of schemaDiagnostics(kind, value, 'x.yaml')) {
      expect(codeInfo(d.code), d.code).toBeDefined();
      for (const lang of ['en', 'id'] as const) {
        const { message, hint } = messageOf(d, lang);
        expect(message).not.toMatch(/undefined|\[object Object\]/);
        expect(hint).not.toMatch(/undefined|\[object Object\]/);
      }
    }
  };
  it('for anything', () => fc.assert(fc.property(fc.constantFrom(...KINDS), fc.anything(), total), { numRuns: RUNS }));
  it('for records with known fields and arbitrary values', () => fc.assert(fc.property(fc.constantFrom(...KINDS), nearRecord, total), { numRuns: RUNS }));
  it('with readable messages for any JSON value', () => fc.assert(fc.property(fc.constantFrom(...KINDS), fc.jsonValue(), readable), { numRuns: RUNS }));
  it('with readable messages for records with known fields and JSON values', () => fc.assert(fc.property(fc.constantFrom(...KINDS), nearJsonRecord, readable), { numRuns: RUNS }));
});

describe('loadRegister is total', () => {
  const dir = makeRegister({ 'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n', 'data/agreements/x.yaml': '' });
  const file = join(dir, 'data/agreements/x.yaml');
  const property = (content: string | Uint8Array): void => {
    writeFileSync(file, content);
    const loaded = loadRegister(dir);
    expect(loaded.configOk).toBe(true);
    expect(loaded.dataset.partners.has('jatim')).toBe(true);
    const own = loaded.diagnostics.filter((d) => d.file === 'data/agreements/x.yaml');
    expectWellFormed(own);
    // A record either loads or says why not.
    expect(loaded.dataset.agreements.has('x') || own.some((d) => d.severity === 'error')).toBe(true);
  };
  it('when one file is arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), property), { numRuns: 150 });
  });
  it('when one file is YAML-like text', () => {
    fc.assert(fc.property(yamlish, property), { numRuns: 150 });
  });
});

describe('dates', () => {
  const ymd = fc
    .record({ y: fc.integer({ min: 1800, max: 2999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysInMonth(y, m)) }));
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

  it('iso(parseDate(text).first) is text for every valid day', () =>
    fc.assert(
      fc.property(ymd, ({ y, m, d }) => {
        const text = `${y}-${pad(m)}-${pad(d)}`;
        const k = parseDate(text);
        expect(k?.precision).toBe('day');
        expect(k && iso(k.first)).toBe(text);
        expect(k?.last).toBe(k?.first);
      }),
      { numRuns: RUNS },
    ));

  it('a month or a year covers exactly its days', () =>
    fc.assert(
      fc.property(ymd, ({ y, m }) => {
        const month = parseDate(`${y}-${pad(m)}`);
        expect(month && [iso(month.first), iso(month.last)]).toEqual([`${y}-${pad(m)}-01`, `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`]);
        const year = parseDate(String(y));
        expect(year && [iso(year.first), iso(year.last)]).toEqual([`${y}-01-01`, `${y}-12-31`]);
      }),
      { numRuns: RUNS },
    ));

  it('days that do not exist are refused', () =>
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9 }), (y, m, extra) => {
        expect(parseDate(`${y}-${pad(m)}-${pad(daysInMonth(y, m) + extra)}`)).toBeUndefined();
      }),
      { numRuns: RUNS },
    ));

  it('adding months clamps to the end of a shorter month', () =>
    fc.assert(
      fc.property(ymd, fc.integer({ min: 1, max: 240 }), ({ y, m, d }, n) => {
        const got = civil(addDuration(dayNumber(y, m, d), { count: n, unit: 'm' }));
        const total = y * 12 + (m - 1) + n;
        const ty = Math.floor(total / 12);
        const tm = (total % 12) + 1;
        expect(got).toEqual({ year: ty, month: tm, day: Math.min(d, daysInMonth(ty, tm)) });
      }),
      { numRuns: RUNS },
    ));

  it('adding and then subtracting days is the identity', () =>
    fc.assert(
      fc.property(ymd, fc.integer({ min: 1, max: 9999 }), ({ y, m, d }, n) => {
        const start = dayNumber(y, m, d);
        expect(addDuration(addDuration(start, { count: n, unit: 'd' }), { count: n, unit: 'd' }, -1)).toBe(start);
      }),
      { numRuns: RUNS },
    ));

  it('31 January + 1 month is the last day of February, in leap and common years', () => {
    const plusMonth = (text: string): string => iso(addDuration(parseDate(text)?.first ?? NaN, { count: 1, unit: 'm' }));
    expect(plusMonth('2023-01-31')).toBe('2023-02-28');
    expect(plusMonth('2024-01-31')).toBe('2024-02-29');
    expect(plusMonth('1900-01-31')).toBe('1900-02-28');
    expect(plusMonth('2000-01-31')).toBe('2000-02-29');
    expect(plusMonth('2024-03-31')).toBe('2024-04-30');
    const plusYears = (text: string, n: number): string => iso(addDuration(parseDate(text)?.first ?? NaN, { count: n, unit: 'y' }));
    expect(plusYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(plusYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(iso(addDuration(parseDate('2024-03-31')?.first ?? NaN, { count: 1, unit: 'm' }, -1))).toBe('2024-02-29');
  });
});

describe('uncertain dates in every report', () => {
  // Only uncertain forms: a month, a year, about, a range, bounded. No exact day anywhere in the records.
  const year = fc.integer({ min: 1960, max: 2040 });
  const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0'));
  const vague = fc.oneof(
    year.map(String),
    fc.tuple(year, month).map(([y, m]) => `${y}-${m}`),
    year.map((y) => `~${y}`),
    fc.tuple(year, month).map(([y, m]) => `~${y}-${m}`),
    fc.tuple(year, fc.integer({ min: 0, max: 5 })).map(([y, n]) => `${y}..${y + n}`),
    fc.tuple(year, month).map(([y, m]) => `..${y}-${m}`),
    year.map((y) => `${y}..`),
  );
  const record = fc.record({
    signed: vague, effective: fc.option(vague, { nil: undefined }), end: fc.oneof(vague, fc.constant('none'), fc.constantFrom('{term: 5y}', '{term: 18m}')),
    status: fc.constantFrom('active', 'signed', 'unknown', 'expired', 'negotiating'), renews: fc.boolean(), confirmed: fc.option(vague, { nil: undefined }),
    activity: vague, asOf: fc.integer({ min: 1990, max: 2045 }),
  });
  const D = '\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}';
  /** A day as tables print it, or a range of two ("9 Dec 2026–30 Dec 2026"), with the uncertainty mark after it. */
  const HUMAN_DAY = new RegExp(`\\b${D}(?:–${D})?(\\*)?`, 'g');

  it('never throw, and every exact day they print from such records is marked as uncertain', async () => {
    const { runCli } = await import('./helpers.js');
    await fc.assert(fc.asyncProperty(record, async (r) => {
      const dir = makeRegister({
        'data/partners/shizuoka.yaml': 'name: Shizuoka\ntype: foreign_subnational\ncountry: JP\n',
        'data/agreements/a.yaml': `title: A\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nsignatures: [{party: ntb, date: "${r.signed}"}]\n${r.effective ? `effective: "${r.effective}"\n` : ''}end: ${r.end.startsWith('{') || r.end === 'none' ? r.end : `"${r.end}"`}\n${r.renews ? 'renews_every: 5y\n' : ''}status: ${r.status}\n${r.confirmed ? `confirmed: "${r.confirmed}"\n` : ''}`,
        'data/activities/x.yaml': `title: X\ntype: visit\nagreements: [a]\nstart: "${r.activity}"\n`,
      });
      const asOf = `${r.asOf}-06-15`;
      for (const args of [['report', 'expiring', '--within', '50y'], ['report', 'inactive'], ['report', 'coverage'], ['report', 'summary'], ['list', 'agreements'], ['list', 'activities'], ['show', 'a']]) {
        for (const format of ['table', 'json']) {
          const out = await runCli([...args, '--as-of', asOf, '--format', format, '--lang', 'en'], { cwd: dir });
          expect(out.stderr, `${args.join(' ')} ${format}`).not.toMatch(/internal error|    at /);
          expect([0, 1]).toContain(out.code);
          if (format !== 'table') continue;
          // The provenance line names the as-of day, which is exact: leave it out.
          const body = out.stdout.split('\n').slice(2).join('\n');
          for (const m of body.matchAll(HUMAN_DAY)) expect(m[1], `${args.join(' ')}: "${m[0]}" printed as a fact\n${body}`).toBe('*');
        }
      }
    }), { numRuns: 25 });
  });
});
