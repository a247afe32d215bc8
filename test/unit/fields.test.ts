// The field model (src/model/fields.ts) against the data contract: every schema property has a
// descriptor and every descriptor a schema property, with the same required fields and the same codes,
// nested objects included; every field has its words in both languages; and the record types of
// src/model/types.ts have exactly the descriptors' fields (checked by the compiler, below).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_FIELDS, AGREEMENT_FIELDS, CONFIG_FIELDS, fieldPaths, PARTNER_FIELDS, type Fields, type FieldSpec } from '../../src/model/fields.js';
import { FIELD_WORDS } from '../../src/model/fields.words.js';
import type { ActivityData, AgreementData, ConfigData, PartnerData } from '../../src/model/types.js';
import { REPO } from '../helpers.js';

type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; enum?: string[]; items?: Schema; anyOf?: Schema[]; const?: string };

const read = (name: string): Schema => JSON.parse(readFileSync(join(REPO, 'schemas', `${name}.schema.json`), 'utf8')) as Schema;
const DEFS = (read('defs') as { $defs: Record<string, Schema> }).$defs;

/** A schema with its $ref to defs.schema.json resolved (one level). */
function resolve(s: Schema): Schema {
  const ref = s.$ref?.match(/#\/\$defs\/(\w+)$/)?.[1];
  return ref ? { ...(DEFS[ref] as Schema), ...s, $ref: s.$ref } : s;
}
const defName = (s: Schema): string | undefined => s.$ref?.match(/#\/\$defs\/(\w+)$/)?.[1];

/** What a descriptor's shape must be, as the schema writes it. */
function expectShape(path: string, f: FieldSpec, raw: Schema): void {
  const s = resolve(raw);
  const def = defName(raw);
  const itemDef = s.items ? defName(s.items) : undefined;
  const t = f.shape.t;
  const ok: Record<string, () => boolean> = {
    id: () => def === 'id',
    text: () => def === 'text' || s.type === 'string',
    notes: () => def === 'notes',
    // A date that may be `unknown`: either a date or the word (activity start).
    date: () => def === (f.unknown ? 'date_or_unknown' : 'date'),
    period: () => s.type === 'string' && typeof (s as { pattern?: string }).pattern === 'string',
    duration: () => def === 'duration',
    durations: () => s.type === 'array' && itemDef === 'duration',
    url: () => def === 'url',
    country: () => s.type === 'string',
    bool: () => s.type === 'boolean',
    integer: () => s.type === 'integer',
    number: () => s.type === 'number',
    enum: () => Array.isArray(s.enum),
    ref: () => def === 'id',
    refs: () => def === 'ids' || itemDef === 'id',
    texts: () => def === 'texts' || itemDef === 'text',
    links: () => itemDef === 'link',
    sources: () => def === 'sources',
    sectors: () => def === 'sectors',
    countries: () => s.type === 'array' && s.items?.type === 'string',
    enums: () => Array.isArray(s.items?.enum),
    end: () => Array.isArray(s.anyOf),
    object: () => s.type === 'object' || def === 'approval',
    objects: () => s.type === 'array' && s.items?.type === 'object',
  };
  expect(ok[t]?.(), `${path}: shape ${t} against the schema's ${JSON.stringify({ ref: s.$ref, type: s.type })}`).toBe(true);
  if (f.shape.t === 'enum') expect([...f.shape.codes], `${path}: codes`).toEqual(s.enum);
  if (f.shape.t === 'enums') expect([...f.shape.codes], `${path}: codes`).toEqual(s.items?.enum);
  if (f.shape.t === 'object') expectFields(path, f.shape.fields, s);
  if (f.shape.t === 'objects') expectFields(path, f.shape.fields, s.items as Schema);
}

function expectFields(path: string, fields: Fields, schema: Schema): void {
  const props = schema.properties ?? {};
  expect(Object.keys(fields).sort(), `${path}: the descriptors' fields are the schema's properties`).toEqual(Object.keys(props).sort());
  expect(Object.entries(fields).filter(([, f]) => f.required).map(([k]) => k).sort(), `${path}: required`).toEqual([...(schema.required ?? [])].sort());
  for (const [k, f] of Object.entries(fields)) expectShape(`${path}.${k}`, f, props[k] as Schema);
  // `unknown` is said where it is one of the codes, and only there.
  for (const [k, f] of Object.entries(fields)) {
    const codes = f.shape.t === 'enum' || f.shape.t === 'enums' ? f.shape.codes : defName(props[k] as Schema) === 'date_or_unknown' ? ['unknown'] : [];
    expect(Boolean(f.unknown), `${path}.${k}: unknown`).toBe(codes.includes('unknown'));
  }
}

const KINDS = [['partner', PARTNER_FIELDS], ['agreement', AGREEMENT_FIELDS], ['activity', ACTIVITY_FIELDS], ['config', CONFIG_FIELDS]] as const;

describe('the field model', () => {
  for (const [name, fields] of KINDS) {
    it(`${name}: a descriptor for every schema property and a schema property for every descriptor, with the same required fields, shapes and codes`, () => {
      expectFields(name, fields, read(name));
    });
    it(`${name}: every field has its label in both languages, and every code its label`, () => {
      for (const [path, f] of fieldPaths(fields)) {
        const w = FIELD_WORDS[`${name}.${path}`];
        expect(w, `${name}.${path} has no words`).toBeDefined();
        expect(w?.label.en && w.label.id, `${name}.${path}: label`).toBeTruthy();
        // A field `new` offers (a flag of its own) has its help and its question.
        if (f.new && f.new.kv === undefined) {
          expect(w?.ask?.en && w.ask.id, `${name}.${path}: question`).toBeTruthy();
          expect(w?.help?.en && w.help.id, `${name}.${path}: help`).toBeTruthy();
        }
        const codes = f.shape.t === 'enum' || f.shape.t === 'enums' ? f.shape.codes : [];
        for (const c of codes) expect(w?.codes?.[c]?.en && w.codes[c]?.id, `${name}.${path}: code ${c}`).toBeTruthy();
      }
    });
  }
  it('no words for a field that does not exist', () => {
    const paths = new Set(KINDS.flatMap(([name, fields]) => fieldPaths(fields).map(([p]) => `${name}.${p}`)));
    expect(Object.keys(FIELD_WORDS).filter((k) => !paths.has(k))).toEqual([]);
  });
});

// The record types have exactly the descriptors' top-level fields (a compile error otherwise).
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const typesMatch: [
  Equal<keyof PartnerData, keyof typeof PARTNER_FIELDS>,
  Equal<keyof AgreementData, keyof typeof AGREEMENT_FIELDS>,
  Equal<keyof ActivityData, keyof typeof ACTIVITY_FIELDS>,
  Equal<keyof ConfigData, keyof typeof CONFIG_FIELDS>,
] = [true, true, true, true];
void typesMatch;
