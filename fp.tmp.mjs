import { readFileSync, readdirSync } from 'node:fs';
import { fastParse } from './dist/load/fastParse.js';
const root = process.argv[2]; let n = 0; const ex = [];
for (const d of ['partners','agreements','activities']) for (const f of readdirSync(root+'/data/'+d)) { const t = readFileSync(`${root}/data/${d}/${f}`,'utf8'); if (fastParse(t) === undefined) { n++; if (ex.length < 5) ex.push(f); } }
console.log(n, ex);
