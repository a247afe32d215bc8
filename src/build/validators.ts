// Build step (`npm run compile`, after tsc): writes the schema validators as standalone code to
// dist/load/validators.cjs, so that a run loads them instead of loading ajv and compiling the schemas.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { standaloneCode } from '../load/schemas.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'load', 'validators.cjs');
writeFileSync(out, standaloneCode());
process.stdout.write(`wrote ${out}\n`);
