// `npm run bench -- --aggregate-only`'s register: a federation of `members` generated member registers of
// `records` records each (bench/generate.mjs, one seed per member), as Kemendagri would gather every
// region's register: about 552 regions of about 200 records. Each member's kerjasama.yaml names its own
// region code (owner_ids.kemendagri), so no two members claim the same code.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRegister, writeFiles } from './generate.mjs';

/** The i-th member's code: regency-shaped (`10.01` … ), unique for up to 9,000 members. */
export const memberCode = (i) => `${10 + Math.floor(i / 99)}.${String((i % 99) + 1).padStart(2, '0')}`;

export function writeFederation(dir, members, records) {
  mkdirSync(dir, { recursive: true });
  const lines = ['name: Generated federation', 'members:'];
  for (let i = 0; i < members; i++) {
    const code = memberCode(i);
    const folder = `m${String(i).padStart(4, '0')}`;
    const { files } = generateRegister(records, { seed: 1000 + i, quoteDates: true });
    const config = files.get('kerjasama.yaml').replace(/^name: .*$/m, `name: Member ${code}`).replace(/^owner: .*$/m, (m) => `${m}\nowner_ids:\n  kemendagri: '${code}'`);
    files.set('kerjasama.yaml', config);
    writeFiles(join(dir, folder), files);
    lines.push(`  - code: '${code}'`, `    path: ${folder}`);
  }
  lines.push('stale_after: 180d', '');
  writeFileSync(join(dir, 'federation.yaml'), lines.join('\n'));
}
