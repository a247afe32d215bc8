// Rule: two partner files that are probably the same partner (same country, same name once normalised).

import type { Diagnostic, Partner } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

const PREFIXES = [
  'pemerintah provinsi', 'pemerintah kabupaten', 'pemerintah kota', 'pemerintah daerah', 'pemerintah', 'pemprov', 'pemkab', 'pemkot', 'pemda',
  'provinsi', 'prov', 'kabupaten', 'kab', 'kota', 'government of', 'city of', 'state of', 'prefecture of', 'province of', 'the', 'pt', 'cv',
];
const SUFFIXES = ['prefectural government', 'state government', 'city government', 'government', 'prefecture', 'province', 'tbk', 'inc', 'ltd', 'co'];

/** Lower case, no accents or punctuation, common government prefixes and suffixes removed. */
export function normaliseName(name: string): string {
  let s = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/\s+/g, ' ');
  for (let changed = true; changed;) {
    changed = false;
    for (const p of PREFIXES) if (s.startsWith(p + ' ')) { s = s.slice(p.length + 1); changed = true; }
    for (const x of SUFFIXES) if (s.endsWith(' ' + x)) { s = s.slice(0, -x.length - 1); changed = true; }
  }
  return s;
}

export function partnerDuplicate(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, Partner>();
  for (const p of ctx.dataset.partners.values()) {
    const names = [p.data.name, ...(p.data.aliases ?? [])];
    const matched = new Set<string>();
    for (const n of names) {
      const key = `${p.data.country}|${normaliseName(n)}`;
      const other = seen.get(key);
      if (other && other.id !== p.id && !matched.has(other.id)) {
        matched.add(other.id);
        out.push(diag('partner-duplicate', 'warning', p.file, '/name', { other: other.id, otherFile: other.file, country: p.data.country, name: n }));
      }
    }
    for (const n of names) {
      const key = `${p.data.country}|${normaliseName(n)}`;
      if (!seen.has(key)) seen.set(key, p);
    }
  }
  return out;
}
