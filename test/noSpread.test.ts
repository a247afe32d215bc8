// No array is spread into a function's arguments anywhere in src/ (issue 27): a spread passes every
// element on the stack, and past about 120,000 of them (a long table, a partner's activities, a file's
// diagnostics) the call throws "Maximum call stack size exceeded". src/model/lists.ts has maxOf, minOf
// and pushAll for the cases that looked harmless; this test keeps every new one out.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from '../src/model/lists.js';
import { REPO } from './helpers.js';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Calls whose arguments are spread from an array: Math.min/max, push, unshift, splice, String.fromCharCode, apply. */
export function spreadCalls(text: string): string[] {
  const found: string[] = [];
  const CALLS = /\b(Math\.(?:min|max)|String\.fromCharCode|String\.fromCodePoint|\.push|\.unshift|\.splice|\.apply|Reflect\.apply)\s*\(/g;
  for (const m of text.matchAll(CALLS)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    let depth = 0;
    let end = open;
    for (; end < text.length; end++) {
      const c = text[end];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0) break;
      }
    }
    const args = text.slice(open + 1, end);
    let d = 0;
    for (let k = 0; k < args.length; k++) {
      const c = args[k] as string;
      if ('([{'.includes(c)) d++;
      else if (')]}'.includes(c)) d--;
      else if (d === 0 && (args.startsWith('...', k) || m[1]?.endsWith('apply'))) {
        found.push(`${m[1]}(${args.slice(0, 60).replace(/\s+/g, ' ')}`);
        break;
      }
    }
  }
  return found;
}

describe('no spread of an array into a call', () => {
  it('finds the forms it forbids (the checker itself)', () => {
    expect(spreadCalls('const a = Math.max(0, ...xs.map((x) => x.n)); out.push(...more); f.apply(null, xs); Math.min(a, b); out.push([...xs]);')).toHaveLength(3);
  });

  it('src/ has none', () => {
    const hits = sources(join(REPO, 'src')).flatMap((f) => spreadCalls(readFileSync(f, 'utf8')).map((h) => `${relative(REPO, f)}: ${h}`));
    expect(hits).toEqual([]);
  });

  it('maxOf, minOf and pushAll take a million elements', () => {
    const big = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(maxOf(big, 0)).toBe(999_999);
    expect(minOf(big, 5)).toBe(0);
    expect(maxOf([], -1)).toBe(-1);
    expect(pushAll([1], big).length).toBe(1_000_001);
  });
});
