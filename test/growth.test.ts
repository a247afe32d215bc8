// Time growing about linearly with the input, for every parser of untrusted input (issue 27): YAML record
// files, workbooks, CSV files, git's output, and the stages that work on what they read (the site, diff).
// See test/growth.ts for how a loaded machine is kept from making these fail.

import { describe, it } from 'vitest';
import { parseText } from '../src/load/parse.js';
import { fastParse } from '../src/load/fastParse.js';
import { expectLinear } from './growth.js';

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('');

describe('YAML record files', () => {
  it('many distinct keys in one mapping', () => {
    expectLinear('distinct keys', (n) => `name: x\n${lines(n, (i) => `k${i}: ${i}\n`)}`, (t) => parseText(t, 'x.yaml'), 3000);
  });

  it('many duplicate keys in one mapping', () => {
    expectLinear('duplicate keys', (n) => `name: x\n${lines(n, (i) => `notes: ${i}\n`)}`, (t) => parseText(t, 'x.yaml'), 1500);
  });

  it('many nested mappings with duplicate keys', () => {
    expectLinear('duplicate keys in a list of mappings', (n) => `name: x\ncontacts:\n${lines(n, () => '  - name: a\n    name: b\n')}`, (t) => parseText(t, 'x.yaml'), 500);
  });

  it('many syntax errors', () => {
    expectLinear('stray brackets', (n) => `name: x\n${']'.repeat(n)}\n`, (t) => parseText(t, 'x.yaml'), 5000);
    expectLinear('keys then list items', (n) => `name: x\n${lines(n, () => 'k: v\n- x\n')}`, (t) => parseText(t, 'x.yaml'), 1000);
  });

  it('the fast reader', () => {
    expectLinear('fast reader, distinct keys', (n) => `name: x\n${lines(n, (i) => `k${i}: ${i}\n`)}`, (t) => fastParse(t), 10_000, { floor: 5 });
    expectLinear('fast reader, duplicate keys', (n) => `name: x\n${lines(n, () => 'notes: a\n')}`, (t) => fastParse(t), 5000);
  });
});
