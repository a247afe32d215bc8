// The precompiled validators (ajv standalone code, written to dist/load/validators.cjs at build time)
// must judge every value exactly as the validators compiled at run time: the same verdict and the same
// diagnostics, on the example register, every error reproducer, and random changes to real records.

import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compiledValidator, schemaDiagnostics, schemaFormats, schemaHash, standaloneCode, type SchemaName } from '../src/load/schemas.js';
import { REPO } from './helpers.js';
import { REPRODUCERS } from './errors/reproducers.js';

function precompiled(): Record<SchemaName, ValidateFunction> {
  const mod = { exports: {} as { schemaHash?: string; create?: (f: Record<string, unknown>) => Record<SchemaName, ValidateFunction> } };
  new Function('module', 'exports', 'require', standaloneCode())(mod, mod.exports, createRequire(join(REPO, 'package.json')));
  expect(mod.exports.schemaHash).toBe(schemaHash());
  return (mod.exports.create as NonNullable<typeof mod.exports.create>)(schemaFormats());
}

const PRE = precompiled();
const KIND: Record<string, SchemaName> = { partners: 'partner', agreements: 'agreement', activities: 'activity' };

function same(name: SchemaName, value: unknown, file = 'x.yaml'): void {
  const a = schemaDiagnostics(name, value, file, PRE[name]);
  const b = schemaDiagnostics(name, value, file, compiledValidator(name));
  expect(a).toEqual(b);
}

/** Every record of the example register, and every YAML file of every reproducer, as values. */
function corpus(): Array<{ name: SchemaName; value: unknown }> {
  const out: Array<{ name: SchemaName; value: unknown }> = [{ name: 'config', value: parse(readFileSync(join(REPO, 'kerjasama.yaml'), 'utf8')) }];
  for (const dir of Object.keys(KIND)) {
    for (const f of readdirSync(join(REPO, 'data', dir))) out.push({ name: KIND[dir] as SchemaName, value: parse(readFileSync(join(REPO, 'data', dir, f), 'utf8')) });
  }
  for (const r of Object.values(REPRODUCERS)) {
    for (const [path, content] of Object.entries(r.files)) {
      if (typeof content !== 'string') continue;
      let value: unknown;
      try {
        value = parse(content, { logLevel: "silent" });
      } catch {
        continue;
      }
      const kind = path === 'kerjasama.yaml' ? 'config' : KIND[path.split('/')[1] ?? ''];
      if (kind) out.push({ name: kind, value });
    }
  }
  return out;
}

describe('precompiled validators', () => {
  const all = corpus();

  it('agree with run-time compiled ones on the example register and every reproducer', () => {
    expect(all.length).toBeGreaterThan(100);
    let invalid = 0;
    for (const { name, value } of all) {
      same(name, value);
      if (!PRE[name](value)) invalid++;
    }
    expect(invalid).toBeGreaterThanOrEqual(10); // the reproducers do reach the error paths
  });

  it('agree on random changes to real records', () => {
    const anyValue = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('2026-11-22', '2026-02-30', '2026', 'https://x.org', 'KSDPL', 'mou', 'active', '5y', '{ term: 5y }'),
      fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 2 }));
    fc.assert(fc.property(fc.nat(all.length - 1), fc.array(fc.tuple(fc.string({ maxLength: 10 }), fc.nat(40), anyValue, fc.boolean()), { maxLength: 4 }), (i, edits) => {
      const { name, value } = all[i] as { name: SchemaName; value: unknown };
      if (typeof value !== 'object' || value === null) return;
      const v = structuredClone(value) as Record<string, unknown>;
      for (const [key, pick, val, del] of edits) {
        const keys = Object.keys(v);
        const k = keys.length && pick % 3 ? (keys[pick % keys.length] as string) : key;
        if (del) delete v[k];
        else v[k] = val;
      }
      same(name, v);
    }), { numRuns: 400 });
  });
});
