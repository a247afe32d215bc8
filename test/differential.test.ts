// Differential tests of the fast path (src/load/fastParse.ts) against the full parser (parse.ts):
// whenever the fast reader returns a value, the full parser must read the same text with no diagnostic
// at all and give a deeply equal value. The fast reader may give up (then the full parser decides), but
// it may never accept what the full parser rejects, nor read a value differently. Checked on a corpus
// of YAML edge cases, on random structured documents and random fragments (fast-check), and file by
// file on a generated register with broken files (checkFile against fullCheck).

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRegister } from '../bench/generate.mjs';
import { replicateRegister } from '../bench/replicate.mjs';
import { fastParse, fastPositions } from '../src/load/fastParse.js';
import { checkFile, fullCheck } from '../src/load/load.js';
import { locate, locateFast, pointerOf } from '../src/load/locate.js';
import { parseText } from '../src/load/parse.js';
import type { Diagnostic, Kind } from '../src/model/types.js';
import { cleanup } from './helpers.js';

afterAll(cleanup);

/** Every pointer into a value, and some that lead nowhere (a missing key, a path through a scalar, an index past the end). */
function pointersOf(v: unknown, at: (string | number)[] = [], out: string[] = []): string[] {
  out.push(pointerOf(at), pointerOf([...at, 'missing']));
  if (Array.isArray(v)) {
    v.forEach((x, i) => pointersOf(x, [...at, i], out));
    out.push(pointerOf([...at, v.length]));
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) pointersOf(x, [...at, k], out);
  }
  return out;
}

/** Positions located, in total and by the fast positions (the rest went to the full parser). */
const located = { all: 0, fast: 0 };

/**
 * The contract; returns whether the fast path took the text (for the tests that must see it do so).
 * Positions too: for every pointer into the value, as a value and as a key, locateFast gives exactly
 * what locate() gives from the full parser's document, or leaves it to the full parser.
 */
function agree(text: string): boolean {
  const fast = fastParse(text);
  if (fast === undefined) return false;
  const full = parseText(text, 'x.yaml');
  expect(full.diagnostics, `full parser found problems in a text the fast path accepted:\n${text}`).toEqual([]);
  expect(fast, `values differ for:\n${text}`).toStrictEqual(full.value);
  const positions = fastPositions(text);
  expect(positions, `no positions for a text the fast path took:\n${text}`).toBeDefined();
  for (const pointer of pointersOf(fast)) {
    for (const target of [undefined, 'key'] as const) {
      const d: Diagnostic = { code: 'unknown-partner', severity: 'error', file: 'x.yaml', pointer, params: {}, ...(target ? { target } : {}) };
      const mine = locateFast(d, positions as NonNullable<typeof positions>);
      located.all++;
      if (mine === undefined) continue;
      located.fast++;
      expect(mine, `${pointer} ${target ?? 'value'} in:\n${text}`).toEqual(locate(d, full.doc, full.lineCounter));
    }
  }
  return true;
}

/** Texts the fast path must take (plain record YAML), each checked against the full parser. */
const ACCEPTED = [
  'a: 1\n',
  'title: Kerja sama\ncount: 12\nok: true\nno: false\nnothing: null\ntilde: ~\nempty:\n',
  'date: 2024-01-15\nmonth: 2024-01\nyear: 2028\nterm: {term: 5y}\n',
  'about: ~1990\nbetween: 1997..1998\nafter: 2017-06..\nby: ..2017-06\ndays: 2017-06-01..2017-06-30\nlist: [1989..1990, ..2001]\n',
  'partners: [a, b-c, d_e]\nnone: []\nmap: {}\n',
  // Plain text going on over several lines (folded: a space per line break, a line break per empty line).
  'notes: Kerja sama ini dilanjutkan\n  dengan perjanjian baru\n  tahun 2024.\nlist:\n  - item one\n    continues here\n  - b\nnext: 12\n  34\npara: first\n\n  second\n\n\n  third\n\nafter: x\nitems:\n  - title: long\n      text  \n    n: 1\nend: last\n   line\n',
  // Lists with quoted items, as JSON writers write them.
  'sectors: ["pendidikan", "kesehatan"]\nother: [\'a, b\', plain, "x: y", \'it\'\'s\', ""]\nspaced: [ "a" ,  b ]  # c\n',
  // A file saved on Windows: every line ending CR LF, block scalars and comments too.
  'title: Kerja sama\r\nlist:\r\n  - one # c\r\n  - 2\r\n\r\nnotes: >\r\n  folded\r\n  text\r\n\r\n  next\r\nscope: |\r\n  a\r\n    b\r\nflow: [a, b]\r\nempty:\r\n',
  // Text that starts with digits and is no number of the core schema (as activities' outputs are written).
  'outputs:\n  - 42 exporters showed products\n  - 61 of 85 candidates passed\nlength: 3-day\nat: 12:30\nwhen: 2024-01-01 10:00\nsize: 1.5 kg\nbits: 0b101\nsep: 1_000\nodd: 1e\nlist: [2 days, 3 weeks]\n',
  'list:\n  - one\n  - two\nnext: x\n',
  'list:\n- one\n- two\nnext: x\n',
  'signatures:\n  - party: ntb\n    date: 2017-11-02\n    number: "120/12/KB/2017"\n  - party: shizuoka\n',
  'nested:\n  deeper:\n    deepest: value\n  back: 1\n',
  'notes: >-\n  One line\n  and another.\n\n  A new paragraph.\nafter: 1\n',
  'notes: >\n  folded with clip\n',
  'notes: |\n  literal\n    indented more\n  back\nafter: 1\n',
  'notes: |-\n  literal strip\n\n\nafter: 1\n',
  '# a comment\ntitle: x # trailing comment\n  # an indented comment\nother: y\n',
  "quoted: 'it''s'\ndouble: \"no escapes: here\"\nurl: https://example.org/a?b=c#frag\n",
  'title: Jawa Barat–Shizuoka, 静岡 and Mataram\n',
  'title: a, b and c\nwith_colon: a:b\nhash: a#b\n',
  'yes: yes\non: on\noff: off\ny: y\nNo: No\n',
  'key:   spaced   \n',
  '\n\ntitle: leading blank lines\n\n\n',
  'zero: 0\nbig: 900000000\n',
];

