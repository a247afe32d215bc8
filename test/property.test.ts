// Property-based tests (fast-check): the parser, decoder, schema mapping and loader are total (they
// never throw, whatever the input) and their diagnostics are well formed. Date properties are in
// test/unit/dates.test.ts.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../src/load/load.js';
import { decodeText, looksUtf16, parseText } from '../src/load/parse.js';
import { libraryYaml, plainYaml, toYaml } from '../src/scaffold/yaml.js';
import { schemaDiagnostics, type SchemaName } from '../src/load/schemas.js';
import { codeInfo } from '../src/model/codes.js';
import { messageOf } from '../src/model/diagnostics.js';
import type { Diagnostic } from '../src/model/types.js';
import { expectLinear } from './growth.js';
import { cleanup, makeRegister, runCli } from './helpers.js';

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

describe('parseText is bounded (issue 27)', () => {
  // A YAML-like snippet repeated: at most 100 problems and one saying how many more, and time growing
  // about as the text does (10× the text: under 30× the time, fastest of three runs, at least 10 ms).
  const repeated = fc.tuple(yamlish.filter((t) => t.length > 0), fc.constantFrom('\n', '', ' ')).map(([t, sep]) => t + sep);
  it('in its diagnostics, for YAML-like text repeated thousands of times', () =>
    fc.assert(fc.property(repeated, (unit) => {
      const r = parseText(unit.repeat(Math.ceil(20_000 / unit.length)), 'x.yaml');
      expect(r.diagnostics.length).toBeLessThanOrEqual(101);
    }), { numRuns: 100 }));
  it('in its time, for YAML-like text repeated 10× more', () =>
    fc.assert(fc.property(repeated, (unit) => {
      const small = unit.repeat(Math.ceil(6_000 / unit.length));
      const big = small.repeat(10);
      expectLinear(JSON.stringify(unit), (n) => (n === 1 ? small : big), (t) => parseText(t, 'x.yaml'), 1, { runs: 3, floor: 10 });
    }), { numRuns: 25 }));
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
      expect(r.diagnostics[0]?.code).toBe(bytes.includes(0) && !looksUtf16(bytes) ? 'file-binary' : 'file-encoding');
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

// Issue 13: the whole CLI is total on any register: no command prints a stack trace or exits other
// than 0, 1 or 2, whatever the record files and kerjasama.yaml hold.
describe('every command is total on any register', () => {
  const COMMANDS: string[][] = [
    ['validate'], ['validate', '--format', 'github'], ['validate', '--format', 'sarif'], ['validate', '--format', 'junit'], ['validate', '--format', 'json'],
    ['report', 'expiring', '--format', 'ics'], ['report', 'expiring', '--format', 'csv'], ['report', 'inactive', '--format', 'markdown'],
    ['report', 'coverage', '--matrix'], ['report', 'summary'], ['list', 'agreements'], ['list', 'partners', '--format', 'csv'], ['show', 'ntb'],
    // The export checks its own SQLite file (foreign keys, integrity): any register must give one that passes.
    ['export', '--format', 'sql', '--dialect', 'postgres', '--out', '-'], ['export', '--format', 'sqlite', '--out', 'register.sqlite'], ['export', '--out', 'package'],
  ];
  const RECORD_FIELDS = ['name: ', 'type: ', 'country: ', 'title: ', 'category: ', 'document_type: ', 'partners: ', 'status: ', 'end: ', 'effective: ', 'renews: ', 'parent: ', 'agreements: ', 'start: ', 'notes: ', 'signatures:\n  - party: '];
  const VALUES = ['KSDD', 'KSDPL', 'mou', 'active', 'draft', 'expired', 'ntb', '[ntb, x]', '[]', '2024-01-01', '2024', '5y', 'none', 'province', 'ID', 'JP', '"\\e[2J\\a\\r"', '"\\n::error::x"', '@octocat', '<img>', '{term: 5y}', '~', '0777'];
  const recordish = fc.array(fc.tuple(fc.constantFrom(...RECORD_FIELDS), fc.oneof(fc.constantFrom(...VALUES), yamlish)), { maxLength: 8 }).map((kv) => kv.map(([k, v]) => `${k}${v}\n`).join(''));
  const register = fc.record({
    config: fc.oneof(fc.constant('name: R\nowner: ntb\nlanguage: en\n'), fc.constant('name: R\nowner: ntb\nlanguage: id\nthresholds:\n  max_term: 2y\n'), yamlish),
    files: fc.array(fc.tuple(fc.constantFrom('partners', 'agreements', 'activities'), fc.constantFrom('ntb', 'a', 'b', 'x', 'Bad Name', 'a.b'), recordish), { maxLength: 5 }),
  });
  it('exit 0, 1 or 2, no stack trace, no internal error', async () => {
    await fc.assert(
      fc.asyncProperty(register, fc.constantFrom(...COMMANDS), async (r, args) => {
        const files: Record<string, string> = { 'kerjasama.yaml': r.config, 'data/partners/ntb.yaml': 'name: NTB\ntype: province\ncountry: ID\n' };
        for (const [dir, id, text] of r.files) files[`data/${dir}/${id}.yaml`] = text;
        const dir = makeRegister(files, { bare: true });
        const out = await runCli([...args, '--as-of', '2026-11-22'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
        expect([0, 1, 2], out.stderr).toContain(out.code);
        expect(out.stderr + out.stdout).not.toMatch(/internal error|\n\s+at .*\(.*:\d+:\d+\)/);
        for (const line of (out.stdout + '\n' + out.stderr).split(/\r\n|\r|\n/)) if (/^\s*::/.test(line)) expect(line).toMatch(/^::(error|warning|notice) file=/);
      }),
      { numRuns: 250 },
    );
  }, 120_000);
});

// Issue 13: report inactive sums a partner's direct activities once per partner, not once per
// partnership; it must give what the per-partnership union of activities gave.
describe('inactive rows equal the per-partnership reading of the activities', () => {
  it('on random registers of a few partners, chains and activities', async () => {
    const { inactiveReport } = await import('../src/report/inactive.js');
    const { activityTiming, factsOf, partnershipActivities, partnerships, stageOf } = await import('../src/facts/partnerships.js');
    const { activityMatches } = await import('../src/report/filters.js');
    const { addDuration: add, dayNumber } = await import('../src/model/dates.js');
    const asOf = dayNumber(2026, 11, 22);
    const agreement = fc.record({ partners: fc.subarray(['p', 'q'], { minLength: 1 }), renews: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), start: fc.integer({ min: 2015, max: 2025 }) });
    const activity = fc.record({ agreements: fc.subarray([0, 1, 2, 3, 4, 5]), partners: fc.subarray(['p', 'q']), year: fc.integer({ min: 2015, max: 2028 }), day: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(fc.array(agreement, { minLength: 1, maxLength: 6 }), fc.array(activity, { maxLength: 12 }), (ags, acts) => {
        const files: Record<string, string> = { 'data/partners/p.yaml': 'name: P\ntype: company\ncountry: ID\n', 'data/partners/q.yaml': 'name: Q\ntype: ngo\ncountry: JP\n' };
        ags.forEach((a, i) => {
          const renews = a.renews !== undefined && a.renews < i ? `renews: a${a.renews}\n` : '';
          files[`data/agreements/a${i}.yaml`] = `title: A${i}\ncategory: KSDPK\ndocument_type: mou\npartners: [${a.partners.join(', ')}]\nstatus: active\neffective: ${a.start}-01-01\nend: 2030-12-31\n${renews}`;
        });
        acts.forEach((x, i) => {
          const agreements = x.agreements.filter((k) => k < ags.length).map((k) => `a${k}`);
          if (!agreements.length && !x.partners.length) return;
          files[`data/activities/v${i}.yaml`] = `title: V${i}\ntype: visit\n${agreements.length ? `agreements: [${agreements.join(', ')}]\n` : ''}${x.partners.length ? `partners: [${x.partners.join(', ')}]\n` : ''}start: ${x.year}-03-${String(x.day).padStart(2, '0')}\n`;
        });
        const { dataset: d } = loadRegister(makeRegister(files));
        const rep = inactiveReport(d, asOf, { since: { count: 12, unit: 'm' }, filters: {} });
        // The reference: each partnership's own union of activities, sorted as before.
        const threeYears = add(asOf, { count: 3, unit: 'y' }, -1);
        const expected = new Map<string, { last: string | null; next: string | null; recent: number }>();
        const f = factsOf(d, asOf);
        for (const p of partnerships(f)) {
          const stage = stageOf(f, p, false);
          if (stage !== 'in_force' && stage !== 'renewal_unrecorded') continue;
          const timed = partnershipActivities(p, d).filter((act) => activityMatches(act, {}, d)).map((act) => ({ act, t: activityTiming(act, asOf) })).filter((x): x is { act: typeof x.act; t: NonNullable<typeof x.t> } => x.t !== undefined);
          const held = timed.filter((x) => x.t.held).sort((a, b) => b.t.day - a.t.day || (a.act.id < b.act.id ? -1 : 1));
          const next = timed.filter((x) => x.t.planned).sort((a, b) => a.t.day - b.t.day || (a.act.id < b.act.id ? -1 : 1))[0];
          expected.set(p.agreements.map((a) => a.id).join(',') + '|' + p.partner.id, { last: held[0]?.act.id ?? null, next: next?.act.id ?? null, recent: held.filter((x) => x.t.day >= threeYears).length });
        }
        for (const r of rep.rows) {
          const e = expected.get(r.agreements.join(',') + '|' + r.partner.id);
          expect(e).toBeDefined();
          expect([r.lastActivity?.id ?? null, r.nextPlanned?.id ?? null, r.activitiesLast3Years]).toEqual([e?.last, e?.next, e?.recent]);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
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
  /** A day as tables print it, or a range of two ("9 Dec 2026–30 Jan 2027"; "9–30 Dec 2026", "9 Nov–30 Dec 2026" end in a day so written), with the uncertainty mark after it. */
  const HUMAN_DAY = new RegExp(`\\b${D}(?:–${D})?(?: or later)?(\\*)?`, 'g');

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
          // The provenance line names the as-of day, which is exact: leave it out. So are the days the notes
          // count from it, written as the tables write a day: expiring's horizon (--within 50y) and the
          // window of inactive and coverage (12 months).
          const body = out.stdout.split('\n').slice(2).join('\n');
          const fromAsOf = new Set([`15 Jun ${r.asOf + 50}`, `15 Jun ${r.asOf - 1}`]);
          for (const m of body.matchAll(HUMAN_DAY)) if (!fromAsOf.has(m[0])) expect(m[1], `${args.join(' ')}: "${m[0]}" printed as a fact\n${body}`).toBe('*');
        }
      }
    }), { numRuns: 25 });
  });
});

describe('the fast YAML writer (plainYaml) writes what the yaml library writes, or leaves it to the library', () => {
  const plainWord = fc.constantFrom('ntb', 'contoh-1', '2001-02-02', '~1990', '5y', 'none', 'KSDD', 'mou', 'Kerja sama umum', 'Impor dari a.xlsx, lembar Daftar, baris 2', 'baris 1',
    'Prefektur Shizuoka', '静岡県', 'Ä', 'yes', 'x'.repeat(120), 'Jl. Sudirman No. 1 (lt. 2)', 'R&D', '50%', '1/2', 'a-b', 'x.y');
  const oddWord = fc.oneof(fc.constantFrom('a: b', '#x', 'x #y', '- x', '-', 'no', 'null', '~', 'true', '2027', '0x1F', '1e3', '.5', '', ' x', 'x ', "it's", '"q"', '[a]', '{b}',
    'a, b', '*x', '&a', '!t', '%x', '@x', '`x', '|', '>', '?x', 'a\tb', 'a\nb', 'a\u2028b', '\u0000', 'Kesepakatan Bersama: pariwisata'), fc.string({ maxLength: 12 }));
  const word = fc.oneof({ weight: 12, arbitrary: plainWord }, { weight: 1, arbitrary: oddWord });
  const key = fc.oneof({ weight: 12, arbitrary: fc.constantFrom('title', 'end', 'term', 'party', 'date', 'partners', 'sectors', 'scope', 'notes', 'document_type', 'original_title') },
    { weight: 1, arbitrary: fc.constantFrom('a b', 'x:', '2027', '-', '') });
  const { record } = fc.letrec((tie) => ({
    record: fc.dictionary(key, tie('value'), { minKeys: 1, maxKeys: 5, noNullPrototype: true }),
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true },
      { weight: 6, arbitrary: word }, { weight: 3, arbitrary: fc.array(word, { maxLength: 4 }) }, { weight: 2, arbitrary: fc.array(tie('record'), { maxLength: 3 }) },
      { weight: 2, arbitrary: tie('record') }, { weight: 1, arbitrary: fc.constantFrom(undefined, null, 0, 7, true, [], {}) }),
  }));
  it('for any record of maps, lists and strings', () => {
    let fastWays = 0;
    let nested = 0;
    fc.assert(fc.property(record, (r) => {
      const fast = plainYaml(r as Record<string, unknown>);
      if (fast === undefined) return;
      fastWays++;
      if (/\n {4,}\S/.test(fast)) nested++;
      expect(fast).toBe(libraryYaml(r as Record<string, unknown>));
    }), { numRuns: 2000 });
    // Not a test of nothing: many records, nested ones among them, take the fast way.
    expect(fastWays).toBeGreaterThan(150);
    expect(nested).toBeGreaterThan(0);
  });

  it('for any record shaped as import and new write them: lists of maps, maps of lists, lists in list items', () => {
    const ids = fc.array(fc.constantFrom('ntb', 'contoh-1', 'jatim', 'pariwisata'), { minLength: 1, maxLength: 3 });
    const w = fc.oneof({ weight: 60, arbitrary: plainWord }, { weight: 1, arbitrary: oddWord });
    const texts = fc.array(w, { minLength: 1, maxLength: 3 });
    const shaped = fc.record({
      title: w, partners: ids,
      signatures: fc.array(fc.record({ party: w, date: w, number: w, witnesses: texts }, { requiredKeys: ['party'], noNullPrototype: true }), { minLength: 1, maxLength: 3 }),
      end: fc.oneof(w, fc.record({ term: fc.constantFrom('5y', '60m', '2y6m') }, { noNullPrototype: true })),
      dprd_approval: fc.record({ number: w, documents: texts, by: fc.record({ office: w, sectors: ids }, { noNullPrototype: true }) }, { requiredKeys: ['documents'], noNullPrototype: true }),
      scope: texts, sources: texts,
    }, { requiredKeys: ['title', 'signatures', 'dprd_approval'], noNullPrototype: true });
    let fastWays = 0;
    fc.assert(fc.property(shaped, (r) => {
      const fast = plainYaml(r);
      if (fast === undefined) return;
      fastWays++;
      expect(fast).toBe(libraryYaml(r));
    }), { numRuns: 1000 });
    expect(fastWays).toBeGreaterThan(100);
  });

  it('takes the fast way for a record as import writes it', () => {
    const agreement = {
      title: 'Kesepakatan Bersama tentang Kerja Sama 1', category: 'KSDD', document_type: 'mou', partners: ['contoh-1'], status: 'active',
      signatures: [{ party: 'ntb', date: '2001-02-02' }, { party: 'contoh-1', date: '2001-02-02', number: '119/12/BPP' }], end: { term: '5y' },
      sectors: ['pariwisata', 'pendidikan'], scope: ['Kerja sama umum'], unit: 'Biro Pemerintahan', sources: ['Impor dari bench-import.xlsx, lembar Daftar, baris 2'], notes: 'baris 1',
    };
    expect(plainYaml(agreement)).toBe(libraryYaml(agreement));
    expect(toYaml({ ...agreement, notes: 'a: b\nc' })).toBe(libraryYaml({ ...agreement, notes: 'a: b\nc' }));
  });
});
