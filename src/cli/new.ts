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
import { schemaModeline, toYaml } from '../scaffold/yaml.js';
import { chooseStyle, loadOrExplain, makeRealFolder, writeNewFile, type GlobalOptions } from './common.js';
import { UsageError, type IO } from './io.js';

export interface NewOptions extends GlobalOptions {
  name?: string; type?: string; country?: string; region?: string; nameLocal?: string; aliases?: string; website?: string;
  title?: string; originalTitle?: string; category?: string; subform?: string; documentType?: string; owner?: string; partners?: string; status?: string;
  signed?: string; signature?: string[]; plannedSigning?: string; effective?: string; end?: string; renewsEvery?: string; confirmed?: string;
  termination?: string; sectors?: string; objects?: string; scope?: string[]; parent?: string; renews?: string; unit?: string;
  dprd?: string; central?: string; fullPowers?: string; document?: string[];
  agreements?: string; start?: string; location?: string; participants?: string; budget?: string; outputs?: string[]; evidence?: string[];
  source?: string[]; notes?: string;
  dryRun?: boolean;
}

type Values = Record<string, string>;

/** The options each kind takes, by their key in NewOptions (flags are these in kebab-case): every field of the schema. */
const TAKES: Record<Kind, readonly (keyof NewOptions)[]> = {
  partner: ['name', 'nameLocal', 'aliases', 'type', 'country', 'region', 'website', 'source', 'notes'],
  agreement: ['title', 'originalTitle', 'category', 'subform', 'documentType', 'owner', 'partners', 'signed', 'signature', 'plannedSigning', 'effective', 'end', 'renewsEvery',
    'status', 'confirmed', 'termination', 'parent', 'renews', 'sectors', 'objects', 'scope', 'unit', 'dprd', 'central', 'fullPowers', 'document', 'source', 'notes'],
  activity: ['title', 'type', 'owner', 'agreements', 'partners', 'start', 'end', 'status', 'sectors', 'location', 'unit', 'participants', 'budget', 'outputs', 'evidence', 'source', 'notes'],
};
/** Flags that may be given more than once (one list item each). */
const REPEATED = new Set<keyof NewOptions>(['signature', 'scope', 'document', 'outputs', 'evidence', 'source']);
/** Separates the items of a repeated flag inside one value. */
const ITEM = '\n';
const ALL_OPTIONS = [...new Set(Object.values(TAKES).flat())];
const flagOf = (key: string): string => '--' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

// The allowed values come from the schemas, so flags and questions never drift from the data contract.
const enumOf = (kind: Kind, field: string): readonly string[] =>
  ((readSchema(kind)['properties'] as Record<string, { enum?: string[] }>)[field]?.enum ?? []) as readonly string[];

const date = (flag: string) => (t: string): string | { problem: string } =>
  parseDate(t) ? t : { problem: `${flag} must be a date like 2026-11-22 (or 2026-11 or 2026; ~1990 for about 1990; 1997..1998; ..2017-06 for by June 2017), not ${JSON.stringify(t)}` };

/**
 * `key=value,key=value`: the form of --signature, --dprd, --budget and the like. A comma splits only
 * before another `key=`, so a value may hold commas ("place=Alexandria, Mesir"). What is wrong comes back
 * under the key `problem`.
 */
export function keyValues(flag: string, keys: readonly string[], t: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of t.split(/,(?=\s*[a-z_]+=)/)) {
    const eq = part.indexOf('=');
    const k = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    // `problem` is never one of the keys: it carries what is wrong with the text.
    if (eq < 0 || !keys.includes(k)) return { problem: `${flag} takes key=value pairs with the keys ${keys.join(', ')}; ${JSON.stringify(part.trim())} is not one` };
    if (v === '') return { problem: `${flag}: ${k}= needs a value` };
    out[k] = v;
  }
  return out;
}

