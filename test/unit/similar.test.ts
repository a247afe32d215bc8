// "Did you mean": the banded, bounded edit distance equals the full table within its limit, and a register
// of many long dangling ids costs a bounded number of table cells (counted, not timed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, cost, editDistance, Suggester, SUGGESTION_BUDGET } from '../../src/load/similar.js';

/** The textbook table (optimal string alignment), for comparison. */
function fullDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('emial', 'email')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('equals the full table within its limit, and is above the limit otherwise', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.nat(14), (a, b, max) => {
        const full = fullDistance(a, b);
        const banded = editDistance(a, b, max);
        if (full <= max) expect(banded).toBe(full);
        else expect(banded).toBeGreaterThan(max);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('closest', () => {
  it('suggests within a third of the length, and nothing further', () => {
    expect(closest('shizuka', ['shizuoka', 'kyoto'])).toBe('shizuoka');
    expect(closest('xyz', ['shizuoka'])).toBeUndefined();
  });
});

describe('the cost of suggestions', () => {
  it('is bounded for thousands of long dangling ids against thousands of long ids', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `jabar-partner-kota-kabupaten-${i}-kerja-sama-daerah-${i % 97}`);
    const s = new Suggester();
    const before = cost.cells;
    for (let k = 0; k < 2000; k++) s.closest(`p\0${k}`, `jabar-partner-kota-kabupaten-x${k}-kerja-sama-daerah-zz`, () => ids);
    // Without the band and the budget this is about 2000 × 5000 × 60 × 60 = 36 billion cells, minutes of CPU.
    expect(cost.cells - before).toBeLessThanOrEqual(SUGGESTION_BUDGET + 100_000);
  });

  it('the one id holding a word is found within the same budget', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `jabar-partner-kota-kabupaten-${i}-kerja-sama-daerah-${i % 97}`);
    const s = new Suggester();
    expect(s.holding('a\0x', 'kabupaten-4321-kerja', () => ids)).toBe('jabar-partner-kota-kabupaten-4321-kerja-sama-daerah-53');
    expect(s.holding('a\0y', 'kerja-sama', () => ids)).toBeUndefined();
    const poor = new Suggester(10_000);
    for (let k = 0; k < 100; k++) poor.holding(`a\0${k}`, `kabupaten-${k}-kerja`, () => ids);
    expect(poor.holding('a\0z', 'kabupaten-4321-kerja', () => ids)).toBeUndefined();
  });

  it('answers a repeated dangling reference once', () => {
    const s = new Suggester();
    let asked = 0;
    for (let k = 0; k < 100; k++) s.closest('p\0shizuka', 'shizuka', () => (asked++, ['shizuoka']));
    expect(asked).toBe(1);
  });
});
