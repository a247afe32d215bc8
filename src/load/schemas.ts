// The JSON Schemas in schemas/ compiled with ajv, and ajv's errors turned into diagnostics a person
// can act on: the field, what it must be, what was found, and a near-miss suggestion.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { isValidDate } from '../model/dates.js';
import type { Diagnostic, Kind } from '../model/types.js';
import { pointerOf, pointerSegments } from './locate.js';
import { closest } from './similar.js';
import { load } from './lazy.js';

export type SchemaName = Kind | 'config';
export const SCHEMA_NAMES: readonly SchemaName[] = ['partner', 'agreement', 'activity', 'config'];

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

export function readSchema(name: SchemaName | 'defs'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')) as Record<string, unknown>;
}

let ajvInstance: Ajv2020 | undefined;
const validators = new Map<SchemaName, ValidateFunction>();

/** One ajv with the shared definitions; each schema is compiled the first time it is needed. */
function ajvWithDefs(): Ajv2020 {
  if (ajvInstance) return ajvInstance;
  const { Ajv2020: Ajv } = load<{ Ajv2020: typeof Ajv2020 }>('ajv/dist/2020.js');
  const addFormats = load<{ default: (ajv: Ajv2020, formats: string[]) => void }>('ajv-formats').default;
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, verbose: true, allowUnionTypes: true });
  addFormats(ajv, ['uri', 'email']);
  ajv.addFormat('partial-date', { type: 'string', validate: isValidDate });
  ajv.addKeyword('x-expected');
  ajv.addKeyword('x-expected-id');
  ajv.addSchema(readSchema('defs'));
  ajvInstance = ajv;
  return ajv;
}

export function validatorFor(name: SchemaName): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    if (!SCHEMA_NAMES.includes(name)) throw new Error(`no schema ${name}`);
    v = ajvWithDefs().compile(readSchema(name));
    validators.set(name, v);
  }
  return v;
}

const WHAT: Record<SchemaName, string> = { partner: 'a partner', agreement: 'an agreement', activity: 'an activity', config: 'kerjasama.yaml' };
const WHAT_ID: Record<SchemaName, string> = { partner: 'mitra', agreement: 'perjanjian', activity: 'kegiatan', config: 'kerjasama.yaml' };

/** Validates a value against a schema; returns diagnostics with pointers (positions come later). */
export function schemaDiagnostics(name: SchemaName, value: unknown, file: string): Diagnostic[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  return mapErrors(validate.errors ?? [], name, file);
}

