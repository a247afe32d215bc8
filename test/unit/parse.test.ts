// parseText and decodeText on inline YAML: each failure gives its code at the right line and column.

import { describe, expect, it } from 'vitest';
import { decodeText, parseText } from '../../src/load/parse.js';
import { messageOf } from '../../src/model/diagnostics.js';
import type { Diagnostic } from '../../src/model/types.js';

/** [code, line, column] of each diagnostic. */
function where(text: string): Array<[string, number | undefined, number | undefined]> {
  return parseText(text, 'x.yaml').diagnostics.map((d) => [d.code, d.line, d.column]);
}

describe('parseText', () => {
  it('reads a plain record', () => {
    const r = parseText('name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n', 'x.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({ name: 'Provinsi Jawa Timur', type: 'province', country: 'ID' });
  });

  it('syntax error: an unclosed flow list, reported where the parser gives up', () => {
    const r = parseText('name: x\naliases: [a, b\ncountry: ID\n', 'x.yaml');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['yaml-syntax', 3, 1]]);
    expect(r.diagnostics[0]?.params['reason']).toMatch(/^flow sequence/);
  });

  it('syntax error: an unclosed quote', () => {
    const got = where('name: "Jawa Timur\ntype: province\n');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([c]) => c === 'yaml-syntax')).toBe(true);
    expect(got[0]?.[1]).toBeGreaterThanOrEqual(1);
  });

  it('an unclosed quote is reported at the quote that opens it, not at the end of the file', () => {
    // The parser reads to the end of the file looking for the closing quote; the clerk's slip is where it opened.
    expect(where('name: "Jawa Timur\ntype: province\ncountry: ID\nnotes: >-\n  a\n  b\n')).toEqual([['yaml-syntax', 1, 7]]);
    expect(where("name: x\ntitle: 'Kerja sama ''bidang'' pariwisata\nfoo: 1\n")).toEqual([['yaml-syntax', 2, 8]]);
    expect(where('name: x\ntitle: "say \\"hi\\" there\nfoo: 1\n')).toEqual([['yaml-syntax', 2, 8]]);
    const d = parseText('name: "Jawa Timur\ntype: province\n', 'x.yaml').diagnostics[0];
    expect(d?.params).toMatchObject({ problem: 'UNCLOSED_QUOTE' });
  });

  it('a colon in an unquoted value, or none of its space: the hint shows the line to write', () => {
    const hint = (text: string, lang: 'en' | 'id' = 'en'): string | undefined => {
      const d = parseText(text, 'x.yaml').diagnostics[0];
      return d && messageOf(d, lang).hint;
    };
    expect(hint('title: Rapat: tindak lanjut LoI\ntype: meeting\n')).toBe('A colon and a space inside a value start a new key: put the value in quotes (title: "Rapat: tindak lanjut LoI").');
    expect(hint('title: X\nnotes: Catatan rapat: hadir 10 orang\n', 'id')).toBe('Titik dua dan spasi di dalam nilai memulai kunci baru: beri tanda kutip pada nilainya (notes: "Catatan rapat: hadir 10 orang").');
    expect(hint('title:Rapat koordinasi\ntype: meeting\n')).toBe('Put a space after the colon (title: Rapat koordinasi).');
  });

  it('duplicate key: names the key and points at the second one', () => {
    const r = parseText('name: A\ntype: city\nname: B\n', 'x.yaml');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.params['key']])).toEqual([['yaml-duplicate-key', 3, 1, 'name']]);
  });

  it('duplicate key in a nested mapping', () => {
    const r = parseText('name: A\ncontacts:\n  - name: x\n    role: y\n    name: z\n', 'x.yaml');
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.params['key']])).toEqual([['yaml-duplicate-key', 5, 5, 'name']]);
  });

  it('several documents: reported at the second, the first is still read', () => {
    const r = parseText('name: A\n---\nname: B\n', 'x.yaml');
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['yaml-multi-document', 2, 1]]);
    expect(r.value).toEqual({ name: 'A' });
  });

  it('empty, blank and comment-only files are empty', () => {
    expect(where('')).toEqual([['file-empty', 1, 1]]);
    expect(where('  \n\n\t\n')).toEqual([['file-empty', 1, 1]]);
    expect(where('# nothing yet\n  # still nothing\n')).toEqual([['file-empty', 1, 1]]);
    expect(where('\uFEFF')).toEqual([['file-empty', 1, 1]]);
  });

  it('a tab used for indentation', () => {
    expect(where('name: A\ncontacts:\n\t- name: x\n')).toEqual([['yaml-tab-indent', 3, 1]]);
  });

  it('a tab inside a value is fine', () => {
    const r = parseText('name: "A\tB"\nnotes: a\tb\n', 'x.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({ name: 'A\tB', notes: 'a\tb' });
  });

  it('an alias: refused with its name, and never expanded', () => {
    const r = parseText('name: &n Jawa Timur\naliases: [*n]\n', 'x.yaml');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.params['name']])).toEqual([['yaml-alias', 2, 11, 'n']]);
  });

  it('an anchor alone is harmless', () => {
    const r = parseText('name: &n Jawa Timur\n', 'x.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({ name: 'Jawa Timur' });
  });

  it('a merge key is refused; a quoted "<<" is an ordinary key', () => {
    expect(where('name: A\n<<: {type: city}\n')).toEqual([['yaml-merge-key', 2, 1]]);
    const quoted = parseText('name: A\n"<<": {type: city}\n', 'x.yaml');
    expect(quoted.diagnostics).toEqual([]);
    expect(quoted.value).toEqual({ name: 'A', '<<': { type: 'city' } });
  });

  it('a custom tag is refused with the tag named', () => {
    const r = parseText('name: A\ntype: !city kota\n', 'x.yaml');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.params['tag']])).toEqual([['yaml-custom-tag', 2, 7, '!city']]);
  });

  it('YAML 1.1 tags are refused too, written the short way', () => {
    expect(parseText('a: !!timestamp 2024-01-01\n', 'x.yaml').diagnostics.map((d) => d.params['tag'])).toEqual(['!!timestamp']);
    expect(parseText('a: !!binary aGk=\n', 'x.yaml').diagnostics.map((d) => d.params['tag'])).toEqual(['!!binary']);
  });

  it('core tags are allowed: !!str keeps a value as text', () => {
    const r = parseText('name: !!str 0777\n', 'x.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({ name: '0777' });
  });

  it('YAML 1.2: no, on and yes are text; 0777 is a number; a date is text', () => {
    const r = parseText('a: no\nb: on\nc: yes\nd: 0777\ne: 2024-01-01\nf: 2024-01-01 10:00\ng: 2028\n', 'x.yaml');
    expect(r.value).toEqual({ a: 'no', b: 'on', c: 'yes', d: 777, e: '2024-01-01', f: '2024-01-01 10:00', g: 2028 });
  });

  it('a byte-order mark is accepted, and columns on line 1 ignore it', () => {
    const r = parseText('\uFEFFname: A\ntype: city\n', 'x.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({ name: 'A', type: 'city' });
    expect(where('\uFEFFname: !x A\n')).toEqual(where('name: !x A\n'));
    expect(where('\uFEFFname: !x A\n')).toEqual([['yaml-custom-tag', 1, 7]]);
  });

  it('CRLF line endings are accepted, and lines still count', () => {
    const r = parseText('name: A\r\ntype: city\r\n', 'x.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({ name: 'A', type: 'city' });
    expect(where('name: A\r\ntype: !x city\r\n')).toEqual([['yaml-custom-tag', 2, 7]]);
  });

  it('nesting deeper than any record is refused at a fixed spot', () => {
    expect(where(`a: ${'['.repeat(150)}${']'.repeat(150)}\n`)).toEqual([['yaml-too-deep', 1, 103]]);
    expect(where(`a: ${'['.repeat(99)}${']'.repeat(99)}\n`)).toEqual([]);
  });

  it('gives the text, document and line counter for locating later diagnostics', () => {
    const r = parseText('name: A\n', 'x.yaml');
    expect(r.text).toBe('name: A\n');
    expect(r.doc).toBeDefined();
    expect(r.lineCounter?.linePos(6)).toEqual({ line: 1, col: 7 });
  });
});

describe('decodeText', () => {
  const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

  it('decodes UTF-8, multi-byte characters included', () => {
    const r = decodeText(new TextEncoder().encode('name: 静岡県 – Région\n'), 'x.yaml');
    expect(r).toEqual({ text: 'name: 静岡県 – Région\n', diagnostics: [] });
  });

  it('a NUL byte makes the file binary, at the NUL', () => {
    const r = decodeText(bytes('name: a\nty\u0000pe: x\n'), 'x.yaml');
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['file-binary', 2, 3]]);
  });

  it('UTF-16 (Windows Notepad saves it as "Unicode") is an encoding to change, not a binary file', () => {
    const text = 'name: Kabupaten Kulon Progo\ntype: regency\ncountry: ID\n';
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const noBom = Uint8Array.from(Buffer.from(text, 'utf16le'));
    for (const b of [le, be, noBom]) {
      const r = decodeText(b, 'x.yaml');
      expect(r.text).toBeUndefined();
      expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.params])).toEqual([['file-encoding', 1, 1, { encoding: 'utf16' }]]);
    }
    const [d] = decodeText(le, 'x.yaml').diagnostics;
    expect(messageOf(d as Diagnostic, 'en')).toMatchObject({
      message: 'the file is UTF-16 (what Windows Notepad calls "Unicode"), not UTF-8',
      hint: 'Save the file as UTF-8: in Notepad, File → Save As, Encoding: UTF-8; in VS Code, "Save with Encoding" → UTF-8.',
    });
  });

  it('Latin-1 bytes are not UTF-8, reported at the first bad byte (counting characters, not bytes)', () => {
    const r = decodeText(Uint8Array.from([...new TextEncoder().encode('name: é\n'), ...bytes('region: R\u00e9union\n')]), 'x.yaml');
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['file-encoding', 2, 10]]);
  });

  it('a character cut short at the end of the file', () => {
    const r = decodeText(Uint8Array.from([0x61, 0x3a, 0x20, 0xe2, 0x80]), 'x.yaml');
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['file-encoding', 1, 4]]);
  });

  it('a UTF-8 byte-order mark is dropped', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31]), 'x.yaml').text).toBe('a: 1');
  });
});
