// kerjasama new partner|agreement|activity [id]: one record, from flags or questions on a terminal, with a
// suggested id. It is checked like any record (file rules, then the rules across the register) before it
// is written, and it is written atomically, never over an existing file.

import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runChecks } from '../check/index.js';
import { checkFile } from '../load/load.js';
import { locate } from '../load/locate.js';
import { parseText } from '../load/parse.js';
import { parseDate } from '../model/dates.js';
import { countOf, finalise } from '../model/diagnostics.js';
import { KIND_DIRS, KINDS, type AnyRecord, type Dataset, type Kind, type Lang } from '../model/types.js';
import { AGREEMENT_FIELDS, FIELDS, type Fields, type FieldSpec } from '../model/fields.js';
import { NEW_FLAGS, type NewFlag } from './newFlags.js';
import { diagnosticsAsStylish } from '../render/diagnosticsStylish.js';
import { BadValue, fill, MissingValues, type Field } from '../scaffold/ask.js';
import { ID_PATTERN, slug } from '../model/ids.js';
import { uniqueId } from '../scaffold/ids.js';
import { schemaModeline, toYaml } from '../scaffold/yaml.js';
import { chooseStyle, loadOrExplain, makeRealFolder, writeNewFile, type GlobalOptions } from './common.js';
import { UsageError, type IO } from './io.js';
import { askTexts, say, t } from './messages.js';

/** The flags of every field (newFlags.ts), by their commander key; repeated flags come as lists. */
export interface NewOptions extends GlobalOptions {
  [flag: string]: unknown;
  dryRun?: boolean;
}

type Values = Record<string, string>;

/** The options each kind takes, by their key in NewOptions (the field model's flags, newFlags.ts). */
const TAKES: Record<Kind, readonly string[]> = Object.fromEntries(KINDS.map((k) => [k, NEW_FLAGS[k].map((f) => f.key)])) as unknown as Record<Kind, readonly string[]>;
/** Flags that may be given more than once (one list item each). */
const REPEATED = new Set(KINDS.flatMap((k) => NEW_FLAGS[k].filter((f) => f.spec?.new?.repeat).map((f) => f.key)));
/** Separates the items of a repeated flag inside one value. */
const ITEM = '\n';
const ALL_OPTIONS = [...new Set(Object.values(TAKES).flat())];
const flagOf = (key: string): string => '--' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

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
const codeList = (lang: Lang, flag: string, allowed: readonly string[]): Check => (x) => {
  const ids = x.split(',').map((y) => y.trim()).filter(Boolean);
  const bad = ids.find((y) => !allowed.includes(y));
  return bad ? { problem: t(lang, 'problem.objects', { flag, value: bad, allowed: allowed.join(', ') }) } : ids.join(',');
};

/** The keys of a `key=value,…` flag for a mapping's parts (a sub-field's `kv` name where it has one), and which are dates and required. */
function kvKeys(fields: Fields): { keys: string[]; dates: string[]; required: string[] } {
  const entries = Object.entries(fields).map(([k, f]) => [f.new?.kv ?? k, f] as const);
  return {
    keys: entries.map(([k]) => k),
    dates: entries.filter(([, f]) => f.shape.t === 'date').map(([k]) => k),
    required: entries.filter(([, f]) => f.required).map(([k]) => k),
  };
}

