// kerjasama schema [name]: prints a JSON Schema for editors and other tools, self-contained (the shared
// definitions of defs.schema.json included), so that one file is all a tool needs.

import { maxOf } from '../model/lists.js';
import { readSchema, SCHEMA_NAMES, type SchemaName } from '../load/schemas.js';
import { bundleSchema } from '../scaffold/schemaBundle.js';
import { emit } from './common.js';
import { UsageError, type IO } from './io.js';
import { say, t } from './messages.js';
import type { Lang } from '../model/types.js';

const FOR: Record<SchemaName, string> = {
  partner: 'data/partners/<id>.yaml',
  agreement: 'data/agreements/<id>.yaml',
  activity: 'data/activities/<id>.yaml',
  config: 'kerjasama.yaml',
};

export function schemaText(name: SchemaName): string {
  return JSON.stringify(bundleSchema(readSchema(name), readSchema('defs')), null, 2) + '\n';
}

export function schemaCommand(io: IO, name: string | undefined, opts: { output?: string; force?: boolean }, lang: Lang = 'en'): number {
  if (name === undefined) {
    const width = maxOf(SCHEMA_NAMES.map((n) => n.length), 0);
    io.stdout(`${SCHEMA_NAMES.map((n) => `${n.padEnd(width)}  ${FOR[n]}`).join('\n')}\n\n${t(lang, 'schemaListFooter')}\n`);
    return 0;
  }
  if (!(SCHEMA_NAMES as readonly string[]).includes(name)) throw new UsageError(say('schemaUnknown', { name, names: SCHEMA_NAMES.join(', ') }));
  emit(io, schemaText(name as SchemaName), opts.output, opts.force);
  return 0;
}
