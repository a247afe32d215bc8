// The unified diff the changing commands show (src/render/textDiff.ts): a shortest edit script, hunks
// as git writes them, and record text made visible.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineDiff, unifiedDiff } from '../../src/render/textDiff.js';

/** The length of a longest common subsequence (the fewest changes are n + m - 2 × this). */
function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] as number;
      row[j] = x === b[j - 1] ? prev + 1 : Math.max(row[j] as number, row[j - 1] as number);
      prev = cur;
    }
  }
  return row[b.length] as number;
}

describe('unifiedDiff', () => {
  it('shows a changed line with its context, and nothing for no change', () => {
    expect(unifiedDiff('data/a.yaml', 'a\nb\nc\nd\ne\n', 'a\nb\nC\nd\ne\n')).toBe('--- a/data/a.yaml\n+++ b/data/a.yaml\n@@ -1,5 +1,5 @@\n a\n b\n-c\n+C\n d\n e\n');
    expect(unifiedDiff('x', 'a\n', 'a\n')).toBe('');
    expect(unifiedDiff('data/new.yaml', undefined, 'x: 1\n')).toBe('--- /dev/null\n+++ b/data/new.yaml\n@@ -0,0 +1,1 @@\n+x: 1\n');
  });

  it('makes control characters in record text visible', () => {
    expect(unifiedDiff('x', 'title: a\n', 'title: \u001b[31mred\u202e\n')).toContain('+title: ␛[31mred\\u{202E}');
  });

  it('is a shortest edit script from a to b, and each hunk counts its lines', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'title: x', '', '# c'), { maxLength: 30 });
    fc.assert(fc.property(lines, lines, (a, b) => {
      const ops = lineDiff(a, b);
      expect(ops.filter((o) => o.t !== '+').map((o) => o.line)).toEqual(a);
      expect(ops.filter((o) => o.t !== '-').map((o) => o.line)).toEqual(b);
      expect(ops.filter((o) => o.t !== ' ').length).toBe(a.length + b.length - 2 * lcs(a, b));
      const text = unifiedDiff('f', a.map((l) => l + '\n').join(''), b.map((l) => l + '\n').join(''));
      for (const hunk of text.split(/^(?=@@)/m).slice(1)) {
        const m = /^@@ -\d+,(\d+) \+\d+,(\d+) @@\n/.exec(hunk);
        expect(m).not.toBeNull();
        const body = hunk.slice((m as RegExpExecArray)[0].length).split('\n').slice(0, -1);
        expect(body.filter((l) => !l.startsWith('+')).length).toBe(Number(m?.[1]));
        expect(body.filter((l) => !l.startsWith('-')).length).toBe(Number(m?.[2]));
      }
    }), { numRuns: 500 });
  });
});
