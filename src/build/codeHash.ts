// Build step (`npm run compile`, last): writes dist/code-hash.json, the hash of the contents of every file
// of the built tool with each file's size and time, so that a run does not read all of dist/ to key its
// cache (the run only lists the files and compares sizes and times; see codeHash in load/cache.ts).

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_HASH_FILE, computeCodeHash } from '../load/cache.js';

const top = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(top, CODE_HASH_FILE);
writeFileSync(out, `${JSON.stringify(computeCodeHash(top))}\n`);
process.stdout.write(`wrote ${out}\n`);
