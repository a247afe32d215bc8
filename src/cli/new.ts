// kerjasama new partner|agreement|activity [id]: one record, from flags or questions on a terminal, with a
// suggested id. It is checked like any record (file rules, then the rules across the register) before it
// is written, and it is written atomically, never over an existing file.

import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runChecks } from '../check/index.js';
import { checkFile } from '../load/load.js';
import { locate } from '../load/locate.js';
import { parseText } from '../load/parse.js';
import { readSchema } from '../load/schemas.js';
import { parseDate } from '../model/dates.js';
import { countOf, finalise } from '../model/diagnostics.js';
import { KIND_DIRS, KINDS, type AnyRecord, type Dataset, type Kind } from '../model/types.js';
import { diagnosticsAsStylish } from '../render/diagnosticsStylish.js';
import { BadValue, fill, MissingValues, type Field } from '../scaffold/ask.js';
import { ID_PATTERN, slug } from '../model/ids.js';
import { uniqueId } from '../scaffold/ids.js';
import { toYaml } from '../scaffold/yaml.js';
import { chooseStyle, loadOrExplain, makeRealFolder, writeNewFile, type GlobalOptions } from './common.js';
import { UsageError, type IO } from './io.js';

export interface NewOptions extends GlobalOptions {
  name?: string; type?: string; country?: string; region?: string;
  title?: string; category?: string; subform?: string; documentType?: string; partners?: string; status?: string;
  signed?: string; end?: string; sectors?: string; parent?: string; renews?: string; unit?: string;
  agreements?: string; start?: string; location?: string;
  dryRun?: boolean;
}

type Values = Record<string, string>;

/** The options each kind takes, by their key in NewOptions (flags are these in kebab-case). */
const TAKES: Record<Kind, readonly (keyof NewOptions)[]> = {
  partner: ['name', 'type', 'country', 'region'],
  agreement: ['title', 'category', 'subform', 'documentType', 'partners', 'status', 'signed', 'end', 'sectors', 'parent', 'renews', 'unit'],
  activity: ['title', 'type', 'agreements', 'partners', 'start', 'end', 'status', 'sectors', 'location', 'unit'],
};
const ALL_OPTIONS = [...new Set(Object.values(TAKES).flat())];
const flagOf = (key: string): string => '--' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

// The allowed values come from the schemas, so flags and questions never drift from the data contract.
const enumOf = (kind: Kind, field: string): readonly string[] =>
  ((readSchema(kind)['properties'] as Record<string, { enum?: string[] }>)[field]?.enum ?? []) as readonly string[];

const date = (flag: string) => (t: string): string | { problem: string } =>
  parseDate(t) ? t : { problem: `${flag} must be a date like 2026-11-22 (or 2026-11, or 2026), not ${JSON.stringify(t)}` };
const idList = (flag: string) => (t: string): string | { problem: string } => {
  const ids = t.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = ids.find((i) => !ID_PATTERN.test(i));
  if (!ids.length) return { problem: `${flag} needs at least one id` };
  return bad ? { problem: `${flag}: ${JSON.stringify(bad)} is not an id (lower-case letters, digits, - _ . between them)` } : ids.join(',');
};
const sectorList = (t: string): string | { problem: string } => {
  const ids = t.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = ids.find((i) => !/^[a-z][a-z0-9_]*$/.test(i));
  return bad ? { problem: `--sectors: ${JSON.stringify(bad)} is not a sector id like pariwisata (see docs/sectors.md)` } : ids.join(',');
};
const text = (flag: string) => (t: string): string | { problem: string } => (t ? t : { problem: `${flag} must not be empty` });
const endValue = (t: string): string | { problem: string } =>
  t === 'none' || /^[1-9][0-9]{0,2}[my]$/.test(t) || parseDate(t) ? t : { problem: `--end must be a date like 2030-10-31, a term like 5y or 18m, or none; not ${JSON.stringify(t)}` };