const kv = (flag: string, keys: readonly string[], dates: readonly string[] = [], required: readonly string[] = []) => (t: string): string | { problem: string } => {
  const parts = t.split(ITEM).filter((x) => x.trim() !== '');
  for (const item of parts) {
    const rec = keyValues(flag, keys, item);
    if (typeof rec['problem'] === 'string' && !keys.includes('problem')) return { problem: rec['problem'] };
    for (const k of required) if (rec[k] === undefined) return { problem: `${flag} needs ${k}=` };
    for (const k of dates) if (rec[k] !== undefined && !parseDate(rec[k] as string)) return { problem: `${flag}: ${k}=${rec[k]} is not a date like 2026-11-22 (or 2026-11, 2026, ~1990, 1997..1998)` };
  }
  return parts.join(ITEM);
};
const SIGNATURE_KEYS = ['party', 'date', 'place', 'signatory', 'title', 'number', 'notes'] as const;
const APPROVAL_KEYS = ['number', 'date', 'by', 'notes', 'status', 'reason'] as const;
const approval = (flag: string) => (t: string): string | { problem: string } => {
  const v = kv(flag, APPROVAL_KEYS, ['date'])(t);
  if (typeof v !== 'string') return v;
  const o = keyValues(flag, APPROVAL_KEYS, v) as Record<string, string>;
  if (o['status'] !== undefined && o['status'] !== 'not_applicable' && o['status'] !== 'unknown') return { problem: `${flag}: status= is not_applicable or unknown, not ${JSON.stringify(o['status'])}` };
  if (o['status'] !== undefined && o['reason'] === undefined) return { problem: `${flag}: status=${o['status']} needs reason=` };
  return v;
};
const items = (t: string): string | { problem: string } => (t.trim() ? t : { problem: 'the value must not be empty' });
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
const period = (flag: string) => (t: string): string | { problem: string } => (/^[1-9][0-9]{0,2}[my]$/.test(t) ? t : { problem: `${flag} must be a period like 5y or 18m, not ${JSON.stringify(t)}` });
const objectList = (t: string): string | { problem: string } => {
  const allowed = ((readSchema('agreement')['properties'] as Record<string, { items?: { enum?: string[] } }>)['objects']?.items?.enum ?? []) as string[];
  const ids = t.split(',').map((x) => x.trim()).filter(Boolean);
  const bad = ids.find((x) => !allowed.includes(x));
  return bad ? { problem: `--objects: ${JSON.stringify(bad)} is not one of ${allowed.join(', ')}` } : ids.join(',');
};

/** Fields asked on a terminal only when the user wants to add details (every one can be given by its flag). */
const DETAIL = true;

