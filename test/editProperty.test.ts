// Property: any edit (set or delete, at any path, existing or new) of any record-like YAML file, written
// in any of the styles people use (comments above and beside values, blank lines, flow and block lists,
// lists indented or not, quoted and folded text, CRLF), gives a file that reads back as exactly the value
// the edit means, and leaves every line outside the top-level field it touches byte for byte.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, stringify } from 'yaml';
import { applyValue, canonical, editYaml, type Edit } from '../src/scaffold/edit.js';
import { AGREEMENT_FIELDS } from '../src/model/fields.js';

const WORDS = ['ntb', 'shizuoka', '2017-11-02', '~1990', '5y', 'none', 'KSDPL', 'Kerja sama umum', 'Prefektur Shizuoka', '静岡県', 'a: b', '#x', 'yes', '2027', '',
  'a, b', "it's", 'x'.repeat(100), 'Signed by each party on its own day; the numbers are not stated in the sources, and nobody has the scan.'];
const word = fc.constantFrom(...WORDS);
const id = fc.constantFrom('ntb', 'shizuoka', 'jatim', 'pendidikan', 'pariwisata');
const KEYS = ['title', 'category', 'status', 'end', 'partners', 'sectors', 'scope', 'signatures', 'approvals', 'notes', 'unit', 'renews'];

type V = unknown;
const scalarV: fc.Arbitrary<V> = word;
const listV: fc.Arbitrary<V> = fc.oneof(fc.array(id, { minLength: 1, maxLength: 3 }), fc.array(word, { minLength: 1, maxLength: 3 }));
const mapV: fc.Arbitrary<V> = fc.dictionary(fc.constantFrom('party', 'date', 'place', 'number'), word, { minKeys: 1, maxKeys: 3, noNullPrototype: true });
const valueV: fc.Arbitrary<V> = fc.oneof(scalarV, listV, mapV, fc.array(mapV, { minLength: 1, maxLength: 2 }), fc.record({ dprd: mapV }, { noNullPrototype: true }), fc.constant({ term: '5y' }));

interface Style { comment: boolean; blank: boolean; trailing: boolean; flow: boolean; seqIndent: boolean; quote: boolean }
const style = fc.record({ comment: fc.boolean(), blank: fc.boolean(), trailing: fc.boolean(), flow: fc.boolean(), seqIndent: fc.boolean(), quote: fc.boolean() });

/** A scalar as people write it: plain where it can be, else quoted (double or single), or folded when long. */
function scalarText(v: unknown, s: Style, indent: number): string {
  const plain = stringify(v, { lineWidth: 0 }).replace(/\n$/, '');
  if (typeof v === 'string' && v.length > 60 && !s.quote) return `>-\n${' '.repeat(indent + 2)}${v.replace(/(.{30,50}?) /g, `$1\n${' '.repeat(indent + 2)}`)}`;
  if (typeof v === 'string' && s.quote && !plain.startsWith('"') && !plain.startsWith('|') && !v.includes("'") && !v.includes('\n')) return `'${v}'`;
  return plain.startsWith('|') ? JSON.stringify(v) : plain;
}

function valueText(v: unknown, s: Style, indent: number): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(v)) {
    if (s.flow && v.every((x) => typeof x === 'string' && /^[a-z]+$/.test(x))) return ` [${v.join(', ')}]`;
    const dash = s.seqIndent ? pad + '  ' : pad;
    return v.map((x) => (typeof x === 'object' && x !== null ? `\n${dash}- ${mapText(x as Record<string, unknown>, s, dash.length + 2).trimStart()}` : `\n${dash}- ${scalarText(x, s, dash.length + 2)}`)).join('');
  }
  if (typeof v === 'object' && v !== null) {
    if (s.flow && Object.values(v).every((x) => typeof x === 'string' && /^[a-z0-9]+$/.test(x))) return ` {${Object.entries(v).map(([k, x]) => `${k}: ${String(x)}`).join(', ')}}`;
    return '\n' + mapText(v as Record<string, unknown>, s, indent + 2);
  }
  return ` ${scalarText(v, s, indent)}`;
}

function mapText(o: Record<string, unknown>, s: Style, indent: number): string {
  return Object.entries(o).map(([k, v]) => `${' '.repeat(indent)}${k}:${valueText(v, s, indent)}`).join('\n');
}

function fileText(rec: Record<string, unknown>, styles: Style[], crlf: boolean): string {
  const out: string[] = ['# yaml-language-server: $schema=../../schemas/agreement.schema.json'];
  Object.entries(rec).forEach(([k, v], i) => {
    const s = styles[i % styles.length] as Style;
    if (s.blank) out.push('');
    if (s.comment) out.push(`# about ${k}`);
    let text = `${k}:${valueText(v, s, 0)}`;
    if (s.trailing && !text.includes('\n')) text += '   # said so';
    out.push(text);
  });
  const t = out.join('\n') + '\n';
  return crlf ? t.replace(/\n/g, '\r\n') : t;
}

