// Property-based tests (fast-check): the parser, decoder, schema mapping and loader are total (they
// never throw, whatever the input) and their diagnostics are well formed. Date properties are in
// test/unit/dates.test.ts.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../src/load/load.js';
import { decodeText, parseText } from '../src/load/parse.js';
import { schemaDiagnostics, type SchemaName } from '../src/load/schemas.js';
import { codeInfo } from '../src/model/codes.js';
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
