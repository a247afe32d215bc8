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
import type { Known } from '../load/similar.js';
import { knownRecords } from './records.js';
import type { Loaded } from '../load/load.js';
import { AGREEMENT_FIELDS, FIELDS, type Fields } from '../model/fields.js';
import { NEW_FLAGS } from './newFlags.js';
import { diagnosticsAsStylish } from '../render/diagnosticsStylish.js';
import { BadValue, fill, MissingValues, type Field } from '../scaffold/ask.js';
import { ID_PATTERN, slug } from '../model/ids.js';
import { uniqueId } from '../scaffold/ids.js';
import { schemaModeline, toYaml } from '../scaffold/yaml.js';
import { chooseStyle, loadOrExplain, makeRealFolder, writeNewFile, type GlobalOptions } from './common.js';
import { UsageError, widthOption, type IO } from './io.js';
import { askTexts, kindByWords, say, t } from './messages.js';
import { checkOf, date, idList, ITEM, lines, list, partsOf, text, valueOf } from './values.js';

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
const ALL_OPTIONS = [...new Set(Object.values(TAKES).flat())];
const flagOf = (key: string): string => '--' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** Fields asked on a terminal only when the user wants to add details (every one can be given by its flag). */
const DETAIL = true;

/** The questions and checks of a kind's flags, in the field model's order; `suggest`: answers suggested by a command (renew: the old agreement's). */
function fieldsFor(kind: Kind, asOf: number, lang: Lang, suggest: Readonly<Record<string, string>> = {}, known?: (kind: Kind) => Known[]): Field[] {
  return NEW_FLAGS[kind].map((f): Field => {
    const ask = f.spec?.new?.ask;
    const suggested = suggest[f.key];
    return {
      key: f.key,
      flag: f.flag,
      label: f.words?.ask[lang] ?? f.flag,
      required: Boolean(f.spec?.required),
      ...(ask === 'always' || f.path === 'signed' ? { ask: true } : {}),
      ...(ask === 'detail' ? { detail: DETAIL } : {}),
      ...checkOf(f.spec, f.flag, lang, `${kind}.${f.path}`, known),
      // Once signed, an agreement is active (or signed, before it takes effect); else a draft.
      ...(kind === 'agreement' && f.path === 'status' ? {
        suggest: (v: Readonly<Record<string, string>>) => {
          const sg = v['signed'] ? parseDate(v['signed']) : undefined;
          return !sg ? 'draft' : sg.first <= asOf ? 'active' : 'signed';
        },
      } : suggested !== undefined ? { suggest: () => suggested } : {}),
    };
  });
}

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

/** What a command that makes a record gives beside the user's flags (renew, succeed, record-activity). */
export interface Preset {
  /** Values by flag key (renews, parent, agreements …) that the command sets itself: not asked, no flag may give another. */
  readonly fixed?: Readonly<Record<string, string>>;
  /** Suggested answers by flag key: shown [in brackets] on a terminal, taken when nothing is given. */
  readonly suggest?: Readonly<Record<string, string>>;
  /** The id suggested (made unique), instead of one from the name or title. */
  readonly id?: string;
}

/** A record made from flags or questions: its id, path, YAML text and value. */
export interface Made { readonly kind: Kind; readonly id: string; readonly rel: string; readonly yaml: string; readonly data: Record<string, unknown> }

/** The flags of `kind` given in `opts` (commander's keys), refusing flags of another kind. */
function givenFlags(kind: Kind, opts: NewOptions, command: string): Record<string, string | undefined> {
  const isGiven = (k: keyof NewOptions): boolean => opts[k] !== undefined && !(Array.isArray(opts[k]) && (opts[k] as unknown[]).length === 0);
  const foreign = ALL_OPTIONS.filter((k) => isGiven(k) && !TAKES[kind].includes(k));
  if (foreign.length) throw new UsageError(say('newForeign', { kind: command, foreign: foreign.map(flagOf).join(', '), takes: TAKES[kind].map(flagOf).join(', ') }));
  return Object.fromEntries(TAKES[kind].map((k) => {
    const v = opts[k] as string | string[] | undefined;
    return [k, Array.isArray(v) ? (v.length === 0 ? undefined : REPEATED.has(k) ? v.join(ITEM) : v.at(-1)) : v];
  }));
}

/**
 * A new record of `kind` from the flags, else questions on a terminal, else the preset's suggestions: as
 * `kerjasama new` makes it (the field model's flags, questions and checks, one signature per party, a
 * suggested id never taken). Not checked against the register and not written: the caller does that.
 */
