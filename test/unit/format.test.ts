// Whole numbers are grouped without Intl (model/format.ts, issue 28: loading the locale's data was most of
// what a run answered from the cache spent on its summary line); they must read exactly as Intl writes them.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatNumberIntl } from '../../src/model/format.js';

describe('formatNumber groups whole numbers as Intl does', () => {
  it('in both languages, for any safe integer', () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -999_999, max: 999_999 })), fc.constantFrom('id' as const, 'en' as const), (n, lang) => {
      expect(formatNumber(n, lang)).toBe(formatNumberIntl(n, lang));
      expect(formatNumber(n, lang, 2)).toBe(formatNumberIntl(n, lang, 2));
    }), { numRuns: 2000 });
  });

  it('at the edges', () => {
    for (const n of [0, 1, 999, 1000, 3500, -3500, 65536, 1_000_000, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]) {
      for (const lang of ['id', 'en'] as const) expect(formatNumber(n, lang), `${n} ${lang}`).toBe(formatNumberIntl(n, lang));
    }
    expect(formatNumber(65536, 'id')).toBe('65.536');
    expect(formatNumber(65536, 'en')).toBe('65,536');
    expect(formatNumber(-0, 'en')).toBe(formatNumberIntl(-0, 'en'));
    expect(formatNumber(2.5, 'id', 1)).toBe('2,5');
    expect(formatMoney(150_000_000, 'IDR', 'id')).toBe('Rp150.000.000');
  });
});
