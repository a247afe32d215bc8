// The floor for `npm run bench` (issue 28): what any Node program pays to look at every record file of a
// register: start Node, list data/partners, data/agreements and data/activities, read each .yaml/.yml file
// whole and scan its bytes once (count the lines, so the read is used). No parsing, no schema, no output but
// the count. Run in the register's folder: node bench/floor.mjs
// Plain JavaScript, no imports beyond node:fs, so its start-up is Node's own.

import { readdirSync, readFileSync } from 'node:fs';

let files = 0;
let lines = 0;
for (const dir of ['data/partners', 'data/agreements', 'data/activities']) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    continue;
  }
  for (const name of names) {
    if (!name.endsWith('.yaml') && !name.endsWith('.yml')) continue;
    const bytes = readFileSync(`${dir}/${name}`);
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) lines++;
    files++;
  }
}
process.stdout.write(`${files} files, ${lines} lines\n`);
