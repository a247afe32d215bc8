// After the schema accepts a record: turn bare years (end: 2028, which YAML reads as a number) into
// the text form every later stage expects ("2028"). Only in memory; files are never rewritten.

import { FIELDS, type Fields } from '../model/fields.js';
import type { Kind } from '../model/types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fix(o: unknown, key: string): void {
  if (isObj(o) && typeof o[key] === 'number') o[key] = String(o[key]);
}

/** Every date of the record (the field model's date and end fields, nested ones too), from a bare year to text. */
function walk(fields: Fields, value: Obj): void {
  for (const [k, f] of Object.entries(fields)) {
    const v = value[k];
    if (v === undefined) continue;
    if (f.shape.t === 'date' || f.shape.t === 'end') fix(value, k);
    else if (f.shape.t === 'object' && isObj(v)) walk(f.shape.fields, v);
    else if (f.shape.t === 'objects' && Array.isArray(v)) for (const x of v) if (isObj(x)) walk(f.shape.fields, x);
  }
}

export function normaliseRecord(kind: Kind, value: unknown): void {
  if (isObj(value)) walk(FIELDS[kind], value);
}