/** YAML 1.1 and other edge cases: the fast path must either give up or agree. */
const EDGE = [
  'a: 0777\n', 'a: 0o17\n', 'a: 0x1F\n', 'a: 1e3\n', 'a: 1.5\n', 'a: .inf\n', 'a: -.inf\n', 'a: .nan\n', 'a: +1\n', 'a: -1\n', 'a: 1_000\n', 'a: 007\n',
  'a: 2024-01-01 10:00\n', 'a: 2024-01-01T10:00:00Z\n', 'a: 12:30\n', 'a: 1:20\n', 'a: 5y\n', 'a: 0b101\n', 'a: 1e\n', 'a: 09\n',
  'a: 1\na: 2\n', 'a: &x 1\nb: *x\n', 'base: &b {x: 1}\nc:\n  <<: *b\n', '<<: {x: 1}\n', 'a: !!str 1\n', 'a: !custom x\n', 'a: !!binary aGk=\n',
  '---\na: 1\n', 'a: 1\n---\nb: 2\n', 'a: 1\n...\n', '%YAML 1.1\n---\na: 1\n', '%TAG ! tag:x,2024:\n---\na: 1\n',
  'a:\n\tb: 1\n', 'a: b\tc\n', '\ta: 1\n', 'a: 1\r\nb: 2\r\n', '\uFEFFa: 1\n', 'a: "x\\ty"\n', 'a: "x\\u00e9"\n', "a: 'x\n  y'\n",
  'a: multi\n  line plain\n', 'a: b\n  # c\n  d\n', 'a: b\n  \n  c\n', 'a: b\n  - c\n', 'a: b\n  c: d\n', 'a: b\n  c:\n', 'a: b\n  [c]\n', 'a: b # c\n  d\n', 'a: "b"\n  c\n',
  'a: b\n\n  c\nd: e\n', '- a\n b\n', '- a\n  b\n', 'a:\n  - b\n   c\n', 'a: true\n  x\n', 'a: 1\n  2\n', 'a: b\n  c #d\n', 'a: b\n  c\n  # d\n  e\n', 'a: b\n  c\n \n', 'a: x\n  b: y\n', 'a:\n  - 1\n   - 2\n', 'a:\n  b: 1\n c: 2\n', 'a: [1, 2,\n  3]\n', 'a: [a, [b]]\n', 'a: {b: {c: 1}}\n', 'a: [a, ]\n', 'a: [a,, b]\n',
  'a: {x: 1, x: 2}\n', 'a: [a: 1]\n', 'a: [null]\n', 'a: [~]\n', 'a: {b: }\n', 'a: [\'q\']\n',
  'a: >1\n  x\n', 'a: |+\n  x\n\n', 'a: > # c\n  x\n', 'a: |\n\n  leading\n', 'a: |\n  x\n   \n  y\n', 'a: >\n  x\n    more\n  y\n', 'a: |\n x\n',
  '- a\n- b\n', 'just a scalar\n', '"quoted key": 1\n', '? complex\n: key\n', 'a b: 1\n', '1: one\n', 'a:b: 1\n', '__proto__: {x: 1}\n', 'constructor: 1\n',
  'a: - b\n', 'a: -b\n', 'a: ?b\n', 'a: :b\n', 'a: b:\n', 'a: b: c\n', 'a: @b\n', 'a: `b\n', 'a: %b\n', 'a: |b\n', 'a: >b\n',
  'a: x # c\n  # c2\nb: 1\n', 'a:\n# c\n  b: 1\n', 'a:\n  - b: 1\n    c: 2\n  - d\n', 'a:\n  -\n    b: 1\n', 'a:\n  - - b\n', 'a:\n  -   b: 1\n      c: 2\n',
  'True: True\nNULL: NULL\nFALSE: FALSE\n', 'null: 1\n', 'true: 1\n', 'a: {true: 1}\n', 'a: 1 \n', 'a: \'\'\n', 'a: ""\n', 'a: "\n', "a: 'x' y\n", 'a: "x" # c\n', 'a: \u0085\n', 'a: \u2028\n', 'a: \u0000\n', 'a: \u007f\n',
  '', '# only a comment\n', '\n', 'a', 'a:', 'a: 1', ' a: 1\n', 'a: 1\n b: 2\n',
];

