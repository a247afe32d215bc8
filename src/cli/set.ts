// kerjasama set <id> FIELD=VALUE… and kerjasama unset <id> FIELD…: change the fields of a record that
// exists, through the field model (fields.ts), with the values `new` takes (values.ts). FIELD is a path:
// `end`, `approvals.dprd.number`, `signatures[shizuoka].date` (the entry whose party is shizuoka; a
// number, from 1, names an entry by its place: `contacts[2].email`, `scope[1]`). FIELD+=VALUE adds to a
// list, FIELD-=VALUE takes out of one. The file keeps every line the change does not touch (edit.ts);
// the change is checked against the whole register and written only when asked (change.ts).

import { KINDS, type Kind } from '../model/types.js';
import { FIELDS, type Fields, type FieldSpec } from '../model/fields.js';
import { closest, fieldByWords, type Known } from '../load/similar.js';
import { applyValue, EditError, editYaml, type Edit, type Path } from '../scaffold/edit.js';
import { parse as parseYaml } from 'yaml';
import { applyChanges, findRecord, openForChange, type ChangeContext, type ChangeOptions } from './change.js';
import { UsageError, type IO } from './io.js';
import { say, t, type Say } from './messages.js';
import { checkOf, lines, list, partsOf, valueOf } from './values.js';
import type { AgreementData, Lang } from '../model/types.js';
import { sameLastDay } from '../model/agreement.js';
import { formatDuration, humanDate, parseDuration } from '../model/dates.js';
import { canonical } from '../model/edits.js';
import { normaliseRecord } from '../load/normalise.js';
import { checkValue } from '../scaffold/ask.js';
import { askTexts } from './messages.js';
import { pushAll } from '../model/lists.js';
import { knownRecords } from './records.js';

export interface SetOptions extends ChangeOptions {
  kind?: string;
}

/** One FIELD=VALUE (or +=, -=) as typed. */
export interface Assignment {
  readonly field: string;
  readonly op: '=' | '+=' | '-=';
  readonly value: string;
}

/** FIELD=VALUE, FIELD+=VALUE or FIELD-=VALUE; the value may hold = and anything else. */
export function parseAssignment(arg: string): Assignment | undefined {
  const m = /^([a-z_][a-z0-9_]*(?:\[[^\]]*\])?(?:\.[a-z_][a-z0-9_]*(?:\[[^\]]*\])?)*)(\+=|-=|=)([\s\S]*)$/.exec(arg);
  if (!m) return undefined;
  return { field: m[1] as string, op: m[2] as Assignment['op'], value: (m[3] as string).trim() };
}

interface Segment { name: string; selector?: string }

function segments(field: string): Segment[] {
  return field.split(/\.(?![^[]*\])/).map((s) => {
    const m = /^([a-z_][a-z0-9_]*)(?:\[([^\]]*)\])?$/.exec(s);
    return m ? { name: m[1] as string, ...(m[2] !== undefined ? { selector: m[2].trim() } : {}) } : { name: s };
  });
}

