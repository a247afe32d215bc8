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
import { KIND_DIRS, KINDS, type AnyRecord, type Dataset, type Kind, type Lang } from '../model/types.js';
import { diagnosticsAsStylish } from '../render/diagnosticsStylish.js';
import { BadValue, fill, MissingValues, type Field } from '../scaffold/ask.js';
import { ID_PATTERN, slug } from '../model/ids.js';
import { uniqueId } from '../scaffold/ids.js';
import { schemaModeline, toYaml } from '../scaffold/yaml.js';
import { chooseStyle, loadOrExplain, makeRealFolder, writeNewFile, type GlobalOptions } from './common.js';
import { UsageError, type IO } from './io.js';
import { askTexts, say, t, type MessageKey } from './messages.js';

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

/** The problems of the checks below are in the command's language. */
type Check = (text: string) => string | { problem: string };

const date = (lang: Lang, flag: string): Check => (x) =>
  parseDate(x) ? x : { problem: t(lang, 'problem.date', { flag, value: x }) };

/**
 * `key=value,key=value`: the form of --signature, --dprd, --budget and the like. A comma splits only
 * before another `key=`, so a value may hold commas ("place=Alexandria, Mesir"). What is wrong comes back
 * under the key `problem`.
 */
export function keyValues(flag: string, keys: readonly string[], text: string, lang: Lang = 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(/,(?=\s*[a-z_]+=)/)) {
    const eq = part.indexOf('=');
    const k = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    // `problem` is never one of the keys: it carries what is wrong with the text.
    if (eq < 0 || !keys.includes(k)) return { problem: t(lang, 'problem.kvKeys', { flag, keys: keys.join(', '), part: part.trim() }) };
    if (v === '') return { problem: t(lang, 'problem.kvValue', { flag, key: k }) };
    out[k] = v;
  }
  return out;
}

const kv = (lang: Lang, flag: string, keys: readonly string[], dates: readonly string[] = [], required: readonly string[] = []): Check => (text) => {
  const parts = text.split(ITEM).filter((x) => x.trim() !== '');
  for (const item of parts) {
    const rec = keyValues(flag, keys, item, lang);
    if (typeof rec['problem'] === 'string' && !keys.includes('problem')) return { problem: rec['problem'] };
    for (const k of required) if (rec[k] === undefined) return { problem: t(lang, 'problem.kvNeeds', { flag, key: k }) };
    for (const k of dates) if (rec[k] !== undefined && !parseDate(rec[k] as string)) return { problem: t(lang, 'problem.kvDate', { flag, key: k, value: rec[k] as string }) };
  }
  return parts.join(ITEM);
};
const SIGNATURE_KEYS = ['party', 'date', 'place', 'signatory', 'title', 'number', 'notes'] as const;
const APPROVAL_KEYS = ['number', 'date', 'by', 'notes', 'status', 'reason'] as const;
const approval = (lang: Lang, flag: string): Check => (x) => {
  const v = kv(lang, flag, APPROVAL_KEYS, ['date'])(x);
  if (typeof v !== 'string') return v;
  const o = keyValues(flag, APPROVAL_KEYS, v, lang) as Record<string, string>;
  if (o['status'] !== undefined && o['status'] !== 'not_applicable' && o['status'] !== 'unknown') return { problem: t(lang, 'problem.approvalStatus', { flag, value: o['status'] }) };
  if (o['status'] !== undefined && o['reason'] === undefined) return { problem: t(lang, 'problem.approvalReason', { flag, value: o['status'] }) };
  return v;
};
const items = (lang: Lang): Check => (x) => (x.trim() ? x : { problem: t(lang, 'problem.emptyValue') });
const idList = (lang: Lang, flag: string): Check => (x) => {
  const ids = x.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = ids.find((i) => !ID_PATTERN.test(i));
  if (!ids.length) return { problem: t(lang, 'problem.idsNone', { flag }) };
  return bad ? { problem: t(lang, 'problem.idBad', { flag, value: bad }) } : ids.join(',');
};
const sectorList = (lang: Lang): Check => (x) => {
  const ids = x.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = ids.find((i) => !/^[a-z][a-z0-9_]*$/.test(i));
  return bad ? { problem: t(lang, 'problem.sectorBad', { value: bad }) } : ids.join(',');
};
const text = (lang: Lang, flag: string): Check => (x) => (x ? x : { problem: t(lang, 'problem.notEmpty', { flag }) });
const endValue = (lang: Lang): Check => (x) =>
  x === 'none' || /^[1-9][0-9]{0,2}[my]$/.test(x) || parseDate(x) ? x : { problem: t(lang, 'problem.end', { value: x }) };
