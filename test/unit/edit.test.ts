// The YAML editor (src/scaffold/edit.ts): a change rewrites only the lines it must; comments, blank
// lines, quoting, folded text and key order elsewhere stay byte for byte, and the result reads back as
// the value the change means.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyValue, editYaml, type Edit } from '../../src/scaffold/edit.js';
import { AGREEMENT_FIELDS } from '../../src/model/fields.js';

const ORDER = (path: readonly (string | number)[]): readonly string[] | undefined => (path.length === 0 ? Object.keys(AGREEMENT_FIELDS) : undefined);

const MOU = `# yaml-language-server: $schema=../../schemas/agreement.schema.json
# Our MoU with Shizuoka. Keep this comment.
title: Jawa Barat–Shizuoka, MoU provinsi kembar 2017
category: KSDPL
document_type: mou
partners: [shizuoka]
signatures:
  - party: jabar
    date: 2017-11-02
    place: Shizuoka, Jepang   # as reported
  - party: shizuoka
    date: 2017-11-02

end: "2022"   # only the year is known
status: active
sectors: [perdagangan, pendidikan]
scope:
  - Trade in mango and eel
  - Tourism
notes: >-
  Signed 2 Nov 2017 in Shizuoka, to run until 2022 (only the year is known, hence the
  partial end date).
`;

const edit = (text: string, ...edits: Edit[]): string => editYaml(text, edits, { keyOrder: ORDER });

/** The lines of `a` not in `b` (as many times as they are missing), in order: what an edit removed or rewrote. */
function gone(a: string, b: string): string[] {
  const left = new Map<string, number>();
  for (const l of b.split('\n')) left.set(l, (left.get(l) ?? 0) + 1);
  return a.split('\n').filter((l) => {
    const n = left.get(l) ?? 0;
    if (n > 0) left.set(l, n - 1);
    return n === 0;
  });
}