/** A field path resolved in a record's value: where it is, the field it names, and the entry it adds (a new party's signature). */
interface Target {
  readonly path: Path;
  readonly spec: FieldSpec;
  /** The field's name as the words and messages know it: agreement.signatures.date. */
  readonly words: string;
  /** The list holding the field, when the field is one entry of it (signatures[x], scope[2]). */
  readonly item?: boolean;
  /** An entry that does not exist yet, to be made with these parts (party: x). */
  readonly create?: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const at = (v: unknown, k: string | number): unknown => (Array.isArray(v) ? v[k as number] : v !== null && typeof v === 'object' ? (v as Obj)[k as string] : undefined);

/** The key an entry of a list of mappings is named by (a signature's party), if it has one. */
function keyField(fields: Fields): string | undefined {
  // A signature's party may be left out (the copy does not say who signed): such an entry is named by its place.
  const refs = Object.entries(fields).filter(([, f]) => f.shape.t === 'ref');
  return (refs.find(([, f]) => f.required) ?? refs[0])?.[0];
}

/** Resolves FIELD in the record of `kind` whose value is `value`; a usage error in the user's words otherwise. */
function resolve(kind: Kind, field: string, value: unknown, forUnset: boolean): Target {
  const segs = segments(field);
  let fields: Fields = FIELDS[kind];
  let node: unknown = value;
  const path: Array<string | number> = [];
  const words: string[] = [kind];
  let spec: FieldSpec | undefined;
  let create: Record<string, unknown> | undefined;
  let item = false;
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (spec && !(spec.shape.t === 'object' || spec.shape.t === 'objects')) throw new UsageError(say('set.noParts', { field: segs.slice(0, i).map((s) => s.name).join('.') }));
    const f = Object.hasOwn(fields, seg.name) ? fields[seg.name] : undefined;
    if (!f) {
      // A field written as show labels it (judul: title) is answered with its name too.
      const like = closest(seg.name, Object.keys(fields)) ?? fieldByWords(words.join('.'), seg.name, Object.keys(fields));
      throw new UsageError((l) => t(l, 'set.unknownField', { kind, field: [...path.filter((p) => typeof p === 'string'), seg.name].join('.'), like: like ? t(l, 'change.didYouMean', { like }) : '', fields: Object.keys(fields).join(', ') }));
    }
    spec = f;
    path.push(seg.name);
    words.push(seg.name);
    node = at(node, seg.name);
    item = false;
    if (create) create = undefined;
    if (seg.selector !== undefined) {
      const list = Array.isArray(node) ? node : [];
      const shape = f.shape;
      const isList = shape.t === 'objects' || ['refs', 'texts', 'links', 'sources', 'sectors', 'countries', 'enums'].includes(shape.t);
      if (!isList) throw new UsageError(say('set.notAList', { field: path.join('.') }));
      const key = shape.t === 'objects' ? keyField(shape.fields) : undefined;
      let index: number;
      if (/^(0|[1-9][0-9]*)$/.test(seg.selector)) {
        index = Number(seg.selector);
        if (index > list.length || (index === list.length && forUnset)) throw new UsageError(say('set.noEntry', { field: path.join('.'), entry: seg.selector, n: list.length }));
      } else if (key !== undefined) {
        index = list.findIndex((x) => at(x, key) === seg.selector);
        if (index < 0) {
          if (forUnset) throw new UsageError(say('set.noEntry', { field: path.join('.'), entry: seg.selector, n: list.length }));
          index = list.length;
          create = { [key]: seg.selector };
        }
      } else {
        throw new UsageError(say('set.entryByNumber', { field: path.join('.') }));
      }
      path.push(index);
      node = list[index];
      item = true;
      if (shape.t !== 'objects' && !last) throw new UsageError(say('set.noParts', { field: `${path.slice(0, -1).join('.')}[${seg.selector}]` }));
    } else if (f.shape.t === 'objects' && !last) {
      throw new UsageError(say('set.needsEntry', { field: path.join('.'), example: exampleEntry(path.join('.'), f) }));
    }
    if (f.shape.t === 'object' || f.shape.t === 'objects') fields = f.shape.fields;
  });
  return { path, spec: spec as FieldSpec, words: words.join('.'), ...(item ? { item } : {}), ...(create ? { create } : {}) };
}

function exampleEntry(field: string, f: FieldSpec): string {
  const key = f.shape.t === 'objects' ? keyField(f.shape.fields) : undefined;
  return key ? `${field}[ID].${Object.keys((f.shape as { fields: Fields }).fields).find((k) => k !== key) ?? key}=…` : `${field}[0].…=…`;
}

/**
 * A value's text checked and turned into the value the field holds (values.ts, as new does). `known`: the
 * register's records, so that a reference written as a record's name is answered with its id, as new does.
 */
function valueFor(spec: FieldSpec, text: string, field: string, lang: Lang, asItem: boolean, words?: string, known?: (kind: Kind) => Known[]): unknown {
  // One entry of a list: checked as one item of its kind.
  const itemSpec: FieldSpec = asItem ? itemOf(spec) : spec;
  const check = checkOf(itemSpec, field, lang, words, known);
  const v = checkValue({ key: field, flag: field, label: field, required: true, ...check }, text, askTexts(lang));
  if (typeof v !== 'string') throw new UsageError(`kerjasama: ${v.problem}`);
  if (asItem && spec.shape.t === 'objects') return partsOf(spec.shape.fields, v);
  return valueOf(itemSpec, v);
}

/** The field model's spec of one item of a list field (an id of refs, a code of enums, a text of texts). */
function itemOf(spec: FieldSpec): FieldSpec {
  switch (spec.shape.t) {
    case 'refs': return { shape: { t: 'ref', kind: spec.shape.kind } };
    case 'enums': return { shape: { t: 'enum', codes: spec.shape.codes } };
    case 'sectors': return { shape: { t: 'text' } };
    case 'countries': return { shape: { t: 'country' } };
    case 'texts': case 'links': case 'sources': return { shape: { t: 'text' } };
    default: return spec;
  }
}

/** Whether a list field takes several items in one value (comma-separated ids and codes) or one (a text). */
function commaList(spec: FieldSpec): boolean {
  return ['refs', 'sectors', 'enums', 'countries'].includes(spec.shape.t) || (['texts'].includes(spec.shape.t) && !spec.new?.repeat);
}