function fieldsFor(kind: Kind, asOf: number): Field[] {
  switch (kind) {
    case 'partner':
      return [
        { key: 'name', flag: '--name', label: 'Name (as used in reports)', required: true, parse: text('--name') },
        { key: 'type', flag: '--type', label: 'Type', required: true, choices: enumOf('partner', 'type') },
        { key: 'country', flag: '--country', label: 'Country (ISO code: ID, JP, AU …)', required: true, parse: (t) => (/^[A-Za-z]{2}$/.test(t) ? t.toUpperCase() : { problem: `--country must be a two-letter ISO 3166-1 code like ID, JP or AU, not ${JSON.stringify(t)}` }) },
        { key: 'region', flag: '--region', label: 'Region', required: false, parse: text('--region') },
      ];
    case 'agreement':
      return [
        { key: 'title', flag: '--title', label: 'Title (short, as used in reports)', required: true, parse: text('--title') },
        { key: 'category', flag: '--category', label: 'Category', required: true, choices: enumOf('agreement', 'category') },
        { key: 'subform', flag: '--subform', label: 'Sub-form', required: false, choices: enumOf('agreement', 'subform') },
        { key: 'documentType', flag: '--document-type', label: 'Document type', required: true, choices: enumOf('agreement', 'document_type') },
        { key: 'partners', flag: '--partners', label: 'Counterpart partner ids, comma-separated', required: true, parse: idList('--partners') },
        { key: 'signed', flag: '--signed', label: 'Signing date', required: false, ask: true, parse: date('--signed') },
        { key: 'end', flag: '--end', label: 'End: a date, a term like 5y, or none', required: false, ask: true, parse: endValue },
        {
          key: 'status', flag: '--status', label: 'Status', required: true, choices: enumOf('agreement', 'status'),
          suggest: (v) => {
            const s = v['signed'] ? parseDate(v['signed']) : undefined;
            return !s ? 'draft' : s.first <= asOf ? 'active' : 'signed';
          },
        },
        { key: 'sectors', flag: '--sectors', label: 'Sectors, comma-separated (docs/sectors.md)', required: false, ask: true, parse: sectorList },
        { key: 'parent', flag: '--parent', label: 'Parent agreement', required: false, parse: idList('--parent') },
        { key: 'renews', flag: '--renews', label: 'Renews agreement', required: false, parse: idList('--renews') },
        { key: 'unit', flag: '--unit', label: 'Responsible unit (OPD)', required: false, parse: text('--unit') },
      ];
    case 'activity':
      return [
        { key: 'title', flag: '--title', label: 'Title', required: true, parse: text('--title') },
        { key: 'type', flag: '--type', label: 'Type', required: true, choices: enumOf('activity', 'type') },
        { key: 'start', flag: '--start', label: 'Date (or first day)', required: true, parse: date('--start') },
        { key: 'end', flag: '--end', label: 'Last day', required: false, parse: date('--end') },
        { key: 'agreements', flag: '--agreements', label: 'Agreement ids it implements, comma-separated', required: false, ask: true, parse: idList('--agreements') },
        { key: 'partners', flag: '--partners', label: 'Partner ids', required: false, parse: idList('--partners') },
        { key: 'status', flag: '--status', label: 'Status', required: false, choices: enumOf('activity', 'status') },
        { key: 'sectors', flag: '--sectors', label: 'Sectors, comma-separated (docs/sectors.md)', required: false, ask: true, parse: sectorList },
        { key: 'location', flag: '--location', label: 'Location', required: false, parse: text('--location') },
        { key: 'unit', flag: '--unit', label: 'Responsible unit (OPD)', required: false, parse: text('--unit') },
      ];
  }
}

const list = (v: string | undefined): string[] | undefined => (v ? v.split(',') : undefined);
const endSpec = (v: string): string | { term: string } => (/^[1-9][0-9]{0,2}[my]$/.test(v) ? { term: v } : v);

/** The record in the schema's field order, optional fields only when given. */
function buildRecord(kind: Kind, v: Values, owner: string | undefined): Record<string, unknown> {
  const put = (o: Record<string, unknown>, k: string, x: unknown): void => {
    if (x !== undefined) o[k] = x;
  };
  const o: Record<string, unknown> = {};
  if (kind === 'partner') {
    for (const k of ['name', 'type', 'country', 'region']) put(o, k, v[k]);
  } else if (kind === 'agreement') {
    const partners = list(v['partners']) ?? [];
    put(o, 'title', v['title']);
    put(o, 'category', v['category']);
    put(o, 'subform', v['subform']);
    put(o, 'document_type', v['documentType']);
    put(o, 'partners', partners);
    // One signature per party, each to be completed with its own number (each side numbers the document).
    if (v['signed']) put(o, 'signatures', [...(owner ? [owner] : []), ...partners].map((party) => ({ party, date: v['signed'] })));
    put(o, 'end', v['end'] ? endSpec(v['end']) : undefined);
    put(o, 'status', v['status']);
    put(o, 'parent', v['parent']);
    put(o, 'renews', v['renews']);
    put(o, 'sectors', list(v['sectors']));
    put(o, 'unit', v['unit']);
  } else {
    for (const k of ['title', 'type']) put(o, k, v[k]);
    put(o, 'agreements', list(v['agreements']));
    put(o, 'partners', list(v['partners']));
    for (const k of ['status', 'start', 'end', 'location']) put(o, k, v[k]);
    put(o, 'sectors', list(v['sectors']));
    put(o, 'unit', v['unit']);
  }
  return o;
}

