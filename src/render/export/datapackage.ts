// An export as a Frictionless Tabular Data Package (v1): datapackage.json and one CSV per table. Each
// resource has its Table Schema: types, the primary key, the foreign keys, enum constraints (the codes of
// its code table, the field model's codes, which a test holds equal to the JSON Schemas), titles and
// descriptions in the chosen language and, under `i18n`, in both. Licences, sources and the Satu Data
// metadata come from kerjasama.yaml's `publication`; the tool, its version and the export day under
// `kerjasama`. Same register, commit and day: the same bytes.

import type { Export, Table } from '../../export/tables.js';
import type { Words } from '../../export/words.js';
import { PACKAGE_WORDS } from '../../export/words.js';
import { UPDATE_FREQUENCY_WORDS } from '../../model/fields.words.js';
import type { Lang } from '../../model/types.js';
import { tableAsCsv } from './csv.js';

const other = (lang: Lang): Lang => (lang === 'id' ? 'en' : 'id');

/** Title and description in the chosen language, and both under i18n (Table Schema has one string for each). */
function words(title: Words, description: Words, lang: Lang): Record<string, unknown> {
  return {
    title: title[lang],
    description: description[lang],
    i18n: { [lang]: { title: title[lang], description: description[lang] }, [other(lang)]: { title: title[other(lang)], description: description[other(lang)] } },
  };
}

/** The package's name: kerjasama-<owner>, else from the register's name. */
export function packageName(x: Export, owner: string | undefined): string {
  if (owner && /^[a-z0-9._-]+$/.test(owner)) return `kerjasama-${owner}`;
  const slug = x.register.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return slug ? `kerjasama-${slug}` : 'kerjasama';
}

function schemaOf(t: Table, x: Export, lang: Lang): Record<string, unknown> {
  const codesOf = new Map<string, string[]>();
  for (const fk of t.foreignKeys) {
    const target = x.tables.find((u) => u.name === fk.table);
    if (fk.columns.length === 1 && target && target.name.startsWith('code_')) codesOf.set(fk.columns[0] as string, target.rows.map((r) => String(r[0])));
  }
  return {
    fields: t.columns.map((c) => {
      const enumCodes = c.enum ?? codesOf.get(c.name);
      const constraints = { ...(c.required ? { required: true } : {}), ...(enumCodes ? { enum: [...enumCodes] } : {}) };
      return {
        name: c.name,
        type: c.type,
        ...(c.type === 'date' ? { format: 'default' } : {}),
        ...words(c.title, c.description, lang),
        ...(c.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
        ...(Object.keys(constraints).length ? { constraints } : {}),
      };
    }),
    primaryKey: [...t.primaryKey],
    ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys.map((fk) => ({ fields: [...fk.columns], reference: { resource: fk.table === t.name ? '' : fk.table, fields: [...fk.refColumns] } })) } : {}),
    missingValues: [''],
  };
}

/** datapackage.json and the CSV files, by file name. */
export function exportAsDataPackage(x: Export, lang: Lang, owner: string | undefined): Map<string, string> {
  const p = x.publication;
  const satu = p.satu_data ?? {};
  const freq = satu.frequency as keyof typeof UPDATE_FREQUENCY_WORDS | undefined;
  const contributors = [
    ...(satu.producer ? [{ title: satu.producer, role: 'author' }] : []),
    ...(satu.steward ? [{ title: satu.steward, role: 'publisher' }] : []),
  ];
  const descriptor = {
    profile: 'tabular-data-package',
    name: packageName(x, owner),
    ...words(PACKAGE_WORDS.title(x.register), PACKAGE_WORDS.description(x.asOf), lang),
    languages: [lang, other(lang)],
    ...(p.licenses?.length ? { licenses: p.licenses.map((l) => ({ name: l.name, ...(l.path ? { path: l.path } : {}), ...(l.title ? { title: l.title } : {}) })) } : {}),
    ...(p.sources?.length ? { sources: p.sources.map((s) => ({ title: s.title, ...(s.path ? { path: s.path } : {}) })) } : {}),
    ...(contributors.length ? { contributors } : {}),
    satu_data: {
      producer: satu.producer ?? null,
      steward: satu.steward ?? null,
      frequency: satu.frequency ?? null,
      frequency_label: freq && UPDATE_FREQUENCY_WORDS[freq] ? { en: UPDATE_FREQUENCY_WORDS[freq].en, id: UPDATE_FREQUENCY_WORDS[freq].id } : null,
      region_code: satu.region_code ?? null,
    },
    kerjasama: { register: x.register, as_of: x.asOf, commit: x.commit ?? null, ...(x.recordedAsOf ? { recorded_as_of: x.recordedAsOf } : {}), tool: 'kerjasama', version: x.version, schema_version: x.version, include_private: x.includePrivate },
    resources: x.tables.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.name,
      path: `${t.name}.csv`,
      ...words(t.title, t.description, lang),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: schemaOf(t, x, lang),
    })),
  };
  const files = new Map<string, string>();
  for (const t of x.tables) files.set(`${t.name}.csv`, tableAsCsv(t));
  files.set('datapackage.json', JSON.stringify(descriptor, null, 2) + '\n');
  return files;
}