/** How a flag's text is checked, by the shape of its field. */
function checkOf(f: NewFlag, lang: Lang): Pick<Field, 'choices' | 'parse'> {
  const spec = f.spec;
  if (!spec) return { parse: date(lang, f.flag) };
  const shape = spec.shape;
  switch (shape.t) {
    case 'enum': return { choices: shape.codes };
    case 'enums': return { parse: codeList(lang, f.flag, shape.codes) };
    case 'date': return { parse: date(lang, f.flag) };
    case 'end': return { parse: endValue(lang) };
    case 'period': return { parse: period(lang, f.flag) };
    case 'ref': case 'refs': return { parse: idList(lang, f.flag) };
    case 'sectors': return { parse: sectorList(lang) };
    case 'country': return { parse: (x) => (/^[A-Za-z]{2}$/.test(x) ? x.toUpperCase() : { problem: t(lang, 'problem.country', { value: x }) }) };
    case 'url': return { parse: (x) => (/^https?:\/\//.test(x) ? x : { problem: t(lang, 'problem.website', { value: x }) }) };
    case 'texts': case 'links': case 'sources': case 'countries': return { parse: spec.new?.repeat ? items(lang) : text(lang, f.flag) };
    case 'object': case 'objects': {
      const k = kvKeys(shape.fields);
      // An approval's status says why there is none: not_applicable or unknown, with a reason.
      if ('status' in shape.fields && 'reason' in shape.fields) return { parse: approval(lang, f.flag) };
      return { parse: kv(lang, f.flag, k.keys, k.dates, k.required) };
    }
    default: return { parse: text(lang, f.flag) };
  }
}

/** Fields asked on a terminal only when the user wants to add details (every one can be given by its flag). */
const DETAIL = true;

/** The questions and checks of a kind's flags, in the field model's order. */
function fieldsFor(kind: Kind, asOf: number, lang: Lang): Field[] {
  return NEW_FLAGS[kind].map((f): Field => {
    const ask = f.spec?.new?.ask;
    return {
      key: f.key,
      flag: f.flag,
      label: f.words?.ask[lang] ?? f.flag,
      required: Boolean(f.spec?.required),
      ...(ask === 'always' || f.path === 'signed' ? { ask: true } : {}),
      ...(ask === 'detail' ? { detail: DETAIL } : {}),
      ...checkOf(f, lang),
      // Once signed, an agreement is active (or signed, before it takes effect); else a draft.
      ...(kind === 'agreement' && f.path === 'status' ? {
        suggest: (v: Readonly<Record<string, string>>) => {
          const sg = v['signed'] ? parseDate(v['signed']) : undefined;
          return !sg ? 'draft' : sg.first <= asOf ? 'active' : 'signed';
        },
      } : {}),
    };
  });
}

const list = (v: string | undefined): string[] | undefined => (v ? v.split(',').map((x) => x.trim()).filter(Boolean) : undefined);
const lines = (v: string | undefined): string[] | undefined => (v ? v.split(ITEM).filter((x) => x.trim() !== '') : undefined);
const endSpec = (v: string): string | { term: string } => (/^[1-9][0-9]{0,2}[my]$/.test(v) ? { term: v } : v);
/** A number where the schema wants one (budget amount, participant count); other text is left for the schema to refuse. */
const num = (t: string | undefined): number | string | undefined => (t !== undefined && /^\d+(\.\d+)?$/.test(t) ? Number(t) : t);


/** The signatures: from --signature (one per party), else --signed for every party, else each party's answers. */
function signaturesOf(v: Values, parties: string[]): Array<Record<string, string>> | undefined {
  const given = lines(v['signature']);
  const fields = (AGREEMENT_FIELDS.signatures.shape as { fields: Fields }).fields;
  if (given) return given.map((item) => partsOf(fields, item) as Record<string, string>);
  const asked = parties.flatMap((party) => {
    const date = v[`sig:${party}:date`] ?? v['signed'];
    const place = v[`sig:${party}:place`];
    const number = v[`sig:${party}:number`];
    return date || place || number ? [{ party, ...(date ? { date } : {}), ...(place ? { place } : {}), ...(number ? { number } : {}) }] : [];
  });
  return asked.length ? asked : undefined;
}

/** A value as its field's shape holds it, from the flag's text. */
function valueOf(spec: FieldSpec, text: string): unknown {
  const shape = spec.shape;
  switch (shape.t) {
    case 'refs': case 'sectors': case 'enums': case 'countries': return list(text);
    case 'texts': case 'links': case 'sources': return spec.new?.repeat ? lines(text) : list(text);
    case 'end': return endSpec(text);
    case 'integer': case 'number': return num(text);
    case 'object': return partsOf(shape.fields, text);
    default: return text;
  }
}

/** A mapping from `key=value,…`: each part under its field's key, numbers as numbers. */
function partsOf(fields: Fields, text: string): Record<string, unknown> {
  const k = kvKeys(fields);
  const given = keyValues('', k.keys, text);
  const out: Record<string, unknown> = {};
  for (const [key, f] of Object.entries(fields)) {
    const v = given[f.new?.kv ?? key];
    if (v !== undefined) out[key] = f.shape.t === 'integer' || f.shape.t === 'number' ? num(v) : v;
  }
  return out;
}

/** The record in the field model's order, optional fields only when given. */
function buildRecord(kind: Kind, v: Values, owner: string | undefined): Record<string, unknown> {
  const byPath = new Map(NEW_FLAGS[kind].map((f) => [f.path, f]));
  const build = (fields: Fields, prefix: string): Record<string, unknown> => {
    const o: Record<string, unknown> = {};
    for (const [k, f] of Object.entries(fields)) {
      const path = prefix + k;
      if (kind === 'agreement' && path === 'signatures') {
        // One signature per party: each side signs, and numbers the document, itself.
        const partners = list(v['partners']) ?? [];
        const sigs = signaturesOf(v, [...new Set([...(v['owner'] ? [v['owner']] : owner ? [owner] : []), ...partners])]);
        if (sigs) o[k] = sigs;
        continue;
      }
      const flag = byPath.get(path);
      const text = flag ? v[flag.key] : undefined;
      if (text !== undefined) o[k] = valueOf(f, text);
      else if (!flag && f.shape.t === 'object') {
        // A mapping whose parts have flags of their own (approvals).
        const inner = build(f.shape.fields, path + '.');
        if (Object.keys(inner).length) o[k] = inner;
      }
    }
    return o;
  };
  return build(FIELDS[kind], '');
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
