// identify()'s time when one name is shared by many registers without identifiers: `members` members of
// `partners` partners each, every member holding the same partner names (no ids), as when many regencies
// record "Western Australia" by name only. Run after `npm run compile`:
//   node bench/identity.mjs [members=150] [partners=80] [runs=3]
// Prints the median time of identify() and the counts it found (to compare two versions' answers).

import { identify } from '../dist/aggregate/identity.js';

const [members = 150, partners = 80, runs = 3] = process.argv.slice(2).map(Number);

export function syntheticMembers(nMembers, nPartners) {
  const out = [];
  for (let i = 0; i < nMembers; i++) {
    const code = String(10 + i);
    const map = new Map();
    for (let j = 0; j < nPartners; j++) {
      const id = `p${j}`;
      // Every member names partner j alike, some in another language's form.
      const name = j % 2 ? `Prefecture ${j}` : `Prefektur ${j}`;
      map.set(id, { id, file: `data/partners/${id}.yaml`, data: { name, type: 'foreign_subnational', country: 'JP' } });
    }
    out.push({ code, source: `path:m${code}`, loaded: { dataset: { partners: map, agreements: new Map(), activities: new Map() }, config: { owner: undefined, ownerIds: {} }, locate: (d) => d } });
  }
  return out;
}

const ms = syntheticMembers(members, partners);
const times = [];
let r;
for (let k = 0; k < runs; k++) {
  const t0 = process.hrtime.bigint();
  r = identify(ms);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
const pairs = r.candidates.reduce((n, c) => n + c.pairs.length, 0);
console.log(`${members} members x ${partners} partners: identify median ${times[Math.floor(times.length / 2)].toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')}); ${r.partners.length} national partners, ${r.candidates.length} candidates, ${pairs} pairs`);
