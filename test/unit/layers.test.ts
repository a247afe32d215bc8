// The pipeline's layers, as folders of src/: each may import only from layers below it (and itself), so
// no import runs upward and there is no cycle between folders. docs/architecture.md describes them.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';

/** Lowest first. Folders on one line are peers and may not import each other. */
export const LAYERS: readonly string[][] = [
  ['model'],
  ['load'],
  ['check'],
  ['facts'],
  ['aggregate'],
  ['report'],
  ['view'],
  ['export'],
  ['render'],
  ['scaffold'],
  ['import'],
  ['build', 'cli'],
];

const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('layers', () => {
  it('every folder of src/ has a layer, and no module imports from a layer above its own or a peer', () => {
    const src = join(REPO, 'src');
    const bad: string[] = [];
    for (const f of files(src)) {
      const from = relative(src, f).split('/')[0] as string;
      expect(rank.has(from), `src/${from} has no layer in LAYERS`).toBe(true);
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:from|import\()\s*'(\.\.?\/[^']+)'/g)) {
        const target = relative(src, join(f, '..', m[1] as string)).split('/')[0] as string;
        if (target === from || !rank.has(target)) continue;
        if ((rank.get(target) as number) >= (rank.get(from) as number)) bad.push(`${relative(REPO, f)} imports ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