export async function recordFromFlags(io: IO, kind: Kind, idArg: string | undefined, opts: NewOptions, loaded: Loaded, lang: Lang, asOf: number, preset: Preset = {}, command: string = kind): Promise<Made> {
  const { dataset } = loaded;
  const dir = KIND_DIRS[kind];
  const byKind: Record<Kind, ReadonlyMap<string, AnyRecord>> = { partner: dataset.partners, agreement: dataset.agreements, activity: dataset.activities };
  const taken = (id: string): boolean => byKind[kind].has(id) || dataset.invalidIds[kind].has(id) || existsSync(join(loaded.root, dir, `${id}.yaml`)) || existsSync(join(loaded.root, dir, `${id}.yml`));

  const prompt = io.prompt;
  const note = (x: string): void => io.stderr(x + '\n');
  const texts = askTexts(lang);
  const given = givenFlags(kind, opts, command);
  for (const [k, v] of Object.entries(preset.fixed ?? {})) {
    if (given[k] !== undefined && given[k] !== v) throw new UsageError(say('presetFixed', { command, flag: flagOf(k), value: v }));
    given[k] = v;
  }
  if (prompt) note(t(lang, 'newIntro', { kind, root: loaded.root }));
  let values: Values;
  try {
    const fields = fieldsFor(kind, asOf, lang, preset.suggest, (k) => knownRecords(dataset, k));
    values = await fill(fields.filter((f) => !f.detail), { given, note, texts, ...(prompt ? { prompt } : {}) });
    // Everything else the schema holds: by flag, or on a terminal when the user wants to add it now.
    const details = prompt !== undefined && (await askYes(prompt, t(lang, `newDetails.${kind}`)));
    Object.assign(values, await fill(fields.filter((f) => f.detail), { given, note, texts, ...(details && prompt !== undefined ? { prompt, askAll: true } : {}) }));
    if (details && prompt !== undefined && kind === 'agreement' && !values['signature']) {
      const parties = [...new Set([...(values['owner'] ? [values['owner']] : dataset.config.owner ? [dataset.config.owner] : []), ...(list(values['partners']) ?? [])])];
      const perParty: Field[] = parties.flatMap((party) => [
        { key: `sig:${party}:date`, flag: '--signature', label: t(lang, 'ask.sigDate', { party }), required: false, parse: date(lang, t(lang, 'ask.sigDateFlag')), suggest: () => values['signed'] },
        { key: `sig:${party}:place`, flag: '--signature', label: t(lang, 'ask.sigPlace', { party }), required: false, parse: text(lang, 'place') },
        { key: `sig:${party}:number`, flag: '--signature', label: t(lang, 'ask.sigNumber', { party }), required: false, parse: text(lang, 'number') },
      ]);
      Object.assign(values, await fill(perParty, { given: {}, note, texts, prompt, askAll: true }));
    }
    if (kind === 'activity' && !values['agreements'] && !values['partners']) {
      if (!prompt) throw new MissingValues([t(lang, 'agreementsOrPartners')]);
      Object.assign(values, await fill([{ key: 'partners', flag: '--partners', label: t(lang, 'ask.noAgreement'), required: true, parse: idList(lang, '--partners') }], { given: {}, note, texts, prompt }));
    }
    const suggested = uniqueId(preset.id ?? slug(values['name'] ?? values['title'] ?? ''), taken, kind);
    const idField: Field = {
      key: 'id', flag: '[id]', label: t(lang, 'ask.id', { dir }), required: true, suggest: () => suggested,
      parse: (x) => (ID_PATTERN.test(x) ? x : { problem: t(lang, 'problem.id', { value: x, like: slug(x) || suggested }) }),
    };
    Object.assign(values, await fill([idField], { given: { id: idArg }, note, texts, ...(prompt && idArg === undefined ? { prompt } : {}) }));
  } catch (err) {
    if (err instanceof MissingValues) throw new UsageError(say('newNeeds', { kind: command, flags: err.flags.join(', ') }));
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
  const data = buildRecord(kind, values, dataset.config.owner);
  return { kind, id, rel, yaml: toYaml(data, modeline), data };
}

export async function newCommand(io: IO, kindArg: string | undefined, idArg: string | undefined, opts: NewOptions): Promise<number> {
  if (kindArg === undefined) throw new UsageError(say('newKindMissing'));
  const kind = KINDS.find((k) => k === kindArg);
  if (!kind) throw new UsageError(say('newKindInvalid', { value: kindArg, near: kindByWords(kindArg) ?? '' }));
  givenFlags(kind, opts, kind);
  const { loaded, lang, asOf } = loadOrExplain(io, opts);
  const { dataset } = loaded;
  const { id, rel, yaml } = await recordFromFlags(io, kind, idArg, opts, loaded, lang, asOf);

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
    io.stderr(diagnosticsAsStylish(diags, { lang, style: chooseStyle(io, opts, 'stderr'), source: (f) => (f === rel ? yaml : loaded.source(f)), fileCount: 1, ...widthOption(io) }));
  }
  if (opts.dryRun) {
    io.stdout(yaml);
    return counts.errors ? 1 : 0;
  }
  if (counts.errors) {
    io.stderr(`kerjasama: ${t(lang, 'newNotWritten', { rel })}\n`);
    return 1;
  }
  const abs = join(loaded.root, KIND_DIRS[kind], `${id}.yaml`);
  makeRealFolder(loaded.root, KIND_DIRS[kind]);
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