function fieldName(pointer: string, name: SchemaName): string {
  const segs = pointerSegments(pointer);
  if (segs.length === 0) return name === 'config' ? 'kerjasama.yaml' : `the ${name}`;
  return segs.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function describeType(v: unknown, lang: 'en' | 'id'): string {
  const en = lang === 'en';
  if (v === null) return en ? 'empty (null)' : 'kosong (null)';
  if (Array.isArray(v)) return en ? 'a list' : 'daftar';
  if (typeof v === 'object') return en ? 'a mapping' : 'pemetaan';
  if (typeof v === 'string') return `${en ? 'the text' : 'teks'} "${v.length > 40 ? v.slice(0, 37) + '...' : v}"`;
  return `${typeof v === 'number' ? (en ? 'the number' : 'angka') : en ? 'the boolean' : 'boolean'} ${String(v)}`;
}

/** A value as a message quotes it: text as written, a list or mapping as short JSON (not [object Object]). */
function shown(v: unknown): string {
  if (typeof v !== 'object' || v === null) return String(v);
  const json = JSON.stringify(v);
  return json.length > 40 ? json.slice(0, 37) + '...' : json;
}

const TYPE_WORDS: Record<string, [string, string]> = {
  string: ['text', 'teks'],
  number: ['a number', 'angka'],
  integer: ['a whole number', 'bilangan bulat'],
  boolean: ['true or false', 'true atau false'],
  object: ['a mapping (key: value lines)', 'pemetaan (baris kunci: nilai)'],
  array: ['a list (lines starting with -)', 'daftar (baris yang diawali -)'],
  null: ['empty', 'kosong'],
};

/** The schema's own words for what a value must be, in both languages. */
function expectedOf(e: ErrorObject, fallback: string, fallbackId: string): { expected: string; expected_id: string } {
  const ps = e.parentSchema as Record<string, unknown> | undefined;
  const en = typeof ps?.['x-expected'] === 'string' ? (ps['x-expected'] as string) : fallback;
  const id = typeof ps?.['x-expected-id'] === 'string' ? (ps['x-expected-id'] as string) : typeof ps?.['x-expected'] === 'string' ? en : fallbackId;
  return { expected: en, expected_id: id };
}

function mapErrors(errors: ErrorObject[], name: SchemaName, file: string): Diagnostic[] {
  // anyOf/oneOf failures explain themselves once; drop the branch errors beneath them.
  // A union on a field (end:) owns every error at or below that field; one at the root owns only its branches.
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const underUnion = (e: ErrorObject): boolean =>
    unions.some((u) => {
      if (u === e) return false;
      if (u.instancePath !== '') return e.instancePath === u.instancePath || e.instancePath.startsWith(u.instancePath + '/');
      return e.schemaPath.startsWith(u.schemaPath + '/');
    });
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (underUnion(e) || e.keyword === 'if') continue;
    const d = mapError(e, name, file);
    const key = `${d.code}|${d.pointer}|${JSON.stringify(d.params)}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

function mapError(e: ErrorObject, name: SchemaName, file: string): Diagnostic {
  const base = { severity: 'error' as const, file };
  const field = fieldName(e.instancePath, name);
  const where = e.instancePath === '' ? WHAT[name] : field;
  const where_id = e.instancePath === '' ? WHAT_ID[name] : field;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const missing = String(p['missingProperty']);
      const props = (e.parentSchema as Record<string, unknown> | undefined)?.['properties'] as Record<string, Record<string, unknown>> | undefined;
      const sub = props?.[missing];
      const expected = typeof sub?.['x-expected'] === 'string' ? sub['x-expected'] : undefined;
      const expectedId = typeof sub?.['x-expected-id'] === 'string' ? sub['x-expected-id'] : expected;
      return { ...base, code: 'schema-required', pointer: e.instancePath, target: 'key', params: { field: missing, where, where_id, ...(expected ? { expected, expected_id: expectedId ?? expected } : {}) } };
    }
    case 'additionalProperties': {
      const extra = String(p['additionalProperty']);
      const known = Object.keys(((e.parentSchema as Record<string, unknown>)['properties'] ?? {}) as object);
      const suggestion = closest(extra, known);
      return { ...base, code: 'schema-unknown-field', pointer: pointerOf([...pointerSegments(e.instancePath), extra]), target: 'key', params: { field: extra, where, where_id, ...(suggestion ? { suggestion } : {}) } };
    }
    case 'type': {
      const types = String(p['type']).split(',');
      const { expected, expected_id } = expectedOf(e, types.map((t) => TYPE_WORDS[t]?.[0] ?? t).join(' or '), types.map((t) => TYPE_WORDS[t]?.[1] ?? t).join(' atau '));
      const quote = types.includes('string') && (typeof e.data === 'number' || typeof e.data === 'boolean') ? String(e.data) : undefined;
      return { ...base, code: 'schema-type', pointer: e.instancePath, params: { field, expected, expected_id, actual: describeType(e.data, 'en'), actual_id: describeType(e.data, 'id'), ...(quote ? { quote } : {}) } };
    }
    case 'enum': {
      const allowed = (p['allowedValues'] as unknown[]).map(String);
      const suggestion = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      return { ...base, code: 'schema-enum', pointer: e.instancePath, params: { field, value: shown(e.data), allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) } };
    }
    case 'format': {
      const exp = expectedOf(e, `a valid ${String(p['format'])}`, `${String(p['format'])} yang sah`);
      const looksTimestamp = typeof e.data === 'string' && /^\d{4}-\d{2}-\d{2}[ T]/.test(e.data);
      return { ...base, code: 'schema-format', pointer: e.instancePath, params: { field, ...exp, value: String(e.data), ...(looksTimestamp ? { quote: 1 } : {}) } };
    }
    case 'pattern':
      return { ...base, code: 'schema-pattern', pointer: e.instancePath, params: { field, ...expectedOf(e, `text matching ${String(p['pattern'])}`, `teks yang cocok dengan ${String(p['pattern'])}`), value: String(e.data) } };
    case 'anyOf':
    case 'oneOf':
      return { ...base, code: 'schema-one-of', pointer: e.instancePath, params: { field, ...expectedOf(e, 'one of the documented forms', 'salah satu bentuk yang didokumentasikan') } };
    case 'const':
      return { ...base, code: 'schema-enum', pointer: e.instancePath, params: { field, value: shown(e.data), allowed: String(p['allowedValue']) } };
    default:
      return { ...base, code: 'schema-constraint', pointer: e.instancePath, params: { field, rule: constraintText(e, 'en'), rule_id: constraintText(e, 'id') } };
  }
}

function constraintText(e: ErrorObject, lang: 'en' | 'id'): string {
  const p = e.params as Record<string, unknown>;
  const n = String(p['limit']);
  const en = lang === 'en';
  switch (e.keyword) {
    case 'minLength': return en ? 'must not be empty' : 'tidak boleh kosong';
    case 'minItems': return en ? `must list at least ${n} item${n === '1' ? '' : 's'}` : `harus berisi paling sedikit ${n} butir`;
    case 'maxItems': return en ? `must list at most ${n} items` : `paling banyak berisi ${n} butir`;
    case 'minimum': return en ? `must be at least ${n}` : `paling kecil ${n}`;
    case 'maximum': return en ? `must be at most ${n}` : `paling besar ${n}`;
    case 'uniqueItems': return en ? `lists the same value twice (items ${String(p['j'])} and ${String(p['i'])})` : `memuat nilai yang sama dua kali (butir ${String(p['j'])} dan ${String(p['i'])})`;
    case 'minProperties': return en ? 'must not be an empty mapping' : 'tidak boleh berupa pemetaan kosong';
    default: return e.message ?? e.keyword;
  }
}