describe('fast path against the full parser', () => {
  it('takes plain record YAML, and reads it exactly as the full parser does', () => {
    for (const text of ACCEPTED) expect(agree(text), `the fast path gave up on:\n${text}`).toBe(true);
  });

  it('gives up on, or agrees about, every YAML 1.1 and syntax edge case', () => {
    let taken = 0;
    for (const text of EDGE) if (agree(text)) taken++;
    // Most of these must be left to the full parser; the few it takes were checked above.
    expect(taken).toBeLessThan(EDGE.length / 4);
  });

  it('reads one-line lists with quoted items as the full parser does, or gives them up (random)', () => {
    const item = fc.oneof(
      { arbitrary: fc.constantFrom('"pendidikan"', "'kesehatan'", '"a, b"', "'it''s'", '""', "''", '"x: y"', '"1"', "'true'", 'plain', '12', 'a b', '~1990'), weight: 4 },
      { arbitrary: fc.constantFrom('"a\\"b"', '"a', "a'", "'a'b", '"a" b', '', ' ', 'x:y', '"#"', "'['", "' '", '"é"', 'it\'s'), weight: 1 },
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('', ' ', '  '), item, fc.constantFrom('', ' ')), { minLength: 1, maxLength: 5 }), fc.constantFrom('', ' # c', ' '), (items, after) => {
        const text = `list: [${items.map(([b, x, a]) => b + x + a).join(',')}]${after}\nnext: 1\n`;
        if (agree(text) && items.some(([, x]) => /^["']/.test(x))) taken++;
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(500);
  });

  it('reads plain text going on over several lines as the full parser does, or gives it up (random)', () => {
    const word = fc.oneof(
      { arbitrary: fc.constantFrom('kerja', 'sama', 'Kerja', 'dengan', '12', '3-day', '1.5', 'a:b', 'x#y', 'é', 'true', 'null', '..2017', '~1990', '(a)', 'a,', 'a.'), weight: 4 },
      { arbitrary: fc.constantFrom('-', '- x', '#c', ':', ': x', '[a]', '{a}', "'q'", '"d"', '&a', '*a', '!t', '|', '>', '?', '%', '@', '`', ',', ''), weight: 1 },
    );
    const line = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.array(word, { maxLength: 4 }).map((ws) => ws.join(' ')), fc.constantFrom('', '', '', ' ', '  ', ' # c'));
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('a: ', 'a:\n  - ', 'a:\n- ', 'x:\n  - k: ', 'x:\n  - k: v\n    n: '), fc.boolean(), (lines, head, tail) => {
        const text = `${head}${lines.map(([indent, t, after], k) => (k === 0 ? '' : ' '.repeat(indent)) + t + after).join('\n')}\n${tail ? 'z: 1\n' : ''}`;
        if (agree(text) && lines.length > 1) taken++;
      }),
      { numRuns: 4000 },
    );
    // The path is exercised: many of the several-line texts are taken (and each was checked against the full parser).
    expect(taken).toBeGreaterThan(250);
  });

  it('never gives a value the full parser does not (random structured documents)', () => {
    const word = fc.constantFrom('a', 'b', 'title', 'x-y', 'under_score', 'Key', 'ID', 'True', 'null', 'yes', '__proto__');
    const scalar = fc.oneof(
      fc.constantFrom('1', '0', '12', '007', '1e3', '0x1F', '0o7', '.inf', '5y', '2024-01-01', '2024-1-1', '1997..1998', '2017-06..', '..2017-06', '..2017.5', '1.5..2', '2017...2018', '~1990', 'true', 'True', 'yes', 'no', 'null', '~', 'NULL', '-', '-1', '+1', '1.0',
        '42 exporters', '61 of 85', '3-day', '12:30', '1.5 kg', '0x1F y', '1e3 x', '1e', '1.', '1.e5', '0o8', '0xG', '09', '1_000', '2024-01-01 10:00', '0b101', '7 ', '1 #c'),
      fc.constantFrom('plain text', 'a, b', 'a: b', 'a:b', 'a #b', 'a # b', '#x', "'q'", '"d"', "'it''s'", '"a\\tb"', '[a, b]', '{term: 5y}', '[a, [b]]', '[]', '{}', '&a x', '*a', '!t x', '>-', '|', 'é', '静岡', ''),
      fc.string({ maxLength: 8 }),
    );
    type Doc = { key: string; value: string | Doc[] | string[] }[];
    const doc: fc.Arbitrary<Doc> = fc.letrec<{ doc: Doc }>((tie) => ({
      doc: fc.array(
        fc.record({ key: word, value: fc.oneof({ maxDepth: 3 }, scalar, tie('doc'), fc.array(scalar, { maxLength: 3 })) }),
        { minLength: 1, maxLength: 4 },
      ) as fc.Arbitrary<Doc>,
    })).doc;
    const indent = fc.constantFrom(1, 2, 3, 4);
    const render = (d: Doc, pad: string, step: number): string =>
      d
        .map(({ key, value }) => {
          if (typeof value === 'string') return `${pad}${key}: ${value}\n`;
          if (value.length === 0) return `${pad}${key}:\n`;
          if (typeof value[0] === 'string') return `${pad}${key}:\n` + (value as string[]).map((v) => `${pad}${' '.repeat(step)}- ${v}\n`).join('');
          return `${pad}${key}:\n` + render(value as unknown as Doc, pad + ' '.repeat(step), step);
        })
        .join('');
    let taken = 0;
    fc.assert(
      fc.property(doc, indent, (d, step) => {
        if (agree(render(d, '', step))) taken++;
      }),
      { numRuns: 1500 },
    );
    // The generator must reach the fast path often, or this test would prove nothing.
    expect(taken).toBeGreaterThan(100);
  });

  it('never gives a value the full parser does not (random fragments)', () => {
    const bits = ['a: ', 'b: ', 'title: ', '\n', '\n  ', '\n    ', '- ', '-', ' ', '  ', ':', ': ', '[', ']', '{', '}', ', ', '"', "'", '#', ' #', '&a ', '*a', '!t ', '<<: ', '|', '>-', '>', '\t', '\r\n', '---\n', '1', '0', '1e3', '0x1', '.5', '..', '1997..1998', '..2017', 'true', 'null', '~', '2024-01-01', 'x', 'y z', 'é', '\uFEFF', '\u2028'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...bits), { maxLength: 40 }), (parts) => {
        agree(parts.join(''));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('fast positions against the full parser on real records', () => {
  it('locates every pointer of the example register, and of its copies with renamed ids and warnings, as the full parser does', () => {
    const before = { ...located };
    const { files } = replicateRegister(400, { warnThird: true });
    let taken = 0;
    for (const text of files.values()) if (agree(text.startsWith('\uFEFF') ? text.slice(1) : text)) taken++;
    expect(taken, 'the fast path must take nearly all real records').toBeGreaterThan(files.size * 0.9);
    // Most positions come from the fast reader: only block mappings and sequences go to the full parser.
    expect(located.fast - before.fast).toBeGreaterThan((located.all - before.all) * 0.6);
  });
});

describe('checkFile (fast path first) against fullCheck, file by file', () => {
  it('gives the same diagnostics and values on a generated register with broken files', () => {
    const { files, broken } = generateRegister(1500, { seed: 11, broken: 0.05 });
    expect(broken.length).toBeGreaterThan(50);
    const enc = new TextEncoder();
    let fast = 0;
    for (const [rel, text] of files) {
      const dir = rel.split('/')[1];
      if (!rel.startsWith('data/')) continue;
      const kind: Kind = dir === 'partners' ? 'partner' : dir === 'agreements' ? 'agreement' : 'activity';
      const a = checkFile(kind, rel, enc.encode(text));
      const b = fullCheck(kind, rel, enc.encode(text));
      expect(a.diagnostics, rel).toEqual(b.diagnostics);
      expect(a.value, rel).toStrictEqual(b.value);
      if (a.fast) fast++;
    }
    expect(fast).toBeGreaterThan(1300);
  });
});