export async function newCommand(io: IO, kindArg: string, idArg: string | undefined, opts: NewOptions): Promise<number> {
  const kind = KINDS.find((k) => k === kindArg);
  if (!kind) throw new UsageError(`kerjasama: new makes a partner, agreement or activity, not ${JSON.stringify(kindArg)}`);
  const foreign = ALL_OPTIONS.filter((k) => opts[k] !== undefined && !TAKES[kind].includes(k));
  if (foreign.length) throw new UsageError(`kerjasama: new ${kind} does not take ${foreign.map(flagOf).join(', ')}; it takes ${TAKES[kind].map(flagOf).join(', ')}`);

  const { loaded, lang, asOf } = loadOrExplain(io, opts);
  const { dataset } = loaded;
  const dir = KIND_DIRS[kind];
  const byKind: Record<Kind, ReadonlyMap<string, AnyRecord>> = { partner: dataset.partners, agreement: dataset.agreements, activity: dataset.activities };
  const taken = (id: string): boolean => byKind[kind].has(id) || dataset.invalidIds[kind].has(id) || existsSync(join(loaded.root, dir, `${id}.yaml`)) || existsSync(join(loaded.root, dir, `${id}.yml`));

  const prompt = io.prompt;
  const note = (t: string): void => io.stderr(t + '\n');
  if (prompt) note(`New ${kind} in ${loaded.root} (Enter takes the [suggestion]; Ctrl-C cancels; nothing is written until the end).`);
  const given: Record<string, string | undefined> = Object.fromEntries(TAKES[kind].map((k) => [k, opts[k] as string | undefined]));
  let values: Values;
  try {
    values = await fill(fieldsFor(kind, asOf), { given, note, ...(prompt ? { prompt } : {}) });
    if (kind === 'activity' && !values['agreements'] && !values['partners']) {
      if (!prompt) throw new MissingValues(['--agreements or --partners']);
      Object.assign(values, await fill([{ key: 'partners', flag: '--partners', label: 'No agreement: partner ids involved, comma-separated', required: true, parse: idList('--partners') }], { given: {}, note, prompt }));
    }
    const suggested = uniqueId(slug(values['name'] ?? values['title'] ?? ''), taken, kind);
    const idField: Field = {
      key: 'id', flag: '[id]', label: `Id (the file name in ${dir}/)`, required: true, suggest: () => suggested,
      parse: (t) => (ID_PATTERN.test(t) ? t : { problem: `${JSON.stringify(t)} is not an id: lower-case letters, digits, and single - _ . between them (like ${slug(t) || suggested})` }),
    };
    Object.assign(values, await fill([idField], { given: { id: idArg }, note, ...(prompt && idArg === undefined ? { prompt } : {}) }));
  } catch (err) {
    if (err instanceof MissingValues) throw new UsageError(`kerjasama: new ${kind} needs ${err.flags.join(', ')} (no terminal to ask on)`);
    if (err instanceof BadValue) throw new UsageError(`kerjasama: ${err.message}`);
    throw err;
  }

  const id = values['id'] as string;
  const rel = `${dir}/${id}.yaml`;
  if (taken(id)) {
    const other = byKind[kind].get(id)?.file ?? rel;
    throw new UsageError(`kerjasama: a ${kind} with the id ${id} exists (${other}); choose another id, never overwriting`);
  }
  const yaml = toYaml(buildRecord(kind, values, dataset.config.owner));

  // The file on its own (YAML, schema, id), then the rules across the register with the record added.
  const own = checkFile(kind, rel, new TextEncoder().encode(yaml));
  // A clean file may come back without positions (the loader's fast path); later diagnostics need them.
  const positioned = own.parsed.doc ? own.parsed : parseText(yaml, rel);
  const cross = own.value === undefined ? [] : runChecks(withRecord(dataset, { kind, id, file: rel, data: own.value } as AnyRecord), asOf)
    .filter((d) => d.file === rel)
    .map((d) => locate(d, positioned.doc, positioned.lineCounter));
  const diags = finalise([...own.diagnostics, ...cross]);
  const counts = countOf(diags);
  if (diags.length) {
    io.stderr(diagnosticsAsStylish(diags, { lang, style: chooseStyle(io, opts, 'stderr'), source: (f) => (f === rel ? yaml : loaded.source(f)), fileCount: 1 }));
  }
  if (opts.dryRun) {
    io.stdout(yaml);
    return counts.errors ? 1 : 0;
  }
  if (counts.errors) {
    io.stderr(`kerjasama: ${rel} was not written; fix the values above and run again (--dry-run shows the YAML)\n`);
    return 1;
  }
  const abs = join(loaded.root, dir, `${id}.yaml`);
  makeRealFolder(loaded.root, dir);
  writeNewFile(abs, yaml, relative(io.cwd, abs));
  io.stdout(relative(io.cwd, abs) + '\n');
  return 0;
}

function withRecord(d: Dataset, rec: AnyRecord): Dataset {
  const add = <T extends AnyRecord>(m: ReadonlyMap<string, T>, k: Kind): ReadonlyMap<string, T> => (k === rec.kind ? new Map([...m, [rec.id, rec as T]]) : m);
  return { ...d, partners: add(d.partners, 'partner'), agreements: add(d.agreements, 'agreement'), activities: add(d.activities, 'activity'), fileCount: d.fileCount + 1 };
}