function fieldsFor(kind: Kind, asOf: number): Field[] {
  switch (kind) {
    case 'partner':
      return [
        { key: 'name', flag: '--name', label: 'Name (as used in reports)', required: true, parse: text('--name') },
        { key: 'type', flag: '--type', label: 'Type', required: true, choices: enumOf('partner', 'type') },
        { key: 'country', flag: '--country', label: 'Country (ISO code: ID, JP, AU …)', required: true, parse: (t) => (/^[A-Za-z]{2}$/.test(t) ? t.toUpperCase() : { problem: `--country must be a two-letter ISO 3166-1 code like ID, JP or AU, not ${JSON.stringify(t)}` }) },
        { key: 'region', flag: '--region', label: 'Region', required: false, parse: text('--region') },
        { key: 'nameLocal', flag: '--name-local', label: 'Name in its own language and script', required: false, detail: DETAIL, parse: text('--name-local') },
        { key: 'aliases', flag: '--aliases', label: 'Other names and spellings, comma-separated', required: false, detail: DETAIL, parse: text('--aliases') },
        { key: 'website', flag: '--website', label: 'Website', required: false, detail: DETAIL, parse: (t) => (/^https?:\/\//.test(t) ? t : { problem: `--website must start with https:// or http://, not ${JSON.stringify(t)}` }) },
        ...common(),
      ];
    case 'agreement':
      return [
        { key: 'title', flag: '--title', label: 'Title (short, as used in reports)', required: true, parse: text('--title') },
        { key: 'originalTitle', flag: '--original-title', label: 'Title exactly as on the document', required: false, detail: DETAIL, parse: text('--original-title') },
        { key: 'category', flag: '--category', label: 'Category', required: true, choices: enumOf('agreement', 'category') },
        { key: 'subform', flag: '--subform', label: 'Sub-form', required: false, choices: enumOf('agreement', 'subform') },
        { key: 'documentType', flag: '--document-type', label: 'Document type', required: true, choices: enumOf('agreement', 'document_type') },
        { key: 'partners', flag: '--partners', label: 'Counterpart partner ids, comma-separated', required: true, parse: idList('--partners') },
        { key: 'owner', flag: '--owner', label: 'Our own region (partner id), if not the register owner', required: false, parse: idList('--owner') },
        { key: 'signed', flag: '--signed', label: 'Signing date (every party; details can give each its own)', required: false, ask: true, parse: date('--signed') },
        { key: 'signature', flag: '--signature', label: 'A signature: party=ID,date=…,place=…,signatory=…,title=…,number=…', required: false, parse: kv('--signature', SIGNATURE_KEYS, ['date'], ['party']) },
        { key: 'plannedSigning', flag: '--planned-signing', label: 'Planned signing date', required: false, detail: DETAIL, parse: date('--planned-signing') },
        { key: 'effective', flag: '--effective', label: 'Takes effect on (if not the last signature)', required: false, detail: DETAIL, parse: date('--effective') },
        { key: 'end', flag: '--end', label: 'End: a date, a term like 5y, or none', required: false, ask: true, parse: endValue },
        { key: 'renewsEvery', flag: '--renews-every', label: 'Renewed every (e.g. 5y), if it renews on a cycle', required: false, detail: DETAIL, parse: period('--renews-every') },
        {
          key: 'status', flag: '--status', label: 'Status', required: true, choices: enumOf('agreement', 'status'),
          suggest: (v) => {
            const s = v['signed'] ? parseDate(v['signed']) : undefined;
            return !s ? 'draft' : s.first <= asOf ? 'active' : 'signed';
          },
        },
        { key: 'confirmed', flag: '--confirmed', label: 'Status last confirmed on', required: false, detail: DETAIL, parse: date('--confirmed') },
        { key: 'termination', flag: '--termination', label: 'Termination: date=…,reason=…', required: false, detail: DETAIL, parse: kv('--termination', ['date', 'reason'], ['date'], ['date']) },
        { key: 'sectors', flag: '--sectors', label: 'Sectors, comma-separated (docs/sectors.md)', required: false, ask: true, parse: sectorList },
        { key: 'objects', flag: '--objects', label: 'Objects (Pasal 367), comma-separated', required: false, detail: DETAIL, parse: objectList },
        { key: 'scope', flag: '--scope', label: 'A scope item (ruang lingkup)', required: false, detail: DETAIL, parse: items },
        { key: 'parent', flag: '--parent', label: 'Parent agreement', required: false, parse: idList('--parent') },
        { key: 'renews', flag: '--renews', label: 'Renews agreement', required: false, parse: idList('--renews') },
        { key: 'unit', flag: '--unit', label: 'Responsible unit (OPD)', required: false, parse: text('--unit') },
        { key: 'dprd', flag: '--dprd', label: 'DPRD approval: number=…,date=… (or status=unknown,reason=…)', required: false, detail: DETAIL, parse: approval('--dprd') },
        { key: 'central', flag: '--central', label: 'Central approval: number=…,date=…,by=… (or status=not_applicable,reason=…)', required: false, detail: DETAIL, parse: approval('--central') },
        { key: 'fullPowers', flag: '--full-powers', label: 'Full Powers (Kemlu): number=…,date=…', required: false, detail: DETAIL, parse: approval('--full-powers') },
        { key: 'document', flag: '--document', label: 'A signed document: a path in the register or a web address', required: false, detail: DETAIL, parse: items },
        ...common(),
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
        { key: 'owner', flag: '--owner', label: 'Our own region (partner id), if not the register owner', required: false, parse: idList('--owner') },
        { key: 'participants', flag: '--participants', label: 'Participants: count=…,description=…', required: false, detail: DETAIL, parse: kv('--participants', ['count', 'description']) },
        { key: 'budget', flag: '--budget', label: 'Budget: amount=…,currency=IDR,source=…', required: false, detail: DETAIL, parse: kv('--budget', ['amount', 'currency', 'source'], [], ['amount', 'currency']) },
        { key: 'outputs', flag: '--outputs', label: 'An output or result', required: false, detail: DETAIL, parse: items },
        { key: 'evidence', flag: '--evidence', label: 'Evidence: a path or web address', required: false, detail: DETAIL, parse: items },
        ...common(),
      ];
  }
}

/** Sources and notes, for every kind. A source is a web address or a citation (a letter number, a report). */
function common(): Field[] {
  return [
    { key: 'source', flag: '--source', label: 'A source: a web address, or a citation such as a letter number', required: false, detail: DETAIL, parse: items },
    { key: 'notes', flag: '--notes', label: 'Notes (open or disputed facts)', required: false, detail: DETAIL, parse: text('--notes') },
  ];
}

const list = (v: string | undefined): string[] | undefined => (v ? v.split(',').map((x) => x.trim()).filter(Boolean) : undefined);
const lines = (v: string | undefined): string[] | undefined => (v ? v.split(ITEM).filter((x) => x.trim() !== '') : undefined);
const endSpec = (v: string): string | { term: string } => (/^[1-9][0-9]{0,2}[my]$/.test(v) ? { term: v } : v);
const kvOf = (v: string | undefined, keys: readonly string[]): Record<string, string> | undefined => (v ? keyValues('', keys, v) : undefined);
/** A number where the schema wants one (budget amount, participant count); other text is left for the schema to refuse. */
const num = (t: string | undefined): number | string | undefined => (t !== undefined && /^\d+(\.\d+)?$/.test(t) ? Number(t) : t);

function approvalOf(v: string | undefined): Record<string, string> | undefined {
  return kvOf(v, APPROVAL_KEYS);
}

/** The signatures: from --signature (one per party), else --signed for every party, else each party's answers. */
function signaturesOf(v: Values, parties: string[]): Array<Record<string, string>> | undefined {
  const given = lines(v['signature']);
  if (given) {
    return given.map((item) => {
      const o = keyValues('', SIGNATURE_KEYS, item);
      const { title, ...rest } = o;
      return { ...rest, ...(title ? { signatory_title: title } : {}) };
    });
  }
  const asked = parties.flatMap((party) => {
    const date = v[`sig:${party}:date`] ?? v['signed'];
    const place = v[`sig:${party}:place`];
    const number = v[`sig:${party}:number`];
    return date || place || number ? [{ party, ...(date ? { date } : {}), ...(place ? { place } : {}), ...(number ? { number } : {}) }] : [];
  });
  return asked.length ? asked : undefined;
}

/** The record in the schema's field order, optional fields only when given. */
function buildRecord(kind: Kind, v: Values, owner: string | undefined): Record<string, unknown> {
  const put = (o: Record<string, unknown>, k: string, x: unknown): void => {
    if (x !== undefined) o[k] = x;
  };
  const o: Record<string, unknown> = {};
  if (kind === 'partner') {
    put(o, 'name', v['name']);
    put(o, 'name_local', v['nameLocal']);
    put(o, 'aliases', list(v['aliases']));
    for (const k of ['type', 'country', 'region', 'website']) put(o, k, v[k]);
  } else if (kind === 'agreement') {
    const partners = list(v['partners']) ?? [];
    put(o, 'title', v['title']);
    put(o, 'original_title', v['originalTitle']);
    put(o, 'category', v['category']);
    put(o, 'subform', v['subform']);
    put(o, 'document_type', v['documentType']);
    put(o, 'owner', v['owner']);
    put(o, 'partners', partners);
    // One signature per party: each side signs, and numbers the document, itself.
    put(o, 'signatures', signaturesOf(v, [...new Set([...(v['owner'] ? [v['owner']] : owner ? [owner] : []), ...partners])]));
    put(o, 'planned_signing', v['plannedSigning']);
    put(o, 'effective', v['effective']);
    put(o, 'end', v['end'] ? endSpec(v['end']) : undefined);
    put(o, 'renews_every', v['renewsEvery']);
    put(o, 'status', v['status']);
    put(o, 'confirmed', v['confirmed']);
    put(o, 'termination', kvOf(v['termination'], ['date', 'reason']));
    put(o, 'parent', v['parent']);
    put(o, 'renews', v['renews']);
    put(o, 'sectors', list(v['sectors']));
    put(o, 'objects', list(v['objects']));
    put(o, 'scope', lines(v['scope']));
    put(o, 'unit', v['unit']);
    const approvals: Record<string, unknown> = {};
    put(approvals, 'dprd', approvalOf(v['dprd']));
    put(approvals, 'central', approvalOf(v['central']));
    put(approvals, 'full_powers', approvalOf(v['fullPowers']));
    put(o, 'approvals', Object.keys(approvals).length ? approvals : undefined);
    put(o, 'documents', lines(v['document']));
  } else {
    for (const k of ['title', 'type']) put(o, k, v[k]);
    put(o, 'agreements', list(v['agreements']));
    put(o, 'partners', list(v['partners']));
    put(o, 'owner', v['owner']);
    for (const k of ['status', 'start', 'end']) put(o, k, v[k]);
    put(o, 'sectors', list(v['sectors']));
    put(o, 'unit', v['unit']);
    put(o, 'location', v['location']);
    const p = kvOf(v['participants'], ['count', 'description']);
    put(o, 'participants', p ? { ...(p['count'] !== undefined ? { count: num(p['count']) } : {}), ...(p['description'] ? { description: p['description'] } : {}) } : undefined);
    const b = kvOf(v['budget'], ['amount', 'currency', 'source']);
    put(o, 'budget', b ? { amount: num(b['amount']), currency: b['currency'], ...(b['source'] ? { source: b['source'] } : {}) } : undefined);
    put(o, 'outputs', lines(v['outputs']));
    put(o, 'evidence', lines(v['evidence']));
  }
  put(o, 'sources', lines(v['source']));
  put(o, 'notes', v['notes']);
  return o;
}

export async function newCommand(io: IO, kindArg: string, idArg: string | undefined, opts: NewOptions): Promise<number> {
  const kind = KINDS.find((k) => k === kindArg);
  if (!kind) throw new UsageError(`kerjasama: new makes a partner, agreement or activity, not ${JSON.stringify(kindArg)}`);
  const isGiven = (k: keyof NewOptions): boolean => opts[k] !== undefined && !(Array.isArray(opts[k]) && (opts[k] as unknown[]).length === 0);
  const foreign = ALL_OPTIONS.filter((k) => isGiven(k) && !TAKES[kind].includes(k));
  if (foreign.length) throw new UsageError(`kerjasama: new ${kind} does not take ${foreign.map(flagOf).join(', ')}; it takes ${TAKES[kind].map(flagOf).join(', ')}`);

  const { loaded, lang, asOf } = loadOrExplain(io, opts);
  const { dataset } = loaded;
  const dir = KIND_DIRS[kind];
  const byKind: Record<Kind, ReadonlyMap<string, AnyRecord>> = { partner: dataset.partners, agreement: dataset.agreements, activity: dataset.activities };
  const taken = (id: string): boolean => byKind[kind].has(id) || dataset.invalidIds[kind].has(id) || existsSync(join(loaded.root, dir, `${id}.yaml`)) || existsSync(join(loaded.root, dir, `${id}.yml`));

  const prompt = io.prompt;
  const note = (t: string): void => io.stderr(t + '\n');
  if (prompt) note(`New ${kind} in ${loaded.root} (Enter takes the [suggestion]; Ctrl-C cancels; nothing is written until the end).`);
  const given: Record<string, string | undefined> = Object.fromEntries(TAKES[kind].map((k) => {
    const v = opts[k] as string | string[] | undefined;
    return [k, Array.isArray(v) ? (v.length === 0 ? undefined : REPEATED.has(k) ? v.join(ITEM) : v.at(-1)) : v];
  }));
  let values: Values;
  try {
    const fields = fieldsFor(kind, asOf);
    values = await fill(fields.filter((f) => !f.detail), { given, note, ...(prompt ? { prompt } : {}) });
    // Everything else the schema holds: by flag, or on a terminal when the user wants to add it now.
    const details = prompt !== undefined && (await askYes(prompt, 'Add details now (each party\'s signature, notes, sources, approvals …)? [y/N] '));
    Object.assign(values, await fill(fields.filter((f) => f.detail), { given, note, ...(details && prompt !== undefined ? { prompt, askAll: true } : {}) }));
    if (details && prompt !== undefined && kind === 'agreement' && !values['signature']) {
      const parties = [...new Set([...(values['owner'] ? [values['owner']] : dataset.config.owner ? [dataset.config.owner] : []), ...(list(values['partners']) ?? [])])];
      const perParty: Field[] = parties.flatMap((party) => [
        { key: `sig:${party}:date`, flag: '--signature', label: `  ${party}: signed on`, required: false, parse: date('--signature date'), suggest: () => values['signed'] },
        { key: `sig:${party}:place`, flag: '--signature', label: `  ${party}: signed at (place)`, required: false, parse: text('place') },
        { key: `sig:${party}:number`, flag: '--signature', label: `  ${party}: its document number`, required: false, parse: text('number') },
      ]);
      Object.assign(values, await fill(perParty, { given: {}, note, prompt, askAll: true }));
    }
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
  // The schema modeline, when the register has its schemas/ copy (init makes one) for editors to read.
  const modeline = existsSync(join(loaded.root, 'schemas', `${kind}.schema.json`)) ? schemaModeline(kind, rel) : undefined;
  const yaml = toYaml(buildRecord(kind, values, dataset.config.owner), modeline);

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

async function askYes(prompt: (q: string) => Promise<string>, question: string): Promise<boolean> {
  return /^(y|yes|ya)$/i.test((await prompt(question)).trim());
}

function withRecord(d: Dataset, rec: AnyRecord): Dataset {
  const add = <T extends AnyRecord>(m: ReadonlyMap<string, T>, k: Kind): ReadonlyMap<string, T> => (k === rec.kind ? new Map([...m, [rec.id, rec as T]]) : m);
  return { ...d, partners: add(d.partners, 'partner'), agreements: add(d.agreements, 'agreement'), activities: add(d.activities, 'activity'), fileCount: d.fileCount + 1 };
}
