// After the schema accepts a record: turn bare years (end: 2028, which YAML reads as a number) into
// the text form every later stage expects ("2028"). Only in memory; files are never rewritten.

import type { Kind } from '../model/types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fix(o: unknown, key: string): void {
  if (isObj(o) && typeof o[key] === 'number') o[key] = String(o[key]);
}

export function normaliseRecord(kind: Kind, value: unknown): void {
  if (!isObj(value)) return;
  if (kind === 'agreement') {
    for (const k of ['effective', 'end', 'planned_signing', 'confirmed']) fix(value, k);
    if (Array.isArray(value['signatures'])) for (const s of value['signatures']) fix(s, 'date');
    fix(value['termination'], 'date');
    const ap = value['approvals'];
    if (isObj(ap)) for (const k of ['dprd', 'central', 'full_powers']) fix(ap[k], 'date');
  } else if (kind === 'activity') {
    fix(value, 'start');
    fix(value, 'end');
  }
}