describe('editYaml', () => {
  it('replaces a scalar on its line, keeping the comment after it and every other line', () => {
    const out = edit(MOU, { op: 'set', path: ['end'], value: '2022-11-01' });
    expect(out).toBe(MOU.replace('end: "2022"   # only', 'end: 2022-11-01   # only'));
  });

  it('writes a term as {term: 5y}, and a status in place', () => {
    const out = edit(MOU, { op: 'set', path: ['end'], value: { term: '5y' } }, { op: 'set', path: ['status'], value: 'superseded' });
    expect(gone(MOU, out)).toEqual(['end: "2022"   # only the year is known', 'status: active']);
    expect(out).toContain('end: {term: 5y}   # only the year is known\nstatus: superseded\n');
  });

  it('adds a new key where the field model puts it, not at the end', () => {
    const out = edit(MOU, { op: 'set', path: ['renews'], value: 'jabar-shizuoka-loi-2016' });
    expect(gone(MOU, out)).toEqual([]);
    expect(out).toContain('status: active\nrenews: jabar-shizuoka-loi-2016\nsectors:');
    const first = edit(MOU, { op: 'set', path: ['id'], value: 'mou' });
    expect(first).toContain('Keep this comment.\nid: mou\ntitle:');
  });

  it('adds a nested mapping whole, and a key to an existing one', () => {
    const out = edit(MOU, { op: 'set', path: ['approvals', 'dprd', 'number'], value: '170/9/KPTS/DPRD/2017' });
    expect(parse(out).approvals).toEqual({ dprd: { number: '170/9/KPTS/DPRD/2017' } });
    const more = edit(out, { op: 'set', path: ['approvals', 'dprd', 'date'], value: '2017-06-20' });
    expect(gone(out, more)).toEqual([]);
    expect(parse(more).approvals.dprd).toEqual({ number: '170/9/KPTS/DPRD/2017', date: '2017-06-20' });
  });

  it("changes one party's signature, leaving the other and the comment", () => {
    const out = edit(MOU, { op: 'set', path: ['signatures', 1, 'date'], value: '2017-11-30' }, { op: 'set', path: ['signatures', 1, 'place'], value: 'Shizuoka' });
    expect(gone(MOU, out)).toEqual(['    date: 2017-11-02']);
    expect(out).toContain('  - party: shizuoka\n    date: 2017-11-30\n    place: Shizuoka\n');
    expect(out).toContain('place: Shizuoka, Jepang   # as reported');
  });

  it('removes a key with its line, and the first key of a list item keeps the dash', () => {
    const out = edit(MOU, { op: 'delete', path: ['signatures', 0, 'place'] });
    expect(gone(MOU, out)).toEqual(['    place: Shizuoka, Jepang   # as reported']);
    const dash = edit(MOU, { op: 'delete', path: ['signatures', 1, 'party'] });
    expect(dash).toContain('  - date: 2017-11-02\n\nend:');
  });

  it('a list: an item added in flow and in block style, one removed, the last one takes the key away', () => {
    const flow = edit(MOU, { op: 'set', path: ['sectors', 2], value: 'pariwisata' });
    expect(gone(MOU, flow)).toEqual(['sectors: [perdagangan, pendidikan]']);
    expect(flow).toContain('sectors: [perdagangan, pendidikan, pariwisata]\n');
    const block = edit(MOU, { op: 'set', path: ['scope', 2], value: 'Culture' });
    expect(gone(MOU, block)).toEqual([]);
    expect(block).toContain('  - Tourism\n  - Culture\nnotes:');
    const less = edit(MOU, { op: 'delete', path: ['scope', 0] });
    expect(gone(MOU, less)).toEqual(['  - Trade in mango and eel']);
    const none = edit(MOU, { op: 'delete', path: ['partners', 0] });
    expect(parse(none).partners).toBeUndefined();
  });

  it('a note: a long one is a folded block near 80 columns; the old block is replaced whole', () => {
    const note = 'Renewed on 24 Nov 2022 in Bandung and 30 Nov 2022 in Shizuoka: each party signed on its own day, and each numbered the document itself.';
    const out = edit(MOU, { op: 'set', path: ['notes'], value: note });
    expect(out.slice(out.indexOf('notes:'))).toBe('notes: >-\n  Renewed on 24 Nov 2022 in Bandung and 30 Nov 2022 in Shizuoka: each party\n  signed on its own day, and each numbered the document itself.\n');
    expect(parse(out).notes).toBe(note);
    const short = edit(MOU, { op: 'set', path: ['notes'], value: 'Short.' });
    expect(short.endsWith('notes: Short.\n')).toBe(true);
  });

  it('keeps CRLF line endings and a byte-order mark', () => {
    const crlf = '\uFEFFtitle: T\r\ncategory: KSDD\r\nstatus: draft\r\n';
    const out = editYaml(crlf, [{ op: 'set', path: ['scope'], value: ['a b', 'c d'] }, { op: 'set', path: ['status'], value: 'active' }]);
    expect(out).toBe('\uFEFFtitle: T\r\ncategory: KSDD\r\nstatus: active\r\nscope:\r\n  - a b\r\n  - c d\r\n');
  });

  it('a value that would need quoting is quoted; numbers and dates stay what they are', () => {
    const out = edit('title: T\n', { op: 'set', path: ['number'], value: '000.5.2/14' }, { op: 'set', path: ['year'], value: '2022' }, { op: 'set', path: ['colon'], value: 'a: b' });
    expect(parse(out)).toEqual({ title: 'T', number: '000.5.2/14', year: '2022', colon: 'a: b' });
  });

  it('applyValue removes what an edit empties, as the text edit does', () => {
    expect(applyValue({ a: { b: 1 }, c: 2 }, { op: 'delete', path: ['a', 'b'] })).toEqual({ c: 2 });
    expect(applyValue({ a: [1] }, { op: 'delete', path: ['a', 0] })).toEqual({});
    expect(applyValue({ a: {} }, { op: 'delete', path: ['a', 'x'] })).toEqual({ a: {} });
  });
});

describe('a value set where a flow collection was', () => {
  it('with texts that hold a comma, is written so that it reads back (found by test/editProperty.test.ts)', () => {
    const note = 'Signed by each party on its own day; the numbers are not stated in the sources, and nobody has the scan.';
    const value = { party: note, place: note };
    const out = editYaml('# x\nsectors: [ntb]\n', [{ op: 'set', path: ['sectors'], value }]);
    expect((parse(out) as { sectors: unknown }).sectors).toEqual(value);
    expect(out.startsWith('# x\n')).toBe(true);
  });
});