const LIST_SHAPES = new Set(['refs', 'texts', 'links', 'sources', 'sectors', 'countries', 'enums', 'objects']);

/** The edits of one assignment to the record's current value. */
export function editsOf(kind: Kind, value: unknown, a: Assignment, lang: Lang, known?: (kind: Kind) => Known[]): Edit[] {
  const target = resolve(kind, a.field, value, false);
  const { spec, path } = target;
  if (path[0] === 'id' && path.length === 1) throw new UsageError(say('set.idField'));
  if (a.op === '=') {
    if (spec.shape.t === 'objects' && !target.item) throw new UsageError(say('set.needsEntry', { field: a.field, example: exampleEntry(a.field, spec) }));
    if (a.value === '') throw new UsageError(say('set.empty', { field: a.field }));
    let v = valueFor(spec, a.value, a.field, lang, target.item === true, target.words, known);
    if (target.item && spec.shape.t === 'objects' && target.create) v = { ...target.create, ...(v as Obj) };
    if (target.create) {
      // A sub-field of an entry that is not there yet: the entry is made, named by its key.
      const listPath = path.slice(0, path.findIndex((p) => typeof p === 'number') + 1);
      const rest = path.slice(listPath.length);
      let entry: unknown = v;
      for (let i = rest.length - 1; i >= 0; i--) entry = { [rest[i] as string]: entry };
      return [{ op: 'set', path: listPath, value: rest.length ? { ...target.create, ...(entry as Obj) } : v }];
    }
    return [{ op: 'set', path, value: v }];
  }
  // += and -=: lists only.
  if (!LIST_SHAPES.has(spec.shape.t) || target.item) throw new UsageError(say('set.notAList', { field: a.field }));
  const current = (() => {
    let n: unknown = value;
    for (const k of path) n = at(n, k);
    return Array.isArray(n) ? n : [];
  })();
  const texts = spec.shape.t === 'objects' ? [a.value] : commaList(spec) ? (list(a.value) ?? []) : (lines(a.value) ?? []);
  if (texts.length === 0) throw new UsageError(say('set.empty', { field: a.field }));
  const items = texts.map((x) => valueFor(spec, x, a.field, lang, true, target.words, known));
  if (a.op === '+=') {
    const fresh = spec.shape.t === 'objects' ? items : items.filter((x, i) => !current.some((c) => c === x) && items.indexOf(x) === i);
    return fresh.map((x, i) => ({ op: 'set', path: [...path, current.length + i], value: x }));
  }
  if (spec.shape.t === 'objects') throw new UsageError(say('set.removeEntry', { field: a.field }));
  const gone = items.map((x) => {
    const i = current.findIndex((c) => c === x);
    if (i < 0) throw new UsageError(say('set.notInList', { value: String(x), field: a.field }));
    return i;
  });
  return [...new Set(gone)].sort((x, y) => y - x).map((i) => ({ op: 'delete', path: [...path, i] }));
}

/** The edit of one FIELD of unset. */
export function unsetEdit(kind: Kind, value: unknown, field: string): Edit {
  const target = resolve(kind, field, value, true);
  if (target.path[0] === 'id' && target.path.length === 1) throw new UsageError(say('set.idField'));
  if (target.spec.required && !target.item) {
    throw new UsageError((l) => t(l, 'set.required', { field, unknown: target.spec.unknown ? t(l, 'set.requiredUnknown', { field }) : '' }));
  }
  return { op: 'delete', path: target.path };
}

/** The field model's order of the keys of a mapping at `parent` in a record of `kind`. */
export function keyOrderOf(kind: Kind): (parent: Path) => readonly string[] | undefined {
  return (parent) => {
    let fields: Fields | undefined = FIELDS[kind];
    for (const k of parent) {
      if (typeof k === 'number') continue;
      const f: FieldSpec | undefined = fields && Object.hasOwn(fields, k) ? fields[k] : undefined;
      fields = f && (f.shape.t === 'object' || f.shape.t === 'objects') ? f.shape.fields : undefined;
    }
    return fields ? Object.keys(fields) : undefined;
  };
}

function kindOption(value: string | undefined): Kind | undefined {
  if (value === undefined) return undefined;
  const k = KINDS.find((x) => x === value);
  if (!k) throw new UsageError(say('set.kindInvalid', { value }));
  return k;
}

/** The record's text with the edits made; a usage error when the file cannot be edited in place. */
export function editRecord(ctx: ChangeContext, rel: string, text: string, kind: Kind, edits: readonly Edit[]): string {
  try {
    return editYaml(text, edits, { keyOrder: keyOrderOf(kind) });
  } catch (err) {
    if (err instanceof EditError) throw new UsageError((l) => t(l, 'change.notYaml', { path: ctx.shown(rel), reason: err.text(l) }));
    throw err;
  }
}

