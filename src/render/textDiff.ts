// A file's change as a unified diff, the form git shows: the lines removed (-) and added (+) with three
// lines around each change. Every line is made visible (sanitise.ts): record text never controls the
// terminal. Used by the commands that change files (set, unset, renew, …, migrate) to show what they
// write before they write it.

import { visible } from './sanitise.js';
import type { Style } from './style.js';

type Op = { t: ' ' | '-' | '+'; line: string };

/** The edit script from `a` to `b` (Myers' O(ND) algorithm: small changes to long files stay fast). */
export function lineDiff(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Array<Map<number, number>> = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
      let x = down ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk back through the trace.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d] as Map<number, number>;
    const k = x - y;
    const down = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1));
    const pk = down ? k + 1 : k - 1;
    const px = vd.get(pk) ?? 0;
    const py = px - pk;
    while (x > px && y > py) ops.push({ t: ' ', line: a[--x] as string }), y--;
    if (d > 0) {
      if (down) ops.push({ t: '+', line: b[--y] as string });
      else ops.push({ t: '-', line: a[--x] as string });
    }
  }
  return ops.reverse();
}

const CONTEXT = 3;

/** `rel`'s change as a unified diff; `before` undefined for a new file. Empty when nothing changed. */
export function unifiedDiff(rel: string, before: string | undefined, after: string, style?: Style): string {
  const split = (s: string): string[] => {
    const lines = s.replace(/\r\n/g, '\n').split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines;
  };
  const a = before === undefined ? [] : split(before);
  const b = split(after);
  const ops = lineDiff(a, b);
  if (!ops.some((o) => o.t !== ' ')) return '';
  const red = style?.red ?? ((s: string) => s);
  const green = style?.green ?? ((s: string) => s);
  const bold = style?.bold ?? ((s: string) => s);
  const out = [bold(`--- ${before === undefined ? '/dev/null' : `a/${visible(rel)}`}`), bold(`+++ b/${visible(rel)}`)];
  // Hunks: the changed lines with up to CONTEXT lines around them, near ones merged.
  const changed = ops.map((o, i) => (o.t !== ' ' ? i : -1)).filter((i) => i >= 0);
  let i = 0;
  while (i < changed.length) {
    let from = Math.max(0, (changed[i] as number) - CONTEXT);
    let to = Math.min(ops.length - 1, (changed[i] as number) + CONTEXT);
    while (i + 1 < changed.length && (changed[i + 1] as number) - CONTEXT <= to + 1) {
      i++;
      to = Math.min(ops.length - 1, (changed[i] as number) + CONTEXT);
    }
    i++;
    let aLine = 1;
    let bLine = 1;
    for (let k = 0; k < from; k++) {
      if (ops[k]?.t !== '+') aLine++;
      if (ops[k]?.t !== '-') bLine++;
    }
    const hunk = ops.slice(from, to + 1);
    const aCount = hunk.filter((o) => o.t !== '+').length;
    const bCount = hunk.filter((o) => o.t !== '-').length;
    out.push(`@@ -${aCount ? aLine : aLine - 1},${aCount} +${bCount ? bLine : bLine - 1},${bCount} @@`);
    for (const o of hunk) {
      const text = `${o.t}${visible(o.line, { tabs: true })}`;
      out.push(o.t === '-' ? red(text) : o.t === '+' ? green(text) : text);
    }
    from = to + 1;
  }
  return out.join('\n') + '\n';
}