const record = fc.dictionary(fc.constantFrom(...KEYS), valueV, { minKeys: 1, maxKeys: 7, noNullPrototype: true });

const path = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS)),
  fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom('party', 'date', 'dprd', 'term')),
  fc.tuple(fc.constantFrom('signatures', 'scope', 'sectors', 'partners'), fc.nat(3)),
  fc.tuple(fc.constantFrom('signatures'), fc.nat(2), fc.constantFrom('party', 'date', 'place')),
  fc.tuple(fc.constantFrom('approvals'), fc.constantFrom('dprd', 'central'), fc.constantFrom('number', 'date')),
) as fc.Arbitrary<Array<string | number>>;

const ORDER = (p: ReadonlyArray<string | number>): readonly string[] | undefined => (p.length === 0 ? Object.keys(AGREEMENT_FIELDS) : undefined);

/** The lines of the top-level field `key` (from its key's line to its value's end), or undefined when absent. */
function blockLines(text: string, key: string): [number, number] | undefined {
  const doc = parseDocument(text);
  const pair = (doc.contents as { items?: Array<{ key: { value: unknown; range: number[] }; value: { range: number[] } | null }> } | null)?.items?.find((p) => p.key.value === key);
  if (!pair) return undefined;
  const lineOf = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  let end = (pair.value ?? pair.key).range[1] as number;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  return [lineOf(pair.key.range[0] as number), lineOf(end)];
}

/** Whether an edit's path can be taken in the value: a list is stepped into by number (a set may append one item last), a mapping by name. */
function applicable(v: unknown, p: ReadonlyArray<string | number>, op: 'set' | 'delete'): boolean {
  let node: unknown = v;
  for (let i = 0; i < p.length; i++) {
    const k = p[i] as string | number;
    const last = i === p.length - 1;
    if (Array.isArray(node)) {
      if (typeof k !== 'number') return false;
      if (k > node.length) return op === 'delete';
      if (k === node.length) return op === 'delete' || last;
      node = node[k];
    } else if (node !== null && typeof node === 'object') {
      if (typeof k === 'number') return false;
      node = (node as Record<string, unknown>)[k];
    } else {
      // Missing, or a scalar: a set writes what is missing below (a new list starts at item 0).
      return op === 'delete' || p.slice(i).every((x) => typeof x !== 'number' || x === 0);
    }
  }
  return true;
}

describe('editYaml: any edit of any record-like file', () => {
  it('reads back as the value the edit means, and leaves the lines outside the field it touches as they were', () => {
    let edited = 0;
    fc.assert(fc.property(record, fc.array(style, { minLength: 1, maxLength: 4 }), fc.boolean(), path, fc.oneof(valueV, fc.constant(undefined)), (rec, styles, crlf, p, value) => {
      const text = fileText(rec, styles, crlf);
      const before = parse(text) as Record<string, unknown>;
      const op = value === undefined ? 'delete' : 'set';
      if (!applicable(before, p, op)) return;
      const e: Edit = op === 'set' ? { op, path: p, value } : { op, path: p };
      const out = editYaml(text, [e], { keyOrder: ORDER });
      edited++;
      expect(canonical(parse(out) ?? {})).toBe(canonical(applyValue(before, e)));
      expect(out.includes('\r\n') || !crlf || out === text).toBe(true);
      if (crlf) expect(out.replace(/\r\n/g, '').includes('\n')).toBe(false);
      // Every line before and after the field touched is kept, byte for byte, in order.
      const lf = (s: string): string[] => s.replace(/\r\n/g, '\n').split('\n');
      const a = lf(text);
      const b = lf(out);
      const block = blockLines(text.replace(/\r\n/g, '\n'), String(p[0]));
      const [from, to] = block ?? [a.length, a.length - 1];
      const prefix = block ? a.slice(0, from) : [];
      const suffix = a.slice(to + 1);
      if (block) {
        expect(b.slice(0, prefix.length)).toEqual(prefix);
        expect(b.slice(b.length - suffix.length)).toEqual(suffix);
      } else {
        // A new field: the old lines are all there, in order, with the new ones in one place.
        let i = 0;
        const extra: number[] = [];
        b.forEach((l, k) => (i < a.length && l === a[i] ? i++ : extra.push(k)));
        expect(i).toBe(a.length);
        if (extra.length) expect((extra.at(-1) as number) - (extra[0] as number)).toBe(extra.length - 1);
      }
    }), { numRuns: 1500 });
    expect(edited).toBeGreaterThan(500);
  });
});