/** The record's value as its file holds it (the file may be invalid; it must be readable YAML). */
function currentValue(ctx: ChangeContext, rel: string, text: string): unknown {
  try {
    return parseYaml(text.replace(/^\uFEFF/, '')) ?? {};
  } catch (err) {
    throw new UsageError(say('change.notYaml', { path: ctx.shown(rel), reason: (err as Error).message.split('\n')[0] as string }));
  }
}

export async function setCommand(io: IO, id: string, args: readonly string[], opts: SetOptions): Promise<number> {
  if (args.length === 0) throw new UsageError(say('set.needsValues'));
  const assignments = args.map((arg) => {
    const a = parseAssignment(arg);
    if (!a) throw new UsageError(say('set.badAssignment', { arg }));
    return a;
  });
  const kind = kindOption(opts.kind);
  const ctx = openForChange(io, opts);
  const rec = findRecord(ctx, id, kind);
  let value = currentValue(ctx, rec.rel, rec.text);
  const edits: Edit[] = [];
  const already: Say[] = [];
  // A reference written as a record's name (partners+=Magelang) is answered with its id, as new answers it.
  const known = (k: Kind): Known[] => knownRecords(ctx.loaded.dataset, k);
  for (const a of assignments) {
    const mine = editsOf(rec.kind, value, a, ctx.lang, known);
    const next = mine.reduce(applyValue, value);
    const same = alreadySo(rec.kind, value, next, a);
    if (same) {
      // Already so: said, and its edits left out (a term is not rewritten as the day it works out to).
      already.push(same);
      continue;
    }
    pushAll(edits, mine);
    value = next;
  }
  if (edits.length === 0) {
    // Nothing changes: said field by field, nothing written, exit 0 (as git says "nothing to commit").
    for (const s of already) io.stderr(`kerjasama: ${s(ctx.lang)}\n`);
    return 0;
  }
  const text = editRecord(ctx, rec.rel, rec.text, rec.kind, edits);
  return applyChanges(io, opts, ctx, [{ rel: rec.rel, text, before: rec.text }], already.map((s) => s(ctx.lang)));
}

/** A record's value as the loader reads it (a bare year as text), for comparing what two values mean. */
function asRead(kind: Kind, value: unknown): Record<string, unknown> {
  const v = JSON.parse(JSON.stringify(value ?? {})) as Record<string, unknown>;
  normaliseRecord(kind, v);
  return v;
}

/**
 * What to say when an assignment leaves the record meaning what it already did: the same value (status
 * that is already active, an item the list already has), or an end that is already that day (a date equal
 * to the last day of the agreement's term, or a term ending on the date it has). Undefined when it changes something.
 */
function alreadySo(kind: Kind, before: unknown, after: unknown, a: Assignment): Say | undefined {
  const b = asRead(kind, before);
  const x = asRead(kind, after);
  if (canonical(b) === canonical(x)) return say(a.op === '+=' ? 'set.alreadyHas' : 'set.already', { field: a.field, value: a.value });
  if (kind !== 'agreement' || a.field !== 'end' || a.op !== '=') return undefined;
  const last = sameLastDay(b as unknown as AgreementData, x as unknown as AgreementData);
  const term = [b['end'], x['end']].map((e) => (e !== null && typeof e === 'object' ? parseDuration(String((e as Record<string, unknown>)['term'])) : undefined)).find((d) => d !== undefined);
  if (last === undefined || term === undefined) return undefined;
  return (l) => t(l, 'set.alreadyEnd', { field: a.field, day: humanDate(last, l), term: formatDuration(term, l) });
}

export async function unsetCommand(io: IO, id: string, fields: readonly string[], opts: SetOptions): Promise<number> {
  if (fields.length === 0) throw new UsageError(say('unset.needsFields'));
  const kind = kindOption(opts.kind);
  const ctx = openForChange(io, opts);
  const rec = findRecord(ctx, id, kind);
  let value = currentValue(ctx, rec.rel, rec.text);
  const edits: Edit[] = [];
  for (const f of fields) {
    if (!/^[a-z_][a-z0-9_]*(\[[^\]]*\])?(\.[a-z_][a-z0-9_]*(\[[^\]]*\])?)*$/.test(f)) throw new UsageError(say('unset.badField', { field: f }));
    const e = unsetEdit(rec.kind, value, f);
    edits.push(e);
    value = applyValue(value, e);
  }
  const text = editRecord(ctx, rec.rel, rec.text, rec.kind, edits);
  return applyChanges(io, opts, ctx, [{ rel: rec.rel, text, before: rec.text }]);
}