const period = (lang: Lang, flag: string): Check => (x) => (/^[1-9][0-9]{0,2}[my]$/.test(x) ? x : { problem: t(lang, 'problem.period', { flag, value: x }) });
const objectList = (lang: Lang): Check => (x) => {
  const allowed = ((readSchema('agreement')['properties'] as Record<string, { items?: { enum?: string[] } }>)['objects']?.items?.enum ?? []) as string[];
  const ids = x.split(',').map((y) => y.trim()).filter(Boolean);
  const bad = ids.find((y) => !allowed.includes(y));
  return bad ? { problem: t(lang, 'problem.objects', { value: bad, allowed: allowed.join(', ') }) } : ids.join(',');
};

/** Fields asked on a terminal only when the user wants to add details (every one can be given by its flag). */
const DETAIL = true;

function fieldsFor(kind: Kind, asOf: number, lang: Lang): Field[] {
  const ask = (key: MessageKey): string => t(lang, key);
  switch (kind) {
    case 'partner':
      return [
        { key: 'name', flag: '--name', label: ask('ask.name'), required: true, parse: text(lang, '--name') },
        { key: 'type', flag: '--type', label: ask('ask.partnerType'), required: true, choices: enumOf('partner', 'type') },
        { key: 'country', flag: '--country', label: ask('ask.country'), required: true, parse: (x) => (/^[A-Za-z]{2}$/.test(x) ? x.toUpperCase() : { problem: t(lang, 'problem.country', { value: x }) }) },
        { key: 'region', flag: '--region', label: ask('ask.region'), required: false, parse: text(lang, '--region') },
        { key: 'nameLocal', flag: '--name-local', label: ask('ask.nameLocal'), required: false, detail: DETAIL, parse: text(lang, '--name-local') },
        { key: 'aliases', flag: '--aliases', label: ask('ask.aliases'), required: false, detail: DETAIL, parse: text(lang, '--aliases') },
        { key: 'website', flag: '--website', label: ask('ask.website'), required: false, detail: DETAIL, parse: (x) => (/^https?:\/\//.test(x) ? x : { problem: t(lang, 'problem.website', { value: x }) }) },
        ...common(lang),
      ];
    case 'agreement':
      return [
        { key: 'title', flag: '--title', label: ask('ask.title'), required: true, parse: text(lang, '--title') },
        { key: 'originalTitle', flag: '--original-title', label: ask('ask.originalTitle'), required: false, detail: DETAIL, parse: text(lang, '--original-title') },
        { key: 'category', flag: '--category', label: ask('ask.category'), required: true, choices: enumOf('agreement', 'category') },
        { key: 'subform', flag: '--subform', label: ask('ask.subform'), required: false, choices: enumOf('agreement', 'subform') },
        { key: 'documentType', flag: '--document-type', label: ask('ask.documentType'), required: true, choices: enumOf('agreement', 'document_type') },
        { key: 'partners', flag: '--partners', label: ask('ask.partners'), required: true, parse: idList(lang, '--partners') },
        { key: 'owner', flag: '--owner', label: ask('ask.owner'), required: false, parse: idList(lang, '--owner') },
        { key: 'signed', flag: '--signed', label: ask('ask.signed'), required: false, ask: true, parse: date(lang, '--signed') },
        { key: 'signature', flag: '--signature', label: ask('ask.signature'), required: false, parse: kv(lang, '--signature', SIGNATURE_KEYS, ['date'], ['party']) },
        { key: 'plannedSigning', flag: '--planned-signing', label: ask('ask.plannedSigning'), required: false, detail: DETAIL, parse: date(lang, '--planned-signing') },
        { key: 'effective', flag: '--effective', label: ask('ask.effective'), required: false, detail: DETAIL, parse: date(lang, '--effective') },
        { key: 'end', flag: '--end', label: ask('ask.end'), required: false, ask: true, parse: endValue(lang) },
        { key: 'renewsEvery', flag: '--renews-every', label: ask('ask.renewsEvery'), required: false, detail: DETAIL, parse: period(lang, '--renews-every') },
        {
          key: 'status', flag: '--status', label: ask('ask.status'), required: true, choices: enumOf('agreement', 'status'),
          suggest: (v) => {
            const s = v['signed'] ? parseDate(v['signed']) : undefined;
            return !s ? 'draft' : s.first <= asOf ? 'active' : 'signed';
          },
        },
        { key: 'confirmed', flag: '--confirmed', label: ask('ask.confirmed'), required: false, detail: DETAIL, parse: date(lang, '--confirmed') },
        { key: 'termination', flag: '--termination', label: ask('ask.termination'), required: false, detail: DETAIL, parse: kv(lang, '--termination', ['date', 'reason'], ['date'], ['date']) },
        { key: 'sectors', flag: '--sectors', label: ask('ask.sectors'), required: false, ask: true, parse: sectorList(lang) },
        { key: 'objects', flag: '--objects', label: ask('ask.objects'), required: false, detail: DETAIL, parse: objectList(lang) },
        { key: 'scope', flag: '--scope', label: ask('ask.scope'), required: false, detail: DETAIL, parse: items(lang) },
        { key: 'parent', flag: '--parent', label: ask('ask.parent'), required: false, parse: idList(lang, '--parent') },
        { key: 'renews', flag: '--renews', label: ask('ask.renews'), required: false, parse: idList(lang, '--renews') },
        { key: 'unit', flag: '--unit', label: ask('ask.unit'), required: false, parse: text(lang, '--unit') },
        { key: 'dprd', flag: '--dprd', label: ask('ask.dprd'), required: false, detail: DETAIL, parse: approval(lang, '--dprd') },
        { key: 'central', flag: '--central', label: ask('ask.central'), required: false, detail: DETAIL, parse: approval(lang, '--central') },
        { key: 'fullPowers', flag: '--full-powers', label: ask('ask.fullPowers'), required: false, detail: DETAIL, parse: approval(lang, '--full-powers') },
        { key: 'document', flag: '--document', label: ask('ask.document'), required: false, detail: DETAIL, parse: items(lang) },
        ...common(lang),
      ];
    case 'activity':
      return [
        { key: 'title', flag: '--title', label: ask('ask.activityTitle'), required: true, parse: text(lang, '--title') },
        { key: 'type', flag: '--type', label: ask('ask.activityType'), required: true, choices: enumOf('activity', 'type') },
        { key: 'start', flag: '--start', label: ask('ask.start'), required: true, parse: date(lang, '--start') },
        { key: 'end', flag: '--end', label: ask('ask.lastDay'), required: false, parse: date(lang, '--end') },
        { key: 'agreements', flag: '--agreements', label: ask('ask.agreements'), required: false, ask: true, parse: idList(lang, '--agreements') },
        { key: 'partners', flag: '--partners', label: ask('ask.partnerIds'), required: false, parse: idList(lang, '--partners') },
        { key: 'status', flag: '--status', label: ask('ask.activityStatus'), required: false, choices: enumOf('activity', 'status') },
        { key: 'sectors', flag: '--sectors', label: ask('ask.sectors'), required: false, ask: true, parse: sectorList(lang) },
        { key: 'location', flag: '--location', label: ask('ask.location'), required: false, parse: text(lang, '--location') },
        { key: 'unit', flag: '--unit', label: ask('ask.unit'), required: false, parse: text(lang, '--unit') },
        { key: 'owner', flag: '--owner', label: ask('ask.owner'), required: false, parse: idList(lang, '--owner') },
        { key: 'participants', flag: '--participants', label: ask('ask.participants'), required: false, detail: DETAIL, parse: kv(lang, '--participants', ['count', 'description']) },
        { key: 'budget', flag: '--budget', label: ask('ask.budget'), required: false, detail: DETAIL, parse: kv(lang, '--budget', ['amount', 'currency', 'source'], [], ['amount', 'currency']) },
        { key: 'outputs', flag: '--outputs', label: ask('ask.outputs'), required: false, detail: DETAIL, parse: items(lang) },
        { key: 'evidence', flag: '--evidence', label: ask('ask.evidence'), required: false, detail: DETAIL, parse: items(lang) },
        ...common(lang),
      ];
  }
}

/** Sources and notes, for every kind. A source is a web address or a citation (a letter number, a report). */
function common(lang: Lang): Field[] {
  return [
    { key: 'source', flag: '--source', label: t(lang, 'ask.source'), required: false, detail: DETAIL, parse: items(lang) },
    { key: 'notes', flag: '--notes', label: t(lang, 'ask.notes'), required: false, detail: DETAIL, parse: text(lang, '--notes') },
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
  if (!kind) throw new UsageError(say('newKindInvalid', { value: kindArg }));
  const isGiven = (k: keyof NewOptions): boolean => opts[k] !== undefined && !(Array.isArray(opts[k]) && (opts[k] as unknown[]).length === 0);
  const foreign = ALL_OPTIONS.filter((k) => isGiven(k) && !TAKES[kind].includes(k));
  if (foreign.length) throw new UsageError(say('newForeign', { kind, foreign: foreign.map(flagOf).join(', '), takes: TAKES[kind].map(flagOf).join(', ') }));

  const { loaded, lang, asOf } = loadOrExplain(io, opts);
  const { dataset } = loaded;
  const dir = KIND_DIRS[kind];
  const byKind: Record<Kind, ReadonlyMap<string, AnyRecord>> = { partner: dataset.partners, agreement: dataset.agreements, activity: dataset.activities };
  const taken = (id: string): boolean => byKind[kind].has(id) || dataset.invalidIds[kind].has(id) || existsSync(join(loaded.root, dir, `${id}.yaml`)) || existsSync(join(loaded.root, dir, `${id}.yml`));

  const prompt = io.prompt;
  const note = (x: string): void => io.stderr(x + '\n');
  const texts = askTexts(lang);
  if (prompt) note(t(lang, 'newIntro', { kind, root: loaded.root }));
  const given: Record<string, string | undefined> = Object.fromEntries(TAKES[kind].map((k) => {
    const v = opts[k] as string | string[] | undefined;
    return [k, Array.isArray(v) ? (v.length === 0 ? undefined : REPEATED.has(k) ? v.join(ITEM) : v.at(-1)) : v];
  }));
  let values: Values;
  try {
    const fields = fieldsFor(kind, asOf, lang);
    values = await fill(fields.filter((f) => !f.detail), { given, note, texts, ...(prompt ? { prompt } : {}) });
    // Everything else the schema holds: by flag, or on a terminal when the user wants to add it now.
    const details = prompt !== undefined && (await askYes(prompt, t(lang, 'newDetails')));
    Object.assign(values, await fill(fields.filter((f) => f.detail), { given, note, texts, ...(details && prompt !== undefined ? { prompt, askAll: true } : {}) }));
    if (details && prompt !== undefined && kind === 'agreement' && !values['signature']) {
      const parties = [...new Set([...(values['owner'] ? [values['owner']] : dataset.config.owner ? [dataset.config.owner] : []), ...(list(values['partners']) ?? [])])];
      const perParty: Field[] = parties.flatMap((party) => [
        { key: `sig:${party}:date`, flag: '--signature', label: t(lang, 'ask.sigDate', { party }), required: false, parse: date(lang, '--signature date'), suggest: () => values['signed'] },
        { key: `sig:${party}:place`, flag: '--signature', label: t(lang, 'ask.sigPlace', { party }), required: false, parse: text(lang, 'place') },
        { key: `sig:${party}:number`, flag: '--signature', label: t(lang, 'ask.sigNumber', { party }), required: false, parse: text(lang, 'number') },
      ]);
      Object.assign(values, await fill(perParty, { given: {}, note, texts, prompt, askAll: true }));
    }
    if (kind === 'activity' && !values['agreements'] && !values['partners']) {
      if (!prompt) throw new MissingValues([t(lang, 'agreementsOrPartners')]);
      Object.assign(values, await fill([{ key: 'partners', flag: '--partners', label: t(lang, 'ask.noAgreement'), required: true, parse: idList(lang, '--partners') }], { given: {}, note, texts, prompt }));
    }
    const suggested = uniqueId(slug(values['name'] ?? values['title'] ?? ''), taken, kind);
    const idField: Field = {
      key: 'id', flag: '[id]', label: t(lang, 'ask.id', { dir }), required: true, suggest: () => suggested,
      parse: (x) => (ID_PATTERN.test(x) ? x : { problem: t(lang, 'problem.id', { value: x, like: slug(x) || suggested }) }),
    };
    Object.assign(values, await fill([idField], { given: { id: idArg }, note, texts, ...(prompt && idArg === undefined ? { prompt } : {}) }));
  } catch (err) {
    if (err instanceof MissingValues) throw new UsageError(say('newNeeds', { kind, flags: err.flags.join(', ') }));
    if (err instanceof BadValue) throw new UsageError(`kerjasama: ${err.message}`);
    throw err;
  }

  const id = values['id'] as string;
  const rel = `${dir}/${id}.yaml`;
  if (taken(id)) {
    const other = byKind[kind].get(id)?.file ?? rel;
    throw new UsageError(say('newExists', { kind, id, other }));
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
    io.stderr(`kerjasama: ${t(lang, 'newNotWritten', { rel })}\n`);
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
