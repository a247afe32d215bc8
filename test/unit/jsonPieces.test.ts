// The cache writes its files in pieces (cache.ts jsonPieces): joined, they must be what JSON.stringify
// gives, for any JSON value, and read back equal with JSON.parse.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiJson, jsonPieces } from '../../src/load/cache.js';

describe('jsonPieces', () => {
  it('joins to JSON.stringify of any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => {
      expect([...jsonPieces(v)].join('')).toBe(JSON.stringify(v));
    }), { numRuns: 500 });
  });

  it('leaves out undefined members as JSON.stringify does, and writes null for them in arrays', () => {
    const v = { a: undefined, b: [undefined, 1], c: { d: undefined, e: 'x' }, f: new Date(0) };
    expect([...jsonPieces(v)].join('')).toBe(JSON.stringify(v));
  });

  it('asciiJson: ASCII only, and read back as the same value (any text, lone surrogates and astral characters included)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }), (v) => {
      const pieces = [...jsonPieces(v)].map(asciiJson).join('');
      expect(pieces).toMatch(/^[\x00-\x7e]*$/);
      expect(JSON.parse(pieces)).toEqual(JSON.parse(JSON.stringify(v)));
    }), { numRuns: 500 });
  });
});
