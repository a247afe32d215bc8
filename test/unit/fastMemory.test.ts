// The fast reader's values do not keep their file's text alive. V8 makes a slice of 13 characters or more
// point into the string it was cut from, so before this a record's title kept its whole file in memory: at
// 100,000 files, where the loader keeps no texts, that was every file's text. Measured in a Node of its own,
// with the garbage collector called by hand: 300 texts of 64 KB each (about 19 MB), read and dropped, their
// values kept (a few KB).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../helpers.js';

const BUILT = join(REPO, 'dist', 'load', 'fastParse.js');

it.skipIf(!existsSync(BUILT))('keeps values, not the texts they were read from', () => {
  const script = `
    const { fastParse } = await import(${JSON.stringify(BUILT)});
    const kept = [];
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 300; i++) {
      // A text made at run time (not a constant of the script), with a long title, a quoted one, a list and a long note.
      const filler = '# ' + 'x'.repeat(80) + ' ' + i + '\\n';
      const text = 'title: A cooperation agreement on trade number ' + i + '\\nquoted: "Quoted text long enough ' + i + '"\\nsectors: [perdagangan, pariwisata-' + i + ']\\nnotes: ' + 'word '.repeat(8) + i + '\\n' + filler.repeat(780);
      const v = fastParse(text);
      if (!v || typeof v.title !== 'string') throw new Error('not read on the fast path');
      kept.push(v);
    }
    globalThis.gc();
    process.stdout.write(String(process.memoryUsage().heapUsed - before));
  `;
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const grown = Number(r.stdout);
  // The texts are about 19 MB; the values about 300 × 0.5 KB. Anything near the texts is a leak.
  expect(grown).toBeLessThan(2_000_000);
});
