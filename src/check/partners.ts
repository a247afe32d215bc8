// Rule: two partner files that are probably the same partner (same country, same name once normalised,
// in whichever language the kind of region is written: "Prefektur Shizuoka" and "Shizuoka Prefecture").

import type { Diagnostic, Partner } from '../model/types.js';
import { diag, type CheckContext } from './context.js';
import { KIND_PREFIXES, KIND_SUFFIXES, PREFIXES, SUFFIXES } from './partners.data.js';

const PREFIXES_SPACED = PREFIXES.map((p) => p + ' ');
const SUFFIXES_SPACED = SUFFIXES.map((x) => ' ' + x);

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/** Lower case, no accents or punctuation, common government prefixes and suffixes removed. */
export function normaliseName(name: string): string {
  // Plain ASCII has no accents to take off: NFKD would give the same text.
  // In ASCII, letters and digits are [a-z0-9] once lower-cased (the same answer, without Unicode tables).
  const lower = name.toLowerCase();
  let s = ASCII.test(lower)
    ? lower.replace(/[^a-z0-9]+/g, ' ').trim()
    : lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/\s+/g, ' ');
  for (let changed = true; changed;) {
    changed = false;
    for (const p of PREFIXES_SPACED) if (s.startsWith(p)) { s = s.slice(p.length); changed = true; }
    for (const x of SUFFIXES_SPACED) if (s.endsWith(x)) { s = s.slice(0, -x.length); changed = true; }
  }
  return s;
}


/** The key two names of one partner share: normaliseName, and the kind of region taken off in any language. */
export function identityKey(name: string): string {
  let s = normaliseName(name);
  for (let changed = true; changed;) {
    changed = false;
    for (const p of KIND_PREFIXES) if (s.startsWith(p)) { s = s.slice(p.length); changed = true; }
    for (const x of KIND_SUFFIXES) if (s.endsWith(x)) { s = s.slice(0, -x.length); changed = true; }
    if (changed) s = normaliseName(s);
  }
  return s || normaliseName(name);
}

/**
 * Whether two partners' identifiers already answer the question: the same identifier (same-identifier
 * reports it, as an error) or different values of one identifier (two partners, whatever their names).
 */
function identifiersDecide(a: Partner, b: Partner): boolean {
  const x = a.data.ids ?? {};
  const y = b.data.ids ?? {};
  return (['kemendagri', 'iso3166_2', 'wikidata'] as const).some((k) => x[k] !== undefined && y[k] !== undefined);
}

/**
 * How two names of a probable duplicate match, for its message: the very same name (no otherName); two
 * names the same once government words are set aside (otherName); or one name in two languages' forms
 * (otherName, languages).
 */
function nameParams(name: string, other: string): Record<string, string> {
  if (name === other) return {};
  return normaliseName(name) === normaliseName(other) ? { otherName: other } : { otherName: other, languages: 'yes' };
}

export function partnerDuplicate(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, { partner: Partner; name: string }>();
  for (const p of ctx.dataset.partners.values()) {
    const names = [p.data.name, ...(p.data.aliases ?? [])];
    const keys = names.map((n) => `${p.data.country}|${identityKey(n)}`);
    const matched = new Set<string>();
    for (let k = 0; k < names.length; k++) {
      const n = names[k] as string;
      const other = seen.get(keys[k] as string);
      if (other && other.partner.id !== p.id && !matched.has(other.partner.id) && !identifiersDecide(p, other.partner)) {
        matched.add(other.partner.id);
        out.push(diag('partner-duplicate', 'warning', p.file, '/name', { other: other.partner.id, otherFile: other.partner.file, country: p.data.country, name: n, ...nameParams(n, other.name) }));
      }
    }
    keys.forEach((key, k) => { if (!seen.has(key)) seen.set(key, { partner: p, name: names[k] as string }); });
  }
  return out;
}
